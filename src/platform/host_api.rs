//! The article's side of the widget: what the article asks of it (a
//! message posted into its frame, or a changed attribute of its custom
//! element) and what the widget tells the article (its settled state).
//!
//! The loader (`loader.js`) and the script embed (`widget.js`) do the
//! listening and the telling, in a few lines of script that cost a page's
//! first load less than their wasm would: a frame hears its parent window
//! (and no other), a custom element its attributes; the wire module reads
//! each request, and the widget gets the options it names as a query
//! string. The loader sends the state the widget gives it to a frame's
//! parent, or dispatches it on the custom element. The article is as
//! hostile as a URL: a request reaches
//! the widget only as the URL's option names and texts.

use js_sys::{Array, Reflect, Symbol};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsValue;
use web_sys::Element;

use domain::embed::{Decimal, Report};
use domain::url::Pairs;

use super::modules;
use super::url::decode;

/// Where the widget's root `<main>` takes the article's requests.
const CONFIGURE: &str = "deepseek-cost-explainer.configure";
/// The loader's function that tells the article a state.
const REPORT: &str = "deepseek-cost-explainer.report";

/// Lets the article ask the widget whose root is `root` for a state, for
/// as long as the page lives: each request the loader hears, read by the
/// wire module into the options it names, is given to `on`.
pub fn answer(root: &Element, on: impl Fn(Pairs) + 'static) {
    let on = Closure::<dyn Fn(String)>::new(move |query: String| on(decode(&query)));
    let _ = Reflect::set(root, &Symbol::for_(CONFIGURE), on.as_ref());
    on.forget();
}

/// A decimal as a JSON number: exact integers divided once, so the number
/// is the one nearest the decimal, as `JSON.parse` would read it.
fn number(d: Decimal) -> JsValue {
    (d.units as f64 / 10f64.powi(d.places as i32)).into()
}

/// Tells the article the state `r` of the widget whose root is `root`:
/// the loader sends it to a frame's parent, or dispatches it on the
/// custom element or script embed around `root`. Nothing on a page of its
/// own, or without a loader.
pub fn report(root: &Element, r: &Report) {
    let Some(tell) = modules::loader(REPORT) else {
        return;
    };
    // In the order of the state's keys, which the loader names (one copy
    // of the names, in script, costs the first load less than in wasm).
    let state: [JsValue; 8] = [
        r.preset.map_or(JsValue::NULL, |p| p.id().into()),
        r.step.map_or(JsValue::NULL, JsValue::from),
        (r.gpus as f64).into(),
        r.basis.id().into(),
        number(r.price),
        number(r.hours),
        number(r.total),
        r.locale.tag().into(),
    ];
    let state: Array = state.iter().collect();
    let _ = tell.call2(&JsValue::UNDEFINED, root, &state);
}
