use yew::prelude::*;

use super::app::Dispatch;
use super::use_text;
use crate::domain::messages::M;
use crate::domain::model::Action;
use crate::domain::presets::Preset;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub active: Option<Preset>,
    pub dispatch: Dispatch,
}

/// The five scenarios and a reset; the active one is pressed.
#[function_component(PresetBar)]
pub fn preset_bar(props: &Props) -> Html {
    let t = use_text();
    let buttons = Preset::ALL.into_iter().map(|p| {
        let dispatch = props.dispatch.clone();
        let pressed = props.active == Some(p);
        html! {
            <li>
                <button type="button" class={if pressed { "dce-preset is-active" } else { "dce-preset" }}
                    aria-pressed={pressed.to_string()} data-preset={p.id()}
                    onclick={move |_| dispatch.dispatch(Action::ApplyPreset(p))}>
                    {t.t(p.name())}
                </button>
            </li>
        }
    });
    let reset = {
        let dispatch = props.dispatch.clone();
        move |_| dispatch.dispatch(Action::Reset)
    };
    html! {
        <nav class="dce-presets" aria-label={t.t(M.scenarios)}>
            <ul>{for buttons}</ul>
            <button type="button" class="dce-reset" onclick={reset}>{t.t(M.reset)}</button>
        </nav>
    }
}
