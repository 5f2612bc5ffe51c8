use yew::prelude::*;

use crate::platform::url as page_url;
use domain::state::State;
use domain::url;

/// On the widget's own page (`page`), records each settled state and the
/// classroom's options in the URL, keeping parameters we do not own. A
/// script embed never touches its article's URL.
#[hook]
pub fn use_url_sync(page: bool, state: &State) {
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
        },
    );
}
