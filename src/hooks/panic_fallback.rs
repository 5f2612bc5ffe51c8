use std::cell::Cell;

use yew::prelude::*;

use crate::platform::fallback;
use domain::locale::Locale;

/// If anything panics, the fallback replaces the widget at `root`, in its
/// current language: the one of its last render, kept in a cell the render
/// writes, since a panic may come before the effects that follow a render
/// have run (a language switched a moment before).
#[hook]
pub fn use_panic_fallback(root: &NodeRef, locale: Locale) {
    let current = use_memo((), |_| Cell::new(locale));
    current.set(locale);
    let root = root.clone();
    use_effect_with(locale, move |_| {
        if let Some(el) = root.cast::<web_sys::Element>() {
            fallback::register_root(&el, current);
        }
    });
}
