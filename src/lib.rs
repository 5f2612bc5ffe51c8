//! DeepSeek training-cost explainer: a pure domain core and a thin Yew shell.

pub mod domain;

#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
pub mod platform;

#[cfg(target_arch = "wasm32")]
pub use components::app::{mount, App};
