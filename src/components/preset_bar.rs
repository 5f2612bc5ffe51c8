use yew::prelude::*;

use crate::store::Dispatch;
use domain::messages::M;
use domain::presets::Preset;
use domain::state::Action;
use domain::text::Localizer;

/// The five scenarios and a reset; the active one is pressed.
pub fn preset_bar(t: Localizer, active: Option<Preset>, dispatch: &Dispatch) -> Html {
    let buttons = Preset::ALL.into_iter().map(|p| {
        let dispatch = dispatch.clone();
        let pressed = active == Some(p);
        html! {
            <li>
                <button type="button" class="dce-preset"
                    aria-pressed={pressed.to_string()} data-preset={p.id()}
                    onclick={move |_| dispatch.dispatch(Action::ApplyPreset(p))}>
                    {t.t(p.name())}
                </button>
            </li>
        }
    });
    let reset = {
        let dispatch = dispatch.clone();
        move |_| dispatch.dispatch(Action::Reset)
    };
    html! {
        <nav class="dce-presets" aria-label={t.t(M.scenarios)}>
            <ul>{for buttons}</ul>
            <button type="button" class="dce-reset" onclick={reset}>{t.t(M.reset)}</button>
        </nav>
    }
}
