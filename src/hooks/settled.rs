use yew::prelude::*;

use crate::platform::{host_api, url as page_url};
use domain::embed::Report;
use domain::state::State;
use domain::url;

/// Each settled state (never a drag's every step), where it is kept: on
/// the widget's own page, in the URL with the classroom's options, keeping
/// parameters we do not own (a script embed never touches its article's
/// URL); and, in an article, told to it (a frame's parent, or the custom
/// element's listeners), once when the widget is ready and after each
/// change.
#[hook]
pub fn use_settled(page: bool, state: &State, root: &NodeRef) {
    let (root, state) = (root.clone(), *state);
    let c = state.classroom;
    use_effect_with(
        (
            state.settled,
            state.locale,
            state.locale_pinned,
            (c.present, c.step, c.predict),
        ),
        move |(settled, locale, pinned, _)| {
            if page {
                let existing = url::with_classroom(&page_url::query(), &c);
                page_url::replace_query(&url::merge(&existing, settled, pinned.then_some(*locale)));
            }
            if let Some(root) = root.cast::<web_sys::Element>() {
                host_api::report(&root, &Report::of(&state));
            }
        },
    );
}
