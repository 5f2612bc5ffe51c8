//! The embed builder: an editor's choices (how to embed, the layout, the
//! theme, the language, the scenario) as the code to paste, and the
//! builder's words. Only the builder's own module (`builder/`) and its link
//! in the share bar use it, so no page's wasm carries the rest.

use super::embed::{attr_escape, frame_snippet, iframe_snippet, share_query, Theme};
use super::inputs::Inputs;
use super::locale::{fill, tr, Locale, Tr};
use super::messages::M;
use super::pages::{card_file, EMBED_PAGE};
use super::presets::Preset;
use super::quantity::Field;
use super::text::Localizer;
use super::url::Pairs;

/// The builder's page, in the widget's folder (a stable name).
pub const PAGE: &str = "builder.html";

/// How the widget goes into an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// An iframe of the language's page, and `embed.js` to fit its height.
    Iframe,
    /// A `div` drawn in the article's own page by `widget.js`.
    Script,
    /// AMP's `amp-iframe`, which the widget's height messages resize.
    Amp,
}

impl Form {
    pub const ALL: [Form; 3] = [Form::Iframe, Form::Script, Form::Amp];

    pub const fn id(self) -> &'static str {
        match self {
            Form::Iframe => "iframe",
            Form::Script => "script",
            Form::Amp => "amp",
        }
    }

    /// Its name and what it asks of the article, one line.
    pub const fn about(self) -> Tr {
        match self {
            Form::Iframe => T.iframe,
            Form::Script => T.script,
            Form::Amp => T.amp,
        }
    }
}

/// What the editor chose.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Choice {
    pub form: Form,
    /// The compact article layout, or every section at once.
    pub compact: bool,
    pub theme: Theme,
    /// The widget's language (the builder's own may differ).
    pub lang: Locale,
    /// The scenario it opens at; `None` for the default view.
    pub inputs: Option<Inputs>,
}

impl Choice {
    /// The framed page's query, or the script embed's options: the
    /// scenario, the language, a forced theme, and `embed=1` for a framed
    /// compact layout (a script embed is compact unless told otherwise).
    pub fn pairs(&self) -> Pairs {
        let inputs = self.inputs.unwrap_or(Preset::DEFAULT.inputs());
        let framed_compact = self.compact && self.form != Form::Script;
        let mut pairs = share_query(&inputs, Some(self.lang), self.theme, framed_compact);
        if !self.compact && self.form == Form::Script {
            pairs.push(("embed".into(), "full".into()));
        }
        pairs
    }

    /// The framed page under the widget's folder: the language's embed page
    /// (the article layout, prerendered) or, for every section, its page.
    pub fn page(&self) -> String {
        let page = if self.compact { EMBED_PAGE } else { "" };
        format!("{}{page}", self.lang.page_dir())
    }

    /// The frame's title: the widget's question and title, in its language.
    pub fn title(&self) -> String {
        format!("{} {}", M.kicker.get(self.lang), M.title.get(self.lang))
    }

    /// The code to paste. `root` is the widget's folder URL, ending in `/`;
    /// `query` is `pairs()` as the browser encodes it (`?lang=it&...`).
    pub fn snippet(&self, root: &str, query: &str) -> String {
        let l = self.lang;
        let title = self.title();
        let src = format!("{root}{}{query}", self.page());
        match (self.form, self.compact) {
            (Form::Iframe, true) => iframe_snippet(&format!("{root}{}", self.page()), root, query, &title),
            (Form::Iframe, false) => frame_snippet(
                "Every section at once; for the compact article layout, frame embed.html with embed=1.",
                &src,
                root,
                &title,
            ),
            (Form::Script, _) => {
                let options: String = self
                    .pairs()
                    .iter()
                    .map(|(k, v)| format!(" data-{k}=\"{}\"", attr_escape(v)))
                    .collect();
                format!(
                    "<div data-deepseek-cost-explainer{options}></div>\n\
                     <script type=\"module\" src=\"{}widget.js\"></script>",
                    attr_escape(root)
                )
            }
            (Form::Amp, _) => format!(
                "<!-- AMP: the page's <head> also needs <script async custom-element=\"amp-iframe\" \
                 src=\"https://cdn.ampproject.org/v0/amp-iframe-0.1.js\"></script> -->\n\
                 <amp-iframe src=\"{}\" title=\"{}\" layout=\"fixed-height\" height=\"800\" frameborder=\"0\" \
                 sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\" \
                 allow=\"clipboard-write\" resizable>\n  \
                 <amp-img placeholder layout=\"fill\" src=\"{}{}\" alt=\"\"></amp-img>\n  \
                 <button overflow type=\"button\">{}</button>\n\
                 </amp-iframe>",
                attr_escape(&src),
                attr_escape(&title),
                attr_escape(root),
                card_file(l),
                attr_escape(T.amp_more.get(l)),
            ),
        }
    }

    /// The scenario, as the checkbox that keeps it names it: the preset's
    /// name, or the three inputs with their units.
    pub fn scenario(inputs: &Inputs, t: Localizer) -> String {
        let what = match Preset::matching(inputs) {
            Some(p) => t.t(p.name()).to_string(),
            None => [Field::Gpus, inputs.price_field(), Field::Hours]
                .map(|f| t.with_unit(f, inputs.get(f)))
                .join(" · "),
        };
        fill(T.keep_scenario.get(t.locale), &[&what])
    }
}

/// The share bar's link to the builder. A constant of its own: the page's
/// wasm carries this text and no other of the builder's.
pub const LINK: Tr = tr!(
    "Embed options",
    "Opzioni di incorporamento",
    "Opções de incorporação",
    "Opções de incorporação",
    "Opciones de inserción",
    "Options d'intégration",
    "Einbettungsoptionen",
);

/// The builder's words. Its title names the widget's: `fill(T.title, [M.title])`.
pub struct Words {
    pub title: Tr,
    pub intro: Tr,
    pub form: Tr,
    pub iframe: Tr,
    pub script: Tr,
    pub amp: Tr,
    pub layout: Tr,
    pub compact: Tr,
    pub full: Tr,
    pub theme: Tr,
    pub auto: Tr,
    pub light: Tr,
    pub dark: Tr,
    pub language: Tr,
    pub keep_scenario: Tr,
    pub code: Tr,
    pub cms: Tr,
    pub preview: Tr,
    pub amp_more: Tr,
}

pub const T: Words = Words {
    title: tr!(
        "Embed \u{201c}{}\u{201d} in an article",
        "Incorpora \u{ab}{}\u{bb} in un articolo",
        "Incorpore \u{201c}{}\u{201d} em uma matéria",
        "Incorpore \u{ab}{}\u{bb} num artigo",
        "Inserta \u{ab}{}\u{bb} en un artículo",
        "Intégrer \u{ab}\u{a0}{}\u{a0}\u{bb} dans un article",
        "\u{201e}{}\u{201c} in einen Artikel einbetten",
    ),
    intro: tr!(
        "Choose how it appears: the code below follows each choice. Paste it where your page or CMS takes HTML.",
        "Scegli come appare: il codice qui sotto si aggiorna a ogni scelta. Incollalo dove la pagina o il CMS accetta HTML.",
        "Escolha como ele aparece: o código abaixo se atualiza a cada escolha. Cole-o onde a página ou o CMS aceita HTML.",
        "Escolha como aparece: o código abaixo atualiza-se a cada escolha. Cole-o onde a página ou o CMS aceita HTML.",
        "Elige cómo se verá: el código de abajo se actualiza con cada elección. Pégalo donde tu página o tu CMS admita HTML.",
        "Choisissez son apparence\u{202f}: le code ci-dessous se met à jour à chaque choix. Collez-le là où votre page ou votre CMS accepte du HTML.",
        "Wähle die Darstellung: Der Code unten passt sich jeder Auswahl an. Füge ihn dort ein, wo deine Seite oder dein CMS HTML zulässt.",
    ),
    form: tr!(
        "How to embed",
        "Come incorporarlo",
        "Como incorporar",
        "Como incorporar",
        "Cómo insertarlo",
        "Mode d'intégration",
        "Art der Einbettung",
    ),
    iframe: tr!(
        "iframe: works in almost every CMS, and embed.js fits its height",
        "iframe: funziona in quasi tutti i CMS, ed embed.js ne adatta l'altezza",
        "iframe: funciona em quase todo CMS, e o embed.js ajusta a altura",
        "iframe: funciona em quase todos os CMS, e o embed.js ajusta a altura",
        "iframe: funciona en casi cualquier CMS, y embed.js ajusta su altura",
        "iframe\u{202f}: fonctionne dans presque tous les CMS, et embed.js ajuste sa hauteur",
        "iframe: funktioniert in fast jedem CMS, und embed.js passt die Höhe an",
    ),
    script: tr!(
        "Script embed: drawn in the article's own page; the widget's server must allow it (CORS)",
        "Script: visualizzato direttamente nella pagina dell'articolo; il server del grafico deve consentirlo (CORS)",
        "Script: exibido na própria página da matéria; o servidor do explicador precisa permitir (CORS)",
        "Script: apresentado na própria página do artigo; o servidor do explicador tem de o permitir (CORS)",
        "Script: se muestra en la propia página del artículo; el servidor del gráfico debe permitirlo (CORS)",
        "Script\u{202f}: affiché dans la page même de l'article\u{202f}; le serveur de l'outil doit l'autoriser (CORS)",
        "Skript: direkt auf der Seite des Artikels dargestellt; der Server des Erklärers muss es erlauben (CORS)",
    ),
    amp: tr!(
        "AMP page: amp-iframe",
        "Pagina AMP: amp-iframe",
        "Página AMP: amp-iframe",
        "Página AMP: amp-iframe",
        "Página AMP: amp-iframe",
        "Page AMP\u{202f}: amp-iframe",
        "AMP-Seite: amp-iframe",
    ),
    layout: tr!("Layout", "Formato", "Layout", "Formato", "Formato", "Mise en page", "Layout"),
    compact: tr!(
        "Compact: about one phone screen, the other sections behind three buttons",
        "Compatto: circa uno schermo di smartphone; le altre sezioni si aprono con tre pulsanti",
        "Compacto: cerca de uma tela de celular; as outras seções se abrem com três botões",
        "Compacto: cerca de um ecrã de telemóvel; as outras secções abrem-se com três botões",
        "Compacto: más o menos una pantalla de móvil; las demás secciones se abren con tres botones",
        "Compact\u{202f}: environ un écran de téléphone\u{202f}; les autres sections s'ouvrent par trois boutons",
        "Kompakt: etwa ein Handybildschirm, die übrigen Abschnitte hinter drei Schaltflächen",
    ),
    full: tr!(
        "Full: every section at once",
        "Completo: tutte le sezioni insieme",
        "Completo: todas as seções de uma vez",
        "Completo: todas as secções de uma vez",
        "Completo: todas las secciones a la vez",
        "Complet\u{202f}: toutes les sections à la fois",
        "Vollständig: alle Abschnitte auf einmal",
    ),
    theme: tr!("Theme", "Tema", "Tema", "Tema", "Tema", "Thème", "Farbschema"),
    auto: tr!(
        "The reader's system: light or dark",
        "Quello del sistema del lettore: chiaro o scuro",
        "O do sistema do leitor: claro ou escuro",
        "O do sistema do leitor: claro ou escuro",
        "El del sistema del lector: claro u oscuro",
        "Celui du système du lecteur\u{202f}: clair ou sombre",
        "Wie im System des Lesers: hell oder dunkel",
    ),
    light: tr!(
        "Light, on a transparent background",
        "Chiaro, su sfondo trasparente",
        "Claro, com fundo transparente",
        "Claro, com fundo transparente",
        "Claro, con fondo transparente",
        "Clair, sur fond transparent",
        "Hell, mit transparentem Hintergrund",
    ),
    dark: tr!(
        "Dark, on a transparent background",
        "Scuro, su sfondo trasparente",
        "Escuro, com fundo transparente",
        "Escuro, com fundo transparente",
        "Oscuro, con fondo transparente",
        "Sombre, sur fond transparent",
        "Dunkel, mit transparentem Hintergrund",
    ),
    language: tr!("Language", "Lingua", "Idioma", "Idioma", "Idioma", "Langue", "Sprache"),
    keep_scenario: tr!(
        "Open at the scenario you were looking at: {}",
        "Apri sullo scenario che stavi guardando: {}",
        "Abrir no cenário que você estava vendo: {}",
        "Abrir no cenário que estava a ver: {}",
        "Abrir en el escenario que estabas viendo: {}",
        "Ouvrir sur le scénario que vous regardiez\u{202f}: {}",
        "Mit dem Szenario öffnen, das du gerade angesehen hast: {}",
    ),
    code: tr!(
        "Code to paste",
        "Codice da incollare",
        "Código para colar",
        "Código para colar",
        "Código para pegar",
        "Code à coller",
        "Code zum Einfügen",
    ),
    cms: tr!(
        "WordPress: paste it into a Custom HTML block. A CMS that strips scripts keeps the iframe alone, 800 px tall.",
        "WordPress: incollalo in un blocco HTML personalizzato. Un CMS che rimuove gli script mantiene solo l'iframe, alto 800 px.",
        "WordPress: cole-o em um bloco HTML personalizado. Um CMS que remove scripts mantém só o iframe, com 800 px de altura.",
        "WordPress: cole-o num bloco HTML personalizado. Um CMS que remove scripts mantém só o iframe, com 800 px de altura.",
        "WordPress: pégalo en un bloque HTML personalizado. Un CMS que elimina los scripts conserva solo el iframe, de 800 px de alto.",
        "WordPress\u{202f}: collez-le dans un bloc HTML personnalisé. Un CMS qui retire les scripts ne garde que l'iframe, haute de 800\u{a0}px.",
        "WordPress: Füge ihn in einen Block \u{201e}Individuelles HTML\u{201c} ein. Ein CMS, das Skripte entfernt, behält nur den iframe mit 800 px Höhe.",
    ),
    preview: tr!("Preview", "Anteprima", "Prévia", "Pré-visualização", "Vista previa", "Aperçu", "Vorschau"),
    amp_more: tr!(
        "Show all",
        "Mostra tutto",
        "Mostrar tudo",
        "Mostrar tudo",
        "Mostrar todo",
        "Tout afficher",
        "Alles anzeigen",
    ),
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::Basis;
    use crate::numerals::Numerals;

    fn choice(form: Form, compact: bool) -> Choice {
        Choice {
            form,
            compact,
            theme: Theme::Auto,
            lang: Locale::It,
            inputs: Some(Preset::Fleet.inputs()),
        }
    }

    /// `pairs()` as a query, unescaped (the browser escapes it; these
    /// values need none).
    fn query(c: &Choice) -> String {
        crate::url::query(&c.pairs())
    }

    const ROOT: &str = "https://news.test/w/";

    #[test]
    fn a_compact_iframe_is_what_copy_embed_code_gives() {
        let c = choice(Form::Iframe, true);
        let q = query(&c);
        assert_eq!(q, "?embed=1&lang=it&preset=fleet");
        let title = format!("{} {}", M.kicker.get(Locale::It), M.title.get(Locale::It));
        assert_eq!(
            c.snippet(ROOT, &q),
            iframe_snippet("https://news.test/w/it/embed.html", ROOT, &q, &title)
        );
    }

    #[test]
    fn the_long_form_frames_the_page_itself() {
        let c = Choice {
            theme: Theme::Dark,
            ..choice(Form::Iframe, false)
        };
        let q = query(&c);
        assert_eq!(q, "?theme=dark&lang=it&preset=fleet");
        let s = c.snippet(ROOT, &q);
        assert!(s.starts_with("<!-- Every section at once;"), "{s}");
        assert!(
            s.contains("src=\"https://news.test/w/it/?theme=dark&amp;lang=it&amp;preset=fleet\"")
        );
        assert!(s.contains("<script src=\"https://news.test/w/embed.js\" async></script>"));
    }

    #[test]
    fn a_script_embed_carries_its_options_as_data_attributes() {
        let s = choice(Form::Script, true).snippet(ROOT, "");
        assert_eq!(
            s,
            "<div data-deepseek-cost-explainer data-lang=\"it\" data-preset=\"fleet\"></div>\n\
             <script type=\"module\" src=\"https://news.test/w/widget.js\"></script>"
        );
        let mut own = Preset::DEFAULT.inputs();
        own.set(Field::Gpus, 3000);
        own.set_basis(Basis::Buy);
        let full = Choice {
            compact: false,
            theme: Theme::Light,
            lang: Locale::PtBr,
            inputs: Some(own),
            ..choice(Form::Script, false)
        };
        let s = full.snippet(ROOT, "");
        assert!(
            s.starts_with("<div data-deepseek-cost-explainer data-theme=\"light\" data-lang=\"pt-BR\" data-gpus=\"3000\" data-basis=\"buy\" data-price=\""),
            "{s}"
        );
        assert!(s.contains(" data-embed=\"full\"></div>"), "{s}");
        // Every option it writes is one a script embed accepts.
        let pairs = full.pairs();
        assert!(
            crate::embed::check_options(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
                .is_empty()
        );
    }

    #[test]
    fn amp_resizes_and_names_its_overflow_button_in_the_widgets_language() {
        let c = Choice {
            inputs: None,
            ..choice(Form::Amp, true)
        };
        let q = query(&c);
        assert_eq!(q, "?embed=1&lang=it");
        let s = c.snippet(ROOT, &q);
        assert!(
            s.contains("<amp-iframe src=\"https://news.test/w/it/embed.html?embed=1&amp;lang=it\"")
        );
        assert!(s.contains(" resizable>") && s.contains("layout=\"fixed-height\" height=\"800\""));
        assert!(s.contains("<button overflow type=\"button\">Mostra tutto</button>"));
        assert!(s.contains("amp-iframe-0.1.js"));
        // AMP shows a frame near the top of a page only with a placeholder: the social card.
        assert!(s.contains(
            "<amp-img placeholder layout=\"fill\" src=\"https://news.test/w/social-card-it.png\""
        ));
        assert!(!s.contains("style="));
    }

    #[test]
    fn every_snippet_escapes_what_it_quotes() {
        for form in Form::ALL {
            for compact in [true, false] {
                let s = choice(form, compact).snippet("https://x.test/\"><script>/", "?a=\"<b>\"");
                assert!(!s.contains("\"><script>/"), "{s}");
                assert!(!s.contains("<b>"), "{s}");
            }
        }
    }

    #[test]
    fn the_scenario_is_named_in_the_builders_language() {
        let t = Numerals::localizer(Locale::En);
        assert_eq!(
            Choice::scenario(&Preset::Fleet.inputs(), t),
            format!(
                "Open at the scenario you were looking at: {}",
                Preset::Fleet.name().en()
            )
        );
        let mut own = Preset::DEFAULT.inputs();
        own.set(Field::Gpus, 3000);
        let s = Choice::scenario(&own, t);
        assert!(
            s.ends_with(": 3,000 GPUs · $2.00 per GPU-hour · 1,361 hours, about 57 days"),
            "{s}"
        );
        let fr = Choice::scenario(&own, Numerals::localizer(Locale::Fr));
        assert!(fr.starts_with("Ouvrir sur le scénario"), "{fr}");
    }

    #[test]
    fn every_text_has_one_placeholder_where_it_fills_one() {
        for l in Locale::ALL {
            assert_eq!(T.title.get(*l).matches("{}").count(), 1);
            assert_eq!(T.keep_scenario.get(*l).matches("{}").count(), 1);
        }
    }
}
