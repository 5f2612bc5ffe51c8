use yew::prelude::*;

use super::classed;
use super::use_text;
use crate::urgent::Urgent;
use domain::cited::cited;
use domain::quantity::{nearest_stop, stops, Field};
use domain::scale::css_percent;
use domain::track::{slider_tick, Anchor};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub field: Field,
    pub value: u64,
    pub labelled_by: AttrValue,
    pub urgent: Urgent,
}

/// A native range input over round, log-spaced stops (see
/// `quantity::stops`), so arrows, PageUp/PageDown, Home and End behave as
/// the platform defines them. Cited values are stops and drawn as ticks.
#[function_component(LogSlider)]
pub fn log_slider(props: &Props) -> Html {
    let t = use_text();
    let field = props.field;
    let stops = use_memo(field, |f| {
        let values: Vec<u64> = cited(*f).iter().map(|c| c.value).collect();
        stops(*f, &values)
    });
    let last = stops.len() - 1;
    let index = nearest_stop(&stops, props.value);

    let oninput = {
        let (stops, urgent) = (stops.clone(), props.urgent.clone());
        move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            // The stop's index as a number: no string to copy and parse.
            if let Some(v) = stops.get(input.value_as_number() as usize) {
                urgent.slide(field, *v);
            }
        }
    };
    let onchange = {
        let urgent = props.urgent.clone();
        move |_: Event| urgent.settle()
    };
    // Ticks above the thumb's travel, inside the slider's own 44 px, as SVG:
    // percentage coordinates, no inline styles (a strict CSP holds). Labels
    // near an end lie against the edge, in the ticks' 14 px inset.
    let marks = cited(field);
    let at = |i: usize| (stops.binary_search(&marks[i].value).unwrap_or(0) * 10_000 / last) as u32;
    let labelled = |i: &usize| !t.t(marks[*i].tick).is_empty();
    let ticks = (0..marks.len()).map(|i| {
        let x = css_percent(at(i));
        let tick = t.t(marks[i].tick);
        let minor = tick.is_empty();
        let label = (!minor).then(|| {
            let next = (i + 1..marks.len()).find(labelled).map(at);
            let (anchor, edge) = slider_tick(at(i), next);
            let (label_x, dx) = match (edge, anchor) {
                (true, Anchor::End) => ("100%".to_string(), "14"),
                (true, _) => ("0%".to_string(), "-14"),
                (false, _) => (x.clone(), "0"),
            };
            html! { <text x={label_x} {dx} y="9" text-anchor={anchor.id()}>{tick}</text> }
        });
        let tick = html! {
            <g>
                <line x1={x.clone()} x2={x} y1={if minor { "13" } else { "11" }} y2="17" />
                {for label}
            </g>
        };
        classed(
            tick,
            if minor {
                "dce-tick is-minor"
            } else {
                "dce-tick"
            },
        )
    });
    html! {
        <div class="dce-slider">
            <svg class="dce-ticks" aria-hidden="true">{for ticks}</svg>
            <input type="range" min="0" max={last.to_string()} step="1" value={index.to_string()}
                aria-labelledby={props.labelled_by.clone()}
                aria-valuetext={t.with_unit(field, props.value)}
                {oninput} {onchange} />
        </div>
    }
}
