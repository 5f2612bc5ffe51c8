//! The claim checker: a headline figure as readers write it ("$6M",
//! "6 milioni di dollari", "US$ 1,6 bilhão", "1,6 mil milhões de dólares",
//! "1.600 millones", "1,6 milliard", "6 Millionen Dollar", "500 million") read into exact money, and what it pays for at the
//! current price.

use super::inputs::{Basis, Inputs};
use super::locale::Locale;
use super::quantity::parse_typed;
use super::units::MICRO;
use super::units::{Cents, MicroHours};

/// Why a claim could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimError {
    Empty,
    NotUnderstood,
}

/// Words for thousands, millions and billions (and the compact forms Intl
/// writes), by language. A page's wasm reads its own language's and
/// English's ("$6M" is everyone's): no page carries another language's
/// words; the offline file reads all seven.
const SCALES: &[&[(&str, u32)]] = &[
    #[cfg(feature = "it")]
    &[
        ("miliardi", 9),
        ("miliardo", 9),
        ("milioni", 6),
        ("milione", 6),
        ("mila", 3),
        ("mille", 3),
        ("mld", 9),
        ("mln", 6),
    ],
    #[cfg(any(feature = "pt-br", feature = "pt-pt"))]
    &[
        ("mil milhões", 9),
        ("mil milhoes", 9),
        ("bilhões", 9),
        ("bilhoes", 9),
        ("bilhão", 9),
        ("bilhao", 9),
        ("milhões", 6),
        ("milhoes", 6),
        ("milhão", 6),
        ("milhao", 6),
        ("bi", 9),
        ("mm", 9),
        ("mil", 3),
        ("mi", 6),
    ],
    #[cfg(feature = "es")]
    &[
        ("mil millones", 9),
        ("mil m", 9),
        ("billones", 12),
        ("billón", 12),
        ("billon", 12),
        ("millones", 6),
        ("millón", 6),
        ("millon", 6),
        ("mil", 3),
    ],
    #[cfg(feature = "fr")]
    &[
        ("milliards", 9),
        ("milliard", 9),
        ("millions", 6),
        ("milliers", 3),
        ("millier", 3),
        ("mille", 3),
        ("mds", 9),
        ("md", 9),
    ],
    #[cfg(feature = "de")]
    &[
        ("milliarden", 9),
        ("milliarde", 9),
        ("millionen", 6),
        ("mrd.", 9),
        ("mrd", 9),
        ("mio.", 6),
        ("mio", 6),
        ("tausend", 3),
        ("tsd.", 3),
    ],
    &[
        ("billions", 9),
        ("billion", 9),
        ("millions", 6),
        ("million", 6),
        ("thousand", 3),
        ("bn", 9),
        ("b", 9),
        ("m", 6),
    ],
];

/// The currency's words, removed before reading: each language's longer
/// forms before English's, which they contain ("dollari", "dollar").
const CURRENCY: &[&[&str]] = &[
    #[cfg(feature = "it")]
    &["di dollari", "dollari"],
    #[cfg(any(feature = "pt-br", feature = "pt-pt"))]
    &["de dólares", "de dolares", "dólares", "dolares", "dólar"],
    #[cfg(feature = "es")]
    &["de dólares", "de dolares", "dólares", "dolares", "dólar"],
    #[cfg(feature = "fr")]
    &["de dollars", "$us"],
    &["dollars", "dollar", "us$", "usd", "$"],
];

/// Reads a headline figure into cents. Numbers follow the reader's
/// convention (`parse_typed`); `k` also means thousand.
pub fn parse_claim(text: &str, locale: Locale) -> Result<Cents, ClaimError> {
    // ASCII lowering plus the few accented capitals the words use: full
    // Unicode case tables would cost every reader kilobytes of wasm.
    let mut t: String = text
        .trim()
        .chars()
        .map(|c| match c {
            'Õ' => 'õ',
            'Ã' => 'ã',
            'Ó' => 'ó',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    if t.is_empty() {
        return Err(ClaimError::Empty);
    }
    for c in CURRENCY.iter().copied().flatten() {
        t = t.replace(c, " ");
    }
    let t = t.trim();
    // The number is the leading run of digits and separators.
    let end = t
        .find(|c: char| {
            !(c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}'))
        })
        .unwrap_or(t.len());
    let (number, rest) = t.split_at(end);
    let rest = rest.trim();
    let power = if rest.is_empty() {
        0
    } else if rest == "k" {
        3
    } else {
        SCALES
            .iter()
            .copied()
            .flatten()
            .find(|(w, _)| *w == rest)
            .map(|(_, p)| *p)
            .ok_or(ClaimError::NotUnderstood)?
    };
    let parsed = parse_typed(number.trim(), 6, locale).map_err(|_| ClaimError::NotUnderstood)?;
    if parsed.negative {
        return Err(ClaimError::NotUnderstood);
    }
    // units are millionths of a dollar; × 10^power dollars; → cents.
    let cents = u128::from(parsed.units) * 10u128.pow(power) / 10_000;
    u64::try_from(cents)
        .map(Cents)
        .map_err(|_| ClaimError::NotUnderstood)
}

/// What an amount pays for at the current price.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Buys {
    /// Renting: GPU-hours, and hours on the current GPUs.
    Rent {
        gpu_hours: MicroHours,
        hours: MicroHours,
    },
    /// Buying: whole GPUs.
    Buy { gpus: u64 },
}

pub fn buys(inputs: &Inputs, cents: Cents) -> Buys {
    match inputs.basis() {
        Basis::Rent => {
            let gpu_hours =
                u128::from(cents) * u128::from(MICRO) / u128::from(inputs.rent().0.max(1));
            let hours = gpu_hours / u128::from(inputs.gpus().max(1));
            Buys::Rent {
                gpu_hours: MicroHours(clamp(gpu_hours)),
                hours: MicroHours(clamp(hours)),
            }
        }
        Basis::Buy => Buys::Buy {
            gpus: cents.0 / (inputs.buy_dollars().max(1) * 100),
        },
    }
}

fn clamp(v: u128) -> u64 {
    u64::try_from(v).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::Preset;

    fn dollars(text: &str, l: Locale) -> Result<u64, ClaimError> {
        parse_claim(text, l).map(|c| c.0 / 100)
    }

    #[test]
    fn headline_figures_in_english() {
        let l = Locale::En;
        for (text, want) in [
            ("$6M", 6_000_000),
            ("$6m", 6_000_000),
            ("6 million", 6_000_000),
            ("$5.576 million", 5_576_000),
            ("500 million", 500_000_000),
            ("$1.6B", 1_600_000_000),
            ("1.6 billion dollars", 1_600_000_000),
            ("$294K", 294_000),
            ("294 thousand", 294_000),
            ("$5,576,000", 5_576_000),
            ("US$ 1.6 bn", 1_600_000_000),
        ] {
            assert_eq!(dollars(text, l), Ok(want), "{text}");
        }
    }

    #[test]
    fn headline_figures_in_italian_and_portuguese() {
        for (text, l, want) in [
            ("6 milioni di dollari", Locale::It, 6_000_000),
            ("5,576 milioni di dollari", Locale::It, 5_576_000),
            ("1,6 miliardi di dollari", Locale::It, 1_600_000_000),
            ("1,6 Mld $", Locale::It, 1_600_000_000),
            ("294 mila dollari", Locale::It, 294_000),
            ("5.576.000 $", Locale::It, 5_576_000),
            ("US$ 1,6 bilhão", Locale::PtBr, 1_600_000_000),
            ("US$ 6 milhões", Locale::PtBr, 6_000_000),
            ("US$ 5,58 mi", Locale::PtBr, 5_580_000),
            ("US$ 294 mil", Locale::PtBr, 294_000),
            ("1,6 mil milhões de dólares", Locale::PtPt, 1_600_000_000),
            ("6 milhões de dólares", Locale::PtPt, 6_000_000),
            ("1,6 mM US$", Locale::PtPt, 1_600_000_000),
            ("6 MILHÕES DE DÓLARES", Locale::PtPt, 6_000_000),
            ("5 576 000 US$", Locale::PtPt, 5_576_000),
            ("6 millones de dólares", Locale::Es, 6_000_000),
            ("1.600 millones", Locale::Es, 1_600_000_000),
            ("1,6 mil millones de dólares", Locale::Es, 1_600_000_000),
            ("1600 M US$", Locale::Es, 1_600_000_000),
            ("5,58 M US$", Locale::Es, 5_580_000),
            ("12,3 mil M US$", Locale::Es, 12_300_000_000),
            ("5.576.000 US$", Locale::Es, 5_576_000),
            ("6 millions de dollars", Locale::Fr, 6_000_000),
            ("1,6 milliard", Locale::Fr, 1_600_000_000),
            ("1,6 Md $US", Locale::Fr, 1_600_000_000),
            ("294 k $US", Locale::Fr, 294_000),
            ("5\u{202f}576\u{202f}000 $US", Locale::Fr, 5_576_000),
            ("6 Millionen Dollar", Locale::De, 6_000_000),
            ("1,6 Milliarden", Locale::De, 1_600_000_000),
            ("5,58 Mio. $", Locale::De, 5_580_000),
            ("1,6 Mrd. $", Locale::De, 1_600_000_000),
            ("294 Tausend Dollar", Locale::De, 294_000),
            ("5.576.000 $", Locale::De, 5_576_000),
        ] {
            assert_eq!(dollars(text, l), Ok(want), "{text}");
        }
    }

    #[test]
    fn what_is_not_a_figure_is_refused() {
        for text in [
            "lots",
            "$",
            "six million",
            "6 gazillion",
            "-6M",
            "6M6",
            "1e9",
            "$6M of GPUs",
        ] {
            assert_eq!(
                parse_claim(text, Locale::En),
                Err(ClaimError::NotUnderstood),
                "{text}"
            );
        }
        assert_eq!(parse_claim("  ", Locale::It), Err(ClaimError::Empty));
        let huge = format!("{} billion", "9".repeat(40));
        assert_eq!(
            parse_claim(&huge, Locale::En),
            Err(ClaimError::NotUnderstood)
        );
    }

    #[test]
    fn six_million_rents_three_million_gpu_hours_by_default() {
        let v3 = Preset::V3.inputs();
        let b = buys(&v3, parse_claim("$6M", Locale::En).unwrap());
        // $6,000,000 ÷ $2 = 3,000,000 GPU-hours; ÷ 2,048 GPUs = 1,464.84375 h.
        assert_eq!(
            b,
            Buys::Rent {
                gpu_hours: MicroHours::from_hours(3_000_000),
                hours: MicroHours(1_464_843_750)
            }
        );
        let fleet = Preset::Fleet.inputs();
        assert_eq!(
            buys(&fleet, Cents(160_000_000_000)),
            Buys::Buy { gpus: 50_000 }
        );
        assert_eq!(buys(&fleet, Cents(0)), Buys::Buy { gpus: 0 });
    }
}
