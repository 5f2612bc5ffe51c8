use yew::prelude::*;

use super::app::Dispatch;
use super::citation::citation;
use super::log_slider::LogSlider;
use super::number_box::NumberBox;
use super::urgent::Urgent;
use super::{slug, use_text};
use crate::domain::quantity::Field;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub field: Field,
    pub title: AttrValue,
    pub hint: AttrValue,
    pub value: u64,
    pub dispatch: Dispatch,
    pub urgent: Urgent,
    /// Extra controls between the title and the slider (the pricing-basis
    /// switch).
    #[prop_or_default]
    pub children: Html,
}

/// One input: a title naming both the slider and the number box, the box,
/// the unit (the hint), the slider with its cited ticks, and the citation
/// for the current value on one line.
#[function_component(InputGroup)]
pub fn input_group(props: &Props) -> Html {
    let t = use_text();
    let s = slug(props.field);
    let label_id: AttrValue = format!("dce-label-{s}").into();
    let hint_id: AttrValue = format!("dce-hint-{s}").into();
    html! {
        <div class={format!("dce-input dce-input-{s}")} role="group" aria-labelledby={label_id.clone()}>
            <div class="dce-input-head">
                <h2 class="dce-input-title" id={label_id.clone()}>{props.title.clone()}</h2>
                <NumberBox field={props.field} value={props.value} labelled_by={label_id.clone()}
                    described_by={hint_id.clone()} dispatch={props.dispatch.clone()} />
            </div>
            <p class="dce-hint" id={hint_id}>{props.hint.clone()}</p>
            {props.children.clone()}
            <LogSlider field={props.field} value={props.value} labelled_by={label_id} urgent={props.urgent.clone()} />
            {citation(t, props.field, props.value)}
        </div>
    }
}
