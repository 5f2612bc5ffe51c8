use yew::prelude::*;

use super::use_text;
use super::worksheet::worksheet;
use crate::host::{Host, Links};
use crate::platform;
use crate::platform::modules::WorksheetParts;
use crate::platform::url::encode;
use domain::builder;
use domain::embed::{iframe_snippet, share_query, Theme};
use domain::inputs::Inputs;
use domain::locale::Tr;
use domain::messages::M;

/// The name `cargo xtask dist` (Trunk's post-build hook) gives the single file.
const OFFLINE_FILE: &str = "deepseek-cost-explainer-offline.html";
/// The id of the share bar's row, a form whose submission downloads a file
/// (its submit buttons' `data-download`; a PNG without one): presenter
/// mode's "Download image" submits it (`form=`), so the picture is made,
/// and its outcome said, in one place. Its method is
/// `dialog`, which outside a dialog submits nowhere: before the wasm runs,
/// or with JavaScript off, pressing it leaves the page as it is.
pub const PICTURE_FORM: &str = "dce-picture";
/// Each language's page for iframes, beside its page (`domain::pages`).
const EMBED_PAGE: &str = domain::pages::EMBED_PAGE;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The settled inputs: what a link or an embed reproduces.
    pub inputs: Inputs,
    pub theme: Theme,
    /// Where the widget lives, so where its links point (`Host::links`,
    /// which reads the document): worked out when the bar renders, on a
    /// settled change, not on every render of the widget (a drag's
    /// catch-up, BENCHMARKS.md, issue 28).
    pub host: Host,
    /// Whether to fetch the worksheet's module (its questions, and its QR
    /// code unless the links open only on this computer): on the full
    /// page, where teachers print, not in an article's embed.
    pub worksheet: bool,
    /// A guess is pending: the questions, which name DeepSeek's figure,
    /// wait until it is revealed.
    #[prop_or_default]
    pub hidden: bool,
}

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    /// A confirmation (or the picture's failure), kept as a `Tr` so that
    /// it follows a change of language.
    Said(Tr),
    /// Copying was refused: show the text to copy by hand.
    Blocked,
}

/// Copy link, copy embed code, download a picture of this state, and the
/// browser's own share sheet where it has one. Each confirms visibly and
/// through a status live region.
#[function_component(ShareBar)]
pub fn share_bar(props: &Props) -> Html {
    let t = use_text();
    let status = use_state(|| Status::Idle);
    let shown = use_state(String::new);
    let l = t.locale;
    // The offline file built without the published address (`local_only`):
    // its links open only on this computer, and no embed code could work.
    let Links {
        base,
        folder,
        local_only,
    } = props.host.links(l);
    let dir = folder.as_str();
    let query = encode(&share_query(&props.inputs, Some(l), props.theme, false));
    let link = format!("{base}{query}");
    // The worksheet's QR code and questions, from its own module, once per
    // settled state. Kept with their link: a code for an older link (or
    // questions in another language: the link names it) is never shown.
    let parts = use_state(|| None::<(String, WorksheetParts)>);
    {
        let parts = parts.setter();
        use_effect_with((link.clone(), props.worksheet), move |(link, wanted)| {
            if *wanted {
                let for_link = link.clone();
                platform::modules::worksheet(link, l, move |p| parts.set(Some((for_link, p))));
            }
        });
    }
    let ours = parts.as_ref().filter(|(l, _)| *l == link);
    let (code, questions) = ours.map_or((None, &[][..]), |(_, p)| {
        // An offline file's links open only on its computer: no code for
        // them. A pending guess: no question naming DeepSeek's figure.
        let questions = if props.hidden {
            &[][..]
        } else {
            &p.questions[..]
        };
        (p.qr.as_ref().filter(|_| !local_only), questions)
    });
    // The language's embed page: the article layout, prerendered.
    let snippet = iframe_snippet(
        &format!("{dir}{}{EMBED_PAGE}", l.page_dir()),
        dir,
        &encode(&share_query(&props.inputs, Some(l), props.theme, true)),
        &format!("{} {}", M.kicker.get(l), M.title.get(l)),
    );

    let copy = |text: String, done: Tr| {
        let (status, shown) = (status.clone(), shown.clone());
        move |_: MouseEvent| {
            let (status, shown, text) = (status.clone(), shown.clone(), text.clone());
            shown.set(text.clone());
            platform::clipboard::copy_text(&text, move |ok| {
                status.set(if ok {
                    Status::Said(done)
                } else {
                    Status::Blocked
                })
            });
        }
    };
    let native = platform::clipboard::can_share().then(|| {
        let (link, title) = (link.clone(), M.title.get(l));
        let onclick = move |_: MouseEvent| {
            platform::clipboard::share(&link, title);
        };
        html! { <button type="button" class="dce-share-btn" {onclick}>{t.t(M.share_native)}</button> }
    });
    // The offline single file sits beside the page; it does not link to itself.
    let offline = (!platform::page::is_offline_file()).then(|| {
        let href = format!("{dir}{OFFLINE_FILE}");
        html! {
            <a class="dce-share-btn" href={href} download={OFFLINE_FILE} data-testid="offline">{t.t(M.offline)}</a>
        }
    });
    // A file of the state the link opens, from the picture module
    // (fetched on the first click): a picture, PNG or SVG, or its data,
    // CSV or JSON ("Get the data"). Each is a submit button of the row's
    // form, named by its `data-download`; presenter mode's "Download
    // image" submits it too, with none: a PNG. The colours are those
    // around the form.
    let download = {
        let (status, link) = (status.clone(), link.clone());
        move |e: SubmitEvent| {
            e.prevent_default();
            let kind = e
                .submitter()
                .and_then(|b| b.get_attribute("data-download"))
                .unwrap_or_else(|| "png".into());
            let Some(form) = e.target_dyn_into::<web_sys::Element>() else {
                return;
            };
            let status = status.clone();
            let (saved, failed) = match kind.as_str() {
                "csv" | "json" => (M.data_saved, M.data_failed),
                _ => (M.image_saved, M.image_failed),
            };
            platform::modules::download(&form, &link, &kind, move |ok| {
                status.set(Status::Said(if ok { saved } else { failed }))
            });
        }
    };
    let message = match *status {
        Status::Idle => String::new(),
        Status::Said(m) => t.t(m).to_string(),
        Status::Blocked => t.t(M.copy_blocked).to_string(),
    };
    html! {
        <section class="dce-share" aria-label={t.t(M.share_label)}>
            <form class="dce-share-row" id={PICTURE_FORM} method="dialog" onsubmit={download}>
                <button type="button" class="dce-share-btn" data-share="link"
                    onclick={copy(link.clone(), M.copied_link)}>{t.t(M.copy_link)}</button>
                if !local_only {
                    <button type="button" class="dce-share-btn" data-share="embed"
                        onclick={copy(snippet, M.copied_embed)}>{t.t(M.copy_embed)}</button>
                    // The embed builder, its own page and module: the form,
                    // layout, theme and language of the code, for this state.
                    <a class="dce-share-btn" href={format!("{dir}{}{query}", builder::PAGE)} target="_blank"
                        data-share="builder">{t.t(builder::LINK)}</a>
                }
                <button type="submit" class="dce-share-btn" data-download="png">{t.t(M.download_image)}</button>
                <button type="submit" class="dce-share-btn" data-download="svg"><span class="dce-sr">{t.t(M.download_image)}{" "}</span>{"SVG"}</button>
                <button type="submit" class="dce-share-btn" data-download="csv">{t.t(M.get_data)}{" (CSV)"}</button>
                <button type="submit" class="dce-share-btn" data-download="json"><span class="dce-sr">{t.t(M.get_data)}{" "}</span>{"JSON"}</button>
                {for native}
                {for offline}
            </form>
            if local_only {
                <p class="dce-share-note" data-testid="local-only">{t.t(M.local_only)}</p>
            }
            <p class="dce-share-status" role="status">{message}</p>
            if !shown.is_empty() {
                <textarea class="dce-share-text" readonly=true rows="3" aria-label={t.t(M.share_label)}
                    value={(*shown).clone()} />
            }
            {worksheet(t, &link, code, questions)}
        </section>
    }
}
