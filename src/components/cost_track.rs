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

/// A log scale from $100K to $10B with the cited landmarks and a marker
/// for the current total. Totals off the scale pin to its ends.
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
        html! {
            <li class={classes!("dce-mark", format!("is-{}", p.inputs().basis.id()),
                    (i % 2 == 0).then_some("is-low"),
                    (bp < 1_500).then_some("is-edge-left"), (bp > 9_000).then_some("is-edge-right"))}
                style={format!("left:{}", css_percent(bp))}>
                <span class="dce-mark-label">{t.t(p.landmark())}<br /><b>{short(cents)}</b></span>
            </li>
        }
    });
    let axis = (0..6).map(|i| {
        let cents = LO * 10u64.pow(i);
        html! { <li style={format!("left:{}", css_percent(pos(cents)))}>{short(cents)}</li> }
    });
    html! {
        <figure class="dce-track" aria-label={t.fill(M.track_label, &[&short(LO), &short(HI)])}>
            <div class="dce-track-area">
                <ol class="dce-marks">{for marks}</ol>
                <div class="dce-track-bar" aria-hidden="true"></div>
                <div class="dce-track-now" style={format!("left:{}", css_percent(pos(total)))} aria-hidden="true"></div>
                <ol class="dce-axis" aria-hidden="true">{for axis}</ol>
            </div>
            <figcaption class="dce-track-legend">
                {t.fill(M.track_legend, &[&t.money_compact(total), off])}
            </figcaption>
        </figure>
    }
}
