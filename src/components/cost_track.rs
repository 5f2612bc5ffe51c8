use yew::prelude::*;

use super::source_card::SourceCard;
use super::use_text;
use crate::domain::facts::FactId;
use crate::domain::messages::M;
use crate::domain::model::{Cents, Inputs};
use crate::domain::presets::Preset;
use crate::domain::scale::{css_percent, money_position, MONEY_HI, MONEY_LO};
use crate::domain::text::Num;
use crate::domain::uncertainty::{band, gpt4, llama};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub inputs: Inputs,
    /// Predict first: hide the total's marker until the guess is in.
    #[prop_or(false)]
    pub hidden: bool,
    /// The student's guess, marked beside the answer.
    #[prop_or(None)]
    pub guess: Option<Cents>,
}

const COMPARISONS: &[FactId] = &[FactId::O_03, FactId::O_05];

const LO: Cents = MONEY_LO as Cents; // $100K, in cents
const HI: Cents = MONEY_HI as Cents; // $10B

/// The cited figures marked on the track. The hyperscaler scenario is left
/// off: its mark would crowd the V3 and Buy marks on a phone.
const LANDMARKS: [Preset; 4] = [Preset::R1, Preset::V3, Preset::BuyV3, Preset::Fleet];

/// A log scale from $100K to $10B with the cited landmarks and a marker for
/// the current total (off-scale totals pin to the ends). Drawn as SVG with
/// percentage coordinates: no inline styles, so a strict CSP holds.
#[function_component(CostTrack)]
pub fn cost_track(props: &Props) -> Html {
    let t = use_text();
    let pos = money_position;
    let short = |cents: Cents| t.fmt.format(Num::MoneyShort(cents));
    let total = props.inputs.total();
    let (band_low, band_high) = band(&props.inputs);
    let x = |c: Cents| css_percent(pos(c));
    let (lo_x, hi_x) = (pos(band_low), pos(band_high));
    let band_width = css_percent(hi_x - lo_x);
    let llama = llama(&props.inputs).low;
    let gpt4 = gpt4();
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
            <g class={format!("dce-mark is-{}", p.inputs().basis.id())}>
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
            <text class={if i % 2 == 1 { "dce-axis-label is-minor" } else { "dce-axis-label" }}
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
                if !props.hidden {
                    <rect class="dce-track-band" x={css_percent(lo_x)} y="42" width={band_width} height="20" rx="3" />
                }
                // Predict first: the cited landmarks would name the answer.
                if !props.hidden { {for marks} }
                {for axis}
                <g class="dce-compare">
                    <line x1={x(gpt4.low)} x2={x(gpt4.high)} y1="158" y2="158" />
                    <line x1={x(gpt4.low)} x2={x(gpt4.low)} y1="153" y2="163" />
                    <line x1={x(gpt4.high)} x2={x(gpt4.high)} y1="153" y2="163" />
                    <text x={x(gpt4.high)} y="176" text-anchor="end">{t.t(M.compare_gpt4)}</text>
                    <circle cx={x(llama)} cy="158" r="4" />
                    <text x={x(llama)} y="150" text-anchor="middle">{t.t(M.compare_llama)}</text>
                </g>
                if let Some(g) = props.guess {
                    <g class="dce-track-guess" data-testid="guess-mark">
                        <line x1={x(g)} x2={x(g)} y1="30" y2="74" />
                        <text x={x(g)} y="86" text-anchor={if pos(g) < 1_500 { "start" } else if pos(g) > 8_500 { "end" } else { "middle" }}>
                            {t.t(M.predict_label)}
                        </text>
                    </g>
                }
                if !props.hidden {
                    <circle class="dce-track-now" cx={css_percent(pos(total))} cy="52" r="9" />
                    <circle class="dce-track-ring" cx={css_percent(pos(total))} cy="52" r="13" />
                }
            </svg>
            <figcaption class="dce-track-legend">
                if !props.hidden { {t.fill(M.track_legend, &[&t.money_compact(total), off])} }
                <span class="dce-track-band-legend" data-testid="band" hidden={props.hidden}>
                    {" "}{t.fill(M.band_legend, &[&t.money_compact(band_low), &t.money_compact(band_high)])}
                </span>
                <SourceCard ids={COMPARISONS} compact={true} />
            </figcaption>
        </figure>
    }
}
