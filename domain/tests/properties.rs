//! Property tests (proptest): whatever the URL, attribute, typed text or
//! sequence of actions, nothing panics, every input stays in its range, and
//! every total is finite, non-negative and bounded.
#![cfg(not(target_arch = "wasm32"))]

use domain::cited::{LONG_SERVICE_LIFE_HOURS, SERVICE_LIFE_HOURS};
use domain::classroom::{Step, LAST};
use domain::embed::{check_options, presentation};
use domain::inputs::{Basis, Inputs};
use domain::locale::Locale;
use domain::presets::Preset;
use domain::quantity::{parse_plain, parse_typed, Field};
use domain::state::{Action, State};
use domain::units::Cents;
use domain::url::{lang, merge, parse, Request};
use proptest::prelude::*;

/// Plain `a=1&b=2` text as pairs (the browser decodes real URLs).
fn split(q: &str) -> Vec<(String, String)> {
    q.trim_start_matches('?')
        .split('&')
        .filter(|s| !s.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k.to_string(), v.to_string())
        })
        .collect()
}

/// $200 billion, in cents: 100,000 GPUs × 100,000 h × $20.
const MAX_TOTAL: u64 = 200_000_000_000 * 100;

fn in_range(i: &Inputs) -> bool {
    Field::ALL
        .iter()
        .all(|f| (f.spec().min..=f.spec().max).contains(&i.get(*f)))
}

fn query_text() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("gpus".to_string()),
        Just("price".to_string()),
        Just("hours".to_string()),
        Just("basis".to_string()),
        Just("preset".to_string()),
        Just("step".to_string()),
        Just("lang".to_string()),
        Just("theme".to_string()),
        Just("embed".to_string()),
        ".{0,8}",
    ];
    let value = prop_oneof![
        ".{0,40}",
        "[-+0-9.,eE%]{0,30}",
        "[0-9]{0,400}",
        Just("%00".to_string())
    ];
    (
        proptest::collection::vec((key, value), 0..12),
        any::<bool>(),
    )
        .prop_map(|(pairs, q)| {
            let body: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
            format!("{}{}", if q { "?" } else { "" }, body.join("&"))
        })
}

fn action() -> impl Strategy<Value = Action> {
    let field = prop_oneof![
        Just(Field::Gpus),
        Just(Field::RentPrice),
        Just(Field::BuyPrice),
        Just(Field::Hours)
    ];
    prop_oneof![
        (field.clone(), any::<u64>()).prop_map(|(f, v)| Action::Slide(f, v)),
        (field, any::<u64>()).prop_map(|(f, v)| Action::Type(f, v)),
        Just(Action::Settle),
        Just(Action::Reset),
        prop_oneof![Just(Basis::Rent), Just(Basis::Buy)].prop_map(Action::SetBasis),
        (0..Preset::ALL.len()).prop_map(|i| Action::ApplyPreset(Preset::ALL[i])),
        (0..Locale::ALL.len()).prop_map(|i| Action::SetLocale(Locale::ALL[i])),
        // The classroom's.
        any::<bool>().prop_map(Action::SetPresent),
        any::<bool>().prop_map(Action::SetPredict),
        any::<u8>().prop_map(Action::GoTo),
        Just(Action::Next),
        Just(Action::Back),
        any::<u64>().prop_map(|c| Action::Guess(Cents(c))),
        // An article's request, as hostile as a URL.
        query_text().prop_map(|q| {
            let pairs = split(&q);
            Action::Configure(Request::read(
                pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            ))
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_query_gives_inputs_in_range_and_a_bounded_total(q in query_text()) {
        let pairs = split(&q);
        let pairs = || pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()));
        let inputs = parse(pairs());
        prop_assert!(in_range(&inputs));
        prop_assert!(inputs.total() <= Cents(MAX_TOTAL));
        let four = inputs.service_life_share(SERVICE_LIFE_HOURS);
        prop_assert!(four <= inputs.total().max(Cents(1)));
        prop_assert!(inputs.service_life_share(LONG_SERVICE_LIFE_HOURS) <= four);
        let _ = presentation(pairs(), false);
        let _ = check_options(pairs());
        let _ = Locale::negotiate(lang(pairs()));
        // What we write back reads back as the same inputs.
        let again = merge(&split(&q), &inputs, None);
        prop_assert_eq!(parse(again.iter().map(|(k, v)| (k.as_str(), v.as_str()))), inputs);
    }

    #[test]
    fn any_bytes_as_a_query_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let q = String::from_utf8_lossy(&bytes);
        let pairs = split(&q);
        prop_assert!(in_range(&parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))));
    }

    #[test]
    fn any_typed_text_is_read_or_refused_without_panicking(text in ".{0,60}", l in 0..Locale::ALL.len(), d in 0u32..7) {
        let _ = parse_typed(&text, d, Locale::ALL[l]);
        let _ = parse_plain(&text, d);
    }

    #[test]
    fn a_number_typed_in_each_languages_convention_reads_back_exactly(
        whole in 0u64..10_000_000_000, frac in 0u64..100, l in 0..Locale::ALL.len(), grouped in any::<bool>()
    ) {
        let locale = Locale::ALL[l];
        let (group, mark) = match (locale.decimal_mark(), locale) {
            (',', Locale::PtPt) => ("\u{a0}", ","),
            (',', Locale::Fr) => ("\u{202f}", ","),
            (',', _) => (".", ","),
            _ => (",", "."),
        };
        let digits = whole.to_string();
        let mut int = String::new();
        for (i, c) in digits.chars().enumerate() {
            if grouped && i > 0 && (digits.len() - i) % 3 == 0 {
                int.push_str(group);
            }
            int.push(c);
        }
        let text = format!("{int}{mark}{frac:02}");
        prop_assert_eq!(parse_typed(&text, 2, locale).map(|p| p.units), Ok(whole * 100 + frac), "{}", text);
    }

    #[test]
    fn numbers_written_plainly_read_back_exactly(v in 0u64..1_000_000_000_000, d in 0u32..7) {
        let whole = v / 10u64.pow(d);
        let frac = v % 10u64.pow(d);
        let text = if d == 0 { v.to_string() } else { format!("{whole}.{frac:0w$}", w = d as usize) };
        prop_assert_eq!(parse_plain(&text, d).map(|p| p.units), Ok(v));
    }

    #[test]
    fn any_sequence_of_actions_keeps_the_state_coherent(actions in proptest::collection::vec(action(), 0..60)) {
        let mut s = State::default();
        for a in actions {
            let before = s;
            s = s.apply(a);
            prop_assert!(in_range(&s.inputs) && in_range(&s.settled));
            prop_assert!(s.inputs.total() <= Cents(MAX_TOTAL));
            prop_assert!(s.classroom.step.is_none_or(|i| i <= LAST));
            prop_assert_eq!(s.classroom.hides_total(), s.classroom.predict && s.classroom.guess.is_none());
            match a {
                // A step of the story is a settled question of its own: its
                // inputs, and no guess made for another one.
                Action::GoTo(_) | Action::Next | Action::Back => {
                    let step = s.classroom.step.expect("a story action starts the story");
                    prop_assert_eq!(s.inputs, Step::at(step).inputs());
                    prop_assert_eq!(s.settled, s.inputs);
                    prop_assert_eq!(s.classroom.guess, None);
                }
                // The classroom's switches change no input.
                Action::SetPresent(_) | Action::SetPredict(_) | Action::Guess(_) => {
                    prop_assert_eq!((s.inputs, s.settled), (before.inputs, before.settled));
                    prop_assert_eq!(s.classroom.step, before.classroom.step);
                }
                // An article's request settles at once.
                Action::Configure(_) => prop_assert_eq!(s.settled, s.inputs),
                // A changed input leaves the story, keeping the way back to it.
                _ if s.inputs != before.inputs => {
                    prop_assert_eq!(s.classroom.step, None);
                    prop_assert_eq!(s.classroom.left, before.classroom.step.or(before.classroom.left));
                }
                _ => prop_assert_eq!(s.classroom.step, before.classroom.step),
            }
            if matches!(a, Action::ApplyPreset(_) | Action::Reset) {
                prop_assert_eq!(s.classroom.guess, None);
            }
        }
    }

    #[test]
    fn rent_total_grows_with_every_input(g in 1u64..100_000, p in 50u64..2_000, h in 1_000_000u64..100_000_000_000) {
        let mut i = Preset::DEFAULT.inputs();
        i.set(Field::Gpus, g);
        i.set(Field::RentPrice, p);
        i.set(Field::Hours, h);
        let t = i.total();
        for (f, v) in [(Field::Gpus, g + 1), (Field::RentPrice, p + 1), (Field::Hours, h + 1)] {
            let mut j = i;
            j.set(f, v);
            prop_assert!(j.total() >= t);
        }
    }
}
