use yew::prelude::*;

use super::app::Dispatch;
use super::use_text;
use crate::domain::locale::Locale;
use crate::domain::messages::M;
use crate::domain::model::Action;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub locale: Locale,
    pub dispatch: Dispatch,
}

/// A native select of the four languages, each named in its own language.
#[function_component(LanguageSwitch)]
pub fn language_switch(props: &Props) -> Html {
    let t = use_text();
    let onchange = {
        let dispatch = props.dispatch.clone();
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
                    <option value={l.tag()} lang={l.tag()} selected={*l == props.locale}>{l.name()}</option>
                }) }
            </select>
        </label>
    }
}
