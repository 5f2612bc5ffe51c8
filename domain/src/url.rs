//! The state in the URL. Parameter names are a public contract: `gpus`,
//! `basis`, `price`, `hours`, `preset` (and, owned by later features, `lang`,
//! `theme`, `embed`, and the classroom's `present`, `step`, `predict`).
//! Never rename one once shipped.

use super::classroom::Classroom;
use super::classroom::{parse_step, Step};
use super::inputs::{Basis, Inputs};
use super::locale::Locale;
use super::presets::Preset;
use super::quantity::{parse_plain, to_plain, Field, Parsed};

/// The parameters that carry the inputs; any others in the URL are kept.
pub const OWNED_KEYS: [&str; 5] = ["preset", "gpus", "basis", "price", "hours"];

/// The `lang` value, as given (the last one wins).
pub fn lang<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Option<&'a str> {
    pairs
        .into_iter()
        .filter(|(k, _)| *k == "lang")
        .map(|(_, v)| v)
        .last()
}

/// What a set of pairs asks of the inputs, read but not yet applied: the
/// URL's, a host page's message or a custom element's attributes. A valid
/// `preset` (else a story `step`) sets everything, then explicit values
/// override it. Unparsable values and unknown keys are ignored; the last of
/// a duplicated key wins. The price is read for both bases, since which one
/// applies is known only once the basis is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Request {
    pub preset: Option<Preset>,
    /// `step=`, from 0.
    pub step: Option<u8>,
    basis: Option<Basis>,
    gpus: Option<Parsed>,
    rent: Option<Parsed>,
    buy: Option<Parsed>,
    hours: Option<Parsed>,
}

impl Request {
    /// Reads `pairs` (already percent-decoded).
    pub fn read<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Request {
        let mut r = Request::default();
        let plain = |field: Field, text: &str| parse_plain(text, field.spec().decimals).ok();
        for (key, value) in pairs {
            match key {
                "preset" => r.preset = Preset::from_id(value).or(r.preset),
                "step" => r.step = parse_step(value).or(r.step),
                "basis" => r.basis = Basis::from_id(value).or(r.basis),
                "gpus" => r.gpus = plain(Field::Gpus, value).or(r.gpus),
                "price" => {
                    r.rent = plain(Field::RentPrice, value).or(r.rent);
                    r.buy = plain(Field::BuyPrice, value).or(r.buy);
                }
                "hours" => r.hours = plain(Field::Hours, value).or(r.hours),
                _ => {}
            }
        }
        r
    }

    /// `base` (or the preset's inputs, if one was asked for) with the
    /// explicit values over it, clamped into range.
    pub fn onto(self, base: Inputs) -> Inputs {
        let mut inputs = self.preset.map_or(base, Preset::inputs);
        if let Some(b) = self.basis {
            inputs.set_basis(b);
        }
        let price = match inputs.basis() {
            Basis::Rent => self.rent,
            Basis::Buy => self.buy,
        };
        for (field, value) in [
            (Field::Gpus, self.gpus),
            (inputs.price_field(), price),
            (Field::Hours, self.hours),
        ] {
            if let Some(p) = value {
                inputs.set(field, p.clamped(field.spec()));
            }
        }
        inputs
    }
}

/// Reads inputs from query pairs (already percent-decoded): `Request`'s
/// rules, over the story step's inputs when only a step is given, else the
/// default view's.
pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Inputs {
    let r = Request::read(pairs);
    let base = r
        .step
        .map_or(Preset::DEFAULT.inputs(), |i| Step::at(i).inputs());
    r.onto(base)
}

/// The classroom's keys, owned like the inputs': `present=1`, `step=` (from
/// 1) and `predict=1`.
pub const CLASSROOM_KEYS: [&str; 3] = ["present", "step", "predict"];

/// Reads presenter mode, the story's step and "predict first".
pub fn classroom<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Classroom {
    let mut c = Classroom::default();
    for (key, value) in pairs {
        match key {
            "present" => c.present = value == "1",
            "predict" => c.predict = value == "1",
            "step" => c.step = parse_step(value).or(c.step),
            _ => {}
        }
    }
    c
}

/// `existing` with the classroom's keys replaced by `c`'s (the guess stays
/// out of the URL: a shared link must not give the answer away).
pub fn with_classroom(existing: &[(String, String)], c: &Classroom) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = existing
        .iter()
        .filter(|(k, _)| !CLASSROOM_KEYS.contains(&k.as_str()))
        .cloned()
        .collect();
    let mut put = |k: &str, v: String| out.push((k.to_string(), v));
    if c.present {
        put("present", "1".into());
    }
    if let Some(i) = c.step {
        put("step", (i + 1).to_string());
    }
    if c.predict {
        put("predict", "1".into());
    }
    out
}

/// The pairs that reproduce `inputs`: nothing for the default view, the
/// preset id alone when the inputs match one, otherwise every visible value.
pub fn serialize(inputs: &Inputs) -> Vec<(&'static str, String)> {
    match Preset::matching(inputs) {
        Some(p) if p == Preset::DEFAULT => vec![],
        Some(p) => vec![("preset", p.id().to_string())],
        None => {
            let price = inputs.price_field();
            vec![
                ("gpus", inputs.gpus().to_string()),
                ("basis", inputs.basis().id().to_string()),
                ("price", to_plain(inputs.get(price), price.spec().decimals)),
                (
                    "hours",
                    to_plain(inputs.hours().0, Field::Hours.spec().decimals),
                ),
            ]
        }
    }
}

/// Query pairs, decoded: the browser's `URLSearchParams` reads and writes
/// the query string itself (`platform::url`).
pub type Pairs = Vec<(String, String)>;

/// Pairs as the readers here take them. One iterator type for every
/// caller: each reader is generic over it, and each type would be another
/// copy of it in the wasm.
pub fn borrowed(p: &[(String, String)]) -> impl Iterator<Item = (&str, &str)> + Clone {
    p.iter().map(|(k, v)| (k.as_str(), v.as_str()))
}

/// `existing` plus the serialized inputs. Input keys are replaced, and
/// `lang` when a language is pinned; every other key is kept in order.
pub fn merge(existing: &[(String, String)], inputs: &Inputs, lang: Option<Locale>) -> Pairs {
    let mut out: Pairs = existing
        .iter()
        .filter(|(k, _)| !(OWNED_KEYS.contains(&k.as_str()) || (lang.is_some() && k == "lang")))
        .cloned()
        .collect();
    if let Some(l) = lang {
        out.push(("lang".into(), l.tag().into()));
    }
    out.extend(serialize(inputs).into_iter().map(|(k, v)| (k.into(), v)));
    out
}

/// For tests: plain `?a=1&b=2` text as pairs and back (no escapes: the
/// browser's codec is tested in the browser).
#[cfg(test)]
pub(crate) fn pairs(q: &str) -> Pairs {
    q.trim_start_matches('?')
        .split('&')
        .filter(|s| !s.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k.to_string(), v.to_string())
        })
        .collect()
}

#[cfg(test)]
pub(crate) fn query(pairs: &[(String, String)]) -> String {
    let parts: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

#[cfg(test)]
mod classroom_tests {
    use super::*;
    use crate::units::Cents;

    #[test]
    fn the_classroom_round_trips_through_the_url() {
        let c = Classroom {
            present: true,
            step: Some(2),
            predict: true,
            guess: Some(Cents(123)),
            left: None,
        };
        let q = query(&merge(
            &with_classroom(&pairs("?x=1&step=9"), &c),
            &Step::at(2).inputs(),
            None,
        ));
        assert_eq!(q, "?x=1&present=1&step=3&predict=1&preset=hyperscaler");
        let back = pairs(&q);
        let read = classroom(back.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_eq!(
            read,
            Classroom { guess: None, ..c },
            "the guess is never in the URL"
        );
        let off = with_classroom(&back, &Classroom::default());
        assert_eq!(off, pairs("?x=1&preset=hyperscaler"));
    }

    #[test]
    fn a_step_link_opens_on_that_steps_numbers_unless_told_otherwise() {
        let read = |q: &str| {
            let p = pairs(q);
            parse(p.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        };
        assert_eq!(read("?step=5"), Preset::Fleet.inputs());
        assert_eq!(read("?step=6"), Preset::Fleet.inputs(), "the closing step");
        assert_eq!(
            read("?step=2&preset=v3"),
            Preset::V3.inputs(),
            "preset wins"
        );
        assert_eq!(read("?step=2&gpus=7").gpus(), 7);
        assert_eq!(read("?step=0"), Preset::DEFAULT.inputs());
        assert_eq!(read("?step=99"), Preset::DEFAULT.inputs());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::{Cents, MICRO};

    fn from(q: &str) -> Inputs {
        let p = pairs(q);
        parse(p.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    #[test]
    fn empty_or_junk_gives_the_default() {
        for q in [
            "",
            "?",
            "?&&",
            "?foo=bar",
            "?gpus",
            "?gpus=",
            "?=2",
            "?preset=nope",
            "?basis=BUY",
        ] {
            assert_eq!(from(q), Preset::DEFAULT.inputs(), "{q}");
        }
    }

    #[test]
    fn the_fleet_link_of_the_issue_shows_1_6_billion() {
        let i = from("?gpus=50000&basis=buy&price=32000");
        assert_eq!(i.total(), Cents(1_600_000_000 * 100));
        assert_eq!(Preset::matching(&i), Some(Preset::Fleet));
    }

    #[test]
    fn presets_then_overrides() {
        assert_eq!(from("?preset=fleet"), Preset::Fleet.inputs());
        let i = from("?preset=fleet&gpus=2048");
        assert_eq!(
            (i.gpus(), i.basis(), i.buy_dollars()),
            (2048, Basis::Buy, 32_000)
        );
        // The price follows the basis given, whatever the order of keys.
        let i = from("?price=40000&basis=buy");
        assert_eq!((i.buy_dollars(), i.rent().0), (40_000, 200));
        let i = from("?price=3.5");
        assert_eq!(i.rent(), Cents(350));
    }

    #[test]
    fn bad_values_clamp_or_are_ignored() {
        let i = from("?gpus=-5&price=abc&hours=1e309&basis=xyz");
        assert_eq!(
            (i.gpus(), i.rent().0, i.hours().0, i.basis()),
            (1, 200, 1_361_328_125, Basis::Rent)
        );
        let i = from(&format!(
            "?gpus={}&hours=NaN&price=Infinity",
            "9".repeat(5000)
        ));
        assert_eq!(
            (i.gpus(), i.hours().0, i.rent().0),
            (100_000, 1_361_328_125, 200)
        );
        let i = from("?gpus=1&gpus=7&price=0.01&hours=0");
        assert_eq!((i.gpus(), i.rent().0, i.hours().0), (7, 50, MICRO));
        let i = from("?gpus=%00&preset=%3Cscript%3E&hours=%F0%9F%98%80");
        assert_eq!(i, Preset::DEFAULT.inputs());
    }

    #[test]
    fn serialize_round_trips_every_preset_and_free_state() {
        assert_eq!(query(&merge(&[], &Preset::DEFAULT.inputs(), None)), "");
        for p in Preset::ALL {
            let q = query(&merge(&[], &p.inputs(), None));
            assert_eq!(Preset::matching(&from(&q)), Some(p), "{q}");
        }
        let mut i = Preset::DEFAULT.inputs();
        i.set(Field::Gpus, 3000);
        i.set(Field::Hours, 1_234_500_000);
        i.set(Field::RentPrice, 255);
        let q = query(&merge(&[], &i, None));
        assert_eq!(q, "?gpus=3000&basis=rent&price=2.55&hours=1234.5");
        assert_eq!(from(&q), i);
        i.set_basis(Basis::Buy);
        i.set(Field::BuyPrice, 12_345);
        let back = from(&query(&merge(&[], &i, None)));
        assert_eq!(
            (back.basis(), back.buy_dollars(), back.gpus()),
            (Basis::Buy, 12_345, 3000)
        );
    }

    #[test]
    fn merge_keeps_foreign_keys_and_replaces_owned_ones() {
        let existing = pairs("?lang=it&gpus=5&embed=1&x=a");
        let q = query(&merge(&existing, &Preset::Fleet.inputs(), None));
        assert_eq!(q, "?lang=it&embed=1&x=a&preset=fleet");
        let q = query(&merge(
            &existing,
            &Preset::Fleet.inputs(),
            Some(Locale::PtBr),
        ));
        assert_eq!(q, "?embed=1&x=a&lang=pt-BR&preset=fleet");
    }

    #[test]
    fn lang_is_read_raw_and_last_wins() {
        let p = pairs("?lang=it&lang=pt&gpus=1");
        assert_eq!(
            lang(p.iter().map(|(k, v)| (k.as_str(), v.as_str()))),
            Some("pt")
        );
        assert_eq!(lang([("gpus", "1")]), None);
    }
}
