//! Where a widget lives: its own page, an article's script embed, or the
//! build's prerender. The host decides where the options come from, the
//! language, whether the widget may touch the URL, and where its links point.

use std::rc::Rc;

use yew::AttrValue;

use crate::platform::{self, embed as host_page, intl, url as page_url};
use crate::store::Store;
use domain::embed::{self, Presentation};
use domain::locale::Locale;
use domain::state::State;
use domain::url::{self, Pairs};

#[derive(Clone, PartialEq)]
pub enum Host {
    /// Its own page (also inside an iframe): options and state in the URL.
    Page,
    /// A script embed in an article (a `<div>`, or the custom element):
    /// options from its attributes; the article's URL is never touched.
    /// `base` is the widget's folder URL.
    Inline { options: Rc<Pairs>, base: AttrValue },
    /// Its own page's default view in a language, in the long form or the
    /// article layout (`embed`), rendered natively at build time
    /// (`prerender`): no URL, no browser.
    Prerender { locale: Locale, embed: bool },
}

/// Where links and embed codes point: this language's page (`base`) and
/// the widget's folder (`folder`: embed.js and the offline file live there).
/// `local_only`: the offline file built without the published address,
/// whose links work only on this computer.
pub struct Links {
    pub base: AttrValue,
    pub folder: AttrValue,
    pub local_only: bool,
}

impl Host {
    fn options(&self) -> Pairs {
        match self {
            Host::Page => page_url::query(),
            Host::Inline { options, .. } => options.as_ref().clone(),
            Host::Prerender { .. } => Pairs::new(),
        }
    }

    /// A page of the widget's own, whose URL holds the state (the
    /// prerender renders one).
    pub fn is_page(&self) -> bool {
        !matches!(self, Host::Inline { .. })
    }

    /// The state the options ask for, in the negotiated language.
    pub fn initial_store(&self) -> Store {
        let pairs = self.options();
        let pairs = || url::borrowed(&pairs);
        let asked = url::lang(pairs());
        let locale = match self {
            Host::Prerender { locale, .. } => *locale,
            _ => negotiate(asked, matches!(self, Host::Inline { .. })),
        };
        let pinned = asked.and_then(Locale::from_tag).is_some();
        let mut state = State::new(url::parse(pairs())).with_locale(locale, pinned);
        // The classroom's options live in the page's URL; an article may
        // open the story at a step.
        match self {
            Host::Page => state.classroom = url::classroom(pairs()),
            Host::Inline { .. } => state.classroom.step = url::classroom(pairs()).step,
            Host::Prerender { .. } => {}
        }
        Store(state)
    }

    /// Theme and layout. The article layout is the default in a script
    /// embed and on a language's embed page (`embed.html`), whose HTML
    /// holds it.
    pub fn presentation(&self) -> Presentation {
        let pairs = self.options();
        let compact = match self {
            Host::Page => platform::page::is_embed_page(),
            Host::Inline { .. } => true,
            Host::Prerender { embed, .. } => *embed,
        };
        embed::presentation(url::borrowed(&pairs), compact)
    }

    /// Where links point, for a widget speaking `locale`. The offline file
    /// points them at the published site when its build knew the address.
    pub fn links(&self, locale: Locale) -> Links {
        let site = platform::page::offline_site();
        let local_only = platform::page::is_offline_file() && site.is_none();
        let (base, folder): (AttrValue, AttrValue) = match (self, site) {
            (Host::Page, Some(site)) => {
                (format!("{site}{}", locale.page_dir()).into(), site.into())
            }
            (Host::Page, None) => {
                let here = page_url::page_base();
                let folder = platform::page::alternate("x-default")
                    .unwrap_or_else(|| here.trim_end_matches("index.html").to_string());
                (here.into(), folder.into())
            }
            // Relative: the page is the language's own, one folder down but
            // for English's.
            (Host::Prerender { locale, .. }, _) => (
                "./".into(),
                if locale.is_default() { "./" } else { "../" }.into(),
            ),
            (Host::Inline { base, .. }, _) => {
                (format!("{base}{}", locale.page_dir()).into(), base.clone())
            }
        };
        Links {
            base,
            folder,
            local_only,
        }
    }
}

/// The language: `lang` as asked, then (for a script embed, which speaks its
/// article's language unless told otherwise) the article's, then the
/// browser's; among those this build carries (one in a page's or a script
/// embed's module, whose loader chose it already; all in the offline file).
pub fn negotiate(asked: Option<&str>, inline: bool) -> Locale {
    // A language's own module speaks its language: nothing to choose (and
    // nothing of the choosing in its wasm).
    if let [only] = Locale::ALL {
        return *only;
    }
    let article = if inline { host_page::host_lang() } else { None };
    let browser = intl::languages();
    let candidates = asked
        .into_iter()
        .chain(article.as_deref())
        .chain(browser.iter().map(String::as_str));
    Locale::negotiate(candidates)
}
