//! Each language's page, written at build time (`cargo xtask post-build`,
//! Trunk's hook) from Trunk's English page: its `<html lang>`, its head
//! (title, description, social card, `og:locale`, and the `hreflang`
//! alternates `boot.js` and the language switch read), its own module, and
//! its body: the default view, prerendered by the widget's own components,
//! with one line for readers without JavaScript. Only `xtask` calls this,
//! so none of it reaches the widget's wasm.

use super::embed::{attr_escape, iframe_snippet, share_query, Theme};
use super::locale::{tr, Locale, Tr};
use super::messages::M;
use super::presets::Preset;

/// Each language's embed page, beside its page: the article layout
/// prerendered, which the iframe snippet names. A stable name.
pub const EMBED_PAGE: &str = "embed.html";
/// Each language's oEmbed answer, beside its page, for a build that knows
/// its address (`SITE_URL`): a CMS that reads oEmbed embeds a pasted link.
pub const OEMBED: &str = "oembed.json";

/// The element in `index.html` that the head replaces: `<meta name="dce-head">`.
pub const PLACEHOLDER: &str = "dce-head";

const PAGE_TITLE: Tr = tr!(
    "$6M or $1.6B? What DeepSeek's AI cost to train",
    "6 milioni o 1,6 miliardi di dollari? Quanto è costato addestrare l'IA di DeepSeek",
    "US$ 6 milhões ou US$ 1,6 bilhão? Quanto custou treinar a IA da DeepSeek",
    "6 milhões ou 1,6 mil milhões de dólares? Quanto custou treinar a IA da DeepSeek",
    "¿6 millones o 1.600 millones de dólares? Lo que costó entrenar la IA de DeepSeek",
    "6 millions ou 1,6 milliard de dollars\u{202f}? Ce qu'a coûté l'entraînement de l'IA de DeepSeek",
    "6 Millionen oder 1,6 Milliarden Dollar? Was das Training der KI von DeepSeek gekostet hat",
);

const DESCRIPTION: Tr = tr!(
    "Move three sliders, GPU count, unit price and training hours, and see why DeepSeek's $5.6M (one training run, priced as if its GPUs were rented) and SemiAnalysis's ~$1.6B (estimated server spending for a fleet of about 50,000 GPUs) can both be right.",
    "Sposta tre cursori, numero di GPU, prezzo unitario e ore di addestramento, e scopri perché i 5,6 milioni di dollari di DeepSeek (un solo addestramento, valutato come se le GPU fossero a noleggio) e i circa 1,6 miliardi di SemiAnalysis (la spesa stimata in server per una flotta di circa 50.000 GPU) possono essere giusti entrambi.",
    "Mova três controles, número de GPUs, preço unitário e horas de treinamento, e veja por que os US$ 5,6 milhões da DeepSeek (um único treinamento, avaliado como se as GPUs fossem alugadas) e os cerca de US$ 1,6 bilhão da SemiAnalysis (gasto estimado em servidores para uma frota de cerca de 50 mil GPUs) podem estar certos.",
    "Mova três cursores, número de GPU, preço unitário e horas de treino, e veja porque é que os 5,6 milhões de dólares da DeepSeek (um único treino, avaliado como se as GPU fossem alugadas) e os cerca de 1,6 mil milhões de dólares da SemiAnalysis (despesa estimada em servidores para uma frota de cerca de 50 000 GPU) podem estar certos.",
    "Mueve tres controles, número de GPU, precio unitario y horas de entrenamiento, y verás por qué los 5,6 millones de dólares de DeepSeek (un solo entrenamiento, valorado como si sus GPU se alquilaran) y los cerca de 1.600 millones de SemiAnalysis (gasto estimado en servidores de una flota de unas 50.000 GPU) pueden ser correctos a la vez.",
    "Déplacez trois curseurs, nombre de GPU, prix unitaire et heures d'entraînement, et voyez pourquoi les 5,6 millions de dollars de DeepSeek (un seul entraînement, chiffré comme si ses GPU étaient loués) et les quelque 1,6 milliard de SemiAnalysis (dépenses estimées en serveurs pour un parc d'environ 50\u{202f}000 GPU) peuvent être justes tous les deux.",
    "Bewege drei Regler, GPU-Zahl, Stückpreis und Trainingsstunden, und sieh, warum DeepSeeks 5,6 Millionen Dollar (ein einziger Trainingslauf, bewertet, als wären die GPUs gemietet) und die rund 1,6 Milliarden von SemiAnalysis (geschätzte Serverausgaben für eine Flotte von etwa 50.000 GPUs) beide stimmen können.",
);

const CARD_ALT: Tr = tr!(
    "$6M or $1.6B? DeepSeek's $5,576,000 for one V3 training run, priced as if its GPUs were rented, and SemiAnalysis's ~$1.6B estimate of server spending for a fleet of about 50,000 GPUs, with their sources.",
    "6 milioni o 1,6 miliardi di dollari? I 5.576.000 $ di DeepSeek per un addestramento di V3, valutato come se le GPU fossero a noleggio, e la stima di SemiAnalysis di circa 1,6 miliardi di dollari di spesa in server per una flotta di circa 50.000 GPU, con le fonti.",
    "US$ 6 milhões ou US$ 1,6 bilhão? Os US$ 5.576.000 da DeepSeek por um treinamento do V3, avaliado como se as GPUs fossem alugadas, e a estimativa da SemiAnalysis de cerca de US$ 1,6 bilhão em servidores para uma frota de cerca de 50 mil GPUs, com as fontes.",
    "6 milhões ou 1,6 mil milhões de dólares? Os 5 576 000 US$ da DeepSeek por um treino do V3, avaliado como se as GPU fossem alugadas, e a estimativa da SemiAnalysis de cerca de 1,6 mil milhões de dólares em servidores para uma frota de cerca de 50 000 GPU, com as fontes.",
    "¿6 millones o 1.600 millones de dólares? Los 5.576.000 US$ de DeepSeek por un entrenamiento de V3, valorado como si sus GPU se alquilaran, y la estimación de SemiAnalysis de unos 1.600 millones de dólares de gasto en servidores para una flota de unas 50.000 GPU, con sus fuentes.",
    "6 millions ou 1,6 milliard de dollars\u{202f}? Les 5\u{202f}576\u{202f}000 $US de DeepSeek pour un entraînement de V3, chiffré comme si ses GPU étaient loués, et l'estimation par SemiAnalysis d'environ 1,6 milliard de dollars de dépenses en serveurs pour un parc d'environ 50\u{202f}000 GPU, avec leurs sources.",
    "6 Millionen oder 1,6 Milliarden Dollar? DeepSeeks 5.576.000 $ für einen V3-Trainingslauf, bewertet, als wären die GPUs gemietet, und die Schätzung von SemiAnalysis von rund 1,6 Milliarden Dollar Serverausgaben für eine Flotte von etwa 50.000 GPUs, mit ihren Quellen.",
);

const NEEDS_SCRIPT: Tr = tr!(
    "JavaScript is off: this is the DeepSeek-V3 scenario as published. The sliders, scenarios and number boxes need JavaScript to move the total.",
    "JavaScript è disattivato: questo è lo scenario di DeepSeek-V3 come pubblicato. Cursori, scenari e caselle numeriche hanno bisogno di JavaScript per cambiare il totale.",
    "O JavaScript está desativado: este é o cenário do DeepSeek-V3 como publicado. Os controles deslizantes, os cenários e as caixas numéricas precisam de JavaScript para mudar o total.",
    "O JavaScript está desativado: este é o cenário do DeepSeek-V3 tal como publicado. Os cursores, os cenários e as caixas numéricas precisam de JavaScript para mudar o total.",
    "JavaScript está desactivado: este es el escenario de DeepSeek-V3 tal como se publicó. Los controles, los escenarios y las casillas numéricas necesitan JavaScript para mover el total.",
    "JavaScript est désactivé\u{202f}: voici le scénario de DeepSeek-V3 tel que publié. Les curseurs, les scénarios et les champs numériques ont besoin de JavaScript pour faire varier le total.",
    "JavaScript ist aus: Dies ist das Szenario von DeepSeek-V3 wie veröffentlicht. Regler, Szenarien und Zahlenfelder brauchen JavaScript, um die Summe zu bewegen.",
);

/// The attribute that marks the prerendered view: `boot.js` hides it (its
/// place kept) while the URL asks for another state than the default.
pub const PRERENDERED: &str = "data-dce-prerendered";

/// The language's social card (drawn by `cargo xtask cards`).
pub fn card_file(l: Locale) -> String {
    if l.is_default() {
        "social-card.png".to_string()
    } else {
        format!("social-card-{}.png", l.tag())
    }
}

/// The page's title, as the browser tab and a shared link show it.
pub fn title(l: Locale) -> &'static str {
    PAGE_TITLE.get(l)
}

/// `l`'s page's URL for `from`'s page: absolute under `site` (the widget's
/// folder URL, when the build knows it), else relative.
fn href(l: Locale, from: Locale, site: Option<&str>) -> String {
    match site {
        Some(site) => format!("{}/{}", site.trim_end_matches('/'), l.page_dir()),
        None => {
            let up = if from.is_default() { "" } else { "../" };
            let path = format!("{up}{}", l.page_dir());
            if path.is_empty() {
                "./".to_string()
            } else {
                path
            }
        }
    }
}

/// The head of `l`'s page, in place of the placeholder: the alternates
/// first, then the title, the description and the social card's tags. The
/// alternates are all a page knows of the other languages: `boot.js`,
/// right after, sends a reader to theirs (reading the tags each answers
/// for besides its own from `data-dce-also`), and the language switch
/// offers them by their `title`.
pub fn head(l: Locale, site: Option<&str>) -> String {
    let mut out = String::new();
    for &other in Locale::ALL {
        let also = match other.also() {
            "" => String::new(),
            also => format!(" data-dce-also=\"{also}\""),
        };
        out.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" title=\"{}\"{also}>",
            other.tag(),
            attr_escape(&href(other, l, site)),
            attr_escape(other.name()),
        ));
    }
    out.push_str(&format!(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
        attr_escape(&href(Locale::default(), l, site))
    ));
    if let Some(site) = site {
        out.push_str(&format!(
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}{OEMBED}\">",
            attr_escape(&href(l, l, Some(site)))
        ));
    }
    let card = match site {
        Some(site) => format!("{}/{}", site.trim_end_matches('/'), card_file(l)),
        None if l.is_default() => card_file(l),
        None => format!("../{}", card_file(l)),
    };
    let meta = [
        ("property", "og:title", M.title.get(l)),
        ("name", "description", DESCRIPTION.get(l)),
        ("property", "og:description", DESCRIPTION.get(l)),
        ("property", "og:locale", l.og_locale()),
        ("property", "og:image", card.as_str()),
        ("property", "og:image:alt", CARD_ALT.get(l)),
        ("name", "twitter:card", "summary_large_image"),
    ];
    out.push_str(&format!("<title>{}</title>", html_escape(title(l))));
    for (attr, name, content) in meta {
        out.push_str(&format!(
            "<meta {attr}=\"{name}\" content=\"{}\">",
            attr_escape(content)
        ));
    }
    out
}

/// The iframe snippet of `l`'s default view under `site` (the widget's
/// folder URL), as "Copy embed code" gives it there: oEmbed's `html`.
pub fn default_snippet(l: Locale, site: &str) -> String {
    let folder = format!("{}/", site.trim_end_matches('/'));
    let pairs = share_query(&Preset::DEFAULT.inputs(), Some(l), Theme::Auto, true);
    // Plain words and tags: nothing in this query needs escaping.
    let query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    iframe_snippet(
        &format!("{folder}{}{EMBED_PAGE}", l.page_dir()),
        &folder,
        &format!("?{}", query.join("&")),
        &format!("{} {}", M.kicker.get(l), M.title.get(l)),
    )
}

/// Text for an HTML element's content.
fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The body of `l`'s page: the one line for readers without JavaScript,
/// then the default view the components rendered (`view`, a `<main>`),
/// marked as prerendered.
pub fn body(l: Locale, view: &str) -> String {
    let view = view.replacen("<main ", &format!("<main {PRERENDERED} "), 1);
    format!(
        "<noscript><p class=\"dce-noscript\" lang=\"{}\">{}</p></noscript>{view}",
        l.tag(),
        html_escape(NEEDS_SCRIPT.get(l))
    )
}

/// Trunk's English page made `l`'s: its language, its head in place of the
/// placeholder, its body (`body`, from the prerendered `view`) in place of
/// the `<noscript>`, and, on another language's page (one folder down), its
/// own module and `../` before every local URL. An `embed` page (the
/// article layout, `EMBED_PAGE`) says so on `<html data-dce-embed-page>`.
pub fn page(
    trunk: &str,
    l: Locale,
    site: Option<&str>,
    view: &str,
    embed: bool,
) -> Result<String, String> {
    let at = trunk
        .find(PLACEHOLDER)
        .ok_or("index.html has no <meta name=\"dce-head\">")?;
    let start = trunk[..at].rfind('<').ok_or("a broken placeholder")?;
    let end = at + trunk[at..].find('>').ok_or("a broken placeholder")? + 1;
    let mut html = format!("{}{}{}", &trunk[..start], head(l, site), &trunk[end..]);
    if !l.is_default() {
        // Before the view goes in: its own links are the page's.
        html = html.replace("=\"./", "=\"../").replace("=./", "=../");
    }
    let ns = html
        .find("<noscript>")
        .ok_or("index.html has no <noscript>")?;
    let ne = html[ns..]
        .find("</noscript>")
        .ok_or("index.html has no </noscript>")?
        + ns
        + "</noscript>".len();
    html.replace_range(ns..ne, &body(l, view));
    let lang = ["<html lang=\"en\">", "<html lang=en>"]
        .into_iter()
        .find(|tag| html.contains(tag))
        .ok_or("index.html has no <html lang=\"en\">")?;
    let mark = if embed { " data-dce-embed-page" } else { "" };
    html = html.replacen(lang, &format!("<html lang=\"{}\"{mark}>", l.tag()), 1);
    if !l.is_default() {
        let module = "deepseek-cost-explainer-web";
        for ext in [".js", "_bg.wasm"] {
            html = html.replace(
                &format!("{module}{ext}"),
                &format!("{module}{}{ext}", l.module_suffix()),
            );
        }
    }
    Ok(html)
}

/// `html` with its render-blocking boot script and stylesheet inline, in
/// place of the tags that name `boot.js` and `main.css`: the first paint
/// then waits for no request after the page's own (one round trip less on
/// a phone, BENCHMARKS.md). The files stay in `dist/` for the script
/// embed; a strict Content-Security-Policy allows the two inline blocks by
/// their hashes (`content-security-policy.txt`, written beside the pages).
pub fn inline_blocking(html: &str, boot: &str, css: &str) -> Result<String, String> {
    let mut html = html.to_string();
    for (file, open, close, text) in [
        ("/boot.js", "<script>", "</script>", boot),
        ("/main.css", "<style>", "</style>", css),
    ] {
        if text
            .to_ascii_lowercase()
            .contains(&close[..close.len() - 1])
        {
            return Err(format!("{file} holds {close}, which would end it early"));
        }
        let at = html
            .find(file)
            .ok_or_else(|| format!("the page names no {file}"))?;
        let start = html[..at].rfind('<').ok_or("a broken tag")?;
        let mut end = at + html[at..].find('>').ok_or("a broken tag")? + 1;
        if html[end..].starts_with(close) {
            end += close.len();
        }
        html.replace_range(start..end, &format!("{open}{text}{close}"));
    }
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<!doctype html><html lang=en><head><meta charset=utf-8>\
        <meta name=dce-head><script src=./boot.js></script>\
        <link rel=stylesheet href=\"./main.css\">\
        <link rel=modulepreload href=./deepseek-cost-explainer-web.js>\
        <link rel=preload href=./deepseek-cost-explainer-web_bg.wasm as=fetch></head>\
        <body data-dce-page><noscript><p>English</noscript></body></html>";

    #[test]
    fn each_page_speaks_its_language_and_loads_its_own_module() {
        let it = page(
            TRUNK,
            Locale::It,
            None,
            "<main class=\"dce\"><a href=\"./?lang=it\">x</a></main>",
            false,
        )
        .expect("a page");
        assert!(it.contains("<html lang=\"it\">"));
        assert!(it.contains("<title>6 milioni o 1,6 miliardi di dollari?"));
        assert!(it.contains("src=../boot.js"));
        assert!(it.contains("href=\"../main.css\""));
        assert!(it.contains("href=../deepseek-cost-explainer-web-it.js"));
        assert!(it.contains("href=../deepseek-cost-explainer-web-it_bg.wasm"));
        assert!(it.contains("<meta property=\"og:locale\" content=\"it_IT\">"));
        assert!(it.contains("content=\"../social-card-it.png\""));
        assert!(
            !it.contains("<p>English"),
            "the English noscript is replaced"
        );
        assert!(it.contains("JavaScript è disattivato"));
        assert!(it.contains("<main data-dce-prerendered class=\"dce\"><a href=\"./?lang=it\">"));
        // The alternates come before boot.js, which reads them.
        assert!(it.find("hreflang").unwrap() < it.find("boot.js").unwrap());

        let en = page(TRUNK, Locale::En, None, "<main class=\"dce\"></main>", true).unwrap();
        assert!(en.contains("<html lang=\"en\" data-dce-embed-page>"));
        assert!(en.contains("href=./deepseek-cost-explainer-web.js"));
        assert!(en.contains("<meta property=\"og:image\" content=\"social-card.png\">"));
        assert!(!en.contains(PLACEHOLDER));
    }

    #[test]
    fn alternates_name_every_page_and_the_default() {
        let it = head(Locale::It, None);
        for (lang, href) in [
            ("en", "../"),
            ("it", "it/"),
            ("pt-BR", "../pt-BR/"),
            ("pt-PT", "../pt-PT/"),
            ("x-default", "../"),
        ] {
            let href = if lang == "it" { "../it/" } else { href };
            assert!(
                it.contains(&format!("hreflang=\"{lang}\" href=\"{href}\"")),
                "{lang} in {it}"
            );
        }
        let en = head(Locale::En, None);
        assert!(en.contains("hreflang=\"en\" href=\"./\""));
        assert!(en.contains("hreflang=\"pt-PT\" href=\"pt-PT/\""));
        // Each alternate names its language in that language, and the tags
        // it answers for besides its own: what boot.js and the language
        // switch read in place of a table of languages of their own.
        assert!(en.contains("hreflang=\"it\" href=\"it/\" title=\"Italiano\">"));
        assert!(en.contains("href=\"pt-BR/\" title=\"Português (Brasil)\" data-dce-also=\"pt\">"));
        assert!(en.contains("title=\"Português (Portugal)\" data-dce-also=\"pt-*\">"));
        let site = head(Locale::PtBr, Some("https://news.example/d"));
        assert!(site.contains("hreflang=\"it\" href=\"https://news.example/d/it/\""));
        assert!(site.contains("content=\"https://news.example/d/social-card-pt-BR.png\""));
        assert!(site.contains(
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://news.example/d/pt-BR/oembed.json\">"
        ));
        assert!(
            !en.contains("oembed"),
            "no oEmbed without the site's address"
        );
    }

    #[test]
    fn the_oembed_snippet_is_the_default_views_iframe() {
        let it = default_snippet(Locale::ALL[1], "https://news.example/d");
        assert!(
            it.contains("src=\"https://news.example/d/it/embed.html?embed=1&amp;lang=it\""),
            "{it}"
        );
        assert!(it.contains("<script src=\"https://news.example/d/embed.js\" async></script>"));
    }

    #[test]
    fn the_scope_of_each_figure_travels_with_it() {
        // Neither figure is shared without what it counts (issue 25, item 6).
        for &l in Locale::ALL {
            for text in [DESCRIPTION.get(l), CARD_ALT.get(l)] {
                let about = ["~", "circa", "cerca", "unos", "environ", "quelque", "rund"];
                assert!(about.iter().any(|a| text.contains(a)), "{text}");
                assert!(text.contains("50"), "{text}");
            }
        }
        assert!(DESCRIPTION
            .en()
            .contains("priced as if its GPUs were rented"));
        assert!(CARD_ALT.en().contains("~$1.6B estimate of server spending"));
    }

    #[test]
    fn the_boot_script_and_the_stylesheet_go_inline_where_they_were_named() {
        let it = page(
            TRUNK,
            Locale::It,
            None,
            "<main class=\"dce\"></main>",
            false,
        )
        .unwrap();
        let inlined = inline_blocking(&it, "boot()", ".dce{color:red}").expect("inlined");
        assert!(!inlined.contains("boot.js") && !inlined.contains("main.css"));
        let (boot, style) = (
            inlined.find("<script>boot()</script>").expect("the script"),
            inlined
                .find("<style>.dce{color:red}</style>")
                .expect("the style"),
        );
        // Where the tags were: after the alternates boot reads, before the module.
        assert!(inlined.find("hreflang").unwrap() < boot);
        assert!(boot < style && style < inlined.find("modulepreload").unwrap());
        assert_eq!(inlined.matches("<script").count(), 1);
        // Text that would close the element early is refused.
        assert!(inline_blocking(&it, "a='</SCRIPT>'", "").is_err());
        assert!(inline_blocking(&it, "", "a{}</style>").is_err());
        assert!(inline_blocking("<html></html>", "", "").is_err());
    }
}
