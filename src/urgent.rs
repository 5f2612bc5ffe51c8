//! A slider drag's urgent path. An `input` on a slider writes the new total
//! straight into the headline figure and moves the track's marker (nodes of
//! its own, which Yew places but never diffs), so what the reader watches
//! changes in the frame being drawn: one text write and the marker's
//! start (an attribute, no style), about the work of a hand-written page. A
//! total's text is formatted once (one Intl call) and kept, so a drag back
//! over stops it has crossed formats nothing.
//! Nothing else renders while the slider moves: the exact amount, formula,
//! band, number box and citation catch up once the slider rests (a tenth
//! of a second with no input: a slow finger leaves frames with none), or
//! at once when the gesture ends (`change`, which pointer and keyboard
//! gestures both fire), in one render however many inputs arrived (React
//! calls this a deferred value); the analysis below the fold follows the
//! settled state. The reducer stays the one source of truth. BENCHMARKS.md
//! measures the urgent path and the whole work per input.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::platform::intl::intl;
use crate::platform::page;
use crate::platform::schedule::{self, WhenStill};
use crate::store::Dispatch;
use domain::locale::Locale;
use domain::quantity::Field;
use domain::scale::css_percent;
use domain::state::{Action, State};
use domain::text::Localizer;
use domain::track::{self, MARKER};
use domain::units::Cents;

/// One per widget, made once by `App` and handed to the total panel (which
/// places `figure`), the track (which places `marker`) and each slider.
#[derive(Clone)]
pub struct Urgent(Rc<Inner>);

struct Inner {
    dispatch: Dispatch,
    /// The state as of the last render, with any slide not yet dispatched.
    state: Cell<State>,
    /// The slide the reducer has not had yet: while there is one, a
    /// slider's gesture (a drag, or a key press) is under way, and the
    /// marker keeps to the thumb, with no glide.
    pending: Cell<Option<(Field, u64)>>,
    /// Gives the reducer the slide once the slider rests.
    still: WhenStill,
    /// The headline figure's text: a node of our own that Yew inserts as
    /// a `VRef` and never diffs, so what is written here is never compared
    /// with a stale copy. None where there is no document (the build's
    /// prerender), which writes `text` as text.
    figure: Option<Figure>,
    /// Where there is no document, what the figure says.
    text: RefCell<String>,
    /// The total `figure` says, and in which language, kept here so a
    /// paint compares in Rust instead of reading the text back from the
    /// DOM on every slide.
    shown: Cell<Option<(Locale, Cents)>>,
    /// The track's marker, a dot in a ring: an SVG group of our own, placed
    /// and written like `figure`, and `x`, where it stands (basis points).
    marker: Option<Marker>,
    x: Cell<u32>,
}

/// The headline figure: its text node, and the text it said for each of
/// the last totals, as strings the page holds. A drag goes back and forth
/// over the same stops, and a total met again is written with no number
/// formatted and no string copied into the page (BENCHMARKS.md, issue 28).
struct Figure {
    node: web_sys::Text,
    /// Totals, each in a language, with their texts, the oldest first: at
    /// most `KEPT`.
    texts: RefCell<Vec<((Locale, Cents), js_sys::JsString)>>,
}

/// More than the longest slider's stops (176, the hours'), so a drag from
/// end to end and back formats each total once.
const KEPT: usize = 256;

/// The track's marker: a group of the span (`main.css`), the dot in its
/// ring (an SVG `<marker>`, drawn at the start of a line) and that line,
/// the pin, unstroked, from the total's place to the track's end. The
/// widget moves the pin by its start, `x1`, one attribute no style rule
/// sees, not the circles by their `cx` nor anything by a transform: those
/// restyle the marker, or make the browser lay out all the page's layers
/// anew, on every input of a drag (BENCHMARKS.md, issue 28).
struct Marker {
    group: web_sys::Element,
    /// The pin: its class and style start a scenario's glide.
    pin: web_sys::SvgElement,
    /// Which of the glide's two names ran last: a new name starts it anew.
    again: Cell<bool>,
}

/// The dot's `<marker>`'s id: one widget a document, or a shadow root
/// (like the labels' ids).
macro_rules! dot {
    () => {
        "dce-dot"
    };
}
const DOT: &str = dot!();
const DOT_URL: &str = concat!("url(#", dot!(), ")");
macro_rules! pin {
    () => {
        "dce-track-pin"
    };
}
const PIN: &str = pin!();
/// Where the pin ends, wherever it starts: the track's end.
const PIN_END: &str = "100%";

fn marker() -> Option<Marker> {
    let group = page::svg_element("g", &[("class", "dce-track-marker")])?;
    // Drawn in the track's units, round the pin's start, unclipped.
    let dot = page::svg_element(
        "marker",
        &[
            ("id", DOT),
            ("markerUnits", "userSpaceOnUse"),
            ("overflow", "visible"),
        ],
    )?;
    for (class, r) in [
        ("dce-track-now", MARKER.dot),
        ("dce-track-ring", MARKER.ring),
    ] {
        let circle = page::svg_element("circle", &[("class", class), ("r", r)])?;
        dot.append_child(&circle).ok()?;
    }
    let pin = page::svg_element(
        "line",
        &[
            ("class", PIN),
            ("x2", PIN_END),
            ("y1", MARKER.cy),
            ("y2", MARKER.cy),
            ("marker-start", DOT_URL),
        ],
    )?;
    for child in [
        page::svg_element("rect", &[("class", "dce-track-span")])?,
        dot,
        pin.clone(),
    ] {
        group.append_child(&child).ok()?;
    }
    Some(Marker {
        group,
        pin: pin.unchecked_into(),
        again: Cell::new(false),
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
            figure: page::text_node().map(|node| Figure {
                node,
                texts: RefCell::default(),
            }),
            text: RefCell::default(),
            shown: Cell::new(None),
            marker: marker(),
            x: Cell::new(u32::MAX),
        }))
    }

    /// The headline figure, for the total panel to place.
    pub fn figure(&self) -> Html {
        match &self.0.figure {
            Some(figure) => Html::VRef(figure.node.clone().into()),
            None => Html::from(self.0.text.borrow().clone()),
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
        let x = css_percent(track::x(self.0.state.get().inputs.total()));
        html! {<g class="dce-track-marker">
            <rect class="dce-track-span" />
            <marker id={DOT} markerUnits="userSpaceOnUse" overflow="visible">
                <circle class="dce-track-now" r={MARKER.dot} />
                <circle class="dce-track-ring" r={MARKER.ring} />
            </marker>
            <line class="dce-track-pin" x1={x} x2={PIN_END} y1={MARKER.cy} y2={MARKER.cy} marker-start={DOT_URL} />
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
        // A gesture's first input stops a scenario's glide still under way.
        if let (Some(marker), None) = (&inner.marker, inner.pending.get()) {
            marker.rest();
        }
        let mut state = inner.state.get();
        state.inputs.set(field, value);
        inner.state.set(state);
        inner.pending.set(Some((field, value)));
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
        // figure is not placed then). The answer, revealed, stands where it
        // is: no glide from an earlier answer's place, nor the last glide
        // again (an element put back into the page runs its animation anew).
        if state.classroom.hides_total() {
            if let (Some(marker), false) = (&self.0.marker, self.0.x.replace(u32::MAX) == u32::MAX)
            {
                marker.rest();
            }
        } else {
            let total = state.inputs.total();
            let x = track::x(total);
            let text = || {
                Localizer {
                    locale: state.locale,
                    fmt: intl(state.locale),
                }
                .money_compact(total)
            };
            let key = (state.locale, total);
            match &self.0.figure {
                Some(figure) if self.0.shown.replace(Some(key)) != Some(key) => {
                    let mut texts = figure.texts.borrow_mut();
                    let i = match texts.iter().position(|(k, _)| *k == key) {
                        Some(i) => i,
                        None => {
                            if texts.len() == KEPT {
                                texts.remove(0);
                            }
                            texts.push((key, js_sys::JsString::from(text().as_str())));
                            texts.len() - 1
                        }
                    };
                    page::set_text(&figure.node, &texts[i].1);
                }
                Some(_) => {}
                None => *self.0.text.borrow_mut() = text(),
            }
            let from = self.0.x.replace(x);
            if let (Some(marker), false) = (&self.0.marker, from == x) {
                let _ = marker.pin.set_attribute("x1", &css_percent(x));
                // A scenario's jump glides (`main.css`); a slider's
                // gesture does not: the marker stands where the figure
                // says, in every frame.
                if self.0.pending.get().is_none() && from != u32::MAX {
                    marker.glide(from, x);
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
        if let Some((field, v)) = self.0.pending.take() {
            self.0.dispatch.dispatch(Action::Slide(field, v));
        }
    }
}

impl Marker {
    /// Stops a glide, or keeps one that has run from running again.
    fn rest(&self) {
        let _ = self.pin.set_attribute("class", PIN);
    }

    /// Glides the pin from `from` to `to` (basis points of the track), now
    /// that it stands at `to`: it starts offset by the difference (the
    /// glide's `--from` and `--to`, `main.css`) and eases back. A glide's
    /// name alternates, so that each jump starts one anew; a jump during a
    /// glide starts from where that one was going.
    fn glide(&self, from: u32, to: u32) {
        let style = self.pin.style();
        let _ = style.set_property("--from", &css_percent(from));
        let _ = style.set_property("--to", &css_percent(to));
        let class = match self.again.replace(!self.again.get()) {
            true => concat!(pin!(), " is-gliding"),
            false => concat!(pin!(), " is-gliding-again"),
        };
        let _ = self.pin.set_attribute("class", class);
    }
}
