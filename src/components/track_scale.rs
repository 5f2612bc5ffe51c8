use yew::prelude::*;

use super::{classed, with_attributes};
use domain::messages::M;
use domain::scale::css_percent;
use domain::text::{Localizer, Num};
use domain::track::{self, axis, landmarks, COMPARE_ENDS, COMPARE_LABEL_BELOW, COMPARE_Y, TICK};
use domain::uncertainty::gpt4;

/// What on the cost track never moves: the axis, the cited landmarks
/// (`domain::track`) and GPT-4's range. Drawn through `Memo`, so a slider
/// input does not redraw it: measured, it was half the time from input to
/// the new total. `landmarks` is false while predicting: they would name
/// the answer.
pub fn track_scale(t: Localizer, landmarks_shown: bool) -> Html {
    let short = |cents| t.fmt.format(Num::MoneyShort(cents));
    let marks = landmarks().map(|m| {
        let x = css_percent(m.x);
        let anchor = m.anchor.id();
        // Our arithmetic says so beside the amount ("$69.2M (derived)"), where
        // a phone has room for it.
        let derived = if m.preset.total_is_cited() { "" } else { t.t(M.derived_mark) };
        let mark = html! {
            <g>
                <line x1={x.clone()} x2={x.clone()} y1={TICK.top} y2={TICK.bottom} />
                <text x={x.clone()} y={m.labels.name} text-anchor={anchor}>{t.t(m.preset.landmark())}</text>
                <text x={x} y={m.labels.amount} text-anchor={anchor} class="dce-mark-amount">{short(m.amount)}{derived}</text>
            </g>
        };
        let (basis, id) = (m.preset.inputs().basis().id(), m.preset.id());
        classed(mark, format!("dce-mark is-{basis} is-{id}"))
    });
    let axis = axis().map(|a| {
        let label = html! { <text>{short(a.amount)}</text> };
        let class = if a.minor {
            "dce-axis-label is-minor"
        } else {
            "dce-axis-label"
        };
        let (x, y, anchor) = (
            css_percent(a.x).into(),
            track::AXIS_Y.into(),
            a.anchor.id().into(),
        );
        with_attributes(
            label,
            &["class", "x", "y", "text-anchor"],
            [class.into(), x, y, anchor],
        )
    });
    let gpt4 = gpt4();
    let (lo, hi) = (
        css_percent(track::x(gpt4.low)),
        css_percent(track::x(gpt4.high)),
    );
    let (y, y1, y2) = (COMPARE_Y, COMPARE_ENDS.top, COMPARE_ENDS.bottom);
    html! {
        <g>
            if landmarks_shown { {for marks} }
            {for axis}
            <g class="dce-compare">
                <line x1={lo.clone()} x2={hi.clone()} y1={y} y2={y} />
                <line x1={lo.clone()} x2={lo} y1={y1} y2={y2} />
                <line x1={hi.clone()} x2={hi.clone()} y1={y1} y2={y2} />
                <text x={hi} y={COMPARE_LABEL_BELOW} text-anchor="end">{t.t(M.compare_gpt4)}</text>
            </g>
        </g>
    }
}
