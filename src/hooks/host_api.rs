use yew::prelude::*;

use crate::platform::host_api;
use crate::store::Dispatch;
use domain::state::Action;
use domain::url::{self, Request};

/// What the article around the widget may ask of it, set up once: a state
/// (a frame's parent window by a message, a custom element's article by
/// its attributes), which applies as the URL's options would. The state
/// goes back to the article with each settled change (`use_settled`).
#[hook]
pub fn use_host_api(dispatch: &Dispatch, root: &NodeRef) {
    let (root, dispatch) = (root.clone(), dispatch.clone());
    use_effect_with((), move |_| {
        let Some(el) = root.cast::<web_sys::Element>() else {
            return;
        };
        host_api::answer(&el, move |pairs| {
            let request = Request::read(url::borrowed(&pairs));
            if request != Request::default() {
                dispatch.dispatch(Action::Configure(request));
            }
        });
    });
}
