//! The root: owns the store, keeps the URL in step with it, provides the
//! language, and lays out the graphic.

use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::basis_switch::basis_switch;
use super::claim_checker::claim_checker;
use super::classroom_bar::classroom_bar;
use super::cost_track::{cost_track, track_legend};
use super::input_group::input_group;
use super::language_switch::{language_switch, offered};
use super::memo::{Drawing, Memo};
use super::panel::{panel, Panel};
use super::prediction::{prediction, Draft};
use super::preset_bar::preset_bar;
use super::question::question;
use super::share_bar::ShareBar;
use super::story_panel::story_panel;
use super::total_panel::{formula, total_figure, total_source, total_story};
use super::urgent::Urgent;
use crate::platform::{self, embed as host_page, fallback, intl, schedule, url as page_url};
use crate::store::Store;
use crate::story_keys::story_key;
use domain::embed;
use domain::locale::Locale;
use domain::messages::M;
use domain::presets::Preset;
use domain::quantity::Field;
use domain::state::State;
use domain::text::Localizer;
use domain::uncertainty::band;
use domain::url::{self, Pairs};

/// Where the widget lives, which decides where its options come from and
/// whether it may touch the URL.
#[derive(Clone, PartialEq)]
pub enum Host {
    /// Its own page (also inside an iframe): options and state in the URL.
    Page,
    /// A script embed in an article: options from `data-*` attributes; the
    /// article's URL is never touched. `base` is the widget's folder URL.
    Inline { options: Rc<Pairs>, base: AttrValue },
    /// Its own page's default view in a language, in the long form or the
    /// article layout (`embed`), rendered natively at build time
    /// (`prerender`): no URL, no browser.
    Prerender { locale: Locale, embed: bool },
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub host: Host,
}

impl Host {
    fn options(&self) -> Pairs {
        match self {
            Host::Page => page_url::query(),
            Host::Inline { options, .. } => options.as_ref().clone(),
            Host::Prerender { .. } => Pairs::new(),
        }
    }
}

/// The language: `lang` as asked, then (for a script embed, which speaks its
/// article's language unless told otherwise) the article's, then the
/// browser's; among those this build carries (one in a page's or a script
/// embed's module, whose loader chose it already; all in the offline file).
fn negotiate(asked: Option<&str>, inline: bool) -> Locale {
    let article = if inline { host_page::host_lang() } else { None };
    let browser = intl::languages();
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
    let locale = match host {
        Host::Prerender { locale, .. } => *locale,
        _ => negotiate(asked, matches!(host, Host::Inline { .. })),
    };
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
    let presentation = use_memo(host.clone(), |h| {
        let pairs = h.options();
        // The article layout is the default in a script embed and on a
        // language's embed page (`embed.html`), whose HTML holds it.
        let compact = match h {
            Host::Page => platform::page::is_embed_page(),
            Host::Inline { .. } => true,
            Host::Prerender { embed, .. } => *embed,
        };
        embed::presentation(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), compact)
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
    // The headline figure is a node Yew never diffs: each render and each
    // slide write it from the latest state.
    urgent.rendered(state);

    // On its own page, record each settled state in the URL, keeping
    // parameters we do not own. A script embed never touches the URL.
    let page = matches!(host, Host::Page | Host::Prerender { .. });
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
                let existing = url::with_classroom(&page_url::query(), &c);
                page_url::replace_query(&url::merge(&existing, settled, pinned.then_some(*locale)));
            }
        },
    );
    // Presenter mode: the arrow keys (and a clicker's Page keys) walk the story.
    {
        let dispatch = store.dispatcher();
        use_effect_with(c.present, move |present| {
            let listener = present.then(|| {
                schedule::on_keydown(move |key, in_control, modified| {
                    story_key(key, in_control, modified)
                        .map(|a| dispatch.dispatch(a))
                        .is_some()
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
                fallback::register_root(&el, *locale);
            }
        });
    }
    // Inside an iframe, tell the article how tall we are.
    {
        let root = root.clone();
        use_effect_with((), move |_| {
            if let (true, Some(el)) = (
                page && host_page::is_framed(),
                root.cast::<web_sys::Element>(),
            ) {
                host_page::report_height(&el);
            }
        });
    }

    // Where links and embed codes point: this language's page, and the
    // widget's folder (embed.js and the offline file live there).
    // The offline file points them at the published site when its build
    // knew the address; without it, they work only on this computer.
    let offline = platform::page::is_offline_file();
    let site = platform::page::offline_site();
    let local_only = offline && site.is_none();
    let (base, folder): (AttrValue, AttrValue) = match &host {
        Host::Page if site.is_some() => {
            let site = site.unwrap_or_default();
            (
                format!("{site}{}", state.locale.page_dir()).into(),
                site.into(),
            )
        }
        Host::Page => {
            let here = page_url::page_base();
            let folder = platform::page::alternate("x-default")
                .unwrap_or_else(|| here.trim_end_matches("index.html").to_string());
            (here.into(), folder.into())
        }
        // Relative: the page is the language's own, one folder down but
        // for English's.
        Host::Prerender { locale, .. } => (
            "./".into(),
            if locale.is_default() { "./" } else { "../" }.into(),
        ),
        Host::Inline { base, .. } => (
            format!("{base}{}", state.locale.page_dir()).into(),
            base.clone(),
        ),
    };
    let languages = use_memo(page, |page| offered(*page));
    let hidden = c.hides_total();
    let l = state.locale;
    let t = Localizer {
        locale: l,
        fmt: intl::intl(l),
    };
    let inputs = state.inputs;
    let price = inputs.price_field();
    let buying = inputs.basis() == domain::inputs::Basis::Buy;
    // Derived once a render: what the scenario is, and the cited band.
    let preset = Preset::matching(&inputs);
    let band = band(&inputs);
    // The worksheet's questions (and its teacher's copy) on the full page,
    // where teachers print; not in an article.
    let worksheet = page && !presentation.embed;
    let teachers = classroom_bar(t, c, &dispatch, &root, worksheet);
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
            <main ref={root.clone()} class={match (presentation.embed, c.present) {
                    (_, true) => "dce is-present",
                    (true, false) => "dce is-embed",
                    (false, false) => "dce",
                }}
                lang={l.tag()} data-theme={presentation.theme.id()}>
                <div class="dce-top">
                    {question(t)}
                    if !presentation.embed {
                        {language_switch(t, &dispatch, &languages)}
                    }
                </div>
                if !presentation.embed {
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
                        {input_group(t, Field::Gpus, inputs.gpus(), &dispatch, &urgent, html! {}, buying)}
                        {input_group(t, price, inputs.get(price), &dispatch, &urgent, basis_switch(t, inputs.basis(), &dispatch), buying)}
                        {input_group(t, Field::Hours, inputs.get(Field::Hours), &dispatch, &urgent, html! {}, buying)}
                    </section>
                    <div class="dce-notes">
                        // In the article layout these wait in "Why they differ".
                        if !presentation.embed {
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
                <div class={if presentation.embed { "dce-more" } else { "dce-panels" }}>
                    {panel(t, Panel::Why, presentation.embed, html! {<>
                        if presentation.embed {
                            <div class="dce-notes">{story}</div>
                        }
                        if !hidden {
                            <Memo drawing={Drawing::Bridge(state.settled)} />
                            <Memo drawing={Drawing::Sensitivity(state.settled)} />
                            {claim_checker(t, &state.settled, &claim)}
                        }
                    </>})}
                    {panel(t, Panel::Leaves, presentation.embed, html! { <Memo drawing={Drawing::LeavesOut} /> })}
                    {panel(t, Panel::Share, presentation.embed, html! {<>
                        if presentation.embed {
                            {teachers}
                        }
                        <ShareBar inputs={state.settled} theme={presentation.theme} {base} root={folder}
                            worksheet={worksheet} {local_only} {hidden} />
                    </>})}
                </div>
            </main>
        </ContextProvider<Locale>>
    }
}

/// Renders the widget's own page into `<body>`, over its prerendered view,
/// then replays on it what the reader did to that view (`takeover`). Yew
/// renders in a microtask, so the browser paints the old view or the new,
/// never an empty page; the replay is queued after the render.
pub fn mount_page() {
    let body: web_sys::Element = gloo_utils::body().into();
    let taken = platform::takeover::capture(&body);
    mount(body.clone());
    yew::platform::spawn_local(async move {
        if let Some(taken) = taken {
            platform::takeover::replay(&body, taken);
        }
        // After a language switch, on the switch again.
        platform::page::restore_focus(&body);
    });
}

/// Renders the widget, as on its own page, into `root`.
pub fn mount(root: web_sys::Element) {
    fallback::install_panic_fallback();
    yew::Renderer::<App>::with_root_and_props(root, Props { host: Host::Page }).render();
}

/// The script embed: mounts each of `targets` (the
/// `<div data-deepseek-cost-explainer>`s that `widget.js` found speak this
/// module's language) not yet mounted, each in its own shadow root,
/// sharing this one wasm module. `languages` are those published beside
/// it (`widget.js`'s table): a `data-lang` none of them reads is an
/// editor's typo. A div whose options are wrong shows why, and the others
/// still mount.
pub fn mount_embeds(base: &str, targets: JsValue, languages: &str) {
    for (el, options) in host_page::embed_targets(targets) {
        let pairs = || options.iter().map(|(k, v)| (k.as_str(), v.as_str()));
        let l = negotiate(url::lang(pairs()), true);
        host_page::claim(&el);
        let bad = embed::check_options(pairs(), languages);
        if !bad.is_empty() {
            host_page::show_problem(&el, &embed::problem(&bad, l, languages));
            continue;
        }
        if let Some(root) = host_page::shadow_mount_point(&el, base) {
            let host = Host::Inline {
                options: Rc::new(options),
                base: base.to_string().into(),
            };
            yew::Renderer::<App>::with_root_and_props(root, Props { host }).render();
        }
    }
}
