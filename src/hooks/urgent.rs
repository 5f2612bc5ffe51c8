use yew::prelude::*;

use crate::store::Dispatch;
use crate::urgent::Urgent;
use domain::state::State;

/// The widget's one urgent path (a slider shows the total and moves the
/// marker at once, and tells the reducer once it rests), told of each
/// render's `state`: the figure and the marker are nodes Yew never diffs,
/// written from the latest state.
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
