//! Property tests (proptest): whatever the URL, attribute, typed text or
//! sequence of actions, nothing panics, every input stays in its range, and
//! every total is finite, non-negative and bounded.
#![cfg(not(target_arch = "wasm32"))]

use deepseek_cost_explainer::domain::cited::{LONG_SERVICE_LIFE_HOURS, SERVICE_LIFE_HOURS};
use deepseek_cost_explainer::domain::embed::{check_options, view};
use deepseek_cost_explainer::domain::locale::Locale;
use deepseek_cost_explainer::domain::model::{Action, Basis, Inputs, State};
use deepseek_cost_explainer::domain::presets::Preset;
use deepseek_cost_explainer::domain::quantity::{parse_plain, parse_typed, Field};
use deepseek_cost_explainer::domain::url::{lang, merge_query, parse, split_query};
use proptest::prelude::*;

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
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_query_gives_inputs_in_range_and_a_bounded_total(q in query_text()) {
        let pairs = split_query(&q);
        let pairs = || pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()));
        let inputs = parse(pairs());
        prop_assert!(in_range(&inputs));
        prop_assert!(inputs.total() <= MAX_TOTAL);
        let four = inputs.service_life_share(SERVICE_LIFE_HOURS);
        prop_assert!(four <= inputs.total().max(1));
        prop_assert!(inputs.service_life_share(LONG_SERVICE_LIFE_HOURS) <= four);
        let _ = view(pairs());
        let _ = check_options(pairs());
        let _ = Locale::negotiate(lang(pairs()));
        // What we write back reads back as the same inputs.
        let written = merge_query(&split_query(&q), &inputs, None);
        let again = split_query(&written);
        prop_assert_eq!(parse(again.iter().map(|(k, v)| (k.as_str(), v.as_str()))), inputs);
    }

    #[test]
    fn any_bytes_as_a_query_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let q = String::from_utf8_lossy(&bytes);
        let pairs = split_query(&q);
        prop_assert!(in_range(&parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))));
    }

    #[test]
    fn typed_text_never_panics_and_clamps_into_range(text in ".{0,60}", l in 0..4usize, f in 0..4usize) {
        let field = Field::ALL[f];
        let spec = field.spec();
        if let Ok(p) = parse_typed(&text, spec.decimals, Locale::ALL[l]) {
            prop_assert!((spec.min..=spec.max).contains(&p.clamped(spec)));
        }
        if let Ok(p) = parse_plain(&text, spec.decimals) {
            prop_assert!((spec.min..=spec.max).contains(&p.clamped(spec)));
        }
    }

    #[test]
    fn numbers_written_plainly_read_back_exactly(v in 0u64..1_000_000_000_000, d in 0u32..7) {
        let whole = v / 10u64.pow(d);
        let frac = v % 10u64.pow(d);
        let text = if d == 0 { v.to_string() } else { format!("{whole}.{frac:0w$}", w = d as usize) };
        prop_assert_eq!(parse_plain(&text, d).map(|p| p.units), Ok(v));
    }

    #[test]
    fn any_sequence_of_actions_keeps_every_input_in_range(actions in proptest::collection::vec(action(), 0..60)) {
        let mut s = State::default();
        for a in actions {
            s = s.apply(a);
            prop_assert!(in_range(&s.inputs) && in_range(&s.settled));
            prop_assert!(s.inputs.total() <= MAX_TOTAL);
        }
    }

    #[test]
    fn rent_total_grows_with_every_input(g in 1u64..100_000, p in 50u64..2_000, h in 1_000_000u64..100_000_000_000) {
        let mut i = Inputs::default();
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
