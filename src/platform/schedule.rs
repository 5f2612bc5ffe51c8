//! When work runs: after the next paint, and on the document's key presses.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use gloo_render::{request_animation_frame, AnimationFrame};
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;

/// Runs the latest job given to `schedule` once, in a task after the next
/// paint (an animation frame, then a zero timeout): what follows a slider
/// catches up after the total a reader is watching is on screen. A burst
/// of inputs queues one run, not many.
#[derive(Default)]
pub struct AfterPaint {
    job: Rc<RefCell<Option<Job>>>,
    /// The latest frame and timeout. Each is kept until the next replaces
    /// it, then dropped, which frees its callback (forgetting one would
    /// leak it on every frame of a drag).
    frame: RefCell<Option<AnimationFrame>>,
    timeout: Rc<RefCell<Option<Timeout>>>,
}

type Job = Box<dyn FnOnce()>;

impl AfterPaint {
    pub fn schedule(&self, f: impl FnOnce() + 'static) {
        let idle = self.job.borrow_mut().replace(Box::new(f)).is_none();
        if idle {
            let (job, timeout) = (self.job.clone(), self.timeout.clone());
            let frame = request_animation_frame(move |_| {
                let run = Timeout::new(0, move || {
                    let next = job.borrow_mut().take();
                    if let Some(f) = next {
                        f()
                    }
                });
                timeout.replace(Some(run));
            });
            self.frame.replace(Some(frame));
        }
    }
}

/// Calls `f(key, in_control, modified)` for each keydown on the document
/// until the returned listener is dropped. `in_control` is true when the
/// focused element keeps such keys for itself: a text box, a slider, a
/// radio group, a list. A button or a link does not. When `f` returns true
/// the key was handled, and does nothing else (a clicker's Page Down must
/// not also scroll the page).
pub fn on_keydown(f: impl Fn(&str, bool, bool) -> bool + 'static) -> EventListener {
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&gloo_utils::document(), "keydown", options, move |e| {
        let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        let in_control = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            .is_some_and(|el| match el.dyn_ref::<web_sys::HtmlInputElement>() {
                Some(input) => !matches!(
                    input.type_().as_str(),
                    "checkbox" | "button" | "submit" | "reset"
                ),
                None => {
                    el.is_content_editable()
                        || matches!(el.tag_name().as_str(), "TEXTAREA" | "SELECT")
                }
            });
        let modified = e.alt_key() || e.ctrl_key() || e.meta_key() || e.shift_key();
        if f(&e.key(), in_control, modified) {
            e.prevent_default();
        }
    })
}
