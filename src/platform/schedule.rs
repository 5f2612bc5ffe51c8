//! When work runs: once a slider rests, in a task of its own, and on the
//! document's key presses.

use std::cell::{Cell, OnceCell};
use std::rc::{Rc, Weak};

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Runs its job once a whole animation frame has passed with no `touch`:
/// what follows a slider waits while the slider moves, and catches up,
/// before that frame is painted, once it rests. One frame callback, made
/// once, looks at each frame while there is something to wait for; none
/// runs while nothing moves, and none is allocated per input.
pub struct WhenStill(Rc<Still>);

struct Still {
    job: Box<dyn Fn()>,
    /// Whether a `touch` came since the last frame.
    moved: Cell<bool>,
    /// The frame asked for, if any: cancelled when the widget goes.
    frame: Cell<Option<i32>>,
    callback: OnceCell<Closure<dyn FnMut()>>,
}

impl WhenStill {
    pub fn new(job: impl Fn() + 'static) -> Self {
        WhenStill(Rc::new(Still {
            job: Box::new(job),
            moved: Cell::new(false),
            frame: Cell::new(None),
            callback: OnceCell::new(),
        }))
    }

    /// Something moved: the job waits for a frame without a touch.
    pub fn touch(&self) {
        self.0.moved.set(true);
        if self.0.frame.get().is_none() {
            request(&self.0);
        }
    }
}

fn request(still: &Rc<Still>) {
    let callback = still.callback.get_or_init(|| {
        let weak: Weak<Still> = Rc::downgrade(still);
        Closure::new(move || {
            if let Some(still) = weak.upgrade() {
                still.frame.set(None);
                if still.moved.replace(false) {
                    request(&still);
                } else {
                    (still.job)();
                }
            }
        })
    });
    let frame = gloo_utils::window().request_animation_frame(callback.as_ref().unchecked_ref());
    still.frame.set(frame.ok());
}

impl Drop for Still {
    fn drop(&mut self) {
        if let Some(frame) = self.frame.get() {
            let _ = gloo_utils::window().cancel_animation_frame(frame);
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
