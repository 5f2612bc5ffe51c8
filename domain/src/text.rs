//! Sentences with numbers in them, in the reader's language. The numbers
//! themselves are written by a `NumberFormat`: in the browser, Intl's
//! `NumberFormat` (decimal marks, grouping, currency placement, compact words
//! per CLDR); natively (tests, the build's prerender, pictures), the
//! domain's `Numerals`, which writes the same.

use super::locale::{fill, Locale, Tr};
use super::messages::M;
use super::quantity::Field;
use super::units::{Cents, MicroHours, Ratio, MICRO};

/// A number to be written for a reader, with how it should read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Num {
    /// `units` with `decimals` places, shown with `min..=max` fraction digits
    /// (rounded half away from zero): counts, hours, prices.
    Decimal {
        units: u64,
        decimals: u32,
        min: u32,
        max: u32,
    },
    /// Exact money: whole dollars, or dollars and cents when there are cents.
    Money(Cents),
    /// A price, always with cents: `$2.00`.
    Price(Cents),
    /// Dollars in words, three significant digits, no currency: `5.58 million`.
    Words(Cents),
    /// Short money for an axis: `$1B`.
    MoneyShort(Cents),
    /// A share: `Ratio` 35 (0.0035) is `0.35%`.
    Percent(Ratio),
    /// A date, as the reader's language writes it with a short month
    /// (`Dec 27, 2024`, `27 dic 2024`, `27 de dez. de 2024`, `27/12/2024`).
    Date(When),
}

/// A day, a month or a year, as precise as its source gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum When {
    /// Year, month (1 to 12), day.
    Day(u16, u8, u8),
    /// Year, month (1 to 12).
    Month(u16, u8),
    Year(u16),
}

pub trait NumberFormat {
    fn format(&self, n: Num) -> String;
}

const fn count(n: u64) -> Num {
    Num::Decimal {
        units: n,
        decimals: 0,
        min: 0,
        max: 0,
    }
}

/// Localizer in one language.
#[derive(Clone, Copy)]
pub struct Localizer<'a> {
    pub locale: Locale,
    pub fmt: &'a dyn NumberFormat,
}

const MILLION: Cents = Cents::from_dollars(1_000_000);

impl Localizer<'_> {
    /// A date in the reader's language.
    pub fn date(&self, w: When) -> String {
        self.fmt.format(Num::Date(w))
    }

    pub fn t(&self, m: Tr) -> &'static str {
        m.get(self.locale)
    }

    pub fn fill(&self, m: Tr, args: &[&str]) -> String {
        fill(m.get(self.locale), args)
    }

    pub fn count(&self, n: u64) -> String {
        self.fmt.format(count(n))
    }

    /// `$5,576,000`, `5.576.000 $`, `US$ 5.576.000`, `5 576 000 US$`.
    pub fn money(&self, cents: Cents) -> String {
        self.fmt.format(Num::Money(cents))
    }

    /// The headline: `$5.58 million`, `5,58 milioni di dollari`,
    /// `US$ 5,58 milhões`, `5,58 milhões de dólares`. Below a million, the
    /// exact figure (whole dollars from $1,000 up).
    pub fn money_compact(&self, cents: Cents) -> String {
        if cents.0 >= MILLION.0 - 50_000 {
            // From $999,500 up, three significant digits read as millions or more.
            self.fill(M.money_words, &[&self.fmt.format(Num::Words(cents))])
        } else if cents.0 >= 100_000 {
            self.money(Cents((cents.0 + 50) / 100 * 100))
        } else {
            self.money(cents)
        }
    }

    /// The number box's text for a field: `2,048`, `2.00`, `1,361.33`.
    pub fn number(&self, field: Field, units: u64) -> String {
        let spec = field.spec();
        let (min, max) = match field {
            Field::Gpus | Field::BuyPrice => (0, 0),
            Field::RentPrice => (2, 2),
            Field::Hours => (0, 2),
        };
        self.fmt.format(Num::Decimal {
            units,
            decimals: spec.decimals,
            min,
            max,
        })
    }

    /// The value with its unit, for `aria-valuetext` and citations:
    /// `2,048 GPUs`, `$2.00 per GPU-hour`, `1,361 hours, about 57 days`.
    pub fn with_unit(&self, field: Field, units: u64) -> String {
        match field {
            Field::Gpus => self.gpus(units),
            Field::RentPrice => self.fill(
                M.per_gpu_hour,
                &[&self.fmt.format(Num::Price(Cents(units)))],
            ),
            Field::BuyPrice => self.fill(M.per_gpu, &[&self.money(Cents::from_dollars(units))]),
            Field::Hours => self.hours_long(MicroHours(units)),
        }
    }

    pub fn gpus(&self, n: u64) -> String {
        let m = if n == 1 { M.gpu_one } else { M.gpu_other };
        self.fill(m, &[&self.count(n)])
    }

    /// `1,361 hours, about 57 days`; short spans keep their fraction: `1.5 hours`.
    pub fn hours_long(&self, hours: MicroHours) -> String {
        let micro = hours.0;
        let number = self.hours_number(hours);
        let hours = self.fill(
            if micro == MICRO {
                M.hour_one
            } else {
                M.hour_other
            },
            &[&number],
        );
        const DAY: u64 = 24 * MICRO;
        const YEAR: u64 = 8_766 * MICRO; // 365.25 days
        if micro < 2 * DAY {
            hours
        } else if micro < 2 * YEAR {
            self.fill(
                M.about_days,
                &[&hours, &self.count((micro + DAY / 2) / DAY)],
            )
        } else {
            let tenths = (u128::from(micro) * 10 + u128::from(YEAR / 2)) / u128::from(YEAR);
            let years = self.fmt.format(Num::Decimal {
                units: tenths as u64,
                decimals: 1,
                min: 0,
                max: 1,
            });
            self.fill(M.about_years, &[&hours, &years])
        }
    }

    /// A span of hours as whole days: `57 days`.
    pub fn days(&self, hours: MicroHours) -> String {
        let micro = hours.0;
        const DAY: u64 = 24 * MICRO;
        self.fill(M.days, &[&self.count((micro + DAY / 2) / DAY)])
    }

    /// `1,361 h`, `80.5 h`.
    pub fn hours_short(&self, hours: MicroHours) -> String {
        self.fill(M.hours_short, &[&self.hours_number(hours)])
    }

    /// A ratio: `24.41`, `11.75`, `286.9`, `0.0005`.
    pub fn factor(&self, ratio: Ratio) -> String {
        let x10000 = ratio.ten_thousandths();
        let max = match x10000 {
            0..=99 => 4,
            100..=9_999 => 3,
            10_000..=999_999 => 2,
            _ => 1,
        };
        self.fmt.format(Num::Decimal {
            units: x10000,
            decimals: 4,
            min: 0,
            max,
        })
    }

    /// GPUs × hours: `2,788,000 GPU-hours`.
    pub fn gpu_hours(&self, gpu_hours: MicroHours) -> String {
        self.fill(M.gpu_hours, &[&self.hours_number(gpu_hours)])
    }

    /// Hours as a number: whole from 100 up, two decimals at most below.
    fn hours_number(&self, hours: MicroHours) -> String {
        let micro = hours.0;
        let max = if micro < 100 * MICRO { 2 } else { 0 };
        self.fmt.format(Num::Decimal {
            units: micro,
            decimals: 6,
            min: 0,
            max,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numerals::Numerals;

    fn en() -> Localizer<'static> {
        Numerals::localizer(Locale::En)
    }

    #[test]
    fn headline_money() {
        let t = en();
        let m = |d: u64| t.money_compact(Cents::from_dollars(d));
        assert_eq!(m(5_576_000), "$5.58 million");
        assert_eq!(m(1_600_000_000), "$1.6 billion");
        assert_eq!(m(294_000), "$294,000");
        assert_eq!(m(34_264_520), "$34.3 million");
        assert_eq!(m(69_222_400), "$69.2 million");
        assert_eq!(m(999_400), "$999,400");
        assert_eq!(m(999_600), "$1 million");
        assert_eq!(t.money_compact(Cents(12_345_678)), "$123,457");
        assert_eq!(t.money_compact(Cents(12_345)), "$123.45");
        assert_eq!(t.money_compact(Cents(50)), "$0.50");
        let it = Numerals::localizer(Locale::It);
        assert_eq!(
            it.money_compact(Cents(557_600_000)),
            "5,58 milioni di dollari"
        );
        let pt = Numerals::localizer(Locale::PtBr);
        assert_eq!(pt.money_compact(Cents(557_600_000)), "US$ 5,58 milhões");
    }

    #[test]
    fn values_with_units() {
        let t = en();
        assert_eq!(t.with_unit(Field::Gpus, 2048), "2,048 GPUs");
        assert_eq!(t.with_unit(Field::Gpus, 1), "1 GPU");
        assert_eq!(t.with_unit(Field::RentPrice, 200), "$2.00 per GPU-hour");
        assert_eq!(t.with_unit(Field::RentPrice, 1229), "$12.29 per GPU-hour");
        assert_eq!(t.with_unit(Field::BuyPrice, 32_000), "$32,000 per GPU");
        assert_eq!(
            t.with_unit(Field::Hours, 1_361_328_125),
            "1,361 hours, about 57 days"
        );
        assert_eq!(t.with_unit(Field::Hours, MICRO), "1 hour");
        assert_eq!(t.with_unit(Field::Hours, 1_500_000), "1.5 hours");
        assert_eq!(
            t.with_unit(Field::Hours, 35_064 * MICRO),
            "35,064 hours, about 4 years"
        );
        assert_eq!(
            t.with_unit(Field::Hours, 100_000 * MICRO),
            "100,000 hours, about 11.4 years"
        );
        let it = Numerals::localizer(Locale::It);
        assert_eq!(it.with_unit(Field::Gpus, 2048), "2048 GPU");
        assert_eq!(
            it.with_unit(Field::Hours, 1_361_328_125),
            "1361 ore, circa 57 giorni"
        );
        let pt = Numerals::localizer(Locale::PtPt);
        assert_eq!(
            pt.with_unit(Field::RentPrice, 200),
            "2,00\u{a0}US$ por hora-GPU"
        );
    }

    #[test]
    fn number_box_text() {
        let t = en();
        assert_eq!(t.number(Field::Gpus, 2048), "2,048");
        assert_eq!(t.number(Field::RentPrice, 200), "2.00");
        assert_eq!(t.number(Field::BuyPrice, 33_800), "33,800");
        assert_eq!(t.number(Field::Hours, 1_361_328_125), "1,361.33");
        assert_eq!(t.number(Field::Hours, 80 * MICRO), "80");
    }

    #[test]
    fn days_and_factors() {
        let t = en();
        assert_eq!(t.days(MicroHours(1_361_328_125)), "57 days");
        assert_eq!(t.factor(Ratio::from_ten_thousandths(244_141)), "24.41");
        assert_eq!(t.factor(Ratio::from_ten_thousandths(117_532)), "11.75");
        assert_eq!(t.factor(Ratio::from_ten_thousandths(2_869_440)), "286.9");
        assert_eq!(t.factor(Ratio::from_ten_thousandths(10_000)), "1");
        assert_eq!(t.factor(Ratio::from_ten_thousandths(5)), "0.0005");
        assert_eq!(t.factor(Ratio::from_ten_thousandths(500)), "0.05");
    }

    #[test]
    fn hours_and_gpu_hours() {
        let t = en();
        assert_eq!(t.hours_short(MicroHours(287_109_375)), "287 h");
        assert_eq!(t.hours_short(MicroHours(80_500_000)), "80.5 h");
        assert_eq!(
            t.gpu_hours(MicroHours(2048 * 1_361_328_125)),
            "2,788,000 GPU-hours"
        );
        assert_eq!(t.gpu_hours(MicroHours(1_500_000)), "1.5 GPU-hours");
    }
}
