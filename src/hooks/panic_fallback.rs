use yew::prelude::*;

use crate::platform::fallback;
use domain::locale::Locale;

/// If anything panics, the fallback replaces the widget at `root`, in its
/// current language.
#[hook]
pub fn use_panic_fallback(root: &NodeRef, locale: Locale) {
    let root = root.clone();
    use_effect_with(locale, move |locale| {
        if let Some(el) = root.cast::<web_sys::Element>() {
            fallback::register_root(&el, *locale);
        }
    });
}
