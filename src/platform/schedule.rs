//! When work runs: once a slider rests, in a task of its own, and on the
//! document's key presses.

use std::cell::{Cell, OnceCell};
use std::rc::{Rc, Weak};

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs its job once the slider rests: when a look, every `REST_MS`, finds
/// no `touch` since the last. What follows a slider waits while the slider
/// moves, and catches up within 0.1 to 0.2 s of the finger's stop, or at
/// once when the gesture ends (`change`, `Urgent::settle`). A frame with no
/// input is no rest: a finger moving slowly crosses a stop every few
/// frames, and the whole view must not render between them. One timeout
/// callback, made once, looks while there is something to wait for; none
/// runs while nothing moves, and none is allocated per input.
pub struct WhenStill(Rc<Still>);

/// How long between looks: a drag's inputs come every frame (16 ms) or
/// every few, a reader's pause lasts longer.
const REST_MS: i32 = 100;

struct Still {
    job: Box<dyn Fn()>,
    /// Whether a `touch` came since the last look.
    moved: Cell<bool>,
    /// The look to come, if any: cancelled when the widget goes.
    timer: Cell<Option<i32>>,
    callback: OnceCell<Closure<dyn FnMut()>>,
}

impl WhenStill {
    pub fn new(job: impl Fn() + 'static) -> Self {
        WhenStill(Rc::new(Still {
            job: Box::new(job),
            moved: Cell::new(false),
            timer: Cell::new(None),
            callback: OnceCell::new(),
        }))
    }

    /// Something moved: the job waits for a look that finds no touch. The
    /// touch that sets a look going is its start, not a move.
    pub fn touch(&self) {
        match self.0.timer.get() {
            Some(_) => self.0.moved.set(true),
            None => look_later(&self.0),
        }
    }
}

fn look_later(still: &Rc<Still>) {
    let callback = still.callback.get_or_init(|| {
        let weak: Weak<Still> = Rc::downgrade(still);
        Closure::new(move || {
            if let Some(still) = weak.upgrade() {
                still.timer.set(None);
                if still.moved.get() {
                    look_later(&still);
                } else {
                    (still.job)();
                }
            }
        })
    });
    still.moved.set(false);
    let timer = gloo_utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(
        callback.as_ref().unchecked_ref(),
        REST_MS,
    );
    still.timer.set(timer.ok());
}

impl Drop for Still {
    fn drop(&mut self) {
        if let Some(timer) = self.timer.get() {
            gloo_utils::window().clear_timeout_with_handle(timer);
        }
    }
}

/// Runs `job` in a task of its own, after this one (a timeout of no delay),
/// so that two renders do not add up to one long task.
pub fn later(job: impl FnOnce() + 'static) {
    let job = Closure::once_into_js(job);
    let _ = gloo_utils::window().set_timeout_with_callback(job.unchecked_ref());
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
