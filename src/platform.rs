//! The only place the app touches the browser's URL. Later features
//! (postMessage, clipboard, storage) belong here too.

use wasm_bindgen::JsValue;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// `location.search`, or empty when there is none.
pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Replaces the query string without adding a history entry. Does nothing
/// when the query is already `query`.
pub fn replace_query(query: &str) {
    let Some(w) = window() else { return };
    let loc = w.location();
    if loc.search().ok().as_deref() == Some(query) {
        return;
    }
    let path = loc.pathname().unwrap_or_default();
    let hash = loc.hash().unwrap_or_default();
    if let Ok(history) = w.history() {
        let url = format!("{path}{query}{hash}");
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}
