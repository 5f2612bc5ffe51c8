//! If the widget panics, every mounted widget shows the two headline
//! numbers with their sources instead of an empty box.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use domain::facts::FactId;
use domain::locale::Locale;
use domain::messages::M;
use domain::presets::Preset;

thread_local! {
    // Every element a widget was rendered into, with its language, so a
    // panic can put the fallback in each.
    static ROOTS: RefCell<Vec<(web_sys::Element, Rc<Cell<Locale>>)>> = const { RefCell::new(Vec::new()) };
}

/// Remembers a widget's root and where its current language is kept for
/// the panic fallback; called again when the reader changes language.
pub fn register_root(root: &web_sys::Element, locale: Rc<Cell<Locale>>) {
    ROOTS.with(|r| {
        let mut roots = r.borrow_mut();
        match roots.iter_mut().find(|(el, _)| el == root) {
            Some(entry) => entry.1 = locale,
            None => roots.push((root.clone(), locale)),
        }
    });
}

/// Installs the panic hook: log the panic, then replace every widget with
/// the fallback, so a reader never faces an empty box.
pub fn install_panic_fallback() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_fallback_everywhere();
    }));
}

/// The fallback in every registered widget, each in its own language: what
/// the panic hook does after logging.
pub fn show_fallback_everywhere() {
    ROOTS.with(|roots| {
        for (root, locale) in roots.borrow().iter() {
            show_fallback(root, locale.get());
        }
    });
}

/// The two headline numbers with their sources and one sentence, as text
/// and links built node by node (no HTML parsing), replacing `root`'s content.
pub fn show_fallback(root: &web_sys::Element, locale: Locale) {
    let doc = gloo_utils::document();
    let build = || -> Option<web_sys::Element> {
        let main = doc.create_element("div").ok()?;
        main.set_class_name("dce dce-fallback");
        main.set_attribute("role", "alert").ok()?;
        main.set_attribute("lang", locale.tag()).ok()?;
        // Each number as Intl would write it (no Intl here), then its
        // scenario's sentence and source.
        for (amount, preset, fact) in [
            (M.fallback_v3, Preset::V3, FactId::V3_06),
            (M.fallback_fleet, Preset::Fleet, FactId::SA_04),
        ] {
            let p = doc.create_element("p").ok()?;
            let strong = doc.create_element("strong").ok()?;
            strong.set_text_content(Some(amount.get(locale)));
            p.append_child(&strong).ok()?;
            p.append_with_str_1(&format!(" {} ", preset.story().get(locale)))
                .ok()?;
            let a = doc.create_element("a").ok()?;
            a.set_attribute("href", fact.fact().url).ok()?;
            a.set_attribute("rel", "noreferrer").ok()?;
            a.set_attribute("target", "_blank").ok()?;
            a.set_text_content(Some(fact.fact().title));
            p.append_child(&a).ok()?;
            main.append_child(&p).ok()?;
        }
        let p = doc.create_element("p").ok()?;
        p.set_text_content(Some(M.fallback_why.get(locale)));
        main.append_child(&p).ok()?;
        Some(main)
    };
    if let Some(fallback) = build() {
        root.set_text_content(None);
        let _ = root.append_child(&fallback);
    }
}
