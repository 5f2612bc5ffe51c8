//! The wire module: an article's request, as typed options; and the words
//! of a script embed whose options are wrong (`problem`), which no page's
//! first load carries. The loader hands it what an article asked (the
//! object under `"deepseek-cost-explainer"` in a message, or a custom
//! element's changed attribute as `{name: value}`), and gets back the
//! options it names, as a query string the URL's parser then reads
//! (`domain::url::Request`).
//!
//! A message is as hostile as a URL. Each name is one of the embed's
//! options; its value a string (at most `LONGEST` characters) or a finite
//! number. Anything else, unknown names, nested objects, arrays, booleans,
//! `null`, a megabyte of text, is dropped here, one value at a time, and
//! never reaches the page as HTML: the widget only ever parses the text.

use domain::embed::Theme;
use domain::locale::Locale;
use serde::de::IgnoredAny;
use serde::Deserialize;

/// No option's value is longer: a tag such as `pt-BR`, `hyperscaler`, a
/// decimal price or hour count.
pub const LONGEST: usize = 40;

/// One option's value, as a host may send it.
#[derive(Deserialize)]
#[serde(untagged)]
enum Value {
    Text(String),
    Number(f64),
    /// Anything else: read past and dropped.
    Other(IgnoredAny),
}

impl Value {
    /// As the URL would carry it; `None` when it could not be one.
    fn text(&self) -> Option<String> {
        match self {
            Value::Text(t) if t.chars().count() <= LONGEST => Some(t.clone()),
            // Rust writes a float without an exponent (1e21 as 21 digits),
            // as the URL's plain decimals are.
            Value::Number(n) if n.is_finite() => Some(n.to_string()),
            _ => None,
        }
    }
}

/// The options an article may send: the URL's names
/// (`domain::embed::OPTIONS`; a test holds the two equal). Any other name
/// is ignored.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct Options {
    gpus: Option<Value>,
    basis: Option<Value>,
    price: Option<Value>,
    hours: Option<Value>,
    preset: Option<Value>,
    step: Option<Value>,
    lang: Option<Value>,
    theme: Option<Value>,
    embed: Option<Value>,
}

impl Options {
    /// The usable options, in the order the URL's options are listed.
    pub fn pairs(&self) -> Vec<(&'static str, String)> {
        [
            ("gpus", &self.gpus),
            ("basis", &self.basis),
            ("price", &self.price),
            ("hours", &self.hours),
            ("preset", &self.preset),
            ("step", &self.step),
            ("lang", &self.lang),
            ("theme", &self.theme),
            ("embed", &self.embed),
        ]
        .into_iter()
        .filter_map(|(k, v)| Some((k, v.as_ref()?.text()?)))
        .collect()
    }
}

/// Whether a frame whose page speaks `own` and whose URL holds `current`
/// must open its page again for `pairs`: a language it can show other than
/// its own, or a theme or layout other than its URL's. A value the widget
/// would ignore (a language not published, a theme not known) reopens
/// nothing.
pub fn shows_anew(
    pairs: &[(&str, String)],
    own: &str,
    current: impl Fn(&str) -> Option<String>,
) -> bool {
    pairs.iter().any(|(k, v)| match *k {
        "lang" => Locale::from_tag(v).is_some_and(|l| !l.tag().eq_ignore_ascii_case(own)),
        "theme" => Theme::from_id(v).is_some_and(|t| {
            let now = current("theme").as_deref().and_then(Theme::from_id);
            t != now.unwrap_or_default()
        }),
        "embed" => {
            matches!(v.as_str(), "0" | "1" | "full") && current("embed").as_deref() != Some(v)
        }
        _ => false,
    })
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use wasm_bindgen::prelude::wasm_bindgen;
    use wasm_bindgen::JsValue;
    use web_sys::UrlSearchParams;

    use domain::embed::BadOption;

    use super::{shows_anew, Locale, Options};

    /// The options `request` (the value under `"deepseek-cost-explainer"`)
    /// names, as a query string (`gpus=50000&basis=buy`) the widget reads
    /// as it reads its URL's. Empty when it is not an object of options
    /// (an array is not). In a frame (`framed`), a request for another
    /// language, theme or layout opens the page again with the request's
    /// options in its URL (the boot script then picks the language's page
    /// and layout), and gives the widget nothing.
    #[wasm_bindgen]
    pub fn read_options(request: JsValue, framed: bool) -> String {
        if !request.is_object() || js_sys::Array::is_array(&request) {
            return String::new();
        }
        let pairs = serde_wasm_bindgen::from_value::<Options>(request)
            .map(|o| o.pairs())
            .unwrap_or_default();
        if framed && reopen(&pairs).is_some() {
            return String::new();
        }
        let Ok(query) = UrlSearchParams::new() else {
            return String::new();
        };
        for (k, v) in &pairs {
            query.append(k, v);
        }
        query.to_string().into()
    }

    /// What a script embed whose options are wrong says instead
    /// (`domain::embed::problem`): `bad` is `[option, value, ...]`, `lang`
    /// the widget's language, `languages` those published (`widget.js`'s
    /// table), `prefix` how its attributes are named (`data-` on a div,
    /// nothing on the custom element).
    #[wasm_bindgen]
    pub fn problem(bad: Vec<String>, lang: &str, languages: &str, prefix: &str) -> String {
        let bad: Vec<BadOption> = bad
            .chunks_exact(2)
            .map(|kv| BadOption {
                key: kv[0].clone(),
                value: kv[1].clone(),
            })
            .collect();
        let locale = Locale::from_tag(lang).unwrap_or_default();
        domain::embed::problem(&bad, locale, languages, prefix)
    }

    /// Opens this frame's page again with `pairs` in its query, when they
    /// show it anew (in place of this page: the article's back button is
    /// not a frame's history). `None` when they do not.
    fn reopen(pairs: &[(&str, String)]) -> Option<()> {
        let window = web_sys::window()?;
        let location = window.location();
        let own = window
            .document()?
            .document_element()?
            .get_attribute("lang")?;
        let query = UrlSearchParams::new_with_str(&location.search().ok()?).ok()?;
        if !shows_anew(pairs, &own, |k| query.get(k)) {
            return None;
        }
        for (k, v) in pairs {
            query.set(k, v);
        }
        let path = location.pathname().ok()?;
        location
            .replace(&format!("{path}?{}", String::from(query.to_string())))
            .ok()
    }

    // A module that lives for one message's read: the smallest allocator.
    #[global_allocator]
    static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
        unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::{json, Value as Json};

    /// As `read_options` reads: serde would read an array's items as the
    /// options in order, so an array is refused before it.
    fn read(v: Json) -> Vec<(&'static str, String)> {
        if v.is_array() {
            return Vec::new();
        }
        serde_json::from_value::<Options>(v)
            .map(|o| o.pairs())
            .unwrap_or_default()
    }

    #[test]
    fn the_names_are_the_embeds_options() {
        let all: serde_json::Map<String, Json> = domain::embed::OPTIONS
            .iter()
            .map(|k| (k.to_string(), json!("1")))
            .collect();
        let names: Vec<_> = read(Json::Object(all))
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert_eq!(names, domain::embed::OPTIONS);
    }

    #[test]
    fn a_frame_opens_anew_only_for_another_language_theme_or_layout() {
        let url = |k: &str| (k == "theme").then(|| "dark".to_string());
        let ask = |k: &'static str, v: &str| vec![(k, v.to_string())];
        assert!(
            !shows_anew(&ask("lang", "it-IT"), "it", url),
            "its own language"
        );
        assert!(shows_anew(&ask("lang", "de"), "it", url));
        assert!(
            !shows_anew(&ask("lang", "xx"), "it", url),
            "no such page: ignored"
        );
        assert!(
            !shows_anew(&ask("theme", "dark"), "it", url),
            "the theme it has"
        );
        assert!(shows_anew(&ask("theme", "light"), "it", url));
        assert!(
            !shows_anew(&ask("theme", "auto"), "it", |_| None),
            "auto, as it is"
        );
        assert!(!shows_anew(&ask("theme", "purple"), "it", url));
        assert!(shows_anew(&ask("embed", "full"), "it", url));
        assert!(!shows_anew(&ask("embed", "yes"), "it", url));
        assert!(
            !shows_anew(&ask("preset", "fleet"), "it", url),
            "a state applies in place"
        );
        // Every option that shows the widget anew is heard here.
        for k in domain::embed::SHOWN_BY {
            let v = if k == "embed" {
                "full"
            } else if k == "lang" {
                "de"
            } else {
                "light"
            };
            assert!(shows_anew(&[(k, v.to_string())], "it", |_| None), "{k}");
        }
    }

    #[test]
    fn strings_and_numbers_are_read_as_the_url_would_carry_them() {
        let got = read(json!({"preset": "fleet", "gpus": 50000, "price": 2.5,
            "hours": 1361.328125, "step": 4, "lang": "it", "embed": 1}));
        let want = [
            ("gpus", "50000"),
            ("price", "2.5"),
            ("hours", "1361.328125"),
            ("preset", "fleet"),
            ("step", "4"),
            ("lang", "it"),
            ("embed", "1"),
        ];
        assert_eq!(got, want.map(|(k, v)| (k, v.to_string())));
        // A huge number keeps its digits, so the widget clamps it.
        assert_eq!(read(json!({"gpus": 1e21}))[0].1, "1000000000000000000000");
    }

    #[test]
    fn junk_is_dropped_one_value_at_a_time() {
        let long = "9".repeat(1 << 20);
        let got = read(json!({
            "gpus": long, "basis": {"nested": ["junk"]}, "price": null, "hours": true,
            "preset": ["fleet"], "__proto__": {"gpus": 1}, "constructor": "x",
            "unknown": 1, "theme": "dark"
        }));
        assert_eq!(got, [("theme", "dark".to_string())]);
        for junk in [
            json!("fleet"),
            json!(5),
            json!(null),
            json!([1, 2]),
            json!(true),
        ] {
            assert!(read(junk).is_empty());
        }
    }

    fn json_like() -> impl Strategy<Value = Json> {
        let leaf = prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::from),
            any::<f64>().prop_map(Json::from),
            any::<i64>().prop_map(Json::from),
            ".{0,50}".prop_map(Json::from),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..8).prop_map(Json::from),
                prop::collection::hash_map(
                    prop_oneof![
                        Just("gpus".to_string()),
                        Just("price".to_string()),
                        Just("preset".to_string()),
                        Just("lang".to_string()),
                        Just("__proto__".to_string()),
                        ".{0,10}"
                    ],
                    inner,
                    0..8
                )
                .prop_map(|m| Json::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        /// Whatever a host sends, reading it never panics, yields only the
        /// options' names with short texts, and the state it asks for is
        /// always in range.
        #[test]
        fn any_json_like_value_reads_without_panic(v in json_like()) {
            let pairs = read(v);
            for (k, text) in &pairs {
                prop_assert!(domain::embed::OPTIONS.contains(k));
                prop_assert!(text.len() <= 400);
            }
            let request = domain::url::Request::read(pairs.iter().map(|(k, v)| (*k, v.as_str())));
            let state = domain::state::State::new(domain::presets::Preset::DEFAULT.inputs())
                .apply(domain::state::Action::Configure(request));
            prop_assert!(state.settled.total().0 > 0);
        }
    }
}
