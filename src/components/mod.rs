//! The Yew shell: components render state and turn events into `Action`s.

pub mod app;
mod basis_switch;
mod citation;
mod cost_track;
mod headline;
mod input_group;
mod leaves_out;
mod log_slider;
mod number_box;
mod preset_bar;
mod source_card;
mod total_panel;

/// The slug a field uses in ids and test ids: both prices share `price`.
pub(crate) fn slug(field: crate::domain::quantity::Field) -> &'static str {
    use crate::domain::quantity::Field;
    match field {
        Field::Gpus => "gpus",
        Field::RentPrice | Field::BuyPrice => "price",
        Field::Hours => "hours",
    }
}
