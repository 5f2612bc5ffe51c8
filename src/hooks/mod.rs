//! The widget's effects, each a named hook `App` calls: what it does to the
//! page around it (the URL, the keys, the article's requests and reports,
//! the panic fallback) and the slider's urgent path.

mod host_api;
mod panic_fallback;
pub mod story_keys;
mod settled;
mod urgent;

pub use host_api::use_host_api;
pub use panic_fallback::use_panic_fallback;
pub use settled::use_settled;
pub use story_keys::use_story_keys;
pub use urgent::use_urgent;
