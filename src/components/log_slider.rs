use yew::prelude::*;

use super::urgent::Urgent;
use super::use_text;
use domain::cited::cited;
use domain::quantity::{nearest_stop, stops, Field};
use domain::scale::css_percent;

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
            if let Some(v) = input
                .value()
                .parse::<usize>()
                .ok()
                .and_then(|i| stops.get(i))
            {
                urgent.slide(field, *v);
            }
        }
    };
    let onchange = {
        let urgent = props.urgent.clone();
        move |_: Event| urgent.settle()
    };
    // Ticks above the thumb's travel, inside the slider's own 44 px, as SVG:
    // percentage coordinates, no inline styles (a strict CSP holds).
    let ticks = cited(field).iter().map(|c| {
        let i = stops.binary_search(&c.value).unwrap_or(0);
        let x = css_percent((i * 10_000 / last) as u32);
        let tick = t.t(c.tick);
        let minor = tick.is_empty();
        html! {
            <g class={if minor { "dce-tick is-minor" } else { "dce-tick" }}>
                <line x1={x.clone()} x2={x.clone()} y1={if minor { "13" } else { "11" }} y2="17" />
                if !minor { <text x={x} y="9" text-anchor="middle">{tick}</text> }
            </g>
        }
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
