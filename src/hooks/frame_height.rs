use yew::prelude::*;

use crate::platform::embed as host_page;

/// Inside an iframe, on the widget's own page (`page`), tells the article
/// how tall the widget is, and again on each change of its height.
#[hook]
pub fn use_frame_height(page: bool, root: &NodeRef) {
    let root = root.clone();
    use_effect_with((), move |_| {
        if let (true, Some(el)) = (
            page && host_page::is_framed(),
            root.cast::<web_sys::Element>(),
        ) {
            host_page::report_height(&el);
        }
    });
}
