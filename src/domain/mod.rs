//! The pure core: cost model, exact money, presets, citations, URL state,
//! languages and text. No browser crate can be used here: on the host, where `cargo test`
//! runs these modules, the crate has no browser dependencies at all.

pub mod bridge;
pub mod cited;
pub mod claim;
pub mod classroom;
pub mod corrections;
pub mod embed;
pub mod facts;
pub mod locale;
pub mod messages;
pub mod model;
pub mod presets;
pub mod qr;
pub mod quantity;
pub mod scale;
pub mod text;
pub mod uncertainty;
pub mod url;
