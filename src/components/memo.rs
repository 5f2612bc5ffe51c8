//! Views that Yew redraws only when what they show changes. They are plain
//! functions; this one component wraps them all, because each component
//! type measured about 0.6 KB gzipped of wasm, and a function called from
//! `App` would be redrawn on every frame of a drag.

use yew::prelude::*;

use super::bridge::bridge;
use super::leaves_out::leaves_out;
use super::sensitivity::sensitivity_chart;
use super::track_scale::track_scale;
use super::use_text;
use domain::inputs::Inputs;

/// What a `Memo` draws, with everything it depends on but the language.
#[derive(Clone, Copy, PartialEq)]
pub enum Drawing {
    /// The cost track's fixed part; `landmarks` is false while predicting.
    TrackScale { landmarks: bool },
    /// What the numbers leave out, and the corrections: the same for every
    /// state, and long enough that a drag should not re-diff it each frame.
    LeavesOut,
    /// The waterfall from $5.576M to $1.6B, for the settled inputs.
    Bridge(Inputs),
    /// How far each input's cited range moves the settled total.
    Sensitivity(Inputs),
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub drawing: Drawing,
}

#[function_component(Memo)]
pub fn memo(props: &Props) -> Html {
    let t = use_text();
    match &props.drawing {
        Drawing::TrackScale { landmarks } => track_scale(t, *landmarks),
        Drawing::LeavesOut => leaves_out(t),
        Drawing::Bridge(inputs) => bridge(t, inputs),
        Drawing::Sensitivity(inputs) => sensitivity_chart(t, inputs),
    }
}
