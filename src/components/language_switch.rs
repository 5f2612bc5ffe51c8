use yew::prelude::*;

use crate::platform;
use crate::platform::url as page_url;
use crate::store::Dispatch;
use domain::locale::Locale;
use domain::messages::M;
use domain::state::Action;
use domain::text::Localizer;

/// A language the switch offers: its tag and its own name.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub tag: String,
    pub name: String,
}

/// The languages the switch offers. On the widget's page (`pages`), those
/// its alternates name (`<link rel="alternate" hreflang title>`): a page's
/// wasm knows no language but its own, so a language added later costs it
/// nothing. Elsewhere (the offline file, a script embed, the build's
/// prerender, where the head holds nothing yet), those this build carries.
/// Read once: the page's head does not change.
pub fn offered(pages: bool) -> Vec<Offer> {
    let named = if pages {
        platform::page::alternates()
    } else {
        Vec::new()
    };
    if !named.is_empty() {
        return named
            .into_iter()
            .map(|(tag, name)| Offer { tag, name })
            .collect();
    }
    Locale::ALL
        .iter()
        .map(|l| Offer {
            tag: l.tag().into(),
            name: l.name().into(),
        })
        .collect()
}

/// A native select of the `offered` languages, each named in its own
/// language; none where there is only one. A language this build carries
/// switches in place (the offline file); any other opens its own page,
/// keeping the state in the URL.
pub fn language_switch(t: Localizer, dispatch: &Dispatch, offered: &[Offer]) -> Html {
    let onchange = {
        let dispatch = dispatch.clone();
        move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let tag = select.value();
            if let Some(l) = Locale::ALL.iter().find(|l| l.tag() == tag) {
                dispatch.dispatch(Action::SetLocale(*l));
            } else if let Some(page) = platform::page::alternate(&tag) {
                let mut query = page_url::query();
                query.retain(|(k, _)| k != "lang");
                query.push(("lang".into(), tag));
                platform::page::go(
                    &format!("{page}{}", page_url::encode(&query)),
                    ".dce-lang select",
                );
            }
        }
    };
    if offered.len() < 2 {
        return html! {};
    }
    html! {
        <label class="dce-lang">
            <span>{t.t(M.language)}</span>
            <select {onchange}>
                { for offered.iter().map(|o| html! {
                    <option value={o.tag.clone()} lang={o.tag.clone()} selected={o.tag == t.locale.tag()}>{&o.name}</option>
                }) }
            </select>
        </label>
    }
}
