//! The reader's inputs and the totals they give. Exact integer arithmetic.

use super::quantity::Field;
use super::units::{round_div, Cents, MicroHours, MICRO};

/// What the unit price means: rent per GPU-hour, or buy per GPU.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basis {
    Rent,
    Buy,
}

impl Basis {
    pub const fn price_field(self) -> Field {
        match self {
            Basis::Rent => Field::RentPrice,
            Basis::Buy => Field::BuyPrice,
        }
    }
    pub const fn id(self) -> &'static str {
        match self {
            Basis::Rent => "rent",
            Basis::Buy => "buy",
        }
    }
    pub fn from_id(id: &str) -> Option<Basis> {
        match id {
            "rent" => Some(Basis::Rent),
            "buy" => Some(Basis::Buy),
            _ => None,
        }
    }
}

/// Every value is inside its field's range: the fields are private, and
/// the only ways in, `Inputs::new` and `Inputs::set`, clamp.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Inputs {
    gpus: u64,
    basis: Basis,
    /// Per GPU-hour.
    rent: Cents,
    /// Dollars per GPU.
    buy_dollars: u64,
    hours: MicroHours,
}

impl Inputs {
    /// Inputs with each value clamped into its field's range.
    pub const fn new(
        gpus: u64,
        basis: Basis,
        rent: Cents,
        buy_dollars: u64,
        hours: MicroHours,
    ) -> Inputs {
        Inputs {
            gpus: Field::Gpus.spec().clamp(gpus),
            basis,
            rent: Cents(Field::RentPrice.spec().clamp(rent.0)),
            buy_dollars: Field::BuyPrice.spec().clamp(buy_dollars),
            hours: MicroHours(Field::Hours.spec().clamp(hours.0)),
        }
    }

    pub const fn gpus(&self) -> u64 {
        self.gpus
    }
    pub const fn basis(&self) -> Basis {
        self.basis
    }
    /// The rent per GPU-hour (kept while buying: each basis remembers its price).
    pub const fn rent(&self) -> Cents {
        self.rent
    }
    pub const fn buy_dollars(&self) -> u64 {
        self.buy_dollars
    }
    pub const fn hours(&self) -> MicroHours {
        self.hours
    }

    /// A field's value in its own unit (`Field::spec`).
    pub const fn get(&self, field: Field) -> u64 {
        match field {
            Field::Gpus => self.gpus,
            Field::RentPrice => self.rent.0,
            Field::BuyPrice => self.buy_dollars,
            Field::Hours => self.hours.0,
        }
    }

    /// Sets a field, clamped into its range.
    pub fn set(&mut self, field: Field, value: u64) {
        let v = field.spec().clamp(value);
        match field {
            Field::Gpus => self.gpus = v,
            Field::RentPrice => self.rent = Cents(v),
            Field::BuyPrice => self.buy_dollars = v,
            Field::Hours => self.hours = MicroHours(v),
        }
    }

    pub fn set_basis(&mut self, basis: Basis) {
        self.basis = basis;
    }

    /// The price field of the active basis.
    pub const fn price_field(&self) -> Field {
        self.basis.price_field()
    }

    /// Rent: GPUs × hours × price per GPU-hour. Buy: GPUs × price per GPU.
    pub fn total(&self) -> Cents {
        match self.basis {
            Basis::Rent => {
                let micro_cents =
                    u128::from(self.gpus) * u128::from(self.hours.0) * u128::from(self.rent.0);
                Cents(round_div(micro_cents, u128::from(MICRO)))
            }
            Basis::Buy => Cents::from_dollars(self.gpus * self.buy_dollars),
        }
    }

    /// GPUs × hours.
    pub fn gpu_hours(&self) -> MicroHours {
        MicroHours(self.gpus * self.hours.0)
    }

    /// Buy only: the share of these GPUs' purchase price used up in these
    /// hours over a service life of `life_hours` (an assumption: see
    /// `cited::SERVICE_LIFE_HOURS`), total × min(hours, life) ÷ life.
    pub fn service_life_share(&self, life_hours: u64) -> Cents {
        let life = u128::from(life_hours * MICRO);
        let used = u128::from(self.hours.0).min(life);
        Cents(round_div(u128::from(self.total().0) * used, life))
    }

    /// The same inputs on the active basis's price only: the inactive
    /// basis's price is neither shown nor shared, so two inputs that agree
    /// here are the same scenario.
    pub fn same_scenario(&self, other: &Inputs) -> bool {
        self.gpus == other.gpus
            && self.basis == other.basis
            && self.hours == other.hours
            && self.get(self.price_field()) == other.get(other.price_field())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cited::{LONG_SERVICE_LIFE_HOURS, SERVICE_LIFE_HOURS};

    fn extreme(basis: Basis, value: u64) -> Inputs {
        let mut i = Inputs::new(2_048, basis, Cents(200), 32_000, MicroHours(MICRO));
        for f in Field::ALL {
            i.set(f, value);
        }
        i
    }

    #[test]
    fn new_clamps_like_set() {
        let i = Inputs::new(0, Basis::Rent, Cents(u64::MAX), 0, MicroHours(u64::MAX));
        assert_eq!(i, extreme(Basis::Rent, 0).with_max_price_and_hours());
    }

    impl Inputs {
        fn with_max_price_and_hours(mut self) -> Inputs {
            self.set(Field::RentPrice, u64::MAX);
            self.set(Field::Hours, u64::MAX);
            self
        }
    }

    #[test]
    fn totals_at_the_extremes_are_finite_and_exact() {
        // 100,000 GPUs × 100,000 h × $20 = $200 billion.
        assert_eq!(
            extreme(Basis::Rent, u64::MAX).total(),
            Cents::from_dollars(200_000_000_000)
        );
        // 100,000 GPUs × $100,000 = $10 billion.
        let max_buy = extreme(Basis::Buy, u64::MAX);
        assert_eq!(max_buy.total(), Cents::from_dollars(10_000_000_000));
        assert_eq!(
            max_buy.service_life_share(SERVICE_LIFE_HOURS),
            max_buy.total()
        );
        assert_eq!(extreme(Basis::Rent, 0).total(), Cents(50)); // 1 GPU × 1 h × $0.50
        assert_eq!(extreme(Basis::Buy, 0).total(), Cents::from_dollars(1_000));
    }

    #[test]
    fn rent_rounds_to_the_cent() {
        // 1 GPU × 1.5 h × $0.51 = 76.5 cents → 77.
        let i = Inputs::new(1, Basis::Rent, Cents(51), 32_000, MicroHours(1_500_000));
        assert_eq!(i.total(), Cents(77));
    }

    #[test]
    fn buy_share_is_capped_at_the_service_life() {
        let mut i = Inputs::new(
            50_000,
            Basis::Buy,
            Cents(200),
            32_000,
            MicroHours(1_361_328_125),
        );
        assert_eq!(i.total(), Cents::from_dollars(1_600_000_000));
        // 1,361.328125 h of 35,064 h: all 50,000 GPUs' price used up in
        // those hours, which is not the V3 run's share (presets::v3_share_of_fleet).
        let share = i.service_life_share(SERVICE_LIFE_HOURS);
        assert_eq!(
            share.0,
            round_div(160_000_000_000u128 * 1_361_328_125, 35_064 * MICRO as u128)
        );
        assert_eq!(share.0 / 100, 62_118_554);
        // Over six years, two thirds of that.
        assert_eq!(
            i.service_life_share(LONG_SERVICE_LIFE_HOURS).0 / 100,
            41_412_369
        );
        i.set(Field::Hours, 50_000 * MICRO);
        assert_eq!(i.service_life_share(SERVICE_LIFE_HOURS), i.total());
    }
}
