use yew::prelude::*;

use super::term::glossed;
use domain::glossary::Term;

use super::classed;
use super::source_card::cite_line;
use crate::urgent::Urgent;
use domain::cited::{LONG_SERVICE_LIFE_HOURS, SERVICE_LIFE_HOURS};
use domain::inputs::Basis;
use domain::inputs::Inputs;
use domain::messages::M;
use domain::presets::{exact_line, total_label, v3_share_of_fleet, Preset};
use domain::quantity::Field;
use domain::state::State;
use domain::text::Localizer;
use domain::units::{Cents, MicroHours};

/// The total as the reader watches it: what it counts, the headline figure
/// (a slider writes it first, `Urgent::slide`) and the exact amount. In
/// predict-first mode, a question mark until the guess is in.
pub fn total_figure(t: Localizer, state: &State, urgent: &Urgent) -> Html {
    let inputs = state.inputs;
    let what = total_label(&inputs);
    let long = if state.locale.long_money() {
        " is-long"
    } else {
        ""
    };
    let class = format!("dce-total is-{}{long}", inputs.basis().id());
    if state.classroom.hides_total() {
        let hidden = html! {
            <div>
                <p class="dce-total-what">{t.t(what)}</p>
                <p class="dce-total-figure" data-testid="total-hidden">
                    <span class="dce-total-compact" aria-hidden="true">{"?"}</span>
                    <span class="dce-total-exact">{t.t(M.hidden_total)}</span>
                </p>
            </div>
        };
        return classed(hidden, class + " is-hidden");
    }
    let total = html! {
        <div>
            <p class="dce-total-what">{t.t(what)}</p>
            <p class="dce-total-figure" data-testid="total">
                <span class="dce-total-compact">{urgent.figure()}</span>
                <span class="dce-total-exact">{exact_line(t, &inputs)}</span>
            </p>
        </div>
    };
    classed(total, class)
}

/// The formula with the current numbers, each term linked to its citation.
pub fn formula(t: Localizer, inputs: &Inputs) -> Html {
    let total = inputs.total();
    let term =
        |slug: &str, text: String| html! { <a href={format!("#dce-citation-{slug}")}>{text}</a> };
    let gpus = term("gpus", t.gpus(inputs.gpus()));
    let terms = match inputs.basis() {
        Basis::Rent => html! {<>
            {gpus}{" × "}{term("hours", t.hours_short(inputs.hours()))}{" × "}
            {term("price", t.with_unit(Field::RentPrice, inputs.rent().0))}{" = "}{t.money(total)}
        </>},
        Basis::Buy => html! {<>
            {gpus}{" × "}{term("price", t.with_unit(Field::BuyPrice, inputs.buy_dollars()))}{" = "}{t.money(total)}
        </>},
    };
    html! { <p class="dce-formula" data-testid="formula">{terms}</p> }
}

/// Under the inputs: the scenario's source on one line, and the
/// announcement for screen readers.
pub fn total_source(t: Localizer, preset: Option<Preset>, settled: Cents) -> Html {
    let source = preset.map(|p| {
        // A total that is our arithmetic says so on the line itself.
        let derived = !p.total_is_cited();
        let lead = html! {<>
            if derived { <span class="dce-tag">{t.t(M.derived)}</span> }
            {t.t(M.source_lead)}
        </>};
        let more = html! {<>
            <p class="dce-story">{t.t(p.story())}</p>
            if derived { <p class="dce-derived">{t.t(M.derived_total)}</p> }
        </>};
        cite_line(t, lead, p.sources(), more)
    });
    html! {
        <div class="dce-total-source">
            {for source}
            <p class="dce-sr" aria-live="polite" aria-atomic="true">
                {t.fill(M.live_total, &[&t.money_compact(settled), &t.money(settled)])}
            </p>
        </div>
    }
}

/// What the scenario is, in a sentence, and what the total amounts to
/// besides: GPU-hours when renting, the share of the purchase used up when
/// buying.
pub fn total_story(t: Localizer, inputs: &Inputs, preset: Option<Preset>) -> Html {
    let extra = match inputs.basis() {
        Basis::Rent => html! {
            <p class="dce-gpu-hours">{glossed(t, &t.fill(M.gpu_hours_at_price, &[&t.number(Field::Hours, inputs.gpu_hours().0)]), &[Term::GpuHour])}</p>
        },
        Basis::Buy => {
            // On SemiAnalysis's fleet, the run's honest share is V3's 2,048
            // GPUs, not all 50,000 GPUs' price used up in those hours.
            let fleet = preset == Some(Preset::Fleet);
            let (lead, share, tail) = if fleet {
                let lead = t.fill(
                    M.fleet_share,
                    &[
                        &t.count(Preset::V3.inputs().gpus()),
                        &t.count(inputs.gpus()),
                        &t.hours_short(inputs.hours()),
                    ],
                );
                (lead, v3_share_of_fleet(), ".".to_string())
            } else {
                let tail = t.fill(
                    M.share_hours,
                    &[
                        &t.hours_short(
                            inputs
                                .hours()
                                .min(MicroHours::from_hours(SERVICE_LIFE_HOURS)),
                        ),
                        &t.count(SERVICE_LIFE_HOURS),
                        &t.money_compact(inputs.service_life_share(LONG_SERVICE_LIFE_HOURS)),
                    ],
                );
                let share = inputs.service_life_share(SERVICE_LIFE_HOURS);
                (t.t(M.share).to_string(), share, tail)
            };
            html! {
                <p class="dce-life-share">
                    if fleet { <span class="dce-tag">{t.t(M.derived)}</span>{" "} }
                    {lead}<strong>{t.money_compact(share)}</strong>{tail}
                </p>
            }
        }
    };
    let story = match preset {
        Some(p) => p.story(),
        None => M.own_scenario,
    };
    html! {
        <div class="dce-total-story">
            <p class="dce-story">{glossed(t, t.t(story), &[Term::Hyperscaler, Term::Capex])}</p>
            {extra}
        </div>
    }
}
