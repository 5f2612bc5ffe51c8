use yew::prelude::*;

use crate::platform;
use crate::platform::url as page_url;
use crate::store::Dispatch;
use domain::locale::Locale;
use domain::messages::M;
use domain::state::Action;
use domain::text::Localizer;

/// The languages the switch offers: those this build carries, and on the
/// widget's page (`pages`) those it names in its `<link rel="alternate"
/// hreflang>`. Read once: the page's head does not change.
pub fn offered(pages: bool) -> Vec<Locale> {
    Locale::ALL
        .into_iter()
        .filter(|l| l.is_built() || (pages && platform::page::alternate(l.tag()).is_some()))
        .collect()
}

/// A native select of the `offered` languages, each named in its own
/// language; none where there is only one. A language this build carries
/// switches in place (the offline file); any other opens its own page,
/// keeping the state in the URL.
pub fn language_switch(t: Localizer, dispatch: &Dispatch, offered: &[Locale]) -> Html {
    let onchange = {
        let dispatch = dispatch.clone();
        move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let Some(l) = Locale::from_tag(&select.value()) else {
                return;
            };
            if l.is_built() {
                dispatch.dispatch(Action::SetLocale(l));
            } else if let Some(page) = platform::page::alternate(l.tag()) {
                let mut query = page_url::query();
                query.retain(|(k, _)| k != "lang");
                query.push(("lang".into(), l.tag().into()));
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
                { for offered.iter().map(|l| html! {
                    <option value={l.tag()} lang={l.tag()} selected={*l == t.locale}>{l.name()}</option>
                }) }
            </select>
        </label>
    }
}
