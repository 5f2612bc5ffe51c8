//! English number and money text, from exact integers. Written by hand (a
//! few hundred bytes of wasm) rather than with Rust's float formatting, which
//! would pull several kilobytes of code into every reader's download.

use super::quantity::{Field, MICRO};

/// `units` (with `decimals` places) rounded half-up to `shown` places and
/// grouped with commas: `decimal(1_361_328_125, 6, 2)` is `1,361.33`.
pub fn decimal(units: u128, decimals: u32, shown: u32) -> String {
    let drop = decimals.saturating_sub(shown);
    let scale = 10u128.pow(drop);
    let rounded = (units + scale / 2) / scale;
    let kept = decimals.min(shown);
    let one = 10u128.pow(kept);
    let mut out = group(rounded / one);
    if kept > 0 {
        out.push('.');
        out.push_str(&format!("{:0w$}", rounded % one, w = kept as usize));
    }
    out
}

/// Like [`decimal`] but without trailing zeros after the point.
pub fn decimal_trimmed(units: u128, decimals: u32, shown: u32) -> String {
    let s = decimal(units, decimals, shown);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Thousands grouped with commas: `5,576,000`.
pub fn group(n: u128) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The exact figure: `$5,576,000`, with cents only when there are any.
pub fn money_exact(cents: u64) -> String {
    if cents % 100 == 0 {
        format!("${}", group(u128::from(cents / 100)))
    } else {
        format!("${}", decimal(u128::from(cents), 2, 2))
    }
}

/// The headline figure, three significant digits in words: `$5.58 million`,
/// `$1.6 billion`; below a million, whole dollars: `$294,000`; below a
/// thousand, dollars and cents.
pub fn money_compact(cents: u64) -> String {
    let c = u128::from(cents);
    const SCALES: [(u128, &str); 3] = [
        (100 * 1_000_000_000_000, "trillion"),
        (100 * 1_000_000_000, "billion"),
        (100 * 1_000_000, "million"),
    ];
    for (i, (unit, word)) in SCALES.iter().enumerate() {
        // Rounding can carry 999.6 million up to "1 billion".
        let shown = sig3(c, *unit);
        if c * 1000 >= unit * 9995 / 10 || shown.0 >= 1000 {
            let (digits, places) = if shown.0 >= 1000 && i > 0 {
                sig3(c, SCALES[i - 1].0)
            } else {
                shown
            };
            let word = if shown.0 >= 1000 && i > 0 {
                SCALES[i - 1].1
            } else {
                word
            };
            return format!("${} {word}", decimal_trimmed(digits, places, places));
        }
    }
    if cents >= 1_000 * 100 {
        format!("${}", group((c + 50) / 100))
    } else {
        money_exact(cents)
    }
}

/// `c / unit` to three significant digits: (digits, decimal places).
fn sig3(c: u128, unit: u128) -> (u128, u32) {
    let places = if c >= 100 * unit {
        0
    } else if c >= 10 * unit {
        1
    } else {
        2
    };
    let scaled = unit / 10u128.pow(places);
    ((c + scaled / 2) / scaled, places)
}

/// The value of a field as its number box shows it: `2,048`, `2.00`,
/// `33,800`, `1,361.33`.
pub fn field_number(field: Field, units: u64) -> String {
    let u = u128::from(units);
    match field {
        Field::Gpus | Field::BuyPrice => group(u),
        Field::RentPrice => decimal(u, 2, 2),
        Field::Hours => decimal_trimmed(u, 6, 2),
    }
}

/// The value with its unit, for `aria-valuetext` and captions:
/// `2,048 GPUs`, `$2.00 per GPU-hour`, `$32,000 per GPU`, `1,361 hours, about 57 days`.
pub fn field_with_unit(field: Field, units: u64) -> String {
    match field {
        Field::Gpus if units == 1 => "1 GPU".to_string(),
        Field::Gpus => format!("{} GPUs", group(u128::from(units))),
        Field::RentPrice => format!("${} per GPU-hour", field_number(field, units)),
        Field::BuyPrice => format!("${} per GPU", field_number(field, units)),
        Field::Hours => hours_long(units),
    }
}

/// `1,361 hours, about 57 days`; short spans keep their fraction: `1.5 hours`.
pub fn hours_long(micro: u64) -> String {
    let h = u128::from(micro);
    let number = if micro < 100 * MICRO {
        decimal_trimmed(h, 6, 2)
    } else {
        decimal(h, 6, 0)
    };
    let unit = if micro == MICRO { "hour" } else { "hours" };
    match span(micro) {
        Some(s) => format!("{number} {unit}, about {s}"),
        None => format!("{number} {unit}"),
    }
}

/// Hours shown short, as on the slider's scale: `1,361 h`.
pub fn hours_short(micro: u64) -> String {
    let h = u128::from(micro);
    if micro < 100 * MICRO {
        format!("{} h", decimal_trimmed(h, 6, 2))
    } else {
        format!("{} h", decimal(h, 6, 0))
    }
}

/// Days or years for spans of two days or more: `57 days`, `4 years`.
pub fn span(micro: u64) -> Option<String> {
    const DAY: u128 = 24 * MICRO as u128;
    const YEAR: u128 = 8_766 * MICRO as u128; // 365.25 days
    let h = u128::from(micro);
    if h < 2 * DAY {
        None
    } else if h < 2 * YEAR {
        Some(format!("{} days", group((h + DAY / 2) / DAY)))
    } else {
        let tenths = (h * 10 + YEAR / 2) / YEAR;
        Some(format!("{} years", decimal_trimmed(tenths, 1, 1)))
    }
}

/// GPUs × hours in words: `2,788,000 GPU-hours`.
pub fn gpu_hours(micro: u64) -> String {
    let shown = if micro < 100 * MICRO {
        decimal_trimmed(u128::from(micro), 6, 2)
    } else {
        decimal(u128::from(micro), 6, 0)
    };
    format!("{shown} GPU-hours")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping() {
        assert_eq!(group(0), "0");
        assert_eq!(group(999), "999");
        assert_eq!(group(1000), "1,000");
        assert_eq!(group(5_576_000), "5,576,000");
        assert_eq!(group(1_600_000_000), "1,600,000,000");
        assert_eq!(group(u128::from(u64::MAX)), "18,446,744,073,709,551,615");
    }

    #[test]
    fn exact_money_is_to_the_dollar_or_cent() {
        assert_eq!(money_exact(557_600_000), "$5,576,000");
        assert_eq!(money_exact(160_000_000_000), "$1,600,000,000");
        assert_eq!(money_exact(3_426_452_000), "$34,264,520");
        assert_eq!(money_exact(77), "$0.77");
        assert_eq!(money_exact(123_456), "$1,234.56");
        assert_eq!(money_exact(50), "$0.50");
    }

    #[test]
    fn compact_money_reads_like_a_headline() {
        let m = |d: u64| money_compact(d * 100);
        assert_eq!(m(5_576_000), "$5.58 million");
        assert_eq!(m(1_600_000_000), "$1.6 billion");
        assert_eq!(m(294_000), "$294,000");
        assert_eq!(m(34_264_520), "$34.3 million");
        assert_eq!(m(69_222_400), "$69.2 million");
        assert_eq!(m(1_000_000), "$1 million");
        assert_eq!(m(999_400), "$999,400");
        assert_eq!(m(999_600), "$1 million");
        assert_eq!(m(999_600_000), "$1 billion");
        assert_eq!(m(200_000_000_000), "$200 billion");
        assert_eq!(m(10_000_000_000), "$10 billion");
        assert_eq!(m(999_960_000_000), "$1 trillion");
        assert_eq!(m(12_345_678), "$12.3 million");
        assert_eq!(money_compact(50), "$0.50");
        assert_eq!(money_compact(12_345), "$123.45");
        assert_eq!(money_compact(1_234_567), "$12,346");
    }

    #[test]
    fn field_text() {
        assert_eq!(field_number(Field::Gpus, 2048), "2,048");
        assert_eq!(field_number(Field::RentPrice, 200), "2.00");
        assert_eq!(field_number(Field::RentPrice, 1229), "12.29");
        assert_eq!(field_number(Field::BuyPrice, 33_800), "33,800");
        assert_eq!(field_number(Field::Hours, 1_361_328_125), "1,361.33");
        assert_eq!(field_number(Field::Hours, 80 * MICRO), "80");
        assert_eq!(field_with_unit(Field::Gpus, 2048), "2,048 GPUs");
        assert_eq!(field_with_unit(Field::Gpus, 1), "1 GPU");
        assert_eq!(field_with_unit(Field::RentPrice, 200), "$2.00 per GPU-hour");
        assert_eq!(field_with_unit(Field::BuyPrice, 32_000), "$32,000 per GPU");
        assert_eq!(
            field_with_unit(Field::Hours, 1_361_328_125),
            "1,361 hours, about 57 days"
        );
        assert_eq!(field_with_unit(Field::Hours, MICRO), "1 hour");
        assert_eq!(field_with_unit(Field::Hours, 1_500_000), "1.5 hours");
        assert_eq!(
            field_with_unit(Field::Hours, 35_064 * MICRO),
            "35,064 hours, about 4 years"
        );
        assert_eq!(
            field_with_unit(Field::Hours, 100_000 * MICRO),
            "100,000 hours, about 11.4 years"
        );
        assert_eq!(hours_short(287_109_375), "287 h");
        assert_eq!(hours_short(80_500_000), "80.5 h");
    }

    #[test]
    fn gpu_hours_text() {
        assert_eq!(gpu_hours(2048 * 1_361_328_125), "2,788,000 GPU-hours");
        assert_eq!(gpu_hours(1_500_000), "1.5 GPU-hours");
    }
}
