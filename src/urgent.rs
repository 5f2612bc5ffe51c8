//! A slider drag's urgent path. An `input` on a slider writes the new total
//! straight into the headline figure and moves the track's marker (nodes of
//! its own, which Yew places but never diffs), so what the reader watches
//! changes in the frame being drawn: one Intl call, one text write and two
//! style writes, about the work of a hand-written page. Nothing else
//! renders while the slider moves: the exact amount, formula, band, number
//! box and citation catch up once a frame passes with no input, or at once
//! when the gesture ends (`change`, which pointer and keyboard gestures
//! both fire), in one render however many inputs arrived (React calls this
//! a deferred value); the analysis below the fold follows the settled
//! state. The reducer stays the one source of truth. BENCHMARKS.md measures
//! the urgent path and the whole work per input.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::platform::schedule::{self, WhenStill};
use crate::platform::{intl::intl, page};
use crate::store::Dispatch;
use domain::quantity::Field;
use domain::scale::css_percent;
use domain::state::{Action, State};
use domain::text::Localizer;
use domain::track::{self, MARKER};

/// One per widget, made once by `App` and handed to the total panel (which
/// places `figure`), the track (which places `marker`) and each slider.
#[derive(Clone)]
pub struct Urgent(Rc<Inner>);

struct Inner {
    dispatch: Dispatch,
    /// The state as of the last render, with any slide not yet dispatched.
    state: Cell<State>,
    /// The slide the reducer has not had yet.
    pending: Cell<Option<(Field, u64)>>,
    /// Gives the reducer the slide once the slider rests.
    still: WhenStill,
    /// The headline figure's text: a node of our own that Yew inserts as
    /// a `VRef` and never diffs, so what is written here is never compared
    /// with a stale copy. None where there is no document (the build's
    /// prerender), which writes `shown` as text.
    figure: Option<web_sys::Text>,
    /// What `figure` says, kept here so a paint compares in Rust instead of
    /// reading the text back from the DOM on every slide.
    shown: RefCell<String>,
    /// The track's marker, a dot in a ring: an SVG group of our own, placed
    /// and written like `figure`, and `x`, where it stands (basis points).
    marker: Option<Marker>,
    x: Cell<u32>,
    /// Whether a slide is under way: the marker's glide is off until it
    /// rests (see `hold`).
    held: Cell<bool>,
}

/// The track's marker: a group of the span (`main.css`), the dot and its
/// ring, with `main.css`'s classes. The widget moves the circles by their
/// `cx`, set through the CSSOM, which a CSP without inline styles allows.
/// Not the group by a transform, nor a layer of its own: either made the
/// browser lay out all the page's layers anew on every input of a drag
/// (BENCHMARKS.md, issue 28).
struct Marker {
    group: web_sys::SvgElement,
    /// The circles' inline styles, fetched once: a drag writes them on
    /// every input.
    circles: [web_sys::CssStyleDeclaration; 2],
}

fn marker() -> Option<Marker> {
    let group = page::svg_element("g", &[("class", "dce-track-marker")])?;
    let span = page::svg_element("rect", &[("class", "dce-track-span")])?;
    group.append_child(&span).ok()?;
    let circle = |class, r| {
        let circle = page::svg_element("circle", &[("class", class), ("cy", MARKER.cy), ("r", r)])?;
        group.append_child(&circle).ok()?;
        Some(circle.unchecked_into::<web_sys::SvgElement>().style())
    };
    let circles = [
        circle("dce-track-now", MARKER.dot)?,
        circle("dce-track-ring", MARKER.ring)?,
    ];
    Some(Marker {
        group: group.unchecked_into(),
        circles,
    })
}

impl PartialEq for Urgent {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Urgent {
    /// Ready once `App` has told it what it rendered (`rendered`).
    pub fn new(dispatch: Dispatch) -> Self {
        Urgent(Rc::new_cyclic(|me: &Weak<Inner>| Inner {
            dispatch,
            state: Cell::default(),
            pending: Cell::new(None),
            still: WhenStill::new({
                let me = me.clone();
                move || {
                    if let Some(me) = me.upgrade() {
                        Urgent(me).flush();
                    }
                }
            }),
            figure: page::text_node(),
            shown: RefCell::default(),
            marker: marker(),
            x: Cell::new(u32::MAX),
            held: Cell::new(false),
        }))
    }

    /// The headline figure, for the total panel to place.
    pub fn figure(&self) -> Html {
        match &self.0.figure {
            Some(node) => Html::VRef(node.clone().into()),
            None => Html::from(self.0.shown.borrow().clone()),
        }
    }

    /// The total's marker on the track, for the track to place.
    pub fn marker(&self) -> Html {
        match &self.0.marker {
            Some(marker) => Html::VRef(marker.group.clone().into()),
            None => self.drawn_marker(),
        }
    }

    /// Where there is no document (the build's prerender), the marker drawn
    /// from the state. Not in the widget's wasm, which always has one.
    #[cfg(not(target_arch = "wasm32"))]
    fn drawn_marker(&self) -> Html {
        // The page before the wasm runs has no inline style (a strict CSP
        // would refuse it): its circles stand at their `cx`.
        let cx = css_percent(track::x(self.0.state.get().inputs.total()));
        html! {<g class="dce-track-marker">
            <rect class="dce-track-span" />
            <circle class="dce-track-now" cx={cx.clone()} cy={MARKER.cy} r={MARKER.dot} />
            <circle class="dce-track-ring" {cx} cy={MARKER.cy} r={MARKER.ring} />
        </g>}
    }

    #[cfg(target_arch = "wasm32")]
    fn drawn_marker(&self) -> Html {
        Html::default()
    }

    /// The state `App` just rendered. A slide still waiting is kept in it.
    pub fn rendered(&self, mut state: State) {
        if let Some((field, v)) = self.0.pending.get() {
            state.inputs.set(field, v);
        }
        self.0.state.set(state);
        self.paint();
    }

    /// A slider moved: show the total and move the marker now; tell the
    /// reducer once the slider rests.
    pub fn slide(&self, field: Field, value: u64) {
        let inner = &self.0;
        if inner.pending.get().is_some_and(|(f, _)| f != field) {
            self.flush();
        }
        let mut state = inner.state.get();
        state.inputs.set(field, value);
        inner.state.set(state);
        inner.pending.set(Some((field, value)));
        self.hold(true);
        self.paint();
        // A drag renders nothing but the figure and the marker until the
        // slider rests.
        inner.still.touch();
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
            let total = state.inputs.total();
            let text = t.money_compact(total);
            let mut shown = self.0.shown.borrow_mut();
            if *shown != text {
                if let Some(node) = &self.0.figure {
                    node.set_data(&text);
                }
                *shown = text;
            }
            let x = track::x(total);
            if let (Some(marker), false) = (&self.0.marker, self.0.x.replace(x) == x) {
                let cx = css_percent(x);
                for style in &marker.circles {
                    let _ = style.set_property("cx", &cx);
                }
            }
        }
    }

    /// The gesture ended: the reducer gets the slide now, and the settled
    /// view (the analysis, the link, the announcement) follows in a task
    /// of its own, before or just after the next frame. Rendered in one
    /// task, the two took up to 57 ms on the bench's throttled phone, over
    /// the 50 ms of a long task (BENCHMARKS.md, issue 28).
    pub fn settle(&self) {
        self.flush();
        let dispatch = self.0.dispatch.clone();
        schedule::later(move || dispatch.dispatch(Action::Settle));
    }

    fn flush(&self) {
        self.hold(false);
        if let Some((field, v)) = self.0.pending.take() {
            self.0.dispatch.dispatch(Action::Slide(field, v));
        }
    }

    /// A scenario's jump glides (`main.css`), a slide does not: while one is
    /// under way the marker stands where the figure says, in every frame.
    /// Set here, by the one who knows, because a stylesheet rule that asks
    /// whether a slider is pressed (`:has(input:active)`) made the browser
    /// search the whole widget each time it restyled the marker, on every
    /// input (BENCHMARKS.md, issue 28). A key press slides and settles in
    /// one task, so it still glides.
    fn hold(&self, held: bool) {
        if let (Some(marker), false) = (&self.0.marker, self.0.held.replace(held) == held) {
            let style = marker.group.style();
            let _ = match held {
                true => style.set_property("transition", "none"),
                false => style.remove_property("transition").map(drop),
            };
        }
    }
}
