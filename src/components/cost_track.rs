use yew::prelude::*;

use super::use_text;
use crate::domain::messages::M;
use crate::domain::model::Cents;
use crate::domain::presets::Preset;
use crate::domain::scale::{css_percent, log_position};
use crate::domain::text::Num;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub total: Cents,
}

const LO: Cents = 100_000 * 100; // $100K, in cents
const HI: Cents = 10_000_000_000 * 100; // $10B

/// The cited figures marked on the track. The hyperscaler scenario is left
/// off: its mark would crowd the V3 and Buy marks on a phone.
const LANDMARKS: [Preset; 4] = [Preset::R1, Preset::V3, Preset::BuyV3, Preset::Fleet];

/// A log scale from $100K to $10B with the cited landmarks and a marker for
/// the current total (off-scale totals pin to the ends). Drawn as SVG with
/// percentage coordinates: no inline styles, so a strict CSP holds.
#[function_component(CostTrack)]
pub fn cost_track(props: &Props) -> Html {
    let t = use_text();
    let pos = |cents: Cents| log_position(cents.into(), LO.into(), HI.into());
    let short = |cents: Cents| t.fmt.format(Num::MoneyShort(cents));
    let total = props.total;
    let off = if total < LO {
        t.t(M.below_scale)
    } else if total > HI {
        t.t(M.above_scale)
    } else {
        ""
    };
    let marks = LANDMARKS.iter().enumerate().map(|(i, p)| {
        let cents = p.cited_total_dollars() * 100;
        let bp = pos(cents);
        let x = css_percent(bp);
        // Labels alternate above and below the bar, and hug the edges.
        let (y1, y2) = if i % 2 == 0 { (98, 112) } else { (18, 32) };
        let anchor = if bp < 1_500 { "start" } else if bp > 9_000 { "end" } else { "middle" };
        html! {
            <g class={classes!("dce-mark", format!("is-{}", p.inputs().basis.id()))}>
                <line x1={x.clone()} x2={x.clone()} y1="40" y2="64" />
                <text x={x.clone()} y={y1.to_string()} text-anchor={anchor}>{t.t(p.landmark())}</text>
                <text x={x} y={y2.to_string()} text-anchor={anchor} class="dce-mark-amount">{short(cents)}</text>
            </g>
        }
    });
    let axis = (0..6).map(|i| {
        let cents = LO * 10u64.pow(i);
        let anchor = match i {
            0 => "start",
            5 => "end",
            _ => "middle",
        };
        html! {
            <text class={classes!("dce-axis-label", (i % 2 == 1).then_some("is-minor"))}
                x={css_percent(pos(cents))} y="136" text-anchor={anchor}>{short(cents)}</text>
        }
    });
    html! {
        <figure class="dce-track">
            <svg class="dce-track-svg" role="img" aria-label={t.fill(M.track_label, &[&short(LO), &short(HI)])}>
                <defs>
                    <linearGradient id="dce-track-gradient">
                        <stop offset="0" class="dce-stop-rent" />
                        <stop offset="1" class="dce-stop-buy" />
                    </linearGradient>
                </defs>
                <rect class="dce-track-bar" x="0" y="48" width="100%" height="8" rx="4" />
                {for marks}
                {for axis}
                <circle class="dce-track-now" cx={css_percent(pos(total))} cy="52" r="9" />
                <circle class="dce-track-ring" cx={css_percent(pos(total))} cy="52" r="13" />
            </svg>
            <figcaption class="dce-track-legend">
                {t.fill(M.track_legend, &[&t.money_compact(total), off])}
            </figcaption>
        </figure>
    }
}
