use yew::prelude::*;

use deepseek_cost_explainer::platform::{clipboard, url};
use domain::builder::{Choice, Form, T};
use domain::embed::Theme;
use domain::inputs::Inputs;
use domain::locale::{fill, Locale, Tr};
use domain::messages::M;
use domain::numerals::Numerals;
use web_sys::HtmlSelectElement;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The builder's language, and the widget's until the editor picks another.
    pub lang: Locale,
    pub theme: Theme,
    /// The reader's scenario, from the share bar's link; `None` for the
    /// default view.
    pub inputs: Option<Inputs>,
    /// The widget's folder URL, ending in `/`.
    pub folder: AttrValue,
}

/// The editor's choices, the code they make (updated with each), a button
/// that copies it, and the widget framed as the code would show it.
#[function_component(EmbedBuilder)]
pub fn embed_builder(props: &Props) -> Html {
    let l = props.lang;
    let choice = use_state(|| Choice {
        form: Form::Iframe,
        compact: true,
        theme: props.theme,
        lang: l,
        inputs: props.inputs,
    });
    let status = use_state(|| None::<Tr>);
    let now = *choice;
    let query = url::encode(&now.pairs());
    let code = now.snippet(&props.folder, &query);
    let preview = format!("{}{}{query}", props.folder, now.page());
    let title = fill(T.title.get(l), &[M.title.get(l)]);
    {
        let title = title.clone();
        use_effect_with((), move |_| gloo_utils::document().set_title(&title));
    }

    // A change of one choice: the code follows, and an old "copied" goes.
    let change = |edit: fn(&mut Choice, Choice)| {
        let (choice, status) = (choice.clone(), status.clone());
        Callback::from(move |to: Choice| {
            let mut next = *choice;
            edit(&mut next, to);
            choice.set(next);
            status.set(None);
        })
    };
    let pick_form = change(|c, to| c.form = to.form);
    let pick_layout = change(|c, to| c.compact = to.compact);
    let pick_theme = change(|c, to| c.theme = to.theme);
    let pick_lang = change(|c, to| c.lang = to.lang);
    let pick_scenario = change(|c, to| c.inputs = to.inputs);

    let forms = Form::ALL.map(|form| (form.id(), form.about(), Choice { form, ..now }));
    let layouts = [
        (
            "compact",
            T.compact,
            Choice {
                compact: true,
                ..now
            },
        ),
        (
            "full",
            T.full,
            Choice {
                compact: false,
                ..now
            },
        ),
    ];
    let themes = [
        (Theme::Auto, T.auto),
        (Theme::Light, T.light),
        (Theme::Dark, T.dark),
    ]
    .map(|(theme, label)| (theme.id(), label, Choice { theme, ..now }));
    let on_lang = {
        let pick = pick_lang.clone();
        move |e: Event| {
            let tag = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(lang) = Locale::from_tag(&tag) {
                pick.emit(Choice { lang, ..now });
            }
        }
    };
    let scenario = props.inputs.map(|inputs| {
        let keep = now.inputs.is_some();
        let pick = pick_scenario.clone();
        let onchange = move |_: Event| {
            pick.emit(Choice {
                inputs: (!keep).then_some(inputs),
                ..now
            })
        };
        html! {
            <label class="dce-builder-option dce-builder-keep">
                <input type="checkbox" data-testid="builder-keep" checked={keep} {onchange} />
                {Choice::scenario(&inputs, Numerals::localizer(l))}
            </label>
        }
    });
    let copy = {
        let (status, code) = (status.clone(), code.clone());
        move |_: MouseEvent| {
            let status = status.clone();
            clipboard::copy_text(&code, move |ok| {
                status.set(Some(if ok { M.copied_embed } else { M.copy_blocked }))
            });
        }
    };

    html! {
        <>
            <h1 class="dce-title">{title}</h1>
            <p class="dce-lede">{T.intro.get(l)}</p>
            <div class="dce-builder-choices">
                {radios("dce-form", T.form, &forms, now.form.id(), l, &pick_form)}
                {radios("dce-layout", T.layout, &layouts, if now.compact { "compact" } else { "full" }, l, &pick_layout)}
                {radios("dce-theme", T.theme, &themes, now.theme.id(), l, &pick_theme)}
                <div class="dce-builder-group">
                    <label class="dce-builder-legend" for="dce-builder-lang">{T.language.get(l)}</label>
                    // The language switch's look (main.css).
                    <span class="dce-lang">
                        <select id="dce-builder-lang" data-testid="builder-lang" onchange={on_lang}>
                            { for Locale::ALL.iter().map(|&x| html! {
                                <option value={x.tag()} lang={x.tag()} selected={x == now.lang}>{x.name()}</option>
                            }) }
                        </select>
                    </span>
                    {for scenario}
                </div>
            </div>
            <section class="dce-builder-code">
                <label class="dce-builder-legend" for="dce-builder-code">{T.code.get(l)}</label>
                <div class="dce-builder-copy">
                    <button type="button" class="dce-share-btn" onclick={copy}>{M.copy_embed.get(l)}</button>
                    <p class="dce-share-status" role="status">{status.map(|m| m.get(l))}</p>
                </div>
                <textarea id="dce-builder-code" data-testid="builder-code" readonly=true rows="7"
                    spellcheck="false" value={code} />
                if now.form == Form::Iframe {
                    <p class="dce-hint">{T.cms.get(l)}</p>
                }
            </section>
            <section class="dce-builder-preview" aria-labelledby="dce-builder-preview">
                <h2 id="dce-builder-preview">{T.preview.get(l)}</h2>
                <iframe src={preview} title={now.title()} width="100%" height="800" frameborder="0"
                    allow="clipboard-write" data-deepseek-cost-explainer="" data-testid="builder-preview"></iframe>
            </section>
        </>
    }
}

/// One choice among a few, as native radio buttons: (value, label, the
/// choice it makes).
fn radios(
    name: &'static str,
    legend: Tr,
    options: &[(&'static str, Tr, Choice)],
    now: &'static str,
    l: Locale,
    pick: &Callback<Choice>,
) -> Html {
    html! {
        <fieldset class="dce-builder-group">
            <legend class="dce-builder-legend">{legend.get(l)}</legend>
            { for options.iter().map(|&(value, label, to)| {
                let pick = pick.clone();
                html! {
                    <label class="dce-builder-option">
                        <input type="radio" {name} {value} checked={value == now}
                            onchange={move |_: Event| pick.emit(to)} />
                        {label.get(l)}
                    </label>
                }
            }) }
        </fieldset>
    }
}
