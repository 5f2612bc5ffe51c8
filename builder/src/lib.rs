//! The embed builder's module. `builder.html` loads it (through
//! `builder.js`); it reads the page's query (the state and language the
//! share bar's link carries) and renders the builder into
//! `main[data-dce-builder]`.
#![cfg(target_arch = "wasm32")]

mod embed_builder;

use deepseek_cost_explainer::platform::{intl, url};
use domain::embed::presentation;
use domain::locale::Locale;
use embed_builder::{EmbedBuilder, Props};
use gloo_utils::{document, window};
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(start)]
pub fn start() {
    let Ok(Some(root)) = document().query_selector("[data-dce-builder]") else {
        return;
    };
    let pairs = url::query();
    let pairs = || pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    // As the widget reads it: `?lang=` (the share bar's link names it),
    // else the browser's languages.
    let browser = intl::languages();
    let lang = Locale::negotiate(
        domain::url::lang(pairs())
            .into_iter()
            .chain(browser.iter().map(String::as_str)),
    );
    let theme = presentation(pairs(), false).theme;
    let inputs = pairs()
        .any(|(k, _)| domain::url::OWNED_KEYS.contains(&k))
        .then(|| domain::url::parse(pairs()));
    // The widget's folder is this page's.
    let here = window().location().href().unwrap_or_default();
    let folder = web_sys::Url::new_with_base("./", &here)
        .map(|u| u.href())
        .unwrap_or_default();
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.tag());
    }
    // The page's words for a reader without JavaScript give way.
    root.set_text_content(None);
    let props = Props {
        lang,
        theme,
        inputs,
        folder: folder.into(),
    };
    yew::Renderer::<EmbedBuilder>::with_root_and_props(root, props).render();
}
