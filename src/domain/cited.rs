//! The values each input's sources give, drawn as ticks on its slider; the
//! citation under an input names the one nearest the current value.

use super::facts::FactId;
use super::quantity::{Field, MICRO};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CitedValue {
    /// In the field's unit.
    pub value: u64,
    /// What the value is, in a few words ("DeepSeek-V3's training cluster").
    pub label: &'static str,
    /// Short tick label; empty for ticks drawn without text.
    pub tick: &'static str,
    /// The FACTS.md rows behind the value, the one it is read from first.
    pub facts: &'static [FactId],
    /// For a value computed from rows, the arithmetic, written out.
    pub derived: Option<&'static str>,
}

const fn cite(
    value: u64,
    tick: &'static str,
    label: &'static str,
    facts: &'static [FactId],
) -> CitedValue {
    CitedValue {
        value,
        label,
        tick,
        facts,
        derived: None,
    }
}

const GPUS: &[CitedValue] = &[
    cite(
        512,
        "R1",
        "GPUs for DeepSeek-R1's reinforcement-learning stage (64 × 8 H800)",
        &[FactId::R1_02],
    ),
    cite(
        2_048,
        "V3",
        "H800 GPUs in the cluster that trained DeepSeek-V3",
        &[FactId::V3_08],
    ),
    cite(
        10_000,
        "",
        "A100 GPUs in High-Flyer's Fire-Flyer 2 cluster",
        &[FactId::O_01],
    ),
    cite(
        16_384,
        "",
        "H100 GPUs Meta used for Llama 3.1 405B",
        &[FactId::O_04],
    ),
    cite(
        50_000,
        "Fleet",
        "Hopper GPUs SemiAnalysis believes DeepSeek can use",
        &[FactId::SA_01],
    ),
];

const RENT: &[CitedValue] = &[
    cite(
        170,
        "",
        "H100 one-year rent index low, Oct 2025 (low confidence)",
        &[FactId::P_15],
    ),
    cite(
        200,
        "$2",
        "the rent per H800 GPU-hour DeepSeek assumed",
        &[FactId::V3_05],
    ),
    cite(
        299,
        "",
        "H100 on demand at a neocloud (Lambda), Sep 2024",
        &[FactId::P_10],
    ),
    cite(
        342,
        "",
        "H800 on demand at a neocloud (CR8DL)",
        &[FactId::P_13],
    ),
    cite(800, "Peak", "H100 rent at its 2023 peak", &[FactId::P_09]),
    cite(
        1_229,
        "AWS",
        "H100 on demand at AWS, Mar 2025",
        &[FactId::P_11],
    ),
];

const BUY: &[CitedValue] = &[
    cite(
        12_000,
        "",
        "low end of Nvidia's H20 price in China",
        &[FactId::P_08],
    ),
    cite(
        15_000,
        "H20",
        "high end of Nvidia's H20 price in China",
        &[FactId::P_08],
    ),
    cite(
        25_000,
        "",
        "low end of the analyst price of an H100",
        &[FactId::P_01],
    ),
    cite(
        30_000,
        "",
        "high end of the analyst price of an H100",
        &[FactId::P_01],
    ),
    CitedValue {
        value: 32_000,
        label: "the average price per GPU behind SemiAnalysis's $1.6B",
        tick: "Fleet",
        facts: &[FactId::SA_04, FactId::SA_01],
        derived: Some("$1.6B server capex ÷ 50,000 GPUs = $32,000 per GPU"),
    },
    cite(33_800, "", "list price of an H800 SXM5", &[FactId::P_05]),
    cite(
        44_750,
        "",
        "per-GPU price of a DGX-H800 server",
        &[FactId::P_06],
    ),
];

const HOURS: &[CitedValue] = &[
    cite(
        80 * MICRO,
        "",
        "hours of DeepSeek-R1's final RL stage on 512 GPUs",
        &[FactId::R1_02],
    ),
    cite(
        198 * MICRO,
        "",
        "hours of DeepSeek-R1-Zero's RL run on 512 GPUs",
        &[FactId::R1_02],
    ),
    CitedValue {
        value: 287_109_375,
        label: "hours for all of R1's 147,000 GPU-hours on its 512 GPUs",
        tick: "R1",
        facts: &[FactId::R1_01, FactId::R1_02],
        derived: Some("147,000 GPU-hours ÷ 512 GPUs = 287.109375 hours"),
    },
    CitedValue {
        value: 1_300_781_250,
        label: "hours of V3's pre-training alone (\"less than two months\")",
        tick: "",
        facts: &[FactId::V3_11, FactId::V3_08],
        derived: Some("2,664,000 GPU-hours ÷ 2,048 GPUs = 1,300.78 hours, about 54 days"),
    },
    CitedValue {
        value: 1_361_328_125,
        label: "hours of DeepSeek-V3's full training run on its 2,048 GPUs",
        tick: "V3",
        facts: &[FactId::V3_01, FactId::V3_08],
        derived: Some("2,788,000 GPU-hours ÷ 2,048 GPUs = 1,361.33 hours, about 57 days"),
    },
    CitedValue {
        value: SERVICE_LIFE_HOURS * MICRO,
        label: "hours in a 4-year service life, the span a GPU is usually written off over",
        tick: "4 yr",
        facts: &[],
        derived: Some("4 × 365.25 days × 24 hours = 35,064 hours"),
    },
];

/// Four years of 365.25 days: the service life the Buy view spreads hardware over.
pub const SERVICE_LIFE_HOURS: u64 = 35_064;

pub fn cited(field: Field) -> &'static [CitedValue] {
    match field {
        Field::Gpus => GPUS,
        Field::RentPrice => RENT,
        Field::BuyPrice => BUY,
        Field::Hours => HOURS,
    }
}

/// Where the current value sits among the cited ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Nearby {
    /// The cited value whose citation is shown.
    pub nearest: &'static CitedValue,
    /// True when the current value is exactly the cited one.
    pub exact: bool,
    /// The cited values on either side, when the value is not itself cited.
    pub below: Option<&'static CitedValue>,
    pub above: Option<&'static CitedValue>,
}

/// The nearest cited value in ratio (log scale), with its neighbours.
pub fn nearby(field: Field, value: u64) -> Nearby {
    let list = cited(field);
    let nearest = list
        .iter()
        .min_by_key(|c| log_distance(c.value, value))
        .expect("every field has cited values");
    let exact = nearest.value == value;
    let below = if exact {
        None
    } else {
        list.iter().rev().find(|c| c.value < value)
    };
    let above = if exact {
        None
    } else {
        list.iter().find(|c| c.value > value)
    };
    Nearby {
        nearest,
        exact,
        below,
        above,
    }
}

/// A monotone stand-in for |ln(a/b)|, exact in integers: max/min scaled.
fn log_distance(a: u64, b: u64) -> u128 {
    let (lo, hi) = if a < b { (a, b) } else { (b, a) };
    (u128::from(hi) << 32) / u128::from(lo.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cited_values_are_in_range_ascending_and_sourced() {
        for field in Field::ALL {
            let spec = field.spec();
            let list = cited(field);
            assert!(
                list.windows(2).all(|w| w[0].value < w[1].value),
                "{field:?}"
            );
            for c in list {
                assert!(
                    c.value >= spec.min && c.value <= spec.max,
                    "{field:?} {}",
                    c.value
                );
                assert!(!c.label.is_empty());
                assert!(
                    !c.facts.is_empty() || c.derived.is_some(),
                    "{} has no source",
                    c.label
                );
            }
        }
    }

    #[test]
    fn derived_values_match_their_arithmetic() {
        // 147,000 / 512 and 2,788,000 / 2,048 and 2,664,000 / 2,048, exactly.
        assert_eq!(287_109_375 * 512, 147_000 * MICRO);
        assert_eq!(1_361_328_125 * 2048, 2_788_000 * MICRO);
        assert_eq!(1_300_781_250 * 2048, 2_664_000 * MICRO);
        assert_eq!(32_000 * 50_000, 1_600_000_000u64);
        assert_eq!(SERVICE_LIFE_HOURS * 4 / 4, 4 * 36525 * 24 / 100);
    }

    #[test]
    fn nearby_names_exact_values_and_brackets_others() {
        let n = nearby(Field::Gpus, 2048);
        assert!(n.exact);
        assert_eq!(n.nearest.value, 2048);
        assert_eq!((n.below, n.above), (None, None));

        let n = nearby(Field::Gpus, 3000);
        assert!(!n.exact);
        assert_eq!(n.nearest.value, 2048);
        assert_eq!(n.below.map(|c| c.value), Some(2048));
        assert_eq!(n.above.map(|c| c.value), Some(10_000));

        let n = nearby(Field::Gpus, 1);
        assert_eq!(n.nearest.value, 512);
        assert_eq!(n.below, None);
        assert_eq!(n.above.map(|c| c.value), Some(512));

        let n = nearby(Field::Gpus, 100_000);
        assert_eq!(n.nearest.value, 50_000);
        assert_eq!(n.above, None);
    }
}
