//! DeepSeek training-cost explainer: a pure domain core and a thin Yew shell.
//! The wasm entry points are in the `web/` crate.

pub mod domain;

#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
pub mod platform;

#[cfg(target_arch = "wasm32")]
pub use components::app::{mount, mount_embeds, App};

/// On the widget's own page (`<body data-dce-page>`), renders it.
#[cfg(target_arch = "wasm32")]
pub fn start_page() {
    if platform::is_widget_page() {
        components::app::mount_page();
    }
}
