//! Units as types: money in cents, time in micro-hours, and fixed-point
//! ratios. Every quantity is a whole number of its unit, so presets stay
//! exact and no NaN or infinity can exist.

/// Micro-units in one unit: 1,361.328125 hours is exactly 1,361,328,125 µh.
pub const MICRO: u64 = 1_000_000;

/// Money, in cents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Cents(pub u64);

impl Cents {
    pub const fn from_dollars(dollars: u64) -> Cents {
        Cents(dollars * 100)
    }
}

/// Widening, for exact arithmetic on totals (products of three inputs).
impl From<Cents> for u128 {
    fn from(c: Cents) -> u128 {
        u128::from(c.0)
    }
}

/// A span of time, in millionths of an hour.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MicroHours(pub u64);

impl MicroHours {
    pub const fn from_hours(hours: u64) -> MicroHours {
        MicroHours(hours * MICRO)
    }
}

/// A ratio a ÷ b in ten-thousandths: ×1 is 10,000, ×24.41 is 244,100.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ratio(u64);

impl Ratio {
    pub const ONE: Ratio = Ratio(10_000);

    /// a ÷ b to the nearest ten-thousandth (a zero `b` counts as 1).
    pub fn of(a: u128, b: u128) -> Ratio {
        Ratio(round_div(a * 10_000, b.max(1)))
    }

    /// a ÷ b to the nearest hundredth, exactly as the sources round a
    /// factor (24.4140625 is ×24.41): rounded once, not via ten-thousandths.
    pub fn of_hundredths(a: u128, b: u128) -> Ratio {
        Ratio(round_div(a * 100, b.max(1)) * 100)
    }

    pub const fn from_ten_thousandths(x10000: u64) -> Ratio {
        Ratio(x10000)
    }

    pub const fn ten_thousandths(self) -> u64 {
        self.0
    }
}

/// a ÷ b rounded half-up; every caller's result fits in u64 (tested at the maxima).
pub fn round_div(a: u128, b: u128) -> u64 {
    ((a + b / 2) / b) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratios_round_half_up_once() {
        assert_eq!(Ratio::of(50_000, 2_048).ten_thousandths(), 244_141);
        assert_eq!(
            Ratio::of_hundredths(50_000, 2_048).ten_thousandths(),
            244_100
        );
        assert_eq!(Ratio::of(1, 2_048).ten_thousandths(), 5);
        assert_eq!(Ratio::of(7, 0), Ratio(70_000), "no division by zero");
        assert_eq!(Ratio::of(3, 3), Ratio::ONE);
    }
}
