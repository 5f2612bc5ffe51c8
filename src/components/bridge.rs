use yew::prelude::*;

use super::classed;
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
            "29%",
            t.fill(M.bridge_mid, &[&t.count(fleet.gpus())]),
            "is-mid",
        ),
        (buying.to, "54%", t.t(M.bridge_end).to_string(), "is-buy"),
    ];
    // Bars 10% wide, ending by 64%: the reader's label keeps the right third.
    // The first amount starts at its bar, so a 320 px widget does not cut it.
    let bar = |&(cents, x, _, class): &(Cents, &'static str, String, &'static str)| {
        let h = height(cents);
        let (dx, anchor) = if class == "is-rent" {
            ("0", "start")
        } else {
            ("5%", "middle")
        };
        let bar = html! {
            <g>
                <rect x={x} y={(BASE - h).to_string()} width="10%" height={h.to_string()} />
                <text x={x} {dx} y={(BASE - h - 8).to_string()} text-anchor={anchor} class="dce-bridge-amount">{short(cents)}</text>
            </g>
        };
        classed(bar, format!("dce-bridge-bar {class}"))
    };
    // The bars' names under them, as text that wraps (main.css lines each
    // up under its bar): every width shows them, down to 320 px.
    let names = bars
        .iter()
        .map(|(_, _, name, class)| classed(html! { <li>{name.clone()}</li> }, *class));
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
    let fleet_top = height(buying.to);
    let you_y = if you + 40 > fleet_top && you < fleet_top + 30 {
        BASE - you + 14
    } else {
        BASE - you - 19
    };
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
                {for bars.iter().map(bar)}
                // Factors sit low in the gaps between the bars.
                {step("21.5%", BASE - 12, gpus.factor)}
                {step("46.5%", BASE - 12, buying.factor)}
                <line class="dce-bridge-you" x1="0" x2="100%" y1={(BASE - you).to_string()} y2={(BASE - you).to_string()} />
                // On two lines at the right end, clear of the bars even where
                // "O seu cenário" is long and the widget narrow; under the
                // line where above it would meet the fleet's amount.
                <text class="dce-bridge-you-label" x="100%" y={you_y.to_string()} text-anchor="end">
                    <tspan x="100%">{format!("{}: ", t.t(M.you))}</tspan>
                    <tspan x="100%" dy="14">{short(inputs.total())}</tspan>
                </text>
            </svg>
            <ol class="dce-bridge-names" aria-hidden="true">{for names}</ol>
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
