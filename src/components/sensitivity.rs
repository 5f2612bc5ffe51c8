use yew::prelude::*;

use super::source_card::source_card;
use domain::inputs::Inputs;
use domain::messages::M;
use domain::scale::{css_percent, money_position};
use domain::text::Localizer;
use domain::uncertainty::sensitivity;
use domain::units::Ratio;

/// For each input, how far the total moves across the values its sources
/// give (others as they are), widest first: a small log-scale range chart.
/// Drawn through `Memo`: only a new settled state redraws it.
pub fn sensitivity_chart(t: Localizer, inputs: &Inputs) -> Html {
    let pos = money_position;
    let now = css_percent(pos(inputs.total()));
    let rows = sensitivity(inputs).into_iter().map(|(span, low, high)| {
        let title = t.t(span.field.title());
        let fixed = span.low == span.high;
        let text = if fixed {
            t.t(M.sensitivity_fixed).to_string()
        } else {
            t.fill(M.sensitivity_row, &[&t.factor(Ratio::of(high.into(), low.into())), &t.money_compact(low), &t.money_compact(high)])
        };
        let (a, b) = (pos(low), pos(high));
        html! {
            <li>
                <span class="dce-sens-name">{title}</span>
                <svg class="dce-sens-bar" aria-hidden="true">
                    <line class="dce-sens-axis" x1="0" x2="100%" y1="9" y2="9" />
                    <rect x={css_percent(a)} y="3" width={css_percent((b - a).max(40))} height="12" rx="2" />
                    <line class="dce-sens-now" x1={now.clone()} x2={now.clone()} y1="0" y2="18" />
                </svg>
                <span class="dce-sens-text">{text}</span>
                if !fixed { {source_card(t, span.facts, true)} }
            </li>
        }
    });
    html! {
        <section class="dce-sens" data-testid="sensitivity" aria-labelledby="dce-sens-title">
            <h2 id="dce-sens-title">{t.t(M.sensitivity_title)}</h2>
            <ol>{for rows}</ol>
        </section>
    }
}
