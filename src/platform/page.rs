//! The document the widget is in.

use gloo_utils::{body, document};
use web_sys::Element;

/// True when this document is the widget's own page (`<body data-dce-page>`).
pub fn is_widget_page() -> bool {
    body().has_attribute("data-dce-page")
}

/// True in the offline single file (its `<body data-dce-offline>`).
pub fn is_offline_file() -> bool {
    body().has_attribute("data-dce-offline")
}

/// Full screen on or off for `el` (the widget), where the browser allows it.
pub fn toggle_fullscreen(el: &Element) {
    let doc = document();
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else {
        let _ = el.request_fullscreen();
    }
}
