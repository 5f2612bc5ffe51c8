use yew::prelude::*;

use super::source_card::source_card;
use domain::bridge::{factors, place, Driver};
use domain::inputs::{Basis, Inputs};
use domain::messages::M;
use domain::presets::Preset;
use domain::scale::money_position;
use domain::text::{Localizer, Num};
use domain::units::{Cents, Ratio};

/// Bar heights: the shared money scale, $100K (0) to $10B (the full height).
const TOP: u32 = 28;
const BASE: u32 = 196;

fn height(cents: Cents) -> u32 {
    money_position(cents) * (BASE - TOP) / 10_000
}

/// The waterfall from $5.576M to $1.6B in two cited factors (SVG, named for
/// screen readers by its three exact totals), and the reader's own
/// scenario placed against both numbers. Drawn through `Memo`: only a new
/// settled state redraws it.
pub fn bridge(t: Localizer, inputs: &Inputs) -> Html {
    let [gpus, buying] = factors();
    let short = |c: Cents| t.fmt.format(Num::MoneyShort(c));
    let v3 = Preset::V3.inputs();
    let fleet = Preset::Fleet.inputs();
    let gpus_label = t.fill(
        M.bridge_gpus,
        &[
            &t.factor(gpus.factor),
            &t.count(fleet.gpus()),
            &t.count(v3.gpus()),
        ],
    );
    let days = t.days(v3.hours());
    let buy_label = t.fill(M.bridge_buy, &[&t.factor(buying.factor), &days]);
    let overall = Ratio::of(buying.to.into(), gpus.from.into());

    // Three bars: the run, the run with the fleet's GPUs, the fleet bought.
    let bars = [
        (gpus.from, "4%", t.t(M.bridge_start).to_string(), "is-rent"),
        (
            gpus.to,
            "34%",
            t.fill(M.bridge_mid, &[&t.count(fleet.gpus())]),
            "is-mid",
        ),
        (buying.to, "56%", t.t(M.bridge_end).to_string(), "is-buy"),
    ];
    let bar = |(cents, x, name, class): (Cents, &'static str, String, &'static str)| {
        let h = height(cents);
        html! {
            <g class={format!("dce-bridge-bar {class}")}>
                <rect x={x} y={(BASE - h).to_string()} width="12%" height={h.to_string()} />
                <text x={x} dx="6%" y={(BASE - h - 8).to_string()} text-anchor="middle" class="dce-bridge-amount">{short(cents)}</text>
                <text x={x} dx="6%" y={(BASE + 18).to_string()} text-anchor="middle" class="dce-bridge-name">{name}</text>
            </g>
        }
    };
    let step = |x: &str, y: u32, f: Ratio| {
        html! { <text class="dce-bridge-factor" x={x.to_string()} y={y.to_string()} text-anchor="middle">{format!("×{}", t.factor(f))}</text> }
    };
    // What the bars show, exactly, for screen readers: each step and its total.
    let exact = format!(
        "{}: {}; {}: {}; {}: {}.",
        t.t(M.bridge_start),
        t.money(gpus.from),
        t.fill(M.bridge_mid, &[&t.count(fleet.gpus())]),
        t.money(gpus.to),
        t.t(M.bridge_end),
        t.money(buying.to),
    );
    let you = height(inputs.total());
    let p = place(inputs);
    // DeepSeek's own run is ×1 and ×1: nothing to explain.
    let own_run = p.gpu_factor == Ratio::ONE && p.other_factor == Ratio::ONE;
    // Hours enter a rented total, not a purchase: a purchase's second
    // factor is buying instead of renting for the run's hours.
    let buy = inputs.basis() == Basis::Buy;
    let (big, small, msg) = match (p.driver, buy) {
        (Driver::Gpus, false) => (p.gpu_factor, p.other_factor, M.bridge_driver_gpus),
        (Driver::Gpus, true) => (p.gpu_factor, p.other_factor, M.bridge_driver_gpus_buy),
        (Driver::PriceAndHours, false) => (p.other_factor, p.gpu_factor, M.bridge_driver_price),
        (Driver::PriceAndHours, true) => (p.other_factor, p.gpu_factor, M.bridge_driver_price_buy),
    };
    html! {
        <section class="dce-bridge" data-testid="bridge" aria-labelledby="dce-bridge-title">
            <h2 id="dce-bridge-title">{t.t(M.bridge_title)}</h2>
            <svg class="dce-bridge-svg" role="img" aria-label={exact}>
                <line class="dce-bridge-base" x1="0" x2="100%" y1={BASE.to_string()} y2={BASE.to_string()} />
                {for bars.into_iter().map(bar)}
                // Factors sit low in the gaps between the bars.
                {step("23%", BASE - 12, gpus.factor)}
                {step("49%", BASE - 12, buying.factor)}
                <line class="dce-bridge-you" x1="0" x2="100%" y1={(BASE - you).to_string()} y2={(BASE - you).to_string()} />
                <text class="dce-bridge-you-label" x="100%" y={(BASE - you - 5).to_string()} text-anchor="end">
                    {format!("{}: {}", t.t(M.you), short(inputs.total()))}
                </text>
            </svg>
            <p class="dce-derived"><span class="dce-tag">{t.t(M.derived)}</span>{" "}{t.t(M.bridge_derived)}</p>
            <ol class="dce-bridge-steps">
                <li>{gpus_label.clone()}{source_card(t, gpus.facts, false)}</li>
                <li>{buy_label.clone()}{source_card(t, buying.facts, false)}</li>
            </ol>
            <p class="dce-bridge-product"><strong>{t.fill(M.bridge_product, &[&t.factor(overall)])}</strong></p>
            <p class="dce-bridge-place" data-testid="bridge-you">
                {t.fill(M.bridge_you, &[
                    &t.money_compact(inputs.total()),
                    &t.factor(p.times_v3),
                    &t.fmt.format(Num::Percent(p.share_of_fleet)),
                ])}
                if !own_run {
                    {" "}
                    {t.fill(msg, &[&t.factor(big), &t.factor(small)])}
                }
            </p>
        </section>
    }
}
