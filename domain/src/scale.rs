//! Positions on logarithmic scales, in integers: the cost track from $100K to
//! $10B and the slider ticks. Integer log2 keeps float code out of the wasm.

use super::units::Cents;

/// log2(x) in 1/65,536ths, for x ≥ 1 (x = 0 is treated as 1).
pub fn log2_q16(x: u128) -> u64 {
    let x = x.max(1);
    let int = u64::from(127 - x.leading_zeros());
    // Mantissa in [1, 2) as Q32; each squaring yields one bit of the fraction.
    let mut m: u128 = if int >= 32 {
        x >> (int - 32)
    } else {
        x << (32 - int)
    };
    let mut frac = 0u64;
    for bit in (0..16).rev() {
        m = (m * m) >> 32;
        if m >= 2 << 32 {
            m >>= 1;
            frac |= 1 << bit;
        }
    }
    (int << 16) | frac
}

/// Where `value` sits between `lo` and `hi` on a log scale, in basis points
/// (0 to 10,000), clamped at the ends.
pub fn log_position(value: u128, lo: u128, hi: u128) -> u32 {
    let (v, l, h) = (log2_q16(value.clamp(lo, hi)), log2_q16(lo), log2_q16(hi));
    ((v - l) * 10_000 / (h - l).max(1)) as u32
}

/// The money scale every chart shares: $100K to $10B, in cents.
pub const MONEY_LO: u128 = 100_000 * 100;
pub const MONEY_HI: u128 = 10_000_000_000 * 100;

/// Where an amount sits on the shared money scale, in basis points.
pub fn money_position(amount: Cents) -> u32 {
    log_position(amount.into(), MONEY_LO, MONEY_HI)
}

/// Basis points as a CSS percentage: 1234 is `12.34%`.
pub fn css_percent(bp: u32) -> String {
    format!("{}.{:02}%", bp / 100, bp % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log2_is_exact_at_powers_of_two_and_close_elsewhere() {
        assert_eq!(log2_q16(1), 0);
        assert_eq!(log2_q16(1024), 10 << 16);
        assert_eq!(log2_q16(0), 0);
        // log2(10) = 3.321928...; Q16 = 217,706.
        assert!((log2_q16(10) as i64 - 217_706).abs() <= 1);
        assert!((log2_q16(1_000_000_000_000) as i64 - 12 * 217_706).abs() <= 24);
    }

    #[test]
    fn positions_on_the_cost_track() {
        let (lo, hi) = (100_000u128, 10_000_000_000u128);
        assert_eq!(log_position(lo, lo, hi), 0);
        assert_eq!(log_position(hi, lo, hi), 10_000);
        assert_eq!(log_position(1, lo, hi), 0);
        assert_eq!(log_position(u128::MAX / 4, lo, hi), 10_000);
        assert!((log_position(1_000_000, lo, hi) as i32 - 2_000).abs() <= 1);
        // $5.576M sits at log10(55.76)/5 = 34.93% of the way.
        assert!((log_position(5_576_000, lo, hi) as i32 - 3_493).abs() <= 1);
    }

    #[test]
    fn the_money_scale() {
        assert_eq!(money_position(Cents::from_dollars(100_000)), 0);
        assert_eq!(money_position(Cents::from_dollars(10_000_000_000)), 10_000);
        assert_eq!(
            money_position(Cents::from_dollars(5_576_000)),
            log_position(5_576_000, 100_000, 10_000_000_000)
        );
    }

    #[test]
    fn percent_text() {
        assert_eq!(css_percent(0), "0.00%");
        assert_eq!(css_percent(3_493), "34.93%");
        assert_eq!(css_percent(10_000), "100.00%");
    }
}
