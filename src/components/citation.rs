use yew::prelude::*;

use super::slug;
use super::source_card::source_card;
use crate::domain::cited::{nearby, CitedValue};
use crate::domain::messages::M;
use crate::domain::quantity::Field;
use crate::domain::text::Text;

/// The citation under an input: the cited value nearest the current one and
/// its sources, and, off a cited value, the cited values on either side.
pub fn citation(t: Text, field: Field, value: u64) -> Html {
    let n = nearby(field, value);
    let name = |c: &CitedValue| t.with_unit(field, c.value);
    let position = if n.exact {
        html! {}
    } else {
        let around = match (n.below, n.above) {
            (Some(b), Some(a)) => t.fill(M.between, &[&name(b), &name(a)]),
            (Some(b), None) => t.fill(M.above_highest, &[&name(b)]),
            (None, Some(a)) => t.fill(M.below_lowest, &[&name(a)]),
            (None, None) => String::new(),
        };
        html! { <p class="dce-around">{t.fill(M.not_cited, &[&around])}</p> }
    };
    let c = n.nearest;
    html! {
        <div class="dce-citation" id={format!("dce-citation-{}", slug(field))} data-testid={format!("citation-{}", slug(field))}>
            {position}
            <p class="dce-cited"><strong>{name(c)}</strong>{": "}{t.t(c.label)}{"."}</p>
            if let Some(how) = c.derived {
                <p class="dce-derived"><span class="dce-tag">{t.t(M.derived)}</span>{" "}{t.t(how)}</p>
            }
            {source_card(t, c.facts, false)}
        </div>
    }
}
