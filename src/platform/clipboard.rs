//! Copying to the clipboard and the browser's share sheet, through
//! web-sys's typed `Clipboard` and `Navigator::share`.

use gloo_utils::window;
use js_sys::{Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    /// A promise seen through `then(onFulfilled, onRejected)` with plain
    /// functions, so each call passes its own one-shot callback, which
    /// frees itself when called (js-sys's `then2` wants long-lived closures).
    type Thenable;
    #[wasm_bindgen(method)]
    fn then(this: &Thenable, fulfilled: &JsValue, rejected: &JsValue);
}

fn then_either(promise: Promise, fulfilled: &JsValue, rejected: &JsValue) {
    promise
        .unchecked_into::<Thenable>()
        .then(fulfilled, rejected);
}

/// Writes `text` to the clipboard, then calls `done` with whether it worked
/// (false when the page may not). Each copy has its own callback, so two
/// widgets copying at once each hear about their own copy.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let clipboard = window().navigator().clipboard();
    // Older browsers and insecure pages have no clipboard.
    if clipboard.is_undefined() {
        return done(false);
    }
    // One function for both outcomes: `writeText` fulfils with undefined
    // and rejects with an error; only one of the two ever runs.
    let settle = Closure::once_into_js(move |outcome: JsValue| done(outcome.is_undefined()));
    then_either(clipboard.write_text(text), &settle, &settle);
}

/// True where the browser offers its own share sheet (`navigator.share`).
pub fn can_share() -> bool {
    cfg!(target_arch = "wasm32")
        && Reflect::has(&window().navigator(), &"share".into()).unwrap_or(false)
}

/// Opens the browser's share sheet for `url`.
pub fn share(url: &str, title: &str) {
    if !can_share() {
        return;
    }
    let data = web_sys::ShareData::new();
    data.set_url(url);
    data.set_title(title);
    // Shared or not (a reader closing the sheet rejects the promise),
    // there is nothing to do; the callback runs once either way, which
    // frees it.
    let ignore = Closure::once_into_js(|_: JsValue| ());
    let shared = window().navigator().share_with_data(&data);
    then_either(shared, &ignore, &ignore);
}
