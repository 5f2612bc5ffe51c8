//! The moment the wasm takes over the prerendered view: what the reader did
//! to it before then (a slider moved, a number typed, a box ticked, a
//! disclosure opened, the focus) is read before Yew renders over it, and
//! replayed on the rendered widget through its own event handlers, so
//! nothing is lost and the reducer stays the one source of truth. The two
//! views have the same controls in the same order: the same components
//! render both, from the same default state.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// The controls whose value a reader can change.
const FIELDS: &str = "input, select";
/// What can hold the focus.
const FOCUSABLE: &str = "input, select, button, summary, a[href], textarea";

/// What the reader did to the prerendered view.
pub struct Taken {
    /// (position among `FIELDS`, new value or checked state)
    values: Vec<(u32, Change)>,
    /// Each `<details>`' open state, in order.
    open: Vec<bool>,
    /// The focused control's position among `FOCUSABLE`.
    focus: Option<u32>,
}

enum Change {
    Value(String),
    Checked(bool),
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return vec![];
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

/// Reads the prerendered view under `body`, if there is one and it was the
/// state shown: while the URL asks for another (`data-dce-pending`, set by
/// `boot.js`), the view was hidden, and the widget renders another layout
/// or state, so there is nothing to replay.
pub fn capture(body: &Element) -> Option<Taken> {
    let pending = gloo_utils::document()
        .document_element()
        .is_some_and(|html| html.has_attribute("data-dce-pending"));
    if pending {
        return None;
    }
    let main = body.query_selector("main[data-dce-prerendered]").ok()??;
    let mut values = Vec::new();
    for (i, el) in (0u32..).zip(all(&main, FIELDS)) {
        if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            if input.type_() == "checkbox" {
                if input.checked() != input.default_checked() {
                    values.push((i, Change::Checked(input.checked())));
                }
            } else if input.value() != input.default_value() {
                values.push((i, Change::Value(input.value())));
            }
        } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
            let default = all(select, "option[selected]")
                .first()
                .and_then(|o| o.get_attribute("value"));
            if default.is_some_and(|d| d != select.value()) {
                values.push((i, Change::Value(select.value())));
            }
        }
    }
    let open = all(&main, "details")
        .iter()
        .map(|d| d.has_attribute("open"))
        .collect();
    let active = gloo_utils::document().active_element();
    let focus = active.and_then(|a| {
        (0u32..)
            .zip(all(&main, FOCUSABLE))
            .find(|(_, el)| *el == a)
            .map(|(i, _)| i)
    });
    Some(Taken {
        values,
        open,
        focus,
    })
}

/// A bubbling event, as the browser fires it: Yew listens at the root.
fn fire(el: &Element, name: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    if let Ok(e) = Event::new_with_event_init_dict(name, &init) {
        let _ = el.dispatch_event(&e);
    }
}

/// Replays `taken` on the widget Yew rendered under `body`.
pub fn replay(body: &Element, taken: Taken) {
    let Some(main) = body.query_selector("main").ok().flatten() else {
        return;
    };
    let fields = all(&main, FIELDS);
    for (i, change) in taken.values {
        let Some(el) = fields.get(i as usize) else {
            continue;
        };
        match change {
            Change::Checked(on) => {
                if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
                    input.set_checked(on);
                }
            }
            Change::Value(v) => {
                if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
                    input.set_value(&v);
                } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
                    select.set_value(&v);
                }
            }
        }
        fire(el, "input");
        fire(el, "change");
    }
    for (d, open) in all(&main, "details").iter().zip(taken.open) {
        if d.has_attribute("open") != open {
            let _ = if open {
                d.set_attribute("open", "")
            } else {
                d.remove_attribute("open")
            };
        }
    }
    if let Some(el) = taken
        .focus
        .and_then(|i| all(&main, FOCUSABLE).into_iter().nth(i as usize))
    {
        if let Some(el) = el.dyn_ref::<HtmlElement>() {
            let _ = el.focus();
        }
    }
}
