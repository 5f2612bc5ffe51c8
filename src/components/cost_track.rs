use yew::prelude::*;

use crate::domain::format::money_compact;
use crate::domain::model::Cents;
use crate::domain::presets::Preset;
use crate::domain::scale::{css_percent, log_position};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub total: Cents,
}

const LO: u128 = 100_000 * 100; // $100K, in cents
const HI: u128 = 10_000_000_000 * 100; // $10B
const AXIS: [(u128, &str); 6] = [
    (100_000, "$100K"),
    (1_000_000, "$1M"),
    (10_000_000, "$10M"),
    (100_000_000, "$100M"),
    (1_000_000_000, "$1B"),
    (10_000_000_000, "$10B"),
];

/// The cited figures marked on the track. The hyperscaler scenario is left
/// off: its mark would crowd the V3 and Buy marks on a phone.
const LANDMARKS: [Preset; 4] = [Preset::R1, Preset::V3, Preset::BuyV3, Preset::Fleet];

/// A log scale from $100K to $10B with the cited landmarks and a marker
/// for the current total. Totals off the scale pin to its ends.
#[function_component(CostTrack)]
pub fn cost_track(props: &Props) -> Html {
    let pos = |cents: u128| css_percent(log_position(cents, LO, HI));
    let total = u128::from(props.total);
    let off = if total < LO {
        " (below the scale)"
    } else if total > HI {
        " (above the scale)"
    } else {
        ""
    };
    let marks = LANDMARKS.iter().enumerate().map(|(i, p)| {
        let cents = u128::from(p.cited_total_dollars()) * 100;
        let bp = log_position(cents, LO, HI);
        html! {
            <li class={classes!("dce-mark", format!("is-{}", p.inputs().basis.id()),
                    (i % 2 == 0).then_some("is-low"), (bp < 1_500).then_some("is-edge-left"))}
                style={format!("left:{}", css_percent(bp))}>
                <span class="dce-mark-label">{p.landmark()}<br /><b>{money_compact(cents as u64)}</b></span>
            </li>
        }
    });
    let axis = AXIS.iter().map(|(dollars, label)| {
        html! { <li style={format!("left:{}", pos(dollars * 100))}>{*label}</li> }
    });
    html! {
        <figure class="dce-track" aria-label="Where the total sits, from $100K to $10B on a log scale">
            <div class="dce-track-area">
                <ol class="dce-marks">{for marks}</ol>
                <div class="dce-track-bar" aria-hidden="true"></div>
                <div class="dce-track-now" style={format!("left:{}", pos(total))} aria-hidden="true"></div>
                <ol class="dce-axis" aria-hidden="true">{for axis}</ol>
            </div>
            <figcaption class="dce-track-legend">
                {format!("Your total, {}{off}, among the cited figures (log scale)", money_compact(props.total))}
            </figcaption>
        </figure>
    }
}
