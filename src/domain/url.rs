//! The state in the URL. Parameter names are a public contract: `gpus`,
//! `basis`, `price`, `hours`, `preset` (and, owned by later features, `lang`,
//! `theme`, `embed`, and the classroom's `present`, `step`, `predict`).
//! Never rename one once shipped.

use super::classroom::{parse_step, Step};
use super::locale::Locale;
use super::model::{Basis, Classroom, Inputs};
use super::presets::Preset;
use super::quantity::{parse_plain, to_plain, Field};

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

/// Reads inputs from query pairs (already percent-decoded). A valid `preset`
/// (else a story `step`) sets everything, then explicit values override it. Out-of-range values
/// clamp; unparsable values and unknown keys are ignored; the last of a
/// duplicated key wins.
pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Inputs {
    let mut preset = None;
    let mut step = None;
    let mut basis = None;
    let mut gpus = None;
    let mut price = None;
    let mut hours = None;
    for (key, value) in pairs {
        match key {
            "preset" => preset = Preset::from_id(value).or(preset),
            "step" => step = parse_step(value).or(step),
            "basis" => basis = Basis::from_id(value).or(basis),
            "gpus" => gpus = Some(value),
            "price" => price = Some(value),
            "hours" => hours = Some(value),
            _ => {}
        }
    }
    let mut inputs = match (preset, step) {
        (Some(p), _) => p.inputs(),
        (None, Some(i)) => Step::at(i).inputs(),
        (None, None) => Preset::DEFAULT.inputs(),
    };
    if let Some(b) = basis {
        inputs.basis = b;
    }
    let price_field = inputs.price_field();
    for (field, text) in [
        (Field::Gpus, gpus),
        (price_field, price),
        (Field::Hours, hours),
    ] {
        let spec = field.spec();
        if let Some(p) = text.and_then(|t| parse_plain(t, spec.decimals).ok()) {
            inputs.set(field, p.clamped(spec));
        }
    }
    inputs
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

/// Splits a raw query string (`?a=1&b=2`) into decoded pairs.
pub fn split_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|s| !s.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

/// Decodes `%XX` and `+`; invalid escapes stay as typed, invalid UTF-8 is replaced.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// The pairs that reproduce `inputs`: nothing for the default view, the
/// preset id alone when the inputs match one, otherwise every visible value.
pub fn serialize(inputs: &Inputs) -> Vec<(&'static str, String)> {
    match inputs.matching_preset() {
        Some(p) if p == Preset::DEFAULT => vec![],
        Some(p) => vec![("preset", p.id().to_string())],
        None => {
            let price = inputs.price_field();
            vec![
                ("gpus", inputs.gpus.to_string()),
                ("basis", inputs.basis.id().to_string()),
                ("price", to_plain(inputs.get(price), price.spec().decimals)),
                (
                    "hours",
                    to_plain(inputs.hours_micro, Field::Hours.spec().decimals),
                ),
            ]
        }
    }
}

/// `pairs` plus the serialized inputs, as a query string (with `?`, or empty).
/// Input keys are replaced, and `lang` when a language is pinned; every
/// other key is kept in order.
pub fn merge_query(existing: &[(String, String)], inputs: &Inputs, lang: Option<Locale>) -> String {
    let mut parts: Vec<String> = existing
        .iter()
        .filter(|(k, _)| {
            let replaced = OWNED_KEYS.contains(&k.as_str()) || (lang.is_some() && k == "lang");
            !replaced
        })
        .map(|(k, v)| format!("{}={}", percent_encode(k), percent_encode(v)))
        .collect();
    if let Some(l) = lang {
        parts.push(format!("lang={}", l.tag()));
    }
    parts.extend(
        serialize(inputs)
            .into_iter()
            .map(|(k, v)| format!("{k}={v}")),
    );
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod classroom_tests {
    use super::*;

    fn pairs(q: &str) -> Vec<(String, String)> {
        split_query(q)
    }

    #[test]
    fn the_classroom_round_trips_through_the_url() {
        let c = Classroom {
            present: true,
            step: Some(2),
            predict: true,
            guess: Some(123),
        };
        let q = merge_query(
            &with_classroom(&pairs("?x=1&step=9"), &c),
            &Step::at(2).inputs(),
            None,
        );
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
        assert_eq!(read("?step=2&gpus=7").gpus, 7);
        assert_eq!(read("?step=0"), Inputs::default());
        assert_eq!(read("?step=99"), Inputs::default());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::quantity::MICRO;

    fn from(query: &str) -> Inputs {
        let pairs = split_query(query);
        parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
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
            assert_eq!(from(q), Inputs::default(), "{q}");
        }
    }

    #[test]
    fn the_fleet_link_of_the_issue_shows_1_6_billion() {
        let i = from("?gpus=50000&basis=buy&price=32000");
        assert_eq!(i.total(), 1_600_000_000 * 100);
        assert_eq!(i.matching_preset(), Some(Preset::Fleet));
    }

    #[test]
    fn presets_then_overrides() {
        assert_eq!(from("?preset=fleet"), Preset::Fleet.inputs());
        let i = from("?preset=fleet&gpus=2048");
        assert_eq!((i.gpus, i.basis, i.buy_dollars), (2048, Basis::Buy, 32_000));
        // The price follows the basis given, whatever the order of keys.
        let i = from("?price=40000&basis=buy");
        assert_eq!((i.buy_dollars, i.rent_cents), (40_000, 200));
        let i = from("?price=3.5");
        assert_eq!(i.rent_cents, 350);
    }

    #[test]
    fn bad_values_clamp_or_are_ignored() {
        let i = from("?gpus=-5&price=abc&hours=1e309&basis=xyz");
        assert_eq!(
            (i.gpus, i.rent_cents, i.hours_micro, i.basis),
            (1, 200, 1_361_328_125, Basis::Rent)
        );
        let i = from(&format!(
            "?gpus={}&hours=NaN&price=Infinity",
            "9".repeat(5000)
        ));
        assert_eq!(
            (i.gpus, i.hours_micro, i.rent_cents),
            (100_000, 1_361_328_125, 200)
        );
        let i = from("?gpus=1&gpus=7&price=0.01&hours=0");
        assert_eq!((i.gpus, i.rent_cents, i.hours_micro), (7, 50, MICRO));
        let i = from("?gpus=%00&preset=%3Cscript%3E&hours=%F0%9F%98%80");
        assert_eq!(i, Inputs::default());
    }

    #[test]
    fn percent_decoding_is_total() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%F0%9F%98%80"), "😀");
        assert_eq!(percent_decode("%FF"), "\u{fffd}");
    }

    #[test]
    fn serialize_round_trips_every_preset_and_free_state() {
        assert_eq!(merge_query(&[], &Inputs::default(), None), "");
        for p in Preset::ALL {
            let q = merge_query(&[], &p.inputs(), None);
            assert_eq!(from(&q).matching_preset(), Some(p), "{q}");
        }
        let mut i = Inputs::default();
        i.set(Field::Gpus, 3000);
        i.set(Field::Hours, 1_234_500_000);
        i.set(Field::RentPrice, 255);
        let q = merge_query(&[], &i, None);
        assert_eq!(q, "?gpus=3000&basis=rent&price=2.55&hours=1234.5");
        assert_eq!(from(&q), i);
        i.basis = Basis::Buy;
        i.set(Field::BuyPrice, 12_345);
        let back = from(&merge_query(&[], &i, None));
        assert_eq!(
            (back.basis, back.buy_dollars, back.gpus),
            (Basis::Buy, 12_345, 3000)
        );
    }

    #[test]
    fn merge_keeps_foreign_keys_and_replaces_owned_ones() {
        let existing = split_query("?lang=it&gpus=5&embed=1&x=a%26b");
        let q = merge_query(&existing, &Preset::Fleet.inputs(), None);
        assert_eq!(q, "?lang=it&embed=1&x=a%26b&preset=fleet");
        let q = merge_query(&existing, &Preset::Fleet.inputs(), Some(Locale::PtBr));
        assert_eq!(q, "?embed=1&x=a%26b&lang=pt-BR&preset=fleet");
    }

    #[test]
    fn lang_is_read_raw_and_last_wins() {
        let pairs = split_query("?lang=it&lang=pt&gpus=1");
        assert_eq!(
            lang(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))),
            Some("pt")
        );
        assert_eq!(lang([("gpus", "1")]), None);
    }
}
