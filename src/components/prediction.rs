use yew::prelude::*;

use super::use_text;
use crate::store::Dispatch;
use domain::claim::parse_claim;
use domain::classroom::{verdict, Direction};
use domain::messages::M;
use domain::state::Action;
use domain::units::Cents;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The committed guess, once there is one.
    pub guess: Option<Cents>,
    /// The total the student is guessing. `App` keys the component by it,
    /// so another question starts with an empty box.
    pub answer: Cents,
    pub dispatch: Dispatch,
}

/// Predict first: a guess box until the student commits, then how far off
/// the guess was. Guesses are read like the claim checker's ("$20M",
/// "3 miliardi di dollari"). Owns what the student is typing, and whether
/// the last guess was unreadable.
#[function_component(Prediction)]
pub fn prediction(props: &Props) -> Html {
    let t = use_text();
    let text = use_state_eq(String::new);
    let bad = use_state_eq(|| false);
    if let Some(g) = props.guess {
        let v = verdict(g, props.answer);
        let (guess, answer) = (t.money_compact(g), t.money_compact(props.answer));
        let times = t.factor(v.times);
        let line = match v.direction {
            Direction::TooHigh => t.fill(M.verdict_high, &[&guess, &answer, &times]),
            Direction::TooLow => t.fill(M.verdict_low, &[&guess, &answer, &times]),
            Direction::Exact => t.fill(M.verdict_exact, &[&guess]),
        };
        return html! {
            <p class="dce-verdict" data-testid="verdict" role="status">{line}</p>
        };
    }
    let oninput = {
        let (text, bad) = (text.clone(), bad.clone());
        move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            text.set(input.value());
            bad.set(false);
        }
    };
    let onsubmit = {
        let (text, bad, d, l) = (text.clone(), bad.clone(), props.dispatch.clone(), t.locale);
        move |e: SubmitEvent| {
            e.prevent_default();
            match parse_claim(&text, l) {
                Ok(cents) => d.dispatch(Action::Guess(cents)),
                Err(_) => bad.set(true),
            }
        }
    };
    html! {
        <form class="dce-predict" data-testid="predict" {onsubmit}>
            <p class="dce-predict-prompt">{t.t(M.predict_prompt)}</p>
            <div class="dce-predict-row">
                <label for="dce-guess">{t.t(M.predict_label)}</label>
                <input id="dce-guess" type="text" autocomplete="off" spellcheck="false" data-testid="guess"
                    aria-invalid={bad.then_some("true")} aria-describedby={bad.then_some("dce-guess-error")}
                    value={(*text).clone()} {oninput} />
                <button type="submit" class="dce-chip is-primary">{t.t(M.predict_reveal)}</button>
            </div>
            if *bad {
                <p id="dce-guess-error" class="dce-error" role="alert">{t.t(M.predict_bad)}</p>
            }
        </form>
    }
}
