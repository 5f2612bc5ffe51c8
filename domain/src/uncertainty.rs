//! How sure the total is: the low and high values the sources give for each
//! input, the band of totals they span, which input moves the total most,
//! and other models' published costs to compare against.

use super::facts::FactId;
use super::inputs::{Basis, Inputs};
use super::quantity::Field;
use super::units::Cents;

/// The cited range around an input's current value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub field: Field,
    pub low: u64,
    pub high: u64,
    pub facts: &'static [FactId],
}

/// The cited range for each input that counts in the current basis, as
/// each source states it. A range always contains the current value; an
/// input the sources pin down has no spread. Left out, because they are not
/// uncertainty about the same thing: SA-09's 60,000 chips (another count for
/// the same $1.6B, not a higher total), V3's pre-training alone (a narrower
/// scope than the run), and the $1.70 rent index (P-15, low confidence).
pub fn spans(inputs: &Inputs) -> Vec<Span> {
    let widen = |field: Field, low: u64, high: u64, facts: &'static [FactId]| {
        let v = inputs.get(field);
        Span {
            field,
            low: low.min(v),
            high: high.max(v),
            facts,
        }
    };
    let pinned = |field: Field| widen(field, inputs.get(field), inputs.get(field), &[]);
    let mut out = Vec::with_capacity(3);
    out.push(pinned(Field::Gpus));
    match inputs.basis() {
        // Rent: from under $2 an hour (late 2024) to AWS's on-demand H100.
        Basis::Rent => out.push(widen(
            Field::RentPrice,
            200,
            1_229,
            &[FactId::P_09, FactId::P_11],
        )),
        // SemiAnalysis's fleet: its total as a reader of its chart corrected
        // it for the Hoppers alone, $1.4B (SA-09, low confidence), to the
        // article's ~$1.6B (SA-04), over the same 50,000 GPUs. The chart's
        // $1.3B is, by that reading, a formula error leaving out the H100s.
        Basis::Buy if inputs.gpus() == FLEET_GPUS => out.push(widen(
            Field::BuyPrice,
            FLEET_HOPPERS_DOLLARS / FLEET_GPUS,
            32_000,
            &[FactId::SA_09, FactId::SA_04],
        )),
        // Any other purchase: from the lowest cited price of a chip like
        // V3's H800 (an H800 is an H100 with less interconnect bandwidth,
        // SA-08), an analyst's low for an H100 (P-01), to a DGX-H800
        // server's price per GPU (P-06). Not the H20 (P-08): a cut-down chip
        // for China, not a price for V3's GPUs.
        Basis::Buy => out.push(widen(
            Field::BuyPrice,
            25_000,
            44_750,
            &[FactId::P_01, FactId::P_06],
        )),
    }
    if inputs.basis() == Basis::Rent {
        out.push(pinned(Field::Hours));
    }
    out
}

/// SemiAnalysis's ~50,000 Hopper GPUs (SA-01), and the $1.4B a reader of
/// its chart gives for the Hoppers alone (SA-09).
const FLEET_GPUS: u64 = 50_000;
const FLEET_HOPPERS_DOLLARS: u64 = 1_400_000_000;

/// The totals with every input at its cited low, and at its cited high.
pub fn band(inputs: &Inputs) -> (Cents, Cents) {
    let (mut low, mut high) = (*inputs, *inputs);
    for s in spans(inputs) {
        low.set(s.field, s.low);
        high.set(s.field, s.high);
    }
    (low.total(), high.total())
}

/// For each input, the totals at its low and high with the others as they
/// are, the widest swing first.
pub fn sensitivity(inputs: &Inputs) -> Vec<(Span, Cents, Cents)> {
    let mut rows: Vec<(Span, Cents, Cents)> = spans(inputs)
        .into_iter()
        .map(|s| {
            let (mut low, mut high) = (*inputs, *inputs);
            low.set(s.field, s.low);
            high.set(s.field, s.high);
            (s, low.total(), high.total())
        })
        .collect();
    // Widest ratio first (high₁/low₁ against high₂/low₂ without dividing).
    // An insertion sort: three rows do not need a general sort's code.
    let wider = |x: &(Span, Cents, Cents), y: &(Span, Cents, Cents)| {
        u128::from(x.2) * u128::from(y.1 .0.max(1)) > u128::from(y.2) * u128::from(x.1 .0.max(1))
    };
    for i in 1..rows.len() {
        let mut j = i;
        while j > 0 && wider(&rows[j], &rows[j - 1]) {
            rows.swap(j, j - 1);
            j -= 1;
        }
    }
    rows
}

/// Another model's published cost, for comparison on the track.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub low: Cents,
    pub high: Cents,
    pub facts: &'static [FactId],
}

/// Llama 3.1 405B: its 30.84M H100 GPU-hours at the current rent price.
pub fn llama(inputs: &Inputs) -> Comparison {
    const GPU_HOURS: u64 = 30_840_000;
    let cents = Cents(GPU_HOURS * inputs.rent().0);
    Comparison {
        low: cents,
        high: cents,
        facts: &[FactId::O_03],
    }
}

/// GPT-4, by Epoch AI's three methods: $40.7M amortized to $778M to buy.
pub fn gpt4() -> Comparison {
    Comparison {
        low: Cents::from_dollars(40_695_706),
        high: Cents::from_dollars(778_066_898),
        facts: &[FactId::O_05],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::Preset;

    #[test]
    fn the_v3_run_spans_the_cited_rents_only() {
        let v3 = Preset::V3.inputs();
        let s = spans(&v3);
        assert_eq!(s.len(), 3);
        assert_eq!((s[0].low, s[0].high), (2_048, 2_048));
        assert_eq!((s[1].low, s[1].high), (200, 1_229));
        // The run's hours are the run's: pre-training alone is another scope.
        assert_eq!((s[2].low, s[2].high), (v3.hours().0, v3.hours().0));
        let (low, high) = band(&v3);
        // 2,788,000 GPU-hours × $2 to × $12.29; not $1.70 (P-15, low confidence).
        assert_eq!(
            (low, high),
            (Cents(2_788_000 * 200), Cents(2_788_000 * 1_229))
        );
        assert_eq!(low, v3.total());
        assert!(s[1].facts.iter().all(|f| *f != FactId::P_15));
    }

    #[test]
    fn the_fleet_band_is_the_sources_own_range_of_its_total() {
        let fleet = Preset::Fleet.inputs();
        // $1.4B (SA-09's Hoppers-only reading, $28,000 a GPU) to $1.6B
        // (SA-04): never above $1.6B, and the same 50,000 GPUs, since SA-09's
        // 60,000 chips are the same total.
        assert_eq!(
            band(&fleet),
            (
                Cents::from_dollars(1_400_000_000),
                Cents::from_dollars(1_600_000_000)
            )
        );
        let s = spans(&fleet);
        assert_eq!((s[0].low, s[0].high), (50_000, 50_000));
        assert!(
            s.iter().all(|s| !s.facts.contains(&FactId::P_06)),
            "no DGX price for all GPUs"
        );
        // Hours do not count when buying.
        assert!(s.iter().all(|s| s.field != Field::Hours));
    }

    #[test]
    fn a_range_always_holds_the_current_value() {
        let mut i = Preset::V3.inputs();
        i.set(Field::RentPrice, 2_000);
        let s = spans(&i);
        assert_eq!((s[1].low, s[1].high), (200, 2_000));
        let (low, high) = band(&i);
        assert!(low <= i.total() && i.total() <= high);
        i.set(Field::RentPrice, 150);
        assert_eq!(spans(&i)[1].low, 150);
    }

    #[test]
    fn sensitivity_puts_the_widest_swing_first() {
        let rows = sensitivity(&Preset::V3.inputs());
        assert_eq!(rows[0].0.field, Field::RentPrice); // ×6.1 beats ×1 and ×1
        assert!(
            rows[1..].iter().all(|(_, low, high)| low == high),
            "GPUs and hours are pinned"
        );
        let rows = sensitivity(&Preset::Fleet.inputs());
        assert_eq!(rows[0].0.field, Field::BuyPrice); // ×1.23 beats ×1
    }

    #[test]
    fn comparisons() {
        assert_eq!(llama(&Preset::V3.inputs()).low, Cents(61_680_000 * 100)); // 30.84M × $2
        assert_eq!(
            llama(&Preset::Hyperscaler.inputs()).low,
            Cents(30_840_000 * 1_229)
        );
        let g = gpt4();
        assert_eq!((g.low.0 / 100, g.high.0 / 100), (40_695_706, 778_066_898));
    }
}
