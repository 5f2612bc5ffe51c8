//! The document the widget is in.

use gloo_utils::{body, document};
use wasm_bindgen::JsCast;
use web_sys::Element;

/// True when this document is the widget's own page (`<body data-dce-page>`).
pub fn is_widget_page() -> bool {
    body().has_attribute("data-dce-page")
}

/// True in the offline single file (its `<body data-dce-offline>`).
pub fn is_offline_file() -> bool {
    body().has_attribute("data-dce-offline")
}

/// The absolute URL of this page's `<link rel="alternate" hreflang>` for
/// `hreflang` (a language's tag, or `x-default`: the widget's folder), as
/// the browser resolves it. `None` where the page names none (the offline
/// file, a test page).
pub fn alternate(hreflang: &str) -> Option<String> {
    let link = document()
        .query_selector(&format!("link[rel=alternate][hreflang=\"{hreflang}\"]"))
        .ok()??;
    js_sys::Reflect::get(&link, &"href".into())
        .ok()?
        .as_string()
}

/// Opens `url` in this window, as a link would.
pub fn go(url: &str) {
    let _ = gloo_utils::window().location().assign(url);
}

/// Full screen on or off for `el` (the widget), where the browser allows it.
pub fn toggle_fullscreen(el: &Element) {
    let doc = document();
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else {
        let _ = el.request_fullscreen();
    }
}

/// Clicks the button `selector` finds inside `root`, if any.
pub fn press(root: &Element, selector: &str) {
    if let Some(button) = root
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    {
        button.click();
    }
}
