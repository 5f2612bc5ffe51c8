//! The modules fetched on request, not in the first load: the QR encoder
//! (`qr/`) and the picture module (`picture/`). The loader that `widget.js`
//! or the offline file registers under a global symbol fetches each on its
//! first use; without a loader (a test page) nothing happens.

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use domain::qr::QrSvg;

/// The loader registered under `Symbol.for(key)`.
fn loader(key: &str) -> Option<Function> {
    let key = js_sys::Symbol::for_(key);
    Reflect::get(&js_sys::global(), &key).ok()?.dyn_into().ok()
}

/// The QR code of `text`. `done` is called when the code is ready, and
/// never if there is no loader or the module fails to load (the worksheet
/// then prints the link alone).
pub fn qr_code(text: &str, done: impl FnOnce(Option<QrSvg>) + 'static) {
    let Some(load) = loader("deepseek-cost-explainer.qr") else {
        return;
    };
    let on_code = Closure::once_into_js(move |wire: JsValue| {
        done(wire.as_string().and_then(|w| QrSvg::from_wire(&w)))
    });
    let _ = load.call2(&JsValue::UNDEFINED, &text.into(), &on_code);
}

/// Saves a picture of the state `link` opens, in the colours of the widget
/// around `within`, as a PNG or an SVG. `done(true)` once the browser has
/// the file; `done(false)` if the module or the drawing failed, or there
/// is no loader.
pub fn download_picture(
    within: &web_sys::Element,
    link: &str,
    png: bool,
    done: impl FnOnce(bool) + 'static,
) {
    let Some(load) = loader("deepseek-cost-explainer.picture") else {
        return done(false);
    };
    let done = Closure::once_into_js(move |ok: JsValue| done(ok.is_truthy()));
    let args = Array::of4(within, &link.into(), &png.into(), &done);
    let _ = load.apply(&JsValue::UNDEFINED, &args);
}
