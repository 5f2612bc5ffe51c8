//! The three inputs as exact fixed-point integers, their ranges, parsing of
//! typed or URL text, and the stops of the logarithmic sliders.
//!
//! No floating point anywhere: every value is a whole number of its field's
//! unit (GPUs, cents, dollars, micro-hours), so presets stay exact and the
//! wasm carries no float parsing or formatting code.

use super::locale::{Locale, Tr};
use super::messages::M;
pub use super::units::MICRO;

/// An input the reader can set. The unit price is two fields because each
/// pricing basis remembers its own price.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Gpus,
    RentPrice,
    BuyPrice,
    Hours,
}

impl Field {
    /// The field's heading, on screen, in the chart of what moves the
    /// total and in the picture.
    pub fn title(self) -> Tr {
        match self {
            Field::Gpus => M.gpus_title,
            Field::RentPrice | Field::BuyPrice => M.price_title,
            Field::Hours => M.hours_title,
        }
    }

    /// The line under the heading. `buying`: the hours change no purchase
    /// total, only the run's share of it, and the reader moving them is
    /// told so where they move them.
    pub fn hint(self, buying: bool) -> Tr {
        match self {
            Field::Gpus => M.gpus_hint,
            Field::RentPrice => M.rent_hint,
            Field::BuyPrice => M.buy_hint,
            Field::Hours if buying => M.hours_hint_buy,
            Field::Hours => M.hours_hint,
        }
    }
}

/// Range and resolution of a field, in its own unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    pub min: u64,
    pub max: u64,
    /// Decimal places of the unit: 2 means the unit is a hundredth (cents).
    pub decimals: u32,
}

impl Field {
    pub const ALL: [Field; 4] = [Field::Gpus, Field::RentPrice, Field::BuyPrice, Field::Hours];

    pub const fn spec(self) -> Spec {
        match self {
            // 1 to 100,000 whole GPUs.
            Field::Gpus => Spec {
                min: 1,
                max: 100_000,
                decimals: 0,
            },
            // $0.50 to $20.00 per GPU-hour, in cents.
            Field::RentPrice => Spec {
                min: 50,
                max: 2_000,
                decimals: 2,
            },
            // $1,000 to $100,000 per GPU, whole dollars.
            Field::BuyPrice => Spec {
                min: 1_000,
                max: 100_000,
                decimals: 0,
            },
            // 1 to 100,000 hours, in micro-hours: 1,361.328125 h is exact.
            Field::Hours => Spec {
                min: MICRO,
                max: 100_000 * MICRO,
                decimals: 6,
            },
        }
    }

    /// A value to show as an example in error messages, in the field's unit.
    pub const fn example(self) -> u64 {
        match self {
            Field::Gpus => 2_048,
            Field::RentPrice => 250,
            Field::BuyPrice => 32_000,
            Field::Hours => 1_361_500_000,
        }
    }
}

impl Spec {
    pub const fn clamp(self, v: u64) -> u64 {
        if v < self.min {
            self.min
        } else if v > self.max {
            self.max
        } else {
            v
        }
    }
}

/// Why a piece of text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    NotANumber,
}

/// A number read from text: magnitude in the field's unit (saturating), and
/// its sign. Rounding to the unit is half-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub negative: bool,
    pub units: u64,
}

impl Parsed {
    /// The value the field takes: out of range clamps, negatives go to the minimum.
    pub fn clamped(self, spec: Spec) -> u64 {
        if self.negative {
            spec.min
        } else {
            spec.clamp(self.units)
        }
    }
}

/// Reads a plain decimal such as `2048`, `-3`, `12.29` or `.5` (the URL form)
/// into units with `decimals` places. Anything else, including exponents,
/// `NaN` and `Infinity`, is rejected.
pub fn parse_plain(text: &str, decimals: u32) -> Result<Parsed, ParseError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(ParseError::Empty);
    }
    let (negative, body) = match t.as_bytes()[0] {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, f),
        None => (body, ""),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
        return Err(ParseError::NotANumber);
    }
    Ok(Parsed {
        negative,
        units: to_units(int, frac, decimals),
    })
}

/// Reads what a reader types in a number box, in their language's
/// convention. English: grouping commas (`2,048`, `1,361.5`). The other
/// languages: grouping dots or spaces and a decimal comma (`2.048`,
/// `1.361,5`, `100 000`). In every language a lone separator that is not
/// followed by exactly three digits is a decimal mark, so `1,5` and `1.5`
/// both mean 1.5 wherever they are typed. A leading or trailing `$`, `US$`,
/// `$US` or `USD` is allowed.
pub fn parse_typed(text: &str, decimals: u32, locale: Locale) -> Result<Parsed, ParseError> {
    let mut t = text.trim();
    for token in [
        "US$",
        // French writes the currency after the number this way.
        #[cfg(feature = "fr")]
        "$US",
        "USD",
        "$",
    ] {
        t = t.strip_prefix(token).unwrap_or(t).trim_start();
        t = t.strip_suffix(token).unwrap_or(t).trim_end();
    }
    // Spaces group digits in pt-PT and French (Intl writes U+00A0 or U+202F).
    let mut t: String = t
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if locale.decimal_mark() == ',' {
        // Swap the marks and read it the English way.
        t = t
            .chars()
            .map(|c| match c {
                '.' => ',',
                ',' => '.',
                c => c,
            })
            .collect();
    }
    if t.is_empty() {
        return Err(ParseError::Empty);
    }
    let (int, frac) = match t.split_once('.') {
        Some((i, f)) => (i.to_string(), f.to_string()),
        None => (t.clone(), String::new()),
    };
    let groups: Vec<&str> = int.split(',').collect();
    let lead = groups[0].trim_start_matches(['-', '+']);
    let normalised = if groups.len() == 1 {
        t
    } else if groups[1..].iter().all(|g| g.len() == 3) && !lead.is_empty() && lead.len() <= 3 {
        // Grouping: 2,048 or 1,361.5
        let mut s = groups.concat();
        if t.contains('.') {
            s.push('.');
            s.push_str(&frac);
        }
        s
    } else if groups.len() == 2 && !t.contains('.') {
        // One decimal mark the other way round: 1,5
        format!("{}.{}", groups[0], groups[1])
    } else {
        return Err(ParseError::NotANumber);
    };
    parse_plain(&normalised, decimals)
}

/// `int.frac` as a whole number of 10^-decimals, rounded half-up, saturating.
fn to_units(int: &str, frac: &str, decimals: u32) -> u64 {
    let mut units: u128 = 0;
    let saturate = u64::MAX as u128;
    for b in int.bytes() {
        units = (units * 10 + u128::from(b - b'0')).min(saturate);
    }
    let mut frac_digits = frac.bytes();
    for _ in 0..decimals {
        let d = frac_digits.next().map_or(0, |b| b - b'0');
        units = (units * 10 + u128::from(d)).min(saturate);
    }
    if frac_digits.next().is_some_and(|b| b >= b'5') {
        units += 1;
    }
    units.min(saturate) as u64
}

/// `units` written as a plain decimal with trailing zeros trimmed, the form
/// used in URLs: 1361328125 micro-hours is `1361.328125`, 1229 cents `12.29`.
pub fn to_plain(units: u64, decimals: u32) -> String {
    let scale = 10u64.pow(decimals);
    let (int, frac) = (units / scale, units % scale);
    if frac == 0 {
        return int.to_string();
    }
    let f = format!("{:0width$}", frac, width = decimals as usize);
    format!("{int}.{}", f.trim_end_matches('0'))
}

/// Round mantissas, in tenths, that a logarithmic slider stops at in each
/// decade: fine where the eye notices (1 to 2), coarser towards 10.
const MANTISSAS: [u64; 34] = [
    10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 24, 25, 26, 28, 30, 32, 35, 38, 40, 42, 45, 48,
    50, 55, 60, 65, 70, 75, 80, 85, 90, 95,
];

/// The values a slider can take, ascending: round numbers on a log scale,
/// both ends, and every cited value (so presets sit exactly on a stop).
/// `cited` must be ascending, as `cited::cited` lists are (tested there).
pub fn stops(field: Field, cited: &[u64]) -> Vec<u64> {
    let spec = field.spec();
    // The first decade starts at one unit (a GPU, a cent, a dollar), or at
    // one hour for hours (kept in micro-hours).
    let whole = if field == Field::Hours { MICRO } else { 1 };
    // Round values come out ascending; merging in the (ascending) cited
    // values keeps them so without a general sort, which would cost every
    // reader a few kilobytes of wasm.
    let mut round = vec![spec.min];
    let mut decade = whole; // value of mantissa 1.0 in units
    while decade <= spec.max {
        for m in MANTISSAS {
            let v = m * decade;
            if v % 10 == 0 && v / 10 > spec.min && v / 10 < spec.max {
                round.push(v / 10);
            }
        }
        decade *= 10;
    }
    round.push(spec.max);
    let mut extra: Vec<u64> = cited
        .iter()
        .copied()
        .filter(|v| *v >= spec.min && *v <= spec.max)
        .collect();
    extra.dedup();
    let mut out = Vec::with_capacity(round.len() + extra.len());
    let (mut a, mut b) = (round.into_iter().peekable(), extra.into_iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if y < x => b.next(),
            (Some(_), _) => a.next(),
            (None, Some(_)) => b.next(),
            (None, None) => break,
        };
        if let Some(v) = next {
            if out.last() != Some(&v) {
                out.push(v);
            }
        }
    }
    out
}

/// The index of the stop nearest `value` on a log scale.
pub fn nearest_stop(stops: &[u64], value: u64) -> usize {
    match stops.binary_search(&value) {
        Ok(i) => i,
        Err(0) => 0,
        Err(i) if i >= stops.len() => stops.len() - 1,
        Err(i) => {
            // Between a and b: closer in ratio to a when value² < a·b.
            let (a, b, v) = (stops[i - 1] as u128, stops[i] as u128, value as u128);
            if v * v < a * b {
                i - 1
            } else {
                i
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(text: &str, d: u32) -> u64 {
        parse_plain(text, d).unwrap().units
    }

    #[test]
    fn plain_decimals_are_exact() {
        assert_eq!(units("2048", 0), 2048);
        assert_eq!(units("12.29", 2), 1229);
        assert_eq!(units("2", 2), 200);
        assert_eq!(units(".5", 2), 50);
        assert_eq!(units("1361.328125", 6), 1_361_328_125);
        assert_eq!(units("287.109375", 6), 287_109_375);
        assert_eq!(units(" 7 ", 0), 7);
        assert_eq!(units("+7", 0), 7);
    }

    #[test]
    fn rounding_is_half_up_at_the_unit() {
        assert_eq!(units("2.005", 2), 201);
        assert_eq!(units("2.0049", 2), 200);
        assert_eq!(units("1.5", 0), 2);
        assert_eq!(units("1.4999", 0), 1);
    }

    #[test]
    fn huge_numbers_saturate_instead_of_overflowing() {
        let long = "9".repeat(5000);
        assert_eq!(units(&long, 6), u64::MAX);
        assert_eq!(
            parse_plain(&long, 0).unwrap().clamped(Field::Gpus.spec()),
            100_000
        );
    }

    #[test]
    fn rejects_what_is_not_a_plain_number() {
        for bad in [
            "", " ", "abc", "1e309", "NaN", "Infinity", "-", ".", "1.2.3", "0x10", "1,000", "--1",
            "١٢",
        ] {
            assert!(parse_plain(bad, 2).is_err(), "{bad:?} should be rejected");
        }
        assert_eq!(parse_plain("", 0), Err(ParseError::Empty));
    }

    #[test]
    fn negative_and_out_of_range_clamp_to_the_bounds() {
        let gpus = Field::Gpus.spec();
        assert_eq!(parse_plain("-5", 0).unwrap().clamped(gpus), 1);
        assert_eq!(parse_plain("0", 0).unwrap().clamped(gpus), 1);
        assert_eq!(parse_plain("100001", 0).unwrap().clamped(gpus), 100_000);
        let rent = Field::RentPrice.spec();
        assert_eq!(parse_plain("0.49", 2).unwrap().clamped(rent), 50);
        assert_eq!(parse_plain("20.01", 2).unwrap().clamped(rent), 2000);
        let buy = Field::BuyPrice.spec();
        assert_eq!(parse_plain("999", 0).unwrap().clamped(buy), 1000);
        assert_eq!(parse_plain("100000.4", 0).unwrap().clamped(buy), 100_000);
        let hours = Field::Hours.spec();
        assert_eq!(parse_plain("0.5", 6).unwrap().clamped(hours), MICRO);
        assert_eq!(
            parse_plain("1e5", 6).map(|p| p.clamped(hours)),
            Err(ParseError::NotANumber)
        );
        assert_eq!(
            parse_plain("100000.000001", 6).unwrap().clamped(hours),
            100_000 * MICRO
        );
    }

    #[test]
    fn typed_numbers_in_english() {
        let t = |s: &str, d| parse_typed(s, d, Locale::En).map(|p| p.units);
        assert_eq!(t("2,048", 0), Ok(2048));
        assert_eq!(t("100,000", 0), Ok(100_000));
        assert_eq!(t("$2.00", 2), Ok(200));
        assert_eq!(t("US$ 12.29", 2), Ok(1229));
        assert_eq!(t("$33,800", 0), Ok(33_800));
        assert_eq!(t("1,361.5", 6), Ok(1_361_500_000));
        assert_eq!(t("1,5", 6), Ok(1_500_000));
        assert_eq!(t("1.5", 6), Ok(1_500_000));
        assert_eq!(t("2.048", 3), Ok(2048)); // a decimal point in English
        assert_eq!(t("12,29", 2), Ok(1229));
        assert_eq!(t(" 4096 ", 0), Ok(4096));
        assert_eq!(t("1 000", 0), Ok(1000));
        assert_eq!(t("1,000,000", 0), Ok(1_000_000));
        for bad in [
            "",
            "abc",
            "2,04,8",
            "1,5,0",
            "1,50.5",
            "$",
            "1e3",
            "12 GPUs",
            "1234,567.8",
        ] {
            assert!(
                parse_typed(bad, 2, Locale::En).is_err(),
                "{bad:?} should be rejected"
            );
        }
    }

    #[test]
    fn typed_numbers_in_the_languages_with_a_decimal_comma() {
        for l in [
            Locale::It,
            Locale::PtBr,
            Locale::PtPt,
            Locale::Es,
            Locale::Fr,
            Locale::De,
        ] {
            let t = |s: &str, d| parse_typed(s, d, l).map(|p| p.units);
            assert_eq!(t("2.048", 0), Ok(2048), "{l:?}");
            assert_eq!(t("2048", 0), Ok(2048));
            assert_eq!(t("1,5", 6), Ok(1_500_000));
            assert_eq!(t("1.5", 6), Ok(1_500_000));
            assert_eq!(t("1.361,5", 6), Ok(1_361_500_000));
            assert_eq!(t("1361,33", 6), Ok(1_361_330_000));
            assert_eq!(t("2,50 $", 2), Ok(250));
            assert_eq!(t("US$ 2,50", 2), Ok(250));
            assert_eq!(t("32.000 USD", 0), Ok(32_000));
            assert_eq!(t("100\u{a0}000", 0), Ok(100_000));
            assert_eq!(t("100\u{202f}000", 0), Ok(100_000));
            assert_eq!(t("1.000.000", 0), Ok(1_000_000));
            assert_eq!(t("1 600", 0), Ok(1_600));
            assert_eq!(t("1.600", 0), Ok(1_600));
            assert_eq!(t("2,50 $US", 2), Ok(250));
            for bad in ["", "molti", "muitos", "1,2,3", "1.50,5,5", "1e3"] {
                assert!(
                    parse_typed(bad, 2, l).is_err(),
                    "{l:?} {bad:?} should be rejected"
                );
            }
        }
    }

    #[test]
    fn plain_round_trips() {
        for (u, d, s) in [
            (1_361_328_125, 6, "1361.328125"),
            (1229, 2, "12.29"),
            (200, 2, "2"),
            (50, 2, "0.5"),
            (2048, 0, "2048"),
        ] {
            assert_eq!(to_plain(u, d), s);
            assert_eq!(units(s, d), u);
        }
    }

    #[test]
    fn stops_are_ascending_within_range_and_include_ends_and_cited_values() {
        for field in Field::ALL {
            let spec = field.spec();
            let cited = [spec.min + 7, spec.max - 3];
            let s = stops(field, &cited);
            assert_eq!(s.first(), Some(&spec.min));
            assert_eq!(s.last(), Some(&spec.max));
            assert!(
                s.windows(2).all(|w| w[0] < w[1]),
                "{field:?} not strictly ascending"
            );
            assert!(cited.iter().all(|c| s.contains(c)));
            // Never more than a ~12% jump between neighbours past the first decade.
            for w in s.windows(2).filter(|w| w[0] >= 10 * (spec.min.max(10))) {
                assert!(
                    w[1] * 100 <= w[0] * 112 + 100,
                    "{field:?} jump {} -> {}",
                    w[0],
                    w[1]
                );
            }
            assert!(
                s.len() > 40 && s.len() < 250,
                "{field:?} has {} stops",
                s.len()
            );
        }
    }

    #[test]
    fn nearest_stop_is_nearest_in_ratio() {
        let s = [1, 10, 100];
        assert_eq!(nearest_stop(&s, 0), 0);
        assert_eq!(nearest_stop(&s, 3), 0); // 3² = 9 < 10
        assert_eq!(nearest_stop(&s, 4), 1);
        assert_eq!(nearest_stop(&s, 10), 1);
        assert_eq!(nearest_stop(&s, 1000), 2);
    }
}
