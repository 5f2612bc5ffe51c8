//! The pure core: cost model, exact money, presets, citations, URL state and
//! text. No browser crate can be used here: on the host, where `cargo test`
//! runs these modules, the crate has no browser dependencies at all.

pub mod cited;
pub mod facts;
pub mod format;
pub mod model;
pub mod presets;
pub mod quantity;
pub mod scale;
pub mod url;
