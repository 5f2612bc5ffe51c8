//! The widget inside an article: framed (the iframe embed, which reports its
//! height to the article) or inline (the script embed, in a shadow root).

use std::cell::Cell;

use gloo_utils::{document, window};
use js_sys::{Object, Reflect, JSON};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use domain::embed::OPTIONS;
use domain::url::Pairs;

/// True inside an iframe (the iframe embed).
pub fn is_framed() -> bool {
    let w = window();
    match w.parent() {
        Ok(Some(parent)) => !Object::is(&parent, &w),
        _ => false,
    }
}

/// The language of the page around the widget (`<html lang>`), if any.
pub fn host_lang() -> Option<String> {
    let lang = document().document_element()?.get_attribute("lang")?;
    (!lang.is_empty()).then_some(lang)
}

/// A plain JavaScript object with these properties.
fn object(entries: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in entries {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

/// Posts `el`'s height to the parent page now and whenever it changes, in
/// the three formats of the embed protocol (ours, AMP's, and Embedly's,
/// which is a JSON string). Posts nothing else. Call once.
pub fn report_height(el: &Element) {
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    let target = el.clone();
    let last = Cell::new(0u32);
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let height = target.get_bounding_client_rect().height().ceil() as u32;
        if height == 0 || height == last.replace(height) {
            return;
        }
        let h = JsValue::from(height);
        let href = window().location().href().unwrap_or_default();
        let own = object(&[("deepseek-cost-explainer-height", h.clone())]);
        let amp = object(&[
            ("sentinel", "amp".into()),
            ("type", "embed-size".into()),
            ("height", h.clone()),
        ]);
        let embedly = object(&[
            ("src", href.into()),
            ("context", "iframe.resize".into()),
            ("height", h),
        ]);
        for message in [JsValue::from(own), amp.into()] {
            let _ = parent.post_message(&message, "*");
        }
        if let Ok(text) = JSON::stringify(&embedly) {
            let _ = parent.post_message(&text, "*");
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(el);
    }
    // The observer lives as long as the page.
    on_resize.forget();
}

/// The script embed's `targets` not yet mounted, each with its `data-*`
/// options as (name, value) pairs. `targets` is the array of elements our
/// own loader found (`widget.js`, from `querySelectorAll`), so it is not
/// checked again.
pub fn embed_targets(targets: JsValue) -> Vec<(Element, Pairs)> {
    targets
        .unchecked_into::<js_sys::Array>()
        .iter()
        .map(|t| t.unchecked_into::<Element>())
        .filter(|el| !el.has_attribute("data-dce-mounted"))
        .map(|el| {
            let options = OPTIONS
                .iter()
                .filter_map(|k| {
                    el.get_attribute(&format!("data-{k}"))
                        .map(|v| (k.to_string(), v))
                })
                .collect();
            (el, options)
        })
        .collect()
}

/// Marks a target as taken, so no later call (nor another language's
/// module) mounts it again.
pub fn claim(el: &Element) {
    let _ = el.set_attribute("data-dce-mounted", "");
}

/// Gives `host` a shadow root holding the widget's stylesheets (`base` is their
/// folder; the print one applies on paper only) and an empty
/// element to render into, so the article's CSS and ours never meet.
pub fn shadow_mount_point(host: &Element, base: &str) -> Option<Element> {
    let doc = document();
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .ok()?;
    for (file, media) in [("main.css", "all"), ("print.css", "print")] {
        let link = doc.create_element("link").ok()?;
        link.set_attribute("rel", "stylesheet").ok()?;
        link.set_attribute("href", &format!("{base}{file}")).ok()?;
        link.set_attribute("media", media).ok()?;
        shadow.append_child(&link).ok()?;
    }
    let root = doc.create_element("div").ok()?;
    shadow.append_child(&root).ok()?;
    Some(root)
}

/// Shows `text` (never HTML) in place of a widget that could not start.
pub fn show_problem(host: &Element, text: &str) {
    host.set_text_content(Some(text));
    let _ = host.set_attribute("role", "alert");
}
