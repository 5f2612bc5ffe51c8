use yew::prelude::*;

use super::source_card::SourceCard;
use crate::domain::format::{
    field_with_unit, gpu_hours, group, hours_short, money_compact, money_exact,
};
use crate::domain::model::{Basis, State};
use crate::domain::quantity::Field;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: State,
}

/// The total, large and exact, with what it counts, the formula with the
/// current numbers, and its source.
#[function_component(TotalPanel)]
pub fn total_panel(props: &Props) -> Html {
    let inputs = props.state.inputs;
    let total = inputs.total();
    let preset = inputs.matching_preset();
    let gpus = format!("{} GPUs", group(u128::from(inputs.gpus)));
    let (what, formula, extra) = match inputs.basis {
        Basis::Rent => (
            "Renting the GPUs for this run",
            format!(
                "{gpus} × {} × {} = {}",
                hours_short(inputs.hours_micro),
                field_with_unit(Field::RentPrice, inputs.rent_cents),
                gpu_hours(inputs.gpu_hours_micro())
                    .replace(" GPU-hours", " GPU-hours at that price")
            ),
            html! {},
        ),
        Basis::Buy => (
            "Buying the GPUs outright",
            format!(
                "{gpus} × {}",
                field_with_unit(Field::BuyPrice, inputs.buy_dollars)
            ),
            html! {
                <p class="dce-share">
                    {"This run's share of that hardware over a 4-year service life: "}
                    <strong>{money_compact(inputs.service_life_share())}</strong>
                    {format!(" ({} of 35,064 hours)", hours_short(inputs.hours_micro.min(35_064_000_000)))}
                </p>
            },
        ),
    };
    let source = match preset {
        Some(p) => html! {
            <div class="dce-total-source">
                <p class="dce-story">{p.story()}</p>
                if !p.total_is_cited() {
                    <p class="dce-derived"><span class="dce-tag">{"Derived"}</span>{" The total is our arithmetic on the cited inputs."}</p>
                }
                <SourceCard ids={p.sources()} />
            </div>
        },
        None => html! {
            <div class="dce-total-source">
                <p class="dce-story">{"Your own scenario: the arithmetic of the inputs below, each cited under its slider."}</p>
            </div>
        },
    };
    let settled = props.state.settled.total();
    html! {
        <div class={classes!("dce-total", format!("is-{}", inputs.basis.id()))}>
            <p class="dce-total-what">{what}</p>
            <p class="dce-total-figure" data-testid="total">
                <span class="dce-total-compact">{money_compact(total)}</span>
                <span class="dce-total-exact">{money_exact(total)}{" exactly"}</span>
            </p>
            <p class="dce-formula">{formula}</p>
            {extra}
            {source}
            <p class="dce-sr" aria-live="polite" aria-atomic="true">
                {format!("Total: {} ({})", money_compact(settled), money_exact(settled))}
            </p>
        </div>
    }
}
