//! The root: owns the state (a reducer over `domain::model::State`), keeps the
//! URL in step with it, provides the language, and lays out the graphic.

use std::rc::Rc;
use yew::prelude::*;

use super::basis_switch::BasisSwitch;
use super::cost_track::CostTrack;
use super::headline::Headline;
use super::input_group::InputGroup;
use super::language_switch::LanguageSwitch;
use super::leaves_out::LeavesOut;
use super::preset_bar::PresetBar;
use super::total_panel::TotalPanel;
use crate::domain::locale::Locale;
use crate::domain::messages::M;
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
    let pairs = || pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let asked = url::lang(pairs());
    let browser = platform::languages();
    let locale = Locale::negotiate(asked.into_iter().chain(browser.iter().map(String::as_str)));
    let pinned = asked.and_then(Locale::from_tag).is_some();
    Store(State::new(url::parse(pairs())).with_locale(locale, pinned))
}

#[function_component(App)]
pub fn app() -> Html {
    let store = use_reducer(initial_state);
    let state = store.0;
    let dispatch = store.dispatcher();

    // Record each settled state in the URL, keeping parameters we do not own.
    use_effect_with(
        (state.settled, state.locale, state.locale_pinned),
        |(settled, locale, pinned)| {
            let existing = url::split_query(&platform::query());
            platform::replace_query(&url::merge_query(
                &existing,
                settled,
                pinned.then_some(*locale),
            ));
        },
    );

    let l = state.locale;
    let inputs = state.inputs;
    let price = inputs.price_field();
    let price_hint = if price == Field::RentPrice {
        M.rent_hint
    } else {
        M.buy_hint
    };
    html! {
        <ContextProvider<Locale> context={l}>
            <main class="dce" lang={l.tag()}>
                <div class="dce-top">
                    <Headline />
                    <LanguageSwitch locale={l} dispatch={dispatch.clone()} />
                </div>
                <section class="dce-result" aria-label={M.result_label.get(l)}>
                    <PresetBar active={inputs.matching_preset()} dispatch={dispatch.clone()} />
                    <TotalPanel {state} />
                    <CostTrack total={inputs.total()} />
                </section>
                <section class="dce-inputs" aria-label={M.inputs_label.get(l)}>
                    <InputGroup field={Field::Gpus} title={M.gpus_title.get(l)} hint={M.gpus_hint.get(l)}
                        value={inputs.gpus} dispatch={dispatch.clone()} />
                    <InputGroup field={price} title={M.price_title.get(l)} hint={price_hint.get(l)}
                        value={inputs.get(price)} dispatch={dispatch.clone()}>
                        <BasisSwitch basis={inputs.basis} dispatch={dispatch.clone()} />
                    </InputGroup>
                    <InputGroup field={Field::Hours} title={M.hours_title.get(l)} hint={M.hours_hint.get(l)}
                        value={inputs.hours_micro} dispatch={dispatch} />
                </section>
                <LeavesOut />
            </main>
        </ContextProvider<Locale>>
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
