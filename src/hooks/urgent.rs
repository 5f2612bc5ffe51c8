use yew::prelude::*;

use crate::store::Dispatch;
use crate::urgent::Urgent;
use domain::state::State;

/// The widget's one urgent path (a slider shows the total at once and
/// tells the reducer after the paint), told of each render's `state`: the
/// headline figure is a node Yew never diffs, written from the latest state.
#[hook]
pub fn use_urgent(dispatch: &Dispatch, state: State) -> Urgent {
    let urgent = (*use_memo((), {
        let dispatch = dispatch.clone();
        move |_| Urgent::new(dispatch)
    }))
    .clone();
    urgent.rendered(state);
    urgent
}
