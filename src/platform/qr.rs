//! The worksheet's QR code, from the QR module (`qr/`), loaded on request.

use js_sys::{Function, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use domain::qr::QrSvg;

/// The QR code of `text`, from the QR module (`qr/`), which the loader that
/// `widget.js` or the offline file registers fetches on the first request.
/// `done` is called when the code is ready, and never if there is no loader
/// or the module fails to load (the worksheet then prints the link alone).
pub fn qr_code(text: &str, done: impl FnOnce(Option<QrSvg>) + 'static) {
    let key = js_sys::Symbol::for_("deepseek-cost-explainer.qr");
    let Some(loader) = Reflect::get(&js_sys::global(), &key)
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return;
    };
    let on_code = Closure::once_into_js(move |wire: JsValue| {
        done(wire.as_string().and_then(|w| QrSvg::from_wire(&w)))
    });
    let _ = loader.call2(&JsValue::UNDEFINED, &text.into(), &on_code);
}
