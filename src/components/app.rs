//! The root: owns the state (a reducer over `domain::model::State`), keeps the
//! URL in step with it, provides the language, and lays out the graphic.

use std::rc::Rc;
use yew::prelude::*;

use super::basis_switch::basis_switch;
use super::claim_checker::claim_checker;
use super::classroom_bar::classroom_bar;
use super::cost_track::{cost_track, track_legend};
use super::headline::headline;
use super::input_group::input_group;
use super::language_switch::language_switch;
use super::leaves_out::leaves_out;
use super::memo::{Memo, View};
use super::panel::{panel, Panel};
use super::prediction::{prediction, Draft};
use super::preset_bar::preset_bar;
use super::share_bar::ShareBar;
use super::story_panel::story_panel;
use super::total_panel::{formula, total_figure, total_source, total_story};
use super::urgent::Urgent;
use crate::domain::classroom;
use crate::domain::embed;
use crate::domain::locale::{fill, Locale};
use crate::domain::messages::M;
use crate::domain::model::{Action, State};
use crate::domain::quantity::Field;
use crate::domain::text::Text;
use crate::domain::uncertainty::band;
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

/// Where the widget lives, which decides where its options come from and
/// whether it may touch the URL.
#[derive(Clone, PartialEq)]
pub enum Host {
    /// Its own page (also inside an iframe): options and state in the URL.
    Page,
    /// A script embed in an article: options from `data-*` attributes; the
    /// article's URL is never touched. `base` is the widget's folder URL.
    Inline {
        options: Rc<Vec<(String, String)>>,
        base: AttrValue,
    },
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub host: Host,
}

impl Host {
    fn options(&self) -> Vec<(String, String)> {
        match self {
            Host::Page => url::split_query(&platform::query()),
            Host::Inline { options, .. } => options.as_ref().clone(),
        }
    }
}

/// The language: `lang` as asked, then (for a script embed, which speaks its
/// article's language unless told otherwise) the article's, then the browser's.
fn negotiate(asked: Option<&str>, inline: bool) -> Locale {
    let article = if inline { platform::host_lang() } else { None };
    let browser = platform::languages();
    let candidates = asked
        .into_iter()
        .chain(article.as_deref())
        .chain(browser.iter().map(String::as_str));
    Locale::negotiate(candidates)
}

fn initial_state(host: &Host) -> Store {
    let pairs = host.options();
    let pairs = || pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let asked = url::lang(pairs());
    let locale = negotiate(asked, matches!(host, Host::Inline { .. }));
    let pinned = asked.and_then(Locale::from_tag).is_some();
    let mut state = State::new(url::parse(pairs())).with_locale(locale, pinned);
    // The classroom's options live in the page's URL only.
    if *host == Host::Page {
        state.classroom = url::classroom(pairs());
    }
    Store(state)
}

#[function_component(App)]
pub fn app(props: &Props) -> Html {
    let host = props.host.clone();
    let store = use_reducer({
        let host = host.clone();
        move || initial_state(&host)
    });
    let view = use_memo(host.clone(), |h| {
        let pairs = h.options();
        let pairs = || pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()));
        let mut view = embed::view(pairs());
        // In an article the compact layout is the default; data-embed="full"
        // (or "0", its first spelling) asks for the long form.
        if matches!(h, Host::Inline { .. }) {
            view.embed = !pairs().any(|(k, v)| k == "embed" && (v == "0" || v == "full"));
        }
        view
    });
    let state = store.0;
    let dispatch = store.dispatcher();
    let root = use_node_ref();
    // What the reader typed into the claim checker, and the student's guess.
    let claim = use_state(String::new);
    let draft = Draft {
        text: use_state_eq(String::new),
        bad: use_state_eq(|| false),
    };
    // Predict first: a new question (another answer) starts with an empty box.
    {
        let draft = draft.clone();
        use_effect_with(state.inputs.total(), move |_| {
            draft.text.set(String::new());
            draft.bad.set(false);
        });
    }
    // A slider shows the total at once and tells the reducer after the paint.
    let urgent = (*use_memo((), {
        let dispatch = dispatch.clone();
        move |_| Urgent::new(dispatch)
    }))
    .clone();
    urgent.rendered(state);

    // On its own page, record each settled state in the URL, keeping
    // parameters we do not own. A script embed never touches the URL.
    let page = host == Host::Page;
    let c = state.classroom;
    use_effect_with(
        (
            state.settled,
            state.locale,
            state.locale_pinned,
            (c.present, c.step, c.predict),
        ),
        move |(settled, locale, pinned, _)| {
            if page {
                let existing = url::with_classroom(&url::split_query(&platform::query()), &c);
                platform::replace_query(&url::merge_query(
                    &existing,
                    settled,
                    pinned.then_some(*locale),
                ));
            }
        },
    );
    // Presenter mode: the arrow keys (and a clicker's Page keys) walk the story.
    {
        let dispatch = store.dispatcher();
        use_effect_with(c.present, move |present| {
            let listener = present.then(|| {
                platform::on_keydown(move |key, in_control, modified| {
                    if let Some(a) = classroom::story_key(key, in_control, modified) {
                        dispatch.dispatch(a);
                    }
                })
            });
            move || drop(listener)
        });
    }
    // If anything panics, the fallback replaces this widget, in its language.
    {
        let root = root.clone();
        use_effect_with(state.locale, move |locale| {
            if let Some(el) = root.cast::<web_sys::Element>() {
                platform::register_root(&el, *locale);
            }
        });
    }
    // Inside an iframe, tell the article how tall we are.
    {
        let root = root.clone();
        use_effect_with((), move |_| {
            if let (true, Some(el)) = (
                page && platform::is_framed(),
                root.cast::<web_sys::Element>(),
            ) {
                platform::report_height(&el);
            }
        });
    }

    let base: AttrValue = match &host {
        Host::Page => platform::page_base().into(),
        Host::Inline { base, .. } => base.clone(),
    };
    let hidden = c.hides_total();
    let l = state.locale;
    let t = Text {
        locale: l,
        fmt: platform::intl(l),
    };
    let inputs = state.inputs;
    let price = inputs.price_field();
    // Derived once a render: what the scenario is, and the cited band.
    let preset = inputs.matching_preset();
    let band = band(&inputs);
    let teachers = classroom_bar(t, c, &dispatch, &root);
    // How the total adds up. Nothing of it while a guess is pending: it
    // would give the total away.
    let story = html! {<>
        if !hidden {
            {formula(t, &inputs)}
            {total_story(t, &inputs, preset)}
        }
        {track_legend(t, &inputs, band, hidden)}
    </>};
    html! {
        <ContextProvider<Locale> context={l}>
            <main ref={root.clone()} class={match (view.embed, c.present) {
                    (_, true) => "dce is-present",
                    (true, false) => "dce is-embed",
                    (false, false) => "dce",
                }}
                lang={l.tag()} data-theme={view.theme.id()}>
                <div class="dce-top">
                    {headline(t)}
                    if !view.embed {
                        {language_switch(t, &dispatch)}
                    }
                </div>
                if !view.embed {
                    {teachers.clone()}
                }
                if let Some(step) = c.step {
                    {story_panel(t, step, &dispatch)}
                }
                // The interactive unit: the stage (total and track) stays in
                // view while any slider below it is (sticky, main.css).
                <section class="dce-interactive" aria-label={M.result_label.get(l)}>
                    {preset_bar(t, preset, &dispatch)}
                    if c.predict {
                        {prediction(t, c.guess, inputs.total(), &draft, &dispatch)}
                    }
                    <div class="dce-stage">
                        {total_figure(t, &state, &urgent)}
                        {cost_track(t, &inputs, band, hidden, c.guess.filter(|_| c.predict))}
                    </div>
                    <section class="dce-inputs" aria-label={M.inputs_label.get(l)}>
                        {input_group(t, Field::Gpus, inputs.gpus, &dispatch, &urgent, html! {})}
                        {input_group(t, price, inputs.get(price), &dispatch, &urgent, basis_switch(t, inputs.basis, &dispatch))}
                        {input_group(t, Field::Hours, inputs.hours_micro, &dispatch, &urgent, html! {})}
                    </section>
                    <div class="dce-notes">
                        // In the article layout these wait in "Why they differ".
                        if !view.embed {
                            {story.clone()}
                        }
                        if !hidden {
                            {total_source(t, preset, state.settled.total())}
                        }
                    </div>
                </section>
                // The sections: open in the long form, tabs in the article
                // layout. The analysis would give a hidden total away, and
                // follows the settled inputs: a drag redraws it once, at its end.
                <div class={if view.embed { "dce-more" } else { "dce-panels" }}>
                    {panel(t, Panel::Why, view.embed, html! {<>
                        if view.embed {
                            <div class="dce-notes">{story}</div>
                        }
                        if !hidden {
                            <Memo view={View::Bridge(state.settled)} />
                            <Memo view={View::Sensitivity(state.settled)} />
                            {claim_checker(t, &state.settled, &claim)}
                        }
                    </>})}
                    {panel(t, Panel::Leaves, view.embed, leaves_out(t))}
                    {panel(t, Panel::Share, view.embed, html! {<>
                        if view.embed {
                            {teachers}
                        }
                        <ShareBar inputs={state.settled} theme={view.theme} {base} qr={page && !view.embed} />
                    </>})}
                </div>
            </main>
        </ContextProvider<Locale>>
    }
}

/// Renders the widget's own page into `<body>`.
pub fn mount_page() {
    let body = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body());
    if let Some(body) = body {
        mount(body.into());
    }
}

/// Renders the widget, as on its own page, into `root`.
pub fn mount(root: web_sys::Element) {
    platform::install_panic_fallback();
    yew::Renderer::<App>::with_root_and_props(root, Props { host: Host::Page }).render();
}

/// The script embed: mounts every `<div data-deepseek-cost-explainer>` not
/// yet mounted, each in its own shadow root, sharing this one wasm module.
/// A div whose options are wrong shows why, and the others still mount.
pub fn mount_embeds(base: &str) {
    for (el, options) in platform::embed_targets() {
        let pairs = || options.iter().map(|(k, v)| (k.as_str(), v.as_str()));
        let bad = embed::check_options(pairs());
        if !bad.is_empty() {
            let l = negotiate(url::lang(pairs()), true);
            let list: Vec<String> = bad
                .iter()
                .map(|b| fill(M.bad_option.get(l), &[&b.key, &b.value]))
                .collect();
            platform::show_problem(&el, &fill(M.bad_options.get(l), &[&list.join("; ")]));
            continue;
        }
        if let Some(root) = platform::shadow_mount_point(&el, base) {
            let host = Host::Inline {
                options: Rc::new(options),
                base: base.to_string().into(),
            };
            yew::Renderer::<App>::with_root_and_props(root, Props { host }).render();
        }
    }
}
