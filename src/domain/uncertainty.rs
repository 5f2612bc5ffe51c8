//! How sure the total is: the low and high values the sources give for each
//! input, the band of totals they span, which input moves the total most,
//! and other models' published costs to compare against.

use super::facts::FactId;
use super::model::{Basis, Cents, Inputs};
use super::quantity::{Field, MICRO};

/// The cited range around an input's current value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub field: Field,
    pub low: u64,
    pub high: u64,
    pub facts: &'static [FactId],
}

/// V3's hours: the whole run, and pre-training alone (2,664,000 ÷ 2,048).
const V3_HOURS: u64 = 1_361_328_125;
const V3_PRETRAINING_HOURS: u64 = 1_300_781_250;

/// The cited range for each input that counts in the current basis. A
/// range always contains the current value; an input the sources pin down
/// (V3's 2,048 GPUs) has no spread.
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
    let mut out = Vec::with_capacity(3);
    // GPUs: SemiAnalysis's ~50,000 Hoppers, or 60,000 with the A100s.
    out.push(if inputs.gpus == 50_000 {
        widen(Field::Gpus, 50_000, 60_000, &[FactId::SA_01, FactId::SA_09])
    } else {
        widen(Field::Gpus, inputs.gpus, inputs.gpus, &[])
    });
    match inputs.basis {
        // Rent: the cheapest and dearest cited H100/H800 hourly prices.
        Basis::Rent => out.push(widen(
            Field::RentPrice,
            170,
            1_229,
            &[FactId::P_15, FactId::P_11],
        )),
        // Buy: an H20 in China to a DGX-H800 server's price per GPU.
        Basis::Buy => out.push(widen(
            Field::BuyPrice,
            12_000,
            44_750,
            &[FactId::P_08, FactId::P_06],
        )),
    }
    if inputs.basis == Basis::Rent {
        // Hours: V3's pre-training alone, or its whole run.
        out.push(if inputs.hours_micro == V3_HOURS {
            widen(
                Field::Hours,
                V3_PRETRAINING_HOURS,
                V3_HOURS,
                &[FactId::V3_11, FactId::V3_01],
            )
        } else {
            widen(Field::Hours, inputs.hours_micro, inputs.hours_micro, &[])
        });
    }
    out
}

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
        u128::from(x.2) * u128::from(y.1.max(1)) > u128::from(y.2) * u128::from(x.1.max(1))
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
    let cents = GPU_HOURS * inputs.rent_cents;
    Comparison {
        low: cents,
        high: cents,
        facts: &[FactId::O_03],
    }
}

/// GPT-4, by Epoch AI's three methods: $40.7M amortized to $778M to buy.
pub fn gpt4() -> Comparison {
    Comparison {
        low: 40_695_706 * 100,
        high: 778_066_898 * 100,
        facts: &[FactId::O_05],
    }
}

const _: () = assert!(V3_PRETRAINING_HOURS * 2_048 == 2_664_000 * MICRO);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::presets::Preset;

    #[test]
    fn the_v3_run_spans_the_cited_rents_and_its_pre_training() {
        let v3 = Preset::V3.inputs();
        let s = spans(&v3);
        assert_eq!(s.len(), 3);
        assert_eq!((s[0].low, s[0].high), (2_048, 2_048));
        assert_eq!((s[1].low, s[1].high), (170, 1_229));
        assert_eq!((s[2].low, s[2].high), (V3_PRETRAINING_HOURS, V3_HOURS));
        let (low, high) = band(&v3);
        // 2,664,000 GPU-hours × $1.70 to 2,788,000 × $12.29.
        assert_eq!((low, high), (2_664_000 * 170, 2_788_000 * 1_229));
        assert!(low < v3.total() && v3.total() < high);
    }

    #[test]
    fn the_fleet_spans_50_to_60_thousand_gpus_and_the_cited_prices() {
        let fleet = Preset::Fleet.inputs();
        let (low, high) = band(&fleet);
        assert_eq!((low, high), (50_000 * 12_000 * 100, 60_000 * 44_750 * 100));
        // Hours do not count when buying.
        assert!(spans(&fleet).iter().all(|s| s.field != Field::Hours));
    }

    #[test]
    fn a_range_always_holds_the_current_value() {
        let mut i = Preset::V3.inputs();
        i.set(Field::RentPrice, 2_000);
        let s = spans(&i);
        assert_eq!((s[1].low, s[1].high), (170, 2_000));
        let (low, high) = band(&i);
        assert!(low <= i.total() && i.total() <= high);
    }

    #[test]
    fn sensitivity_puts_the_widest_swing_first() {
        let rows = sensitivity(&Preset::V3.inputs());
        assert_eq!(rows[0].0.field, Field::RentPrice); // ×7.2 beats ×1.05 and ×1
        assert_eq!(rows.last().unwrap().0.field, Field::Gpus);
        let rows = sensitivity(&Preset::Fleet.inputs());
        assert_eq!(rows[0].0.field, Field::BuyPrice); // ×3.7 beats ×1.2
    }

    #[test]
    fn comparisons() {
        assert_eq!(llama(&Preset::V3.inputs()).low, 61_680_000 * 100); // 30.84M × $2
        assert_eq!(llama(&Preset::Hyperscaler.inputs()).low, 30_840_000 * 1_229);
        let g = gpt4();
        assert_eq!((g.low / 100, g.high / 100), (40_695_706, 778_066_898));
    }
}
