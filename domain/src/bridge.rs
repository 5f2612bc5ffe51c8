//! The bridge from DeepSeek's $5.576M to SemiAnalysis's $1.6B in two cited
//! factors, and where the reader's own scenario sits between them. Exact:
//! every step is integer arithmetic on the presets.

use super::facts::FactId;
use super::inputs::Inputs;
use super::presets::Preset;
use super::units::{Cents, Ratio};

/// One step of the bridge: the total before and after a factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Factor {
    pub from: Cents,
    pub to: Cents,
    /// `to ÷ from`, to the hundredth (×24.41).
    pub factor: Ratio,
    /// The rows the factor comes from.
    pub facts: &'static [FactId],
}

/// DeepSeek's run, the same run with the fleet's GPU count, the fleet bought.
pub fn factors() -> [Factor; 2] {
    let v3 = Preset::V3.inputs();
    let fleet = Preset::Fleet.inputs();
    let start = v3.total();
    // ×(50,000 ÷ 2,048): the GPU count alone.
    let more_gpus =
        Cents((u128::from(start) * u128::from(fleet.gpus()) / u128::from(v3.gpus())) as u64);
    let end = fleet.total();
    [
        Factor {
            from: start,
            to: more_gpus,
            factor: Ratio::of_hundredths(fleet.gpus().into(), v3.gpus().into()),
            facts: &[FactId::SA_01, FactId::V3_08],
        },
        Factor {
            from: more_gpus,
            to: end,
            factor: Ratio::of_hundredths(end.into(), more_gpus.into()),
            facts: &[FactId::SA_04, FactId::V3_05, FactId::V3_01],
        },
    ]
}

/// Which of the two factors moves a scenario furthest from DeepSeek's run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Driver {
    Gpus,
    /// The unit price, its basis and (when renting) the hours.
    PriceAndHours,
}

/// The reader's scenario against the two headline numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    /// Total ÷ $5.576M, to the hundredth.
    pub times_v3: Ratio,
    /// Total ÷ $1.6B.
    pub share_of_fleet: Ratio,
    /// GPUs ÷ 2,048 (1 GPU is 0.0005).
    pub gpu_factor: Ratio,
    /// Everything else (price, basis, hours) ÷ V3's.
    pub other_factor: Ratio,
    pub driver: Driver,
}

pub fn place(inputs: &Inputs) -> Placement {
    let v3 = Preset::V3.inputs();
    let total = u128::from(inputs.total());
    let v3_total = u128::from(v3.total());
    let fleet_total = u128::from(Preset::Fleet.inputs().total());
    // total = v3_total × (gpus ÷ 2,048) × other, so other = total × 2,048 ÷ (v3_total × gpus).
    let other_num = total * u128::from(v3.gpus());
    let other_den = v3_total * u128::from(inputs.gpus());
    let gpu = (u128::from(inputs.gpus()), u128::from(v3.gpus()));
    // Compare how far each factor is from 1, on a log scale: max/min of each.
    let spread = |n: u128, d: u128| if n >= d { (n, d) } else { (d, n) };
    let (gn, gd) = spread(gpu.0, gpu.1);
    let (on, od) = spread(other_num, other_den);
    let driver = if gn * od >= on * gd {
        Driver::Gpus
    } else {
        Driver::PriceAndHours
    };
    Placement {
        times_v3: Ratio::of_hundredths(total, v3_total),
        share_of_fleet: Ratio::of(total, fleet_total),
        gpu_factor: Ratio::of(gpu.0, gpu.1),
        other_factor: Ratio::of(other_num, other_den),
        driver,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::Basis;
    use crate::quantity::Field;

    #[test]
    fn the_headline_bridge_is_exact() {
        let [gpus, buying] = factors();
        assert_eq!(gpus.from, Cents(557_600_000)); // $5,576,000
        assert_eq!(gpus.to, Cents(13_613_281_250)); // $136,132,812.50 = 5,576,000 × 50,000 ÷ 2,048, exactly
        assert_eq!(u128::from(gpus.to) * 2048, 557_600_000u128 * 50_000);
        assert_eq!(gpus.factor.ten_thousandths() / 100, 2441); // ×24.41
        assert_eq!(buying.from, gpus.to);
        assert_eq!(buying.to, Cents(160_000_000_000)); // $1.6B
        assert_eq!(buying.factor.ten_thousandths() / 100, 1175); // ×11.75 = $32,000 ÷ ($2 × 1,361.33 h)
        assert_eq!(
            Ratio::of_hundredths(buying.to.into(), gpus.from.into()).ten_thousandths() / 100,
            28694
        ); // ×286.94 overall
    }

    #[test]
    fn the_presets_place_where_they_should() {
        let v3 = place(&Preset::V3.inputs());
        assert_eq!(
            (
                v3.times_v3.ten_thousandths() / 100,
                v3.gpu_factor.ten_thousandths(),
                v3.other_factor.ten_thousandths()
            ),
            (100, 10_000, 10_000)
        );
        assert_eq!(v3.share_of_fleet.ten_thousandths(), 35); // 0.35% of $1.6B
        let fleet = place(&Preset::Fleet.inputs());
        assert_eq!(fleet.times_v3.ten_thousandths() / 100, 28694);
        assert_eq!(fleet.share_of_fleet.ten_thousandths(), 10_000);
        assert_eq!(fleet.driver, Driver::Gpus); // ×24.4 beats ×11.75
        let buy = place(&Preset::BuyV3.inputs());
        assert_eq!(buy.gpu_factor.ten_thousandths(), 10_000);
        assert_eq!(buy.other_factor.ten_thousandths(), 124_143); // $33,800 ÷ $2,722.66
        assert_eq!(buy.driver, Driver::PriceAndHours);
        let r1 = place(&Preset::R1.inputs());
        assert_eq!(r1.times_v3.ten_thousandths() / 100, 5); // $294,000 is 0.05× $5.576M
        assert_eq!(r1.gpu_factor.ten_thousandths(), 2_500);
    }

    #[test]
    fn placement_is_total_at_the_extremes() {
        let mut i = Preset::DEFAULT.inputs();
        for f in Field::ALL {
            i.set(f, u64::MAX);
        }
        let p = place(&i);
        assert_eq!(
            p.times_v3.ten_thousandths() / 100,
            Ratio::of_hundredths(i.total().into(), 557_600_000).ten_thousandths() / 100
        );
        i.set_basis(Basis::Buy);
        for f in Field::ALL {
            i.set(f, 0);
        }
        let p = place(&i);
        assert_eq!(
            (
                p.gpu_factor.ten_thousandths(),
                p.share_of_fleet.ten_thousandths()
            ),
            (5, 0)
        ); // 1 ÷ 2,048
    }
}
