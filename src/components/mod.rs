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
mod total_panel;
mod track_scale;
mod worksheet;

use yew::prelude::*;

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

/// Text in the reader's language (the `Locale` context), numbers by Intl.
#[hook]
pub(crate) fn use_text() -> Localizer<'static> {
    let locale = use_context::<Locale>().unwrap_or_default();
    Localizer {
        locale,
        fmt: crate::platform::intl::intl(locale),
    }
}
