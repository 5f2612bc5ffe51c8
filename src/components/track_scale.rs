use yew::prelude::*;

use super::cost_track::LO;
use domain::messages::M;
use domain::presets::Preset;
use domain::scale::{css_percent, money_position as pos};
use domain::text::{Localizer, Num};
use domain::uncertainty::gpt4;
use domain::units::Cents;

/// The cited figures marked on the track. The hyperscaler scenario is left
/// off: its mark would crowd the V3 and Buy marks on a phone.
const LANDMARKS: [Preset; 4] = [Preset::R1, Preset::V3, Preset::BuyV3, Preset::Fleet];

/// What on the cost track never moves: the axis, the cited landmarks and
/// GPT-4's range. Drawn through `Memo`, so a slider input does not redraw
/// it: measured, it was half the time from input to the new total.
/// `landmarks` is false while predicting: they would name the answer.
pub fn track_scale(t: Localizer, landmarks: bool) -> Html {
    let short = |cents: Cents| t.fmt.format(Num::MoneyShort(cents));
    let x = |c: Cents| css_percent(pos(c));
    let marks = LANDMARKS.iter().enumerate().map(|(i, p)| {
        let cents = Cents::from_dollars(p.cited_total_dollars());
        let bp = pos(cents);
        let x = css_percent(bp);
        // Labels alternate above and below the bar, and hug the edges.
        let (y1, y2) = if i % 2 == 0 { (65, 78) } else { (11, 24) };
        let anchor = if bp < 1_500 { "start" } else if bp > 9_000 { "end" } else { "middle" };
        // Our arithmetic says so beside the amount ("$69.2M (derived)"), where
        // a phone has room for it.
        let derived = if p.total_is_cited() { "" } else { t.t(M.derived_mark) };
        html! {
            <g class={format!("dce-mark is-{}", p.inputs().basis().id())}>
                <line x1={x.clone()} x2={x.clone()} y1="29" y2="51" />
                <text x={x.clone()} y={y1.to_string()} text-anchor={anchor}>{t.t(p.landmark())}</text>
                <text x={x} y={y2.to_string()} text-anchor={anchor} class="dce-mark-amount">{short(cents)}{derived}</text>
            </g>
        }
    });
    let axis = (0..6).map(|i| {
        let cents = Cents(LO.0 * 10u64.pow(i));
        let anchor = match i {
            0 => "start",
            5 => "end",
            _ => "middle",
        };
        html! {
            <text class={if i % 2 == 1 { "dce-axis-label is-minor" } else { "dce-axis-label" }}
                x={css_percent(pos(cents))} y="95" text-anchor={anchor}>{short(cents)}</text>
        }
    });
    let gpt4 = gpt4();
    html! {
        <g>
            if landmarks { {for marks} }
            {for axis}
            <g class="dce-compare">
                <line x1={x(gpt4.low)} x2={x(gpt4.high)} y1="112" y2="112" />
                <line x1={x(gpt4.low)} x2={x(gpt4.low)} y1="107" y2="117" />
                <line x1={x(gpt4.high)} x2={x(gpt4.high)} y1="107" y2="117" />
                <text x={x(gpt4.high)} y="128" text-anchor="end">{t.t(M.compare_gpt4)}</text>
            </g>
        </g>
    }
}
