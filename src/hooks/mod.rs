//! The widget's effects, each a named hook `App` calls: what it does to the
//! page around it (the URL, the keys, the frame's height, the panic
//! fallback) and the slider's urgent path.

mod frame_height;
mod panic_fallback;
pub mod story_keys;
mod url_sync;
mod urgent;

pub use frame_height::use_frame_height;
pub use panic_fallback::use_panic_fallback;
pub use story_keys::use_story_keys;
pub use urgent::use_urgent;
pub use url_sync::use_url_sync;
