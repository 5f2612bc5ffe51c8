//! DeepSeek training-cost explainer: the Yew shell over the pure `domain`
//! crate. Components render state and send `Action`s to the one store;
//! `platform` holds every browser access. The wasm entry points are in the
//! `web/` crate.

pub mod story_keys;

#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
mod store;

#[cfg(target_arch = "wasm32")]
pub use components::app::{mount, mount_embeds, App, Host, Props};

/// On the widget's own page (`<body data-dce-page>`), renders it.
#[cfg(target_arch = "wasm32")]
pub fn start_page() {
    if platform::page::is_widget_page() {
        components::app::mount_page();
    }
}
