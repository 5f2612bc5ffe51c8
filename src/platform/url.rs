//! The page's URL. The browser's `URLSearchParams` decodes and encodes the
//! query; the domain sees only decoded (key, value) pairs.

use domain::url::Pairs;
use gloo_utils::window;
use wasm_bindgen::JsValue;
use web_sys::UrlSearchParams;

/// The page's query, decoded.
pub fn query() -> Pairs {
    let search = window().location().search().unwrap_or_default();
    decode(&search)
}

/// `?a=1&b=%20` as decoded pairs (`URLSearchParams`' rules).
pub fn decode(search: &str) -> Pairs {
    let Ok(params) = UrlSearchParams::new_with_str(search) else {
        return Pairs::new();
    };
    // `Array.from(params)`: its [key, value] entries.
    js_sys::Array::from(&params)
        .iter()
        .filter_map(|entry| {
            let pair = js_sys::Array::from(&entry);
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// Pairs as a query string: `?a=1&b=+`, or empty when there are none.
pub fn encode(pairs: &[(String, String)]) -> String {
    if !cfg!(target_arch = "wasm32") {
        return encode_natively(pairs);
    }
    let Ok(params) = UrlSearchParams::new() else {
        return String::new();
    };
    for (k, v) in pairs {
        params.append(k, v);
    }
    let text: String = params.to_string().into();
    if text.is_empty() {
        text
    } else {
        format!("?{text}")
    }
}

/// `encode` where there is no browser (the build's prerender): every byte
/// but letters, digits and `-._~` percent-encoded, which `URLSearchParams`
/// reads back the same.
fn encode_natively(pairs: &[(String, String)]) -> String {
    let escape = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    (b as char).to_string()
                }
                b => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    let parts: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", escape(k), escape(v)))
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// Replaces the query string without adding a history entry. Does nothing
/// when the query is already `pairs`.
pub fn replace_query(pairs: &[(String, String)]) {
    let w = window();
    let loc = w.location();
    let query = encode(pairs);
    if loc.search().ok().as_deref() == Some(query.as_str()) {
        return;
    }
    let path = loc.pathname().unwrap_or_default();
    let hash = loc.hash().unwrap_or_default();
    if let Ok(history) = w.history() {
        let url = format!("{path}{query}{hash}");
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// This page's URL without its query and hash: where shared links point.
pub fn page_base() -> String {
    let loc = window().location();
    format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    )
}
