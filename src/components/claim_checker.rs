use yew::prelude::*;

use domain::claim::{buys, parse_claim, Buys, ClaimError};
use domain::inputs::Inputs;
use domain::messages::M;
use domain::text::Localizer;

/// A reader types a headline figure the way it was printed; the widget says
/// what it pays for at the current price: GPU-hours (and hours on the current
/// GPUs) when renting, GPUs when buying. `text` is what the reader typed,
/// kept by `App`: a component owning it measured 619 B more gzipped wasm,
/// most of what the French page has left (BENCHMARKS.md, issue 26).
pub fn claim_checker(t: Localizer, inputs: &Inputs, text: &UseStateHandle<String>) -> Html {
    let oninput = {
        let text = text.clone();
        move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            text.set(input.value());
        }
    };
    let i = *inputs;
    let answer = match parse_claim(text, t.locale) {
        Err(ClaimError::Empty) => String::new(),
        Err(ClaimError::NotUnderstood) => t.t(M.claim_bad).to_string(),
        Ok(cents) => {
            let amount = t.money_compact(cents);
            let price = t.with_unit(i.price_field(), i.get(i.price_field()));
            match buys(&i, cents) {
                Buys::Rent { gpu_hours, hours } => t.fill(
                    M.claim_rent,
                    &[
                        &price,
                        &amount,
                        &t.gpu_hours(gpu_hours),
                        &t.hours_long(hours),
                        &t.gpus(i.gpus()),
                    ],
                ),
                Buys::Buy { gpus } => t.fill(M.claim_buy, &[&price, &amount, &t.gpus(gpus)]),
            }
        }
    };
    html! {
        <section class="dce-claim" aria-labelledby="dce-claim-title">
            <h2 id="dce-claim-title">{t.t(M.claim_title)}</h2>
            <label class="dce-claim-label" for="dce-claim-input">{t.t(M.claim_label)}</label>
            <input id="dce-claim-input" type="text" autocomplete="off" spellcheck="false" data-testid="claim-input"
                placeholder={t.t(M.claim_placeholder)} value={(**text).clone()} {oninput} />
            <p class="dce-claim-answer" data-testid="claim-answer" role="status">{answer}</p>
        </section>
    }
}
