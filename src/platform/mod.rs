//! All browser access, by concern. Components call these; the domain never
//! sees a browser type.

pub mod clipboard;
pub mod embed;
pub mod fallback;
pub mod host_api;
pub mod intl;
pub mod modules;
pub mod page;
pub mod schedule;
pub mod takeover;
pub mod url;
