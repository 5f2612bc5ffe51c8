//! The one store: the domain's `State` as a Yew reducer. `App` owns it and
//! hands components its `Dispatch`; components send `Action`s and never
//! reach into `App`.

use std::rc::Rc;

use domain::state::{Action, State};
use yew::prelude::*;

/// `State` as a Yew reducer: an action that changes nothing re-renders nothing.
#[derive(Clone, PartialEq)]
pub struct Store(pub State);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

/// How a component sends an `Action` to the store.
pub type Dispatch = UseReducerDispatcher<Store>;
