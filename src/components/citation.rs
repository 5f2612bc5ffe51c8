use yew::prelude::*;

use super::slug;
use super::source_card::SourceCard;
use crate::domain::cited::{nearby, CitedValue};
use crate::domain::format::field_with_unit;
use crate::domain::quantity::Field;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub field: Field,
    pub value: u64,
}

/// The citation under an input: the cited value nearest the current one and
/// its sources, and, off a cited value, the cited values on either side.
#[function_component(Citation)]
pub fn citation(props: &Props) -> Html {
    let field = props.field;
    let n = nearby(field, props.value);
    let name = |c: &CitedValue| field_with_unit(field, c.value);
    let position = if n.exact {
        html! {}
    } else {
        let around = match (n.below, n.above) {
            (Some(b), Some(a)) => format!("between {} and {}", name(b), name(a)),
            (Some(b), None) => format!("above the highest, {}", name(b)),
            (None, Some(a)) => format!("below the lowest, {}", name(a)),
            (None, None) => String::new(),
        };
        html! { <p class="dce-around">{format!("Not a cited value: {around}. Nearest:")}</p> }
    };
    let c = n.nearest;
    html! {
        <div class="dce-citation" data-testid={format!("citation-{}", slug(field))}>
            {position}
            <p class="dce-cited"><strong>{name(c)}</strong>{": "}{c.label}{"."}</p>
            if let Some(how) = c.derived {
                <p class="dce-derived"><span class="dce-tag">{"Derived"}</span>{" "}{how}</p>
            }
            <SourceCard ids={c.facts} />
        </div>
    }
}
