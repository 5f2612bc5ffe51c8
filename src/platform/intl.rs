//! The reader's languages, and numbers written by the browser's
//! `Intl.NumberFormat` (the domain's `NumberFormat` seam).

use std::cell::RefCell;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use domain::locale::Locale;
use domain::numerals::Numerals;
use domain::text::{Num, NumberFormat, When};

/// `navigator.languages`, most preferred first.
pub fn languages() -> Vec<String> {
    if !cfg!(target_arch = "wasm32") {
        return Vec::new();
    }
    gloo_utils::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

/// Numbers written by the browser's `Intl.NumberFormat`, in one locale.
#[derive(Clone, Copy)]
pub struct IntlFormat(Locale);

/// One formatter for each language of the build, in `Locale::ALL`'s order
/// (a variant's discriminant is its index there).
macro_rules! each {
    ($make:ident) => {{
        let mut all = [$make(Locale::ALL[0]); Locale::ALL.len()];
        let mut i = 1;
        while i < all.len() {
            all[i] = $make(Locale::ALL[i]);
            i += 1;
        }
        all
    }};
}

/// The formatter for `locale`, for the lifetime of the page: the browser's
/// Intl; natively, where the build prerenders the pages, the domain's
/// `Numerals`, which writes exactly what Intl does (`tests/components.rs`).
pub fn intl(locale: Locale) -> &'static dyn NumberFormat {
    if cfg!(target_arch = "wasm32") {
        static FORMATS: [IntlFormat; Locale::ALL.len()] = each!(IntlFormat);
        &FORMATS[locale as usize]
    } else {
        static NUMERALS: [Numerals; Locale::ALL.len()] = each!(Numerals);
        &NUMERALS[locale as usize]
    }
}

/// The shape of a formatter: what options it was built with.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Decimal { min: u32, max: u32 },
    Money { cents: bool },
    Words,
    MoneyShort,
    Percent,
}

thread_local! {
    // Building an Intl.NumberFormat is slow; each shape is built once.
    static CACHE: RefCell<Vec<((Locale, Shape), Function)>> = const { RefCell::new(Vec::new()) };
}

fn formatter(locale: Locale, shape: Shape) -> Option<Function> {
    CACHE.with(|cache| {
        if let Some((_, f)) = cache.borrow().iter().find(|(k, _)| *k == (locale, shape)) {
            return Some(f.clone());
        }
        let opts = Object::new();
        let set = |k: &str, v: JsValue| Reflect::set(&opts, &k.into(), &v).is_ok();
        // Italian readers expect "$", not ICU's default "USD".
        let currency_display = if locale.tag() == "it" {
            "narrowSymbol"
        } else {
            "symbol"
        };
        let money = |set: &dyn Fn(&str, JsValue) -> bool| {
            set("style", "currency".into());
            set("currency", "USD".into());
            set("currencyDisplay", currency_display.into());
        };
        match shape {
            Shape::Decimal { min, max } => {
                set("minimumFractionDigits", min.into());
                set("maximumFractionDigits", max.into());
            }
            Shape::Money { cents } => {
                money(&set);
                let digits = if cents { 2 } else { 0 };
                set("minimumFractionDigits", digits.into());
                set("maximumFractionDigits", digits.into());
            }
            Shape::Words => {
                set("notation", "compact".into());
                set("compactDisplay", "long".into());
                set("maximumSignificantDigits", 3.into());
            }
            Shape::MoneyShort => {
                money(&set);
                set("notation", "compact".into());
                set("maximumSignificantDigits", 3.into());
            }
            Shape::Percent => {
                set("style", "percent".into());
                set("maximumSignificantDigits", 3.into());
            }
        }
        let locales = Array::of1(&locale.tag().into());
        let f = Intl::NumberFormat::new(&locales, &opts).format();
        cache.borrow_mut().push(((locale, shape), f.clone()));
        Some(f)
    })
}

thread_local! {
    // Each date shape's Intl.DateTimeFormat, built once.
    static DATES: RefCell<Vec<((Locale, u8), Function)>> = const { RefCell::new(Vec::new()) };
}

/// A date as Intl writes it with a short month: `{day: "numeric", month:
/// "short", year: "numeric"}`, without the day for a month, the year alone
/// for a year; in UTC, so the day is the day whatever the reader's zone.
fn date(locale: Locale, w: When) -> String {
    let (precision, y, m, d) = match w {
        When::Day(y, m, d) => (2u8, y, m, d),
        When::Month(y, m) => (1, y, m, 1),
        When::Year(y) => (0, y, 1, 1),
    };
    let f = DATES.with(|cache| {
        if let Some((_, f)) = cache
            .borrow()
            .iter()
            .find(|(k, _)| *k == (locale, precision))
        {
            return f.clone();
        }
        let opts = Object::new();
        let set = |k: &str, v: &str| Reflect::set(&opts, &k.into(), &v.into()).is_ok();
        set("timeZone", "UTC");
        set("year", "numeric");
        if precision >= 1 {
            set("month", "short");
        }
        if precision == 2 {
            set("day", "numeric");
        }
        let locales = Array::of1(&locale.tag().into());
        let f = Intl::DateTimeFormat::new(&locales, &opts).format();
        cache.borrow_mut().push(((locale, precision), f.clone()));
        f
    });
    let ms =
        js_sys::Date::utc(f64::from(y), f64::from(m) - 1.0) + (f64::from(d) - 1.0) * 86_400_000.0;
    f.call1(&JsValue::UNDEFINED, &js_sys::Date::new(&ms.into()))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

impl NumberFormat for IntlFormat {
    fn format(&self, n: Num) -> String {
        let (shape, value) = match n {
            Num::Date(w) => return date(self.0, w),
            Num::Decimal {
                units,
                decimals,
                min,
                max,
            } => (
                Shape::Decimal { min, max },
                units as f64 / 10f64.powi(decimals as i32),
            ),
            Num::Money(c) => (
                Shape::Money {
                    cents: c.0 % 100 != 0,
                },
                c.0 as f64 / 100.0,
            ),
            Num::Price(c) => (Shape::Money { cents: true }, c.0 as f64 / 100.0),
            Num::Words(c) => (Shape::Words, c.0 as f64 / 100.0),
            Num::MoneyShort(c) => (Shape::MoneyShort, c.0 as f64 / 100.0),
            Num::Percent(r) => (Shape::Percent, r.ten_thousandths() as f64 / 10_000.0),
        };
        formatter(self.0, shape)
            .and_then(|f| f.call1(&JsValue::UNDEFINED, &value.into()).ok())
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    }
}
