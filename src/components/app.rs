//! The root: owns the state (a reducer over `domain::model::State`), keeps the
//! URL in step with it, and lays out the graphic.

use std::rc::Rc;
use yew::prelude::*;

use super::basis_switch::BasisSwitch;
use super::cost_track::CostTrack;
use super::headline::Headline;
use super::input_group::InputGroup;
use super::leaves_out::LeavesOut;
use super::preset_bar::PresetBar;
use super::total_panel::TotalPanel;
use crate::domain::model::{Action, State};
use crate::domain::quantity::Field;
use crate::domain::url;
use crate::platform;

/// `State` as a Yew reducer.
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

pub type Dispatch = UseReducerDispatcher<Store>;

fn initial_state() -> Store {
    let pairs = url::split_query(&platform::query());
    Store(State::new(url::parse(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    )))
}

#[function_component(App)]
pub fn app() -> Html {
    let store = use_reducer(initial_state);
    let state = store.0;
    let dispatch = store.dispatcher();

    // Record each settled state in the URL, keeping parameters we do not own.
    use_effect_with(state.settled, |settled| {
        let existing = url::split_query(&platform::query());
        platform::replace_query(&url::merge_query(&existing, settled));
    });

    let inputs = state.inputs;
    let price = inputs.price_field();
    html! {
        <main class="dce" lang="en">
            <Headline />
            <section class="dce-result" aria-label="Scenario and total">
                <PresetBar active={inputs.matching_preset()} dispatch={dispatch.clone()} />
                <TotalPanel {state} />
                <CostTrack total={inputs.total()} />
            </section>
            <section class="dce-inputs" aria-label="Inputs">
                <InputGroup field={Field::Gpus} title="GPU count" hint="GPUs working in parallel"
                    value={inputs.gpus} dispatch={dispatch.clone()} />
                <InputGroup field={price} title="Unit price"
                    hint={if price == Field::RentPrice { "dollars per GPU per hour" } else { "dollars per GPU" }}
                    value={inputs.get(price)} dispatch={dispatch.clone()}>
                    <BasisSwitch basis={inputs.basis} dispatch={dispatch.clone()} />
                </InputGroup>
                <InputGroup field={Field::Hours} title="Training hours" hint="wall-clock hours the GPUs run"
                    value={inputs.hours_micro} dispatch={dispatch} />
            </section>
            <LeavesOut />
        </main>
    }
}

/// Renders the app into `root`, or into `<body>` when none is given.
pub fn mount(root: Option<web_sys::Element>) {
    match root {
        Some(el) => {
            yew::Renderer::<App>::with_root(el).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
