use yew::prelude::*;

use super::app::Dispatch;
use super::use_text;
use crate::domain::claim::parse_claim;
use crate::domain::classroom::{verdict, Direction};
use crate::domain::messages::M;
use crate::domain::model::{Action, Cents};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub guess: Option<Cents>,
    pub answer: Cents,
    pub dispatch: Dispatch,
}

/// Predict first: a guess box until the student commits, then how far off
/// the guess was. Guesses are read like the claim checker's ("$20M",
/// "3 miliardi di dollari").
#[function_component(Prediction)]
pub fn prediction(props: &Props) -> Html {
    let t = use_text();
    let text = use_state(String::new);
    let bad = use_state(|| false);
    // A new question (other inputs) starts with an empty box.
    {
        let (text, bad) = (text.clone(), bad.clone());
        use_effect_with(props.answer, move |_| {
            text.set(String::new());
            bad.set(false);
        });
    }
    if let Some(g) = props.guess {
        let v = verdict(g, props.answer);
        let (guess, answer) = (t.money_compact(g), t.money_compact(props.answer));
        let times = t.factor(v.times_x10000);
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
