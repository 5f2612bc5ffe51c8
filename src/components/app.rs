//! The root: the page, in order. Where the widget lives is `host.rs`, how
//! it is mounted `mount.rs`, and what it does to the page around it
//! (the URL, keys, the frame's height, the panic fallback) `hooks/`.

use yew::prelude::*;

use super::classroom_bar::classroom_bar;
use super::interactive::interactive;
use super::language_switch::{language_switch, offered};
use super::question::question;
use super::sections::sections;
use super::share_bar::ShareBar;
use super::story_panel::story_panel;
use super::with_attributes;
use crate::hooks::{use_host_api, use_panic_fallback, use_settled, use_story_keys, use_urgent};
use crate::host::Host;
use crate::platform::intl;
use domain::locale::Locale;
use domain::text::Localizer;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub host: Host,
}

#[function_component(App)]
pub fn app(props: &Props) -> Html {
    let host = &props.host;
    let store = use_reducer({
        let host = host.clone();
        move || host.initial_store()
    });
    let presentation = *use_memo(host.clone(), Host::presentation);
    let (state, dispatch) = (store.0, store.dispatcher());
    let root = use_node_ref();
    let page = host.is_page();
    let urgent = use_urgent(&dispatch, state);
    // The widget takes the article's requests before it first tells the
    // article its state: effects run in this order.
    use_host_api(&dispatch, &root);
    use_settled(page, &state, &root);
    use_story_keys(state.classroom.present, &dispatch);
    use_panic_fallback(&root, state.locale);
    // What the reader typed into the claim checker.
    let claim = use_state(String::new);
    let languages = use_memo(page, |page| offered(*page));

    let l = state.locale;
    let t = Localizer {
        locale: l,
        fmt: intl::intl(l),
    };
    let (c, embed) = (state.classroom, presentation.embed);
    // The worksheet's questions (and its teacher's copy) on the full page,
    // where teachers print; not in an article.
    let worksheet = page && !embed;
    let teachers = classroom_bar(t, c, &dispatch, &root, worksheet);
    let share = html! {
        <ShareBar inputs={state.settled} theme={presentation.theme} host={host.clone()}
            {worksheet} hidden={c.hides_total()} />
    };
    let main = html! {
            <main ref={root}>
                <div class="dce-top">
                    {question(t)}
                    if !embed {
                        {language_switch(t, &dispatch, &languages)}
                    }
                </div>
                if !embed {
                    {teachers.clone()}
                }
                if let Some(step) = c.step {
                    {story_panel(t, step, &dispatch)}
                }
                {interactive(t, &state, &dispatch, &urgent, embed)}
                {sections(t, &state, embed, teachers, share, &claim)}
            </main>
    };
    let class = match (embed, c.present) {
        (_, true) => "dce is-present",
        (true, false) => "dce is-embed",
        (false, false) => "dce",
    };
    let (lang, theme) = (l.tag().into(), presentation.theme.id().into());
    let main = with_attributes(
        main,
        &["class", "lang", "data-theme"],
        [class.into(), lang, theme],
    );
    html! {
        <ContextProvider<Locale> context={l}>{main}</ContextProvider<Locale>>
    }
}
