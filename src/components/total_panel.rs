use yew::prelude::*;

use super::source_card::source_card;
use super::urgent::Urgent;
use crate::domain::cited::SERVICE_LIFE_HOURS;
use crate::domain::messages::M;
use crate::domain::model::{Basis, State};
use crate::domain::quantity::{Field, MICRO};
use crate::domain::text::Text;

/// The total, large and exact, with what it counts, the formula with the
/// current numbers, and its source. A slider writes the figure first
/// (`Urgent::slide`).
pub fn total_panel(t: Text, state: &State, urgent: &Urgent) -> Html {
    let inputs = state.inputs;
    let total = inputs.total();
    let preset = inputs.matching_preset();
    // The formula with today's numbers, each term linked to its citation.
    let term =
        |slug: &str, text: String| html! { <a href={format!("#dce-citation-{slug}")}>{text}</a> };
    let gpus = term("gpus", t.gpus(inputs.gpus));
    let (what, formula, extra) = match inputs.basis {
        Basis::Rent => (
            M.total_rent,
            html! {<>
                {gpus}{" × "}{term("hours", t.hours_short(inputs.hours_micro))}{" × "}
                {term("price", t.with_unit(Field::RentPrice, inputs.rent_cents))}{" = "}{t.money(total)}
            </>},
            html! {
                <p class="dce-gpu-hours">{t.fill(M.gpu_hours_at_price, &[&t.number(Field::Hours, inputs.gpu_hours_micro())])}</p>
            },
        ),
        Basis::Buy => (
            M.total_buy,
            html! {<>
                {gpus}{" × "}{term("price", t.with_unit(Field::BuyPrice, inputs.buy_dollars))}{" = "}{t.money(total)}
            </>},
            html! {
                <p class="dce-life-share">
                    {t.t(M.share)}
                    <strong>{t.money_compact(inputs.service_life_share())}</strong>
                    {t.fill(M.share_hours, &[
                        &t.hours_short(inputs.hours_micro.min(SERVICE_LIFE_HOURS * MICRO)),
                        &t.count(SERVICE_LIFE_HOURS),
                    ])}
                </p>
            },
        ),
    };
    let source = match preset {
        Some(p) => html! {
            <div class="dce-total-source">
                <p class="dce-story">{t.t(p.story())}</p>
                if !p.total_is_cited() {
                    <p class="dce-derived"><span class="dce-tag">{t.t(M.derived)}</span>{" "}{t.t(M.derived_total)}</p>
                }
                {source_card(t, p.sources(), false)}
            </div>
        },
        None => html! {
            <div class="dce-total-source">
                <p class="dce-story">{t.t(M.own_scenario)}</p>
            </div>
        },
    };
    let settled = state.settled.total();
    // Predict first: the figure, the formula's result and the announcement
    // wait for the student's guess.
    if state.classroom.hides_total() {
        return html! {
            <div class={format!("dce-total is-{} is-hidden", inputs.basis.id())}>
                <p class="dce-total-what">{t.t(what)}</p>
                <p class="dce-total-figure" data-testid="total-hidden">
                    <span class="dce-total-compact" aria-hidden="true">{"?"}</span>
                    <span class="dce-total-exact">{t.t(M.hidden_total)}</span>
                </p>
            </div>
        };
    }

    html! {
        <div class={format!("dce-total is-{}", inputs.basis.id())}>
            <p class="dce-total-what">{t.t(what)}</p>
            <p class="dce-total-figure" data-testid="total">
                <span class="dce-total-compact" ref={urgent.figure()}>{t.money_compact(total)}</span>
                <span class="dce-total-exact">{t.fill(M.exactly, &[&t.money(total)])}</span>
            </p>
            <p class="dce-formula" data-testid="formula">{formula}</p>
            {extra}
            {source}
            <p class="dce-sr" aria-live="polite" aria-atomic="true">
                {t.fill(M.live_total, &[&t.money_compact(settled), &t.money(settled)])}
            </p>
        </div>
    }
}
