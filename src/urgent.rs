//! A slider drag's urgent path. An `input` on a slider writes the new total
//! straight into the headline figure (a text node of its own, which Yew
//! places but never diffs), so the number the reader watches changes in
//! the frame being drawn: one Intl call and one text write, the same work
//! as a hand-written page. What else follows the
//! slider (the exact amount, formula, track, number box, citation) catches
//! up in a task after that frame is painted, one render however many inputs
//! arrived (React calls this a deferred value); the analysis below the fold
//! waits for the gesture's end. The reducer stays the one source of truth:
//! it gets the slide one frame later, and at once when the gesture ends
//! (`change`, which pointer and keyboard gestures both fire). BENCHMARKS.md
//! measures both the urgent path and the whole work per input.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::platform::{intl::intl, page, schedule::AfterPaint};
use crate::store::Dispatch;
use domain::quantity::Field;
use domain::state::{Action, State};
use domain::text::Localizer;

/// One per widget, made once by `App` and handed to the total panel (which
/// places `figure`) and to each slider.
#[derive(Clone)]
pub struct Urgent(Rc<Inner>);

struct Inner {
    dispatch: Dispatch,
    /// The state as of the last render, with any slide not yet dispatched.
    state: Cell<State>,
    /// The slide waiting for the next paint.
    pending: Cell<Option<(Field, u64)>>,
    later: AfterPaint,
    /// The headline figure's text: a node of our own that Yew inserts as
    /// a `VRef` and never diffs, so what is written here is never compared
    /// with a stale copy. None where there is no document (the build's
    /// prerender), which writes `shown` as text.
    figure: Option<web_sys::Text>,
    /// What `figure` says, kept here so a paint compares in Rust instead of
    /// reading the text back from the DOM on every slide.
    shown: RefCell<String>,
}

impl PartialEq for Urgent {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Urgent {
    /// Ready once `App` has told it what it rendered (`rendered`).
    pub fn new(dispatch: Dispatch) -> Self {
        Urgent(Rc::new(Inner {
            dispatch,
            state: Cell::default(),
            pending: Cell::new(None),
            later: AfterPaint::default(),
            figure: page::text_node(),
            shown: RefCell::default(),
        }))
    }

    /// The headline figure, for the total panel to place.
    pub fn figure(&self) -> Html {
        match &self.0.figure {
            Some(node) => Html::VRef(node.clone().into()),
            None => Html::from(self.0.shown.borrow().clone()),
        }
    }

    /// The state `App` just rendered. A slide still waiting is kept in it.
    pub fn rendered(&self, mut state: State) {
        if let Some((field, v)) = self.0.pending.get() {
            state.inputs.set(field, v);
        }
        self.0.state.set(state);
        self.paint();
    }

    /// A slider moved: show the total now, tell the reducer after the paint.
    pub fn slide(&self, field: Field, value: u64) {
        let inner = &self.0;
        if inner.pending.get().is_some_and(|(f, _)| f != field) {
            self.flush();
        }
        let mut state = inner.state.get();
        state.inputs.set(field, value);
        inner.state.set(state);
        inner.pending.set(Some((field, value)));
        self.paint();
        let me = self.clone();
        inner.later.schedule(move || me.flush());
    }

    /// Writes the figure for the latest state: the one rendered, with any
    /// slide not yet dispatched.
    fn paint(&self) {
        let state = self.0.state.get();
        // Predict first: nothing may show the total before the guess (the
        // figure is not placed then).
        if !state.classroom.hides_total() {
            let t = Localizer {
                locale: state.locale,
                fmt: intl(state.locale),
            };
            let text = t.money_compact(state.inputs.total());
            let mut shown = self.0.shown.borrow_mut();
            if *shown != text {
                if let Some(node) = &self.0.figure {
                    node.set_data(&text);
                }
                *shown = text;
            }
        }
    }

    /// The gesture ended: the reducer gets the slide now, then settles.
    pub fn settle(&self) {
        self.flush();
        self.0.dispatch.dispatch(Action::Settle);
    }

    fn flush(&self) {
        if let Some((field, v)) = self.0.pending.take() {
            self.0.dispatch.dispatch(Action::Slide(field, v));
        }
    }
}
