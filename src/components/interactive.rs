use yew::prelude::*;

use super::basis_switch::basis_switch;
use super::cost_track::{cost_track, track_legend};
use super::input_group::input_group;
use super::prediction::Prediction;
use super::preset_bar::preset_bar;
use super::total_panel::{formula, total_figure, total_source, total_story};
use crate::store::Dispatch;
use crate::urgent::Urgent;
use domain::inputs::Basis;
use domain::messages::M;
use domain::presets::Preset;
use domain::quantity::Field;
use domain::state::State;
use domain::text::Localizer;
use domain::uncertainty::band;
use domain::units::Cents;

/// The interactive unit: the scenarios, the guess (predict first), the
/// stage (total and track, which stays in view while any slider below it
/// is: sticky, main.css), the three inputs, and the scenario's source. In
/// the long form, how the total adds up follows (`notes`); in the article
/// layout (`embed`) that waits in "Why they differ".
// Inlined into `App`, as `sections` is: the two measured 627 B smaller
// gzipped wasm than two calls.
#[inline(always)]
pub fn interactive(
    t: Localizer,
    state: &State,
    dispatch: &Dispatch,
    urgent: &Urgent,
    embed: bool,
) -> Html {
    let (inputs, c) = (state.inputs, state.classroom);
    let price = inputs.price_field();
    let buying = inputs.basis() == Basis::Buy;
    let preset = Preset::matching(&inputs);
    let hidden = c.hides_total();
    html! {
        <section class="dce-interactive" aria-label={t.t(M.result_label)}>
            {preset_bar(t, preset, dispatch)}
            if c.predict {
                // Keyed by the answer, so another question starts with an
                // empty box (and a change of language keeps the draft).
                <Prediction key={answer_key(inputs.total())} guess={c.guess} answer={inputs.total()}
                    dispatch={dispatch.clone()} />
            }
            <div class="dce-stage">
                {total_figure(t, state, urgent)}
                {cost_track(t, &inputs, band(&inputs), hidden, c.guess.filter(|_| c.predict), urgent)}
            </div>
            <section class="dce-inputs" aria-label={t.t(M.inputs_label)}>
                {input_group(t, Field::Gpus, inputs.gpus(), dispatch, urgent, html! {}, buying)}
                {input_group(t, price, inputs.get(price), dispatch, urgent, basis_switch(t, inputs.basis(), dispatch), buying)}
                {input_group(t, Field::Hours, inputs.get(Field::Hours), dispatch, urgent, html! {}, buying)}
            </section>
            <div class="dce-notes">
                if !embed {
                    {notes(t, state)}
                }
                if !hidden {
                    {total_source(t, preset, state.settled.total())}
                }
            </div>
        </section>
    }
}

/// The answer as a key: its cents' bytes as text, the same in every
/// language (Rust's integer formatting measured 53 B more gzipped wasm).
fn answer_key(total: Cents) -> String {
    total
        .0
        .to_le_bytes()
        .iter()
        .map(|&b| char::from(b))
        .collect()
}

/// How the total adds up: the formula, what the scenario is, and the
/// track's legend. Nothing of the first two while a guess is pending: they
/// would give the total away.
pub fn notes(t: Localizer, state: &State) -> Html {
    let inputs = state.inputs;
    let hidden = state.classroom.hides_total();
    html! {<>
        if !hidden {
            {formula(t, &inputs)}
            {total_story(t, &inputs, Preset::matching(&inputs))}
        }
        {track_legend(t, &inputs, band(&inputs), hidden)}
    </>}
}
