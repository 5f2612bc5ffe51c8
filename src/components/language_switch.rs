use yew::prelude::*;

use crate::store::Dispatch;
use domain::locale::Locale;
use domain::messages::M;
use domain::state::Action;
use domain::text::Localizer;

/// A native select of the four languages, each named in its own language.
pub fn language_switch(t: Localizer, dispatch: &Dispatch) -> Html {
    let onchange = {
        let dispatch = dispatch.clone();
        move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(l) = Locale::from_tag(&select.value()) {
                dispatch.dispatch(Action::SetLocale(l));
            }
        }
    };
    html! {
        <label class="dce-lang">
            <span>{t.t(M.language)}</span>
            <select {onchange}>
                { for Locale::ALL.iter().map(|l| html! {
                    <option value={l.tag()} lang={l.tag()} selected={*l == t.locale}>{l.name()}</option>
                }) }
            </select>
        </label>
    }
}
