//! The Yew shell: components render state and turn events into `Action`s.

pub mod app;
mod basis_switch;
mod bridge;
mod citation;
mod claim_checker;
mod classroom_bar;
mod cost_track;
mod input_group;
mod interactive;
mod language_switch;
mod leaves_out;
mod log_slider;
mod memo;
mod number_box;
mod panel;
mod prediction;
mod preset_bar;
mod question;
mod sections;
mod sensitivity;
mod share_bar;
mod source_card;
mod story_panel;
mod term;
mod total_panel;
mod track_scale;
mod worksheet;

use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes};

use domain::locale::Locale;
use domain::quantity::Field;
use domain::text::Localizer;

/// The slug a field uses in ids and test ids: both prices share `price`.
pub(crate) fn slug(field: Field) -> &'static str {
    match field {
        Field::Gpus => "gpus",
        Field::RentPrice | Field::BuyPrice => "price",
        Field::Hours => "hours",
    }
}

/// `node`, an element html! wrote with no attribute, with these, as plain
/// text. Yew's html! makes every class given as an expression a `Classes` set,
/// deduplicated at each render, which this widget never needs (measured:
/// about 2.6 KB of gzipped wasm on each page, of which `VTag::add_attribute`'s
/// map would have given back 0.6 KB).
pub(crate) fn with_attributes<const N: usize>(
    mut node: Html,
    keys: &'static [&'static str; N],
    values: [AttrValue; N],
) -> Html {
    debug_assert!(
        matches!(&node, Html::VTag(tag) if matches!(tag.attributes, Attributes::Static(a) if a.is_empty()))
    );
    if let Html::VTag(tag) = &mut node {
        let values = values.map(|v| Some(AttributeOrProperty::Attribute(v)));
        std::rc::Rc::make_mut(tag).attributes = Attributes::Dynamic {
            keys,
            values: Box::new(values),
        };
    }
    node
}

/// `node`, an element html! wrote with no attribute, with a class chosen
/// at run time (see `with_attributes`).
pub(crate) fn classed(node: Html, class: impl Into<AttrValue>) -> Html {
    with_attributes(node, &["class"], [class.into()])
}

/// Text in the reader's language (the `Locale` context), numbers by Intl.
#[hook]
pub(crate) fn use_text() -> Localizer<'static> {
    let locale = use_context::<Locale>().unwrap_or_default();
    Localizer {
        locale,
        fmt: crate::platform::intl::intl(locale),
    }
}
