//! The modules fetched on request, not in the first load: the worksheet's
//! (`qr/`: the QR encoder and the questions), the picture module
//! (`picture/`), and the wire module (`wire/`: a script embed's message
//! about its wrong options here; an article's requests are the loader's
//! own, `platform::host_api`). The loader that `loader.js` or the offline file
//! registers under a global symbol fetches each on its
//! first use; without a loader (a test page) nothing happens.

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use domain::embed::BadOption;
use domain::locale::Locale;
use domain::qr::QrSvg;

/// The loader's function registered under `Symbol.for(key)`.
pub(super) fn loader(key: &str) -> Option<Function> {
    let key = js_sys::Symbol::for_(key);
    Reflect::get(&js_sys::global(), &key).ok()?.dyn_into().ok()
}

/// What the worksheet's module makes: the link's QR code (none when the
/// link is too long for one) and the three questions, each with its answer.
pub struct WorksheetParts {
    pub qr: Option<QrSvg>,
    pub questions: Vec<(String, String)>,
}

/// The worksheet's parts for `link`, in `l`. `done` is called when they
/// are ready, and never if there is no loader or the module fails to load
/// (the worksheet then prints the link alone).
pub fn worksheet(link: &str, l: Locale, done: impl FnOnce(WorksheetParts) + 'static) {
    let Some(load) = loader("deepseek-cost-explainer.worksheet") else {
        return;
    };
    let on_parts = Closure::once_into_js(move |parts: JsValue| {
        let parts = Array::from(&parts);
        let mut text = parts.iter().map(|p| p.as_string().unwrap_or_default());
        let qr = text.next().and_then(|code| QrSvg::from_wire(&code));
        let mut questions = Vec::new();
        while let (Some(q), Some(a)) = (text.next(), text.next()) {
            questions.push((q, a));
        }
        done(WorksheetParts { qr, questions })
    });
    let args = Array::of3(&link.into(), &l.tag().into(), &on_parts);
    let _ = load.apply(&JsValue::UNDEFINED, &args);
}

/// Saves the state `link` opens as a file of `kind`: a picture (`png`,
/// `svg`), in the colours of the widget around `within`, or its data
/// (`csv`, `json`: the figures and their sources), from the picture
/// module. `done(true)` once the browser has the file; `done(false)` if
/// the module or the file failed, or there is no loader.
pub fn download(
    within: &web_sys::Element,
    link: &str,
    kind: &str,
    done: impl FnOnce(bool) + 'static,
) {
    let Some(load) = loader("deepseek-cost-explainer.picture") else {
        return done(false);
    };
    let done = Closure::once_into_js(move |ok: JsValue| done(ok.is_truthy()));
    let args = Array::of4(within, &link.into(), &kind.into(), &done);
    let _ = load.apply(&JsValue::UNDEFINED, &args);
}

/// What a script embed whose options are wrong (`bad`) says instead, in
/// `l`, listing the values each takes (`languages`: those published), each
/// named as its attribute is (`prefix`: `data-` on a div), from the wire
/// module (`domain::embed::problem`). `done` gets it, and is never called
/// without a loader or if the module fails to load.
pub fn problem(
    bad: &[BadOption],
    l: Locale,
    languages: &str,
    prefix: &str,
    done: impl FnOnce(String) + 'static,
) {
    let Some(load) = loader("deepseek-cost-explainer.problem") else {
        return;
    };
    let flat: Array = bad
        .iter()
        .flat_map(|b| [JsValue::from(&b.key), JsValue::from(&b.value)])
        .collect();
    let done =
        Closure::once_into_js(move |text: JsValue| done(text.as_string().unwrap_or_default()));
    let args = Array::of5(
        &flat,
        &l.tag().into(),
        &languages.into(),
        &prefix.into(),
        &done,
    );
    let _ = load.apply(&JsValue::UNDEFINED, &args);
}
