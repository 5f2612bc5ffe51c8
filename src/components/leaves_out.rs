use yew::prelude::*;

use super::source_card::source_card;
use domain::corrections::CORRECTIONS;
use domain::facts::FactId;
use domain::messages::M;
use domain::text::Localizer;

const LEAVES_OUT: &[FactId] = &[FactId::V3_12, FactId::O_14, FactId::SA_03, FactId::SA_06];

/// What each number leaves out, in the sources' own words, how the figures
/// are sourced, and the dated corrections (`domain::corrections`).
pub fn leaves_out(t: Localizer) -> Html {
    // One entry a line (main.css: pre-line), dated first.
    let corrections: Vec<String> = CORRECTIONS
        .iter()
        .map(|c| format!("{}: {}", c.date, t.t(c.text)))
        .collect();
    html! {
        <aside class="dce-leaves">
            <h2>{t.t(M.leaves_title)}</h2>
            <p>{t.t(M.leaves_body)}</p>
            {source_card(t, LEAVES_OUT, false)}
            <p class="dce-method">{t.t(M.method)}</p>
            <details class="dce-corrections" data-testid="corrections">
                <summary>{t.t(M.corrections_title)}</summary>
                <p>{corrections.join("\n")}</p>
            </details>
        </aside>
    }
}
