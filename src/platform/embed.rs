//! The widget inside an article, inline: the script embed's targets, each
//! in a shadow root `widget.js` made. (A frame's height and state go to the
//! article through the loader: `host_api`.)

use gloo_utils::document;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use domain::url::Pairs;

use super::url::decode;

/// The language of the page around the widget (`<html lang>`), if any.
pub fn host_lang() -> Option<String> {
    let lang = document().document_element()?.get_attribute("lang")?;
    (!lang.is_empty()).then_some(lang)
}

/// A script embed's widget as `widget.js` prepared it: its element (a div
/// or the custom element), the element in its shadow root to render into,
/// its options, and how its attributes are named (`data-` before a div's).
pub struct Target {
    pub el: Element,
    pub root: Element,
    pub options: Pairs,
    pub prefix: String,
}

/// The script embed's `targets`, each `[element, root, query, prefix]`
/// (`widget.js`'s `prepare`, which reads the options and makes the shadow
/// root, in script: no page's first load carries that).
pub fn embed_targets(targets: JsValue) -> Vec<Target> {
    targets
        .unchecked_into::<js_sys::Array>()
        .iter()
        .map(|t| {
            let t = js_sys::Array::from(&t);
            Target {
                el: t.get(0).unchecked_into(),
                root: t.get(1).unchecked_into(),
                options: decode(&t.get(2).as_string().unwrap_or_default()),
                prefix: t.get(3).as_string().unwrap_or_default(),
            }
        })
        .collect()
}

/// Shows `text` (never HTML) where the widget of `host` would have been
/// (`root`, in its shadow root), as an alert: the widget could not start.
/// A widget made anew meanwhile left `root` out of the page.
pub fn show_problem(host: &Element, root: &Element, text: &str) {
    root.set_text_content(Some(text));
    let _ = host.set_attribute("role", "alert");
}

/// Lets `widget.js` unmount the widget of `host` (`unmount`, called once).
pub fn on_unmount(host: &Element, unmount: impl FnOnce() + 'static) {
    let unmount = Closure::once_into_js(unmount);
    let key = js_sys::Symbol::for_("deepseek-cost-explainer.unmount");
    let _ = js_sys::Reflect::set(host, &key, &unmount);
}
