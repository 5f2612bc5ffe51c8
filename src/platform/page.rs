//! The document the widget is in.

use gloo_utils::{body, document};
use wasm_bindgen::JsCast;
use web_sys::Element;

/// True when this document is the widget's own page (`<body data-dce-page>`).
pub fn is_widget_page() -> bool {
    body().has_attribute("data-dce-page")
}

/// True on a language's embed page (`<html data-dce-embed-page>`): the
/// article layout, prerendered, for iframes.
pub fn is_embed_page() -> bool {
    cfg!(target_arch = "wasm32")
        && document()
            .document_element()
            .is_some_and(|html| html.has_attribute("data-dce-embed-page"))
}

/// True in the offline single file (its `<body data-dce-offline>`).
pub fn is_offline_file() -> bool {
    if !cfg!(target_arch = "wasm32") {
        return false;
    }
    body().has_attribute("data-dce-offline")
}

/// The offline file's published address (`<body data-dce-site>`, written
/// when the build knew `SITE_URL`), ending in `/`: where its links, QR code
/// and embed codes point. `None` elsewhere, or when the build did not know it.
pub fn offline_site() -> Option<String> {
    if !is_offline_file() {
        return None;
    }
    let site = body().get_attribute("data-dce-site")?;
    let site = site.trim();
    match site {
        "" => None,
        s if s.ends_with('/') => Some(s.to_string()),
        s => Some(format!("{s}/")),
    }
}

/// The absolute URL of this page's `<link rel="alternate" hreflang>` for
/// `hreflang` (a language's tag, or `x-default`: the widget's folder), as
/// the browser resolves it. `None` where the page names none (the offline
/// file, a test page).
pub fn alternate(hreflang: &str) -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let link = document()
        .query_selector(&format!("link[rel=alternate][hreflang=\"{hreflang}\"]"))
        .ok()??;
    js_sys::Reflect::get(&link, &"href".into())
        .ok()?
        .as_string()
}

/// The languages whose pages this page names in its `<link rel="alternate"
/// hreflang title>`s, each as its tag and its own name (the `title`), in
/// the page's order; none in the offline file or a script embed's article.
pub fn alternates() -> Vec<(String, String)> {
    if !cfg!(target_arch = "wasm32") {
        return Vec::new();
    }
    let Ok(links) = document().query_selector_all("link[rel=alternate][hreflang][title]") else {
        return Vec::new();
    };
    (0..links.length())
        .filter_map(|i| links.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|link| {
            Some((
                link.get_attribute("hreflang")?,
                link.get_attribute("title")?,
            ))
        })
        .collect()
}

/// Where the focus waits across a page load (the tab's session storage).
const FOCUS_KEY: &str = "deepseek-cost-explainer.focus";

/// Opens `url` in this window, as a link would; the page it opens puts the
/// focus back on the control that matches `focus` (`restore_focus`).
pub fn go(url: &str, focus: &str) {
    let window = gloo_utils::window();
    if let Ok(Some(storage)) = window.session_storage() {
        let _ = storage.set_item(FOCUS_KEY, focus);
    }
    let _ = window.location().assign(url);
}

/// Focuses the control under `root` that the page before this one asked
/// for (`go`), once.
pub fn restore_focus(root: &Element) {
    let Ok(Some(storage)) = gloo_utils::window().session_storage() else {
        return;
    };
    if let Ok(Some(selector)) = storage.get_item(FOCUS_KEY) {
        let _ = storage.remove_item(FOCUS_KEY);
        if let Ok(Some(el)) = root.query_selector(&selector) {
            if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    }
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

/// A text node of the widget's own, in no element yet: the headline
/// figure, which Yew places but never diffs (`Urgent` writes it). None where
/// there is no document (the build's prerender).
pub fn text_node() -> Option<web_sys::Text> {
    cfg!(target_arch = "wasm32").then(|| document().create_text_node(""))
}

/// An SVG element of the widget's own with `attributes`, in no element
/// yet: the track's marker, which Yew places but never diffs (`Urgent`
/// moves it). None where there is no document (the build's prerender).
pub fn svg_element(name: &str, attributes: &[(&str, &str)]) -> Option<Element> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let el = document()
        .create_element_ns(Some("http://www.w3.org/2000/svg"), name)
        .ok()?;
    for (k, v) in attributes {
        el.set_attribute(k, v).ok()?;
    }
    Some(el)
}

/// Prints the page with `mark` set on `el` while the browser prints it (the
/// teacher's copy: the worksheet's answers show). `print()` returns once
/// the print dialog has closed, having laid out the marked page.
pub fn print_marked(el: &Element, mark: &str) {
    let _ = el.set_attribute(mark, "");
    let _ = gloo_utils::window().print();
    let _ = el.remove_attribute(mark);
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// A text node, as `set_text` writes it.
    type TextData;

    #[wasm_bindgen(method, setter = data)]
    fn set_data(this: &TextData, text: &js_sys::JsString);
}

/// `node.data = text`, with a string the page already holds: written again
/// and again, it is copied from the wasm's memory once, when made.
pub fn set_text(node: &web_sys::Text, text: &js_sys::JsString) {
    node.unchecked_ref::<TextData>().set_data(text);
}
