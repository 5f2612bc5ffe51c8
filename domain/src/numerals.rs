//! Numbers written natively, exactly as Chromium's `Intl.NumberFormat`
//! writes them for the widget's seven locales and its shapes (`Num`):
//! separators, grouping, currency placement, compact words and their
//! plurals. Used where there is no browser (the social card, rasterized at
//! build time) and by the picture module, so a picture never says a number
//! differently from the screen. `tests/components.rs` compares it with Intl
//! in headless Chromium, shape by shape and locale by locale.

use super::locale::Locale;
use super::text::{Localizer, Num, NumberFormat, When};

/// Intl's numbers, written natively, in one locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Numerals(pub Locale);

/// A non-negative decimal: `m × 10^e`.
#[derive(Clone, Copy)]
struct Decimal {
    m: u128,
    e: i32,
}

/// `v / 10^k`, rounded half away from zero (Intl's default, `halfExpand`).
fn shift_round(v: u128, k: u32) -> u128 {
    if k == 0 {
        return v;
    }
    let p = 10u128.pow(k);
    (v + p / 2) / p
}

fn digit_count(v: u128) -> u32 {
    if v == 0 {
        1
    } else {
        v.ilog10() + 1
    }
}

impl Decimal {
    /// At most `max` fraction digits.
    fn round_fraction(self, max: u32) -> Decimal {
        let frac = (-self.e).max(0) as u32;
        if frac <= max {
            return self;
        }
        Decimal {
            m: shift_round(self.m, frac - max),
            e: -(max as i32),
        }
    }

    /// At most three significant digits.
    fn round_significant(self) -> Decimal {
        let n = digit_count(self.m);
        if n <= 3 {
            return self;
        }
        Decimal {
            m: shift_round(self.m, n - 3),
            e: self.e + (n - 3) as i32,
        }
    }

    /// The power of ten of the leading digit (0 for values below 10).
    fn magnitude(self) -> i32 {
        if self.m == 0 {
            0
        } else {
            digit_count(self.m) as i32 - 1 + self.e
        }
    }

    /// Divided by `10^k`, exactly.
    fn scaled_down(self, k: i32) -> Decimal {
        Decimal {
            m: self.m,
            e: self.e - k,
        }
    }

    /// Integer part and fraction digits, the fraction trimmed of trailing
    /// zeros down to `min` digits.
    fn parts(self, min: u32) -> (u128, String) {
        if self.e >= 0 {
            let int = self.m * 10u128.pow(self.e as u32);
            return (int, "0".repeat(min as usize));
        }
        let k = (-self.e) as u32;
        let p = 10u128.pow(k);
        let frac = format!("{:0w$}", self.m % p, w = k as usize);
        let trimmed = frac.trim_end_matches('0');
        let keep = if trimmed.len() < min as usize {
            format!("{trimmed:0<w$}", w = min as usize)
        } else {
            trimmed.to_string()
        };
        (self.m / p, keep)
    }

    /// True when it reads exactly 1 (CLDR's "i = 1 and v = 0").
    fn is_one(self, frac: &str) -> bool {
        self.parts(0).0 == 1 && frac.is_empty()
    }
}

/// How one language writes numbers, as CLDR (and so Intl) has it. Each is
/// behind its language's feature, as the language is.
struct Rules {
    decimal_mark: char,
    group_mark: &'static str,
    /// CLDR's minimum grouping digits outside compact notation: 2 leaves
    /// four-digit numbers ungrouped (Italian, European Portuguese).
    min_grouping: usize,
    /// A dollar amount around its number: before, after.
    currency: (&'static str, &'static str),
    /// Compact words by unit (1 is thousands) and whether the number reads
    /// as one: `million`, `milioni`; `None` where the word is the whole
    /// text (Italian's `mille`).
    words: fn(unit: usize, n: Count) -> Option<&'static str>,
    /// Short compact units, by unit: `["", "K", "M", "B", "T"]`. German
    /// has none for thousands (`""`): it writes them out (`294.000 $`).
    short: [&'static str; 5],
    /// Spanish writes 1 to 9.99 billion as millions in the short form
    /// (`1600 M US$`), and from 10 billion as thousands of millions
    /// (`12,3 mil M US$`).
    short_billions_in_millions: bool,
    /// After a percentage: `%`, or a no-break space and `%`.
    percent: &'static str,
    /// A date from its short month name.
    date: fn(When, month: &'static str) -> String,
    months: &'static [&'static str; 12],
}

/// How a compact number counts for its word's plural. Each language reads
/// the field its plurals need, and English none: a build of one language
/// leaves the others unread.
#[derive(Clone, Copy)]
#[allow(dead_code)]
struct Count {
    /// Exactly 1 (CLDR's "i = 1 and v = 0").
    one: bool,
    /// Below 2 (CLDR's "i = 0..1", Brazilian Portuguese's one).
    below_two: bool,
}

impl Rules {
    const fn of(l: Locale) -> &'static Rules {
        match l {
            #[cfg(feature = "en")]
            Locale::En => &Rules {
                decimal_mark: '.',
                group_mark: ",",
                min_grouping: 1,
                currency: ("$", ""),
                words: |u, _| Some(["", "thousand", "million", "billion", "trillion"][u]),
                short: ["", "K", "M", "B", "T"],
                short_billions_in_millions: false,
                percent: "%",
                date: |w, month| match w {
                    When::Day(y, _, d) => format!("{month} {d}, {y}"),
                    When::Month(y, _) => format!("{month} {y}"),
                    When::Year(y) => y.to_string(),
                },
                months: &[
                    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                    "Dec",
                ],
            },
            #[cfg(feature = "it")]
            Locale::It => &Rules {
                decimal_mark: ',',
                group_mark: ".",
                min_grouping: 2,
                currency: ("", "\u{a0}$"),
                words: |u, n| match (u, n.one) {
                    (1, true) => None,
                    (1, false) => Some("mila"),
                    (2, true) => Some("milione"),
                    (2, false) => Some("milioni"),
                    (3, true) => Some("miliardo"),
                    (3, false) => Some("miliardi"),
                    (_, true) => Some("mille miliardi"),
                    (_, false) => Some("mila miliardi"),
                },
                short: ["", "K", "\u{a0}Mln", "\u{a0}Mld", "\u{a0}Bln"],
                short_billions_in_millions: false,
                percent: "%",
                date: day_month_year,
                months: &[
                    "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov",
                    "dic",
                ],
            },
            #[cfg(feature = "pt-br")]
            Locale::PtBr => &Rules {
                decimal_mark: ',',
                group_mark: ".",
                min_grouping: 1,
                currency: ("US$\u{a0}", ""),
                words: |u, n| {
                    Some(match (u, n.below_two) {
                        (1, _) => "mil",
                        (2, true) => "milhão",
                        (2, false) => "milhões",
                        (3, true) => "bilhão",
                        (3, false) => "bilhões",
                        (_, true) => "trilhão",
                        (_, false) => "trilhões",
                    })
                },
                short: ["", "\u{a0}mil", "\u{a0}mi", "\u{a0}bi", "\u{a0}tri"],
                short_billions_in_millions: false,
                percent: "%",
                date: |w, month| match w {
                    When::Day(y, _, d) => format!("{d} de {month} de {y}"),
                    When::Month(y, _) => format!("{month} de {y}"),
                    When::Year(y) => y.to_string(),
                },
                months: &PT_MONTHS,
            },
            #[cfg(feature = "pt-pt")]
            Locale::PtPt => &Rules {
                decimal_mark: ',',
                // A no-break space, as before each currency and unit.
                group_mark: "\u{a0}",
                min_grouping: 2,
                currency: ("", "\u{a0}US$"),
                words: |u, n| {
                    Some(match (u, n.one) {
                        (1, _) => "mil",
                        (2, true) => "milhão",
                        (2, false) => "milhões",
                        (3, _) => "mil milhões",
                        (_, true) => "bilião",
                        (_, false) => "biliões",
                    })
                },
                short: ["", "\u{a0}mil", "\u{a0}M", "\u{a0}mM", "\u{a0}Bi"],
                short_billions_in_millions: false,
                percent: "%",
                // European Portuguese writes months as numbers in this shape.
                date: |w, _| match w {
                    When::Day(y, m, d) => format!("{d}/{m:02}/{y}"),
                    When::Month(y, m) => format!("{m:02}/{y}"),
                    When::Year(y) => y.to_string(),
                },
                months: &PT_MONTHS,
            },
            #[cfg(feature = "es")]
            Locale::Es => &Rules {
                decimal_mark: ',',
                group_mark: ".",
                min_grouping: 2,
                currency: ("", "\u{a0}US$"),
                words: |u, n| {
                    Some(match (u, n.one) {
                        (1, _) => "mil",
                        (2, true) => "millón",
                        (2, false) => "millones",
                        (3, _) => "mil millones",
                        (_, true) => "billón",
                        (_, false) => "billones",
                    })
                },
                short: ["", "\u{a0}mil", "\u{a0}M", "\u{a0}mil\u{a0}M", "\u{a0}B"],
                short_billions_in_millions: true,
                percent: "\u{a0}%",
                date: day_month_year,
                months: &[
                    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov",
                    "dic",
                ],
            },
            #[cfg(feature = "fr")]
            Locale::Fr => &Rules {
                decimal_mark: ',',
                // A narrow no-break space.
                group_mark: "\u{202f}",
                min_grouping: 1,
                currency: ("", "\u{a0}$US"),
                // French counts 0 to 1.99... as one; a thousand on its own is
                // "mille".
                words: |u, n| match (u, n.one, n.below_two) {
                    (1, true, _) => None,
                    (1, _, true) => Some("millier"),
                    (1, _, false) => Some("mille"),
                    (2, _, true) => Some("million"),
                    (2, _, false) => Some("millions"),
                    (3, _, true) => Some("milliard"),
                    (3, _, false) => Some("milliards"),
                    (_, _, true) => Some("billion"),
                    (_, _, false) => Some("billions"),
                },
                short: ["", "\u{a0}k", "\u{a0}M", "\u{a0}Md", "\u{a0}Bn"],
                short_billions_in_millions: false,
                percent: "\u{a0}%",
                date: day_month_year,
                months: &[
                    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                    "oct.", "nov.", "déc.",
                ],
            },
            #[cfg(feature = "de")]
            Locale::De => &Rules {
                decimal_mark: ',',
                group_mark: ".",
                min_grouping: 1,
                currency: ("", "\u{a0}$"),
                words: |u, n| {
                    Some(match (u, n.one) {
                        (1, _) => "Tausend",
                        (2, true) => "Million",
                        (2, false) => "Millionen",
                        (3, true) => "Milliarde",
                        (3, false) => "Milliarden",
                        (_, true) => "Billion",
                        (_, false) => "Billionen",
                    })
                },
                short: ["", "", "\u{a0}Mio.", "\u{a0}Mrd.", "\u{a0}Bio."],
                short_billions_in_millions: false,
                percent: "\u{a0}%",
                date: |w, month| match w {
                    When::Day(y, _, d) => format!("{d}. {month} {y}"),
                    When::Month(y, _) => format!("{month} {y}"),
                    When::Year(y) => y.to_string(),
                },
                months: &[
                    "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
                    "Nov.", "Dez.",
                ],
            },
        }
    }
}

/// `27 dic 2024`, `dic 2024`: Italian's, Spanish's and French's shape.
#[cfg(any(feature = "it", feature = "es", feature = "fr"))]
fn day_month_year(w: When, month: &'static str) -> String {
    match w {
        When::Day(y, _, d) => format!("{d} {month} {y}"),
        When::Month(y, _) => format!("{month} {y}"),
        When::Year(y) => y.to_string(),
    }
}

#[cfg(any(feature = "pt-br", feature = "pt-pt"))]
const PT_MONTHS: [&str; 12] = [
    "jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez.",
];

impl Numerals {
    /// Sentences in `locale` with its numbers written natively.
    pub fn localizer(locale: Locale) -> Localizer<'static> {
        static ALL: [Numerals; Locale::ALL.len()] = {
            let mut all = [Numerals(Locale::ALL[0]); Locale::ALL.len()];
            let mut i = 0;
            while i < all.len() {
                all[i] = Numerals(Locale::ALL[i]);
                i += 1;
            }
            all
        };
        Localizer {
            locale,
            fmt: &ALL[locale as usize],
        }
    }

    fn rules(self) -> &'static Rules {
        Rules::of(self.0)
    }

    fn write(self, d: Decimal, min_frac: u32, compact: bool) -> String {
        let rules = self.rules();
        let (int, frac) = d.parts(min_frac);
        let digits = int.to_string();
        let mut out = String::with_capacity(digits.len() + frac.len() + 8);
        // Compact notation groups from four digits in every language.
        let min_grouping = if compact { 2 } else { rules.min_grouping };
        let grouped = digits.len() >= 3 + min_grouping;
        for (i, c) in digits.chars().enumerate() {
            if grouped && i > 0 && (digits.len() - i) % 3 == 0 {
                out.push_str(rules.group_mark);
            }
            out.push(c);
        }
        if !frac.is_empty() {
            out.push(rules.decimal_mark);
            out.push_str(&frac);
        }
        out
    }

    /// A dollar amount with its currency where the locale puts it.
    fn currency(self, number: &str) -> String {
        let (before, after) = self.rules().currency;
        format!("{before}{number}{after}")
    }

    /// Three significant digits and, from a thousand up, the largest unit
    /// up to trillions: the number and the unit's index (1 is thousands).
    fn compact(self, d: Decimal) -> (Decimal, usize) {
        let r = d.round_significant();
        let unit = (r.magnitude() / 3).clamp(0, 4);
        (r.scaled_down(3 * unit), unit as usize)
    }

    /// Compact words: `5.58 million`, `1,6 miliardi`, `1,5 milhão`.
    fn words(self, d: Decimal) -> String {
        let (n, unit) = self.compact(d);
        let number = self.write(n, 0, true);
        if unit == 0 {
            return number;
        }
        let (_, frac) = n.parts(0);
        let count = Count {
            one: n.is_one(&frac),
            below_two: n.parts(0).0 <= 1,
        };
        match (self.rules().words)(unit, count) {
            Some(word) => format!("{number} {word}"),
            // Italian and French: a thousand on its own.
            None => "mille".to_string(),
        }
    }

    /// Short compact money: `$1.6B`, `1,6 Mld $`, `US$ 1,6 bi`, `1,6 mM US$`.
    fn money_short(self, d: Decimal) -> String {
        let rules = self.rules();
        let (mut n, mut unit) = self.compact(d);
        if unit > 0 && rules.short[unit].is_empty() {
            (n, unit) = (n.scaled_down(-3 * unit as i32), 0);
        } else if unit == 3 && rules.short_billions_in_millions && n.magnitude() == 0 {
            (n, unit) = (n.scaled_down(-3), 2);
        }
        let number = self.write(n, 0, true);
        self.currency(&format!("{number}{}", rules.short[unit]))
    }

    /// A date as Intl writes it with `{day: "numeric", month: "short",
    /// year: "numeric"}` (or without the day, or the year alone).
    fn date(self, w: When) -> String {
        let rules = self.rules();
        let m = match w {
            When::Day(_, m, _) | When::Month(_, m) => m,
            When::Year(_) => 1,
        };
        let month = rules.months[usize::from(m.clamp(1, 12) - 1)];
        (rules.date)(w, month)
    }
}

fn dollars(cents: u64) -> Decimal {
    Decimal {
        m: cents.into(),
        e: -2,
    }
}

impl NumberFormat for Numerals {
    fn format(&self, n: Num) -> String {
        let s = *self;
        match n {
            Num::Decimal {
                units,
                decimals,
                min,
                max,
            } => {
                let d = Decimal {
                    m: units.into(),
                    e: -(decimals as i32),
                };
                s.write(d.round_fraction(max), min, false)
            }
            Num::Money(c) if c.0 % 100 == 0 => {
                s.currency(&s.write(dollars(c.0).round_fraction(0), 0, false))
            }
            Num::Money(c) | Num::Price(c) => s.currency(&s.write(dollars(c.0), 2, false)),
            Num::Words(c) => s.words(dollars(c.0)),
            Num::MoneyShort(c) => s.money_short(dollars(c.0)),
            Num::Date(w) => s.date(w),
            Num::Percent(r) => {
                let d = Decimal {
                    m: r.ten_thousandths().into(),
                    e: -2,
                };
                let percent = s.rules().percent;
                format!("{}{percent}", s.write(d.round_significant(), 0, false))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::{Cents, Ratio};

    fn all(n: Num) -> Vec<String> {
        Locale::ALL
            .iter()
            .map(|l| {
                Numerals(*l)
                    .format(n)
                    .replace('\u{a0}', "_")
                    .replace('\u{202f}', "^")
            })
            .collect()
    }

    fn dollars(d: u64) -> Cents {
        Cents::from_dollars(d)
    }

    // The expected strings are Chromium's (`Intl.NumberFormat`, checked in
    // tests/components.rs); `_` stands for a no-break space, `^` for a
    // narrow one. In `Locale::ALL`'s order: en, it, pt-BR, pt-PT, es, fr, de.
    #[test]
    fn exact_money() {
        assert_eq!(
            all(Num::Money(dollars(5_576_000))),
            [
                "$5,576,000",
                "5.576.000_$",
                "US$_5.576.000",
                "5_576_000_US$",
                "5.576.000_US$",
                "5^576^000_$US",
                "5.576.000_$"
            ]
        );
        assert_eq!(
            all(Num::Money(dollars(1_234))),
            [
                "$1,234",
                "1234_$",
                "US$_1.234",
                "1234_US$",
                "1234_US$",
                "1^234_$US",
                "1.234_$"
            ]
        );
        assert_eq!(
            all(Num::Price(Cents(123_450))),
            [
                "$1,234.50",
                "1234,50_$",
                "US$_1.234,50",
                "1234,50_US$",
                "1234,50_US$",
                "1^234,50_$US",
                "1.234,50_$"
            ]
        );
        assert_eq!(all(Num::Money(Cents(0)))[0], "$0");
    }

    #[test]
    fn compact_words_and_their_plurals() {
        let w = |d: u64| all(Num::Words(dollars(d)));
        assert_eq!(
            w(5_576_000),
            [
                "5.58 million",
                "5,58 milioni",
                "5,58 milhões",
                "5,58 milhões",
                "5,58 millones",
                "5,58 millions",
                "5,58 Millionen"
            ]
        );
        assert_eq!(
            w(1_500_000),
            [
                "1.5 million",
                "1,5 milioni",
                "1,5 milhão",
                "1,5 milhões",
                "1,5 millones",
                "1,5 million",
                "1,5 Millionen"
            ]
        );
        assert_eq!(
            w(999_500),
            [
                "1 million",
                "1 milione",
                "1 milhão",
                "1 milhão",
                "1 millón",
                "1 million",
                "1 Million"
            ]
        );
        assert_eq!(
            w(1_600_000_000),
            [
                "1.6 billion",
                "1,6 miliardi",
                "1,6 bilhão",
                "1,6 mil milhões",
                "1,6 mil millones",
                "1,6 milliard",
                "1,6 Milliarden"
            ]
        );
        assert_eq!(
            w(1_000),
            [
                "1 thousand",
                "mille",
                "1 mil",
                "1 mil",
                "1 mil",
                "mille",
                "1 Tausend"
            ]
        );
        assert_eq!(
            w(2_000_000_000_000),
            [
                "2 trillion",
                "2 mila miliardi",
                "2 trilhões",
                "2 biliões",
                "2 billones",
                "2 billions",
                "2 Billionen"
            ]
        );
        assert_eq!(w(1_000_000_000_000_000)[0], "1000 trillion");
        assert_eq!(
            w(100_000_000_000_000_000),
            [
                "100,000 trillion",
                "100.000 mila miliardi",
                "100.000 trilhões",
                "100_000 biliões",
                "100.000 billones",
                "100^000 billions",
                "100.000 Billionen"
            ]
        );
        assert_eq!(w(999), ["999"; 7]);
        // French's one is 0 to 1.99...: a thousand and a half is a "millier".
        assert_eq!(w(1_500)[5], "1,5 millier");
        assert_eq!(w(294_000)[5], "294 mille");
    }

    #[test]
    fn short_money_for_axes() {
        let s = |d: u64| all(Num::MoneyShort(dollars(d)));
        assert_eq!(
            s(1_000),
            [
                "$1K",
                "1K_$",
                "US$_1_mil",
                "1_mil_US$",
                "1_mil_US$",
                "1_k_$US",
                "1000_$"
            ]
        );
        assert_eq!(
            s(1_600_000_000),
            [
                "$1.6B",
                "1,6_Mld_$",
                "US$_1,6_bi",
                "1,6_mM_US$",
                "1600_M_US$",
                "1,6_Md_$US",
                "1,6_Mrd._$"
            ]
        );
        assert_eq!(
            s(10_000_000),
            [
                "$10M",
                "10_Mln_$",
                "US$_10_mi",
                "10_M_US$",
                "10_M_US$",
                "10_M_$US",
                "10_Mio._$"
            ]
        );
        assert_eq!(
            s(100),
            ["$100", "100_$", "US$_100", "100_US$", "100_US$", "100_$US", "100_$"]
        );
        // Spanish from ten billion: thousands of millions; German writes
        // thousands out.
        assert_eq!(s(12_300_000_000)[4], "12,3_mil_M_US$");
        assert_eq!(
            (s(12_345)[6].as_str(), s(294_000)[6].as_str()),
            ("12.300_$", "294.000_$")
        );
    }

    #[test]
    fn decimals_and_percents() {
        let d = |units, decimals, min, max| {
            all(Num::Decimal {
                units,
                decimals,
                min,
                max,
            })
        };
        assert_eq!(
            d(1_361_328_125, 6, 0, 2),
            ["1,361.33", "1361,33", "1.361,33", "1361,33", "1361,33", "1^361,33", "1.361,33"]
        );
        assert_eq!(
            d(12_345, 0, 0, 0),
            ["12,345", "12.345", "12.345", "12_345", "12.345", "12^345", "12.345"]
        );
        assert_eq!(
            d(200, 2, 2, 2),
            ["2.00", "2,00", "2,00", "2,00", "2,00", "2,00", "2,00"]
        );
        let p = |r: u64| all(Num::Percent(Ratio::from_ten_thousandths(r)));
        assert_eq!(
            p(35),
            ["0.35%", "0,35%", "0,35%", "0,35%", "0,35_%", "0,35_%", "0,35_%"]
        );
        assert_eq!(
            p(1_234),
            ["12.3%", "12,3%", "12,3%", "12,3%", "12,3_%", "12,3_%", "12,3_%"]
        );
        assert_eq!(
            p(125_000),
            ["1,250%", "1250%", "1.250%", "1250%", "1250_%", "1^250_%", "1.250_%"]
        );
    }
}
