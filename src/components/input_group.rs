use yew::prelude::*;

use super::citation::citation;
use super::log_slider::LogSlider;
use super::number_box::NumberBox;
use super::slug;
use super::with_attributes;
use crate::store::Dispatch;
use crate::urgent::Urgent;
use domain::quantity::Field;
use domain::text::Localizer;

/// One input: a title naming both the slider and the number box, the box,
/// the unit (the hint, which in Buy mode tells what the hours change), `extra`
/// controls (the pricing-basis switch), the
/// slider with its cited ticks, and the citation for the current value on
/// one line. A function, not a component: a component type measured about
/// 0.6 KB of wasm, and the slider and box inside skip unchanged renders.
pub fn input_group(
    t: Localizer,
    field: Field,
    value: u64,
    dispatch: &Dispatch,
    urgent: &Urgent,
    extra: Html,
    buying: bool,
) -> Html {
    let (title, hint) = (field.title(), field.hint(buying));
    let s = slug(field);
    let label_id: AttrValue = format!("dce-label-{s}").into();
    let hint_id: AttrValue = format!("dce-hint-{s}").into();
    let group = html! {
        <div>
            <div class="dce-input-head">
                <h2 class="dce-input-title" id={label_id.clone()}>{t.t(title)}</h2>
                <NumberBox {field} {value} labelled_by={label_id.clone()}
                    described_by={hint_id.clone()} dispatch={dispatch.clone()} />
            </div>
            <p class="dce-hint" id={hint_id}>{t.t(hint)}</p>
            {extra}
            <LogSlider {field} {value} labelled_by={label_id.clone()} urgent={urgent.clone()} />
            {citation(t, field, value)}
        </div>
    };
    let class = format!("dce-input dce-input-{s}").into();
    with_attributes(
        group,
        &["class", "role", "aria-labelledby"],
        [class, "group".into(), label_id],
    )
}
