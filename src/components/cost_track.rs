use yew::prelude::*;

use super::memo::{Drawing, Memo};
use super::source_card::source_card;
use crate::urgent::Urgent;
use domain::facts::FactId;
use domain::inputs::Basis;
use domain::inputs::Inputs;
use domain::messages::M;
use domain::scale::css_percent;
use domain::text::{Localizer, Num};
use domain::track::{self, guess_anchor, BAND, COMPARE_LABEL_ABOVE, COMPARE_Y, GUESS, HI, LO};
use domain::uncertainty::llama;
use domain::units::Cents;

const COMPARISONS: &[FactId] = &[FactId::O_03, FactId::O_05];

/// A log scale from $100K to $10B (`domain::track`; `track_scale`: axis, cited landmarks,
/// GPT-4) with `band` (the totals at the cited lows and highs), Llama's
/// GPU-hours at the current rent (when renting) and a marker for the
/// current total (off-scale totals pin to the ends). Drawn as SVG with
/// percentage coordinates: no inline style in the HTML, so a strict CSP
/// holds (the urgent path moves the marker by its pin's attributes). `hidden`
/// (predict first) hides the total's marker until the guess is in; `guess` is
/// marked beside the answer. The marker is the urgent path's (`Urgent`),
/// which moves it on each input of a drag.
pub fn cost_track(
    t: Localizer,
    inputs: &Inputs,
    (band_low, band_high): (Cents, Cents),
    hidden: bool,
    guess: Option<Cents>,
    urgent: &Urgent,
) -> Html {
    let pos = track::x;
    let short = |cents: Cents| t.fmt.format(Num::MoneyShort(cents));
    let x = |c: Cents| css_percent(pos(c));
    let (lo_x, hi_x) = (pos(band_low), pos(band_high));
    let band_width = css_percent(hi_x - lo_x);
    let llama = llama(inputs).low;
    html! {
        <figure class="dce-track" data-testid="track" aria-describedby="dce-track-legend">
            <svg class="dce-track-svg" role="img" aria-label={t.fill(M.track_label, &[&short(LO), &short(HI)])}>
                if !hidden {
                    <rect class="dce-track-band" x={css_percent(lo_x)} y={BAND.top} width={band_width} height={BAND.height} rx="3" />
                }
                <Memo drawing={Drawing::TrackScale { landmarks: !hidden }} />
                // Llama's GPU-hours are priced at the rent: not a purchase.
                if inputs.basis() == Basis::Rent {
                    <g class="dce-compare">
                        <circle cx={x(llama)} cy={COMPARE_Y} r="4" />
                        <text x={x(llama)} y={COMPARE_LABEL_ABOVE} text-anchor="middle">{t.t(M.compare_llama)}</text>
                    </g>
                }
                if let Some(g) = guess {
                    <g class="dce-track-guess" data-testid="guess-mark">
                        <line x1={x(g)} x2={x(g)} y1={GUESS.stroke.top} y2={GUESS.stroke.bottom} />
                        <text x={x(g)} y={GUESS.label} text-anchor={guess_anchor(g).id()}>
                            {t.t(M.predict_label)}
                        </text>
                    </g>
                }
                if !hidden {
                    {urgent.marker()}
                }
            </svg>
        </figure>
    }
}

/// What the track shows, in words: the band of the cited ranges, whether the
/// total is off the scale (its marker then waits at the end), and the
/// sources of the faint comparisons.
/// Read beside the track, it sits below the inputs so that the track stays
/// close to the sliders.
pub fn track_legend(
    t: Localizer,
    inputs: &Inputs,
    (band_low, band_high): (Cents, Cents),
    hidden: bool,
) -> Html {
    let total = inputs.total();
    let off = if total < LO {
        t.t(M.below_scale)
    } else if total > HI {
        t.t(M.above_scale)
    } else {
        ""
    };
    html! {
        <div class="dce-track-legend" id="dce-track-legend">
            if !hidden {
                <p data-testid="band">
                    {t.fill(M.band_legend, &[&t.money_compact(band_low), &t.money_compact(band_high)])}{off}
                </p>
            }
            // Llama's row only where its mark is drawn: at a rent.
            {source_card(t, if inputs.basis() == Basis::Rent { COMPARISONS } else { &COMPARISONS[1..] }, true)}
        </div>
    }
}
