//! How the widget is shown and shared: theme, the in-article layout, the
//! checks on a script embed's `data-*` options, and the snippets an editor
//! copies. Pure text; the shell does the copying and the posting.

use super::classroom::parse_step;
use super::inputs::Basis;
use super::inputs::Inputs;
use super::locale::{fill, Locale};
use super::messages::M;
use super::presets::Preset;
use super::quantity::{parse_plain, Field};
use super::state::State;
use super::units::Cents;
use super::url;

/// `theme=`: follow the reader's system, or force one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn from_id(id: &str) -> Option<Theme> {
        match id {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
    pub const fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Presentation options, read from the URL or a script embed's attributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Presentation {
    pub theme: Theme,
    /// `embed=1`: the compact in-article layout (`embed=full`, or no
    /// `embed`, is the long form).
    pub embed: bool,
}

/// Reads `theme` and `embed` (last value wins; anything unknown is ignored).
/// In an article (`inline`, a script embed) the compact layout is the
/// default; `embed="full"` (or `"0"`, its first spelling) asks for the long form.
pub fn presentation<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    inline: bool,
) -> Presentation {
    let mut p = Presentation {
        embed: inline,
        ..Presentation::default()
    };
    for (k, value) in pairs {
        match k {
            "theme" => p.theme = Theme::from_id(value).unwrap_or(p.theme),
            "embed" => {
                p.embed = if inline {
                    value != "0" && value != "full"
                } else {
                    value == "1"
                }
            }
            _ => {}
        }
    }
    p
}

/// The options an embed accepts: a script embed's `data-*` attributes, a
/// custom element's attributes, and the keys of a host page's message.
/// They are the URL's names, read by the same rules.
pub const OPTIONS: [&str; 9] = [
    "gpus", "basis", "price", "hours", "preset", "step", "lang", "theme", "embed",
];

/// The options that change how the widget is shown rather than its state:
/// an iframe reloads its page for them, a custom element is made anew.
pub const SHOWN_BY: [&str; 3] = ["lang", "theme", "embed"];

/// A script-embed option that cannot be used: (option, value as given).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadOption {
    pub key: String,
    pub value: String,
}

/// The languages a script embed can be asked for: those published beside
/// the module (`widget.js`'s table, which the module itself does not know),
/// each as `Locale::reads` writes it, comma-separated:
/// `"en,it,pt-BR pt,pt-PT pt-*"`.
pub type Languages<'a> = &'a str;

/// Checks a script embed's options. The URL forgives bad values silently (a
/// shared link must always open); an editor's snippet gets told instead, so
/// a typo does not quietly show the wrong numbers. A `lang` is read among
/// the build's languages: `widget.js` gives each widget to the module of
/// the language its `lang` names (as `read_tag` reads it), so a `lang` that
/// this module cannot read named no published language.
pub fn check_options<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Vec<BadOption> {
    let mut bad = Vec::new();
    for (k, v) in pairs {
        let ok = match k {
            "gpus" => parse_plain(v, Field::Gpus.spec().decimals).is_ok(),
            "price" => parse_plain(v, Field::RentPrice.spec().decimals).is_ok(),
            "hours" => parse_plain(v, Field::Hours.spec().decimals).is_ok(),
            "basis" => v == "rent" || v == "buy",
            "preset" => Preset::from_id(v).is_some(),
            "step" => parse_step(v).is_some(),
            "lang" => Locale::from_tag(v).is_some(),
            "theme" => Theme::from_id(v).is_some(),
            "embed" => v == "0" || v == "1" || v == "full",
            _ => true,
        };
        if !ok {
            bad.push(BadOption {
                key: k.to_string(),
                value: v.chars().take(40).collect(),
            });
        }
    }
    bad
}

/// The values an option takes, as an editor types them: a list, or an
/// example of a plain number.
fn valid(key: &str, languages: Languages) -> (bool, String) {
    let list = |ids: &[&str]| (true, ids.join(", "));
    match key {
        "basis" => list(&["rent", "buy"]),
        "preset" => list(&Preset::ALL.map(Preset::id)),
        "lang" => list(
            &languages
                .split(',')
                .filter_map(|l| l.split(' ').next())
                .collect::<Vec<_>>(),
        ),
        "theme" => list(&[Theme::Auto, Theme::Light, Theme::Dark].map(Theme::id)),
        "embed" => list(&["1", "full"]),
        "step" => list(&["1", "2", "3", "4", "5", "6"]),
        "price" => (false, "2.00".into()),
        "hours" => (false, "1361.5".into()),
        _ => (false, "2048".into()),
    }
}

/// What a script embed that cannot start says instead, naming each bad
/// option as its attribute is named (`prefix`: `data-` on a div) and what
/// it takes (`languages`: those published, for `lang`).
/// Made by the wire module, fetched when a widget's options are wrong: no
/// page's first load carries it.
pub fn problem(bad: &[BadOption], locale: Locale, languages: Languages, prefix: &str) -> String {
    let list: Vec<String> = bad
        .iter()
        .map(|b| {
            let (one_of, values) = valid(&b.key, languages);
            let m = if one_of { M.bad_option } else { M.bad_number };
            fill(m.get(locale), &[prefix, &b.key, &b.value, &values])
        })
        .collect();
    fill(M.bad_options.get(locale), &[&list.join("; ")])
}

/// The query a shared link or an embed carries: the inputs, the language
/// when one was chosen, a forced theme, and `embed=1` for an iframe.
pub fn share_query(inputs: &Inputs, lang: Option<Locale>, theme: Theme, embed: bool) -> url::Pairs {
    let mut extra: Vec<(String, String)> = Vec::new();
    if theme != Theme::Auto {
        extra.push(("theme".into(), theme.id().into()));
    }
    if embed {
        extra.push(("embed".into(), "1".into()));
    }
    url::merge(&extra, inputs, lang)
}

/// A decimal number as a whole number of units of `places` decimal places:
/// exact here, written as a JSON number at the boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decimal {
    pub units: u64,
    pub places: u32,
}

/// The state a widget reports to the article around it, once it is ready
/// and after each settled change: the settled inputs (never a drag's every
/// step), the scenario they match, the story's step, the total and the
/// language. The shell sends it as a plain object
/// (`platform::host_api`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Report {
    pub preset: Option<Preset>,
    /// From 1, as `step=` counts.
    pub step: Option<u8>,
    pub gpus: u64,
    pub basis: Basis,
    /// The active basis's price, in dollars.
    pub price: Decimal,
    pub hours: Decimal,
    /// In dollars, with cents as decimals.
    pub total: Decimal,
    pub locale: Locale,
}

impl Report {
    pub fn of(state: &State) -> Report {
        let inputs = state.settled;
        let field = inputs.price_field();
        let Cents(total) = inputs.total();
        Report {
            preset: Preset::matching(&inputs),
            step: state.classroom.step.map(|i| i + 1),
            gpus: inputs.gpus(),
            basis: inputs.basis(),
            price: Decimal {
                units: inputs.get(field),
                places: field.spec().decimals,
            },
            hours: Decimal {
                units: inputs.hours().0,
                places: Field::Hours.spec().decimals,
            },
            total: Decimal {
                units: total,
                places: 2,
            },
            locale: state.locale,
        }
    }
}

/// Escapes text for an HTML attribute value in double quotes.
pub fn attr_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The iframe snippet "Copy embed code" gives: the widget pinned to `query`,
/// lazy, full width, a starting height the host script then corrects, and
/// the host script that does so. `page` is the language's embed page
/// (`Locale::page_dir` and `pages::EMBED_PAGE` under the widget's folder),
/// `root` the widget's folder URL, ending in `/`. A comment tells the
/// editor how to ask for the long form.
pub fn iframe_snippet(page: &str, root: &str, query: &str, title: &str) -> String {
    frame_snippet(
        "The compact article layout; for every section at once, use embed=full instead of embed=1.",
        &format!("{page}{query}"),
        root,
        title,
    )
}

/// An iframe of `src`, with `note` as a comment above it (the embed
/// builder's long form has its own).
pub fn frame_snippet(note: &str, src: &str, root: &str, title: &str) -> String {
    format!(
        "<!-- {note} -->\n\
         <iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"800\" \
         frameborder=\"0\" allow=\"clipboard-write\" data-deepseek-cost-explainer></iframe>\n\
         <script src=\"{}embed.js\" async></script>",
        attr_escape(src),
        attr_escape(title),
        attr_escape(root),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `widget.js`'s table, from this (native, every-language) build.
    fn langs() -> String {
        let lines: Vec<_> = Locale::ALL.iter().map(|l| l.reads()).collect();
        lines.join(",")
    }

    #[test]
    fn view_options() {
        let page = |p: &[(&'static str, &'static str)]| presentation(p.iter().copied(), false);
        let article = |p: &[(&'static str, &'static str)]| presentation(p.iter().copied(), true);
        assert_eq!(page(&[]), Presentation::default());
        let dark_compact = Presentation {
            theme: Theme::Dark,
            embed: true,
        };
        assert_eq!(page(&[("theme", "dark"), ("embed", "1")]), dark_compact);
        assert_eq!(
            page(&[("theme", "purple"), ("embed", "yes")]),
            Presentation::default()
        );
        assert_eq!(
            page(&[("theme", "light"), ("theme", "nope")]).theme,
            Theme::Light
        );
        // In an article the compact layout is the default; "full" or "0" asks for the long form.
        assert!(article(&[]).embed);
        assert!(article(&[("embed", "1")]).embed);
        assert!(!article(&[("embed", "full")]).embed);
        assert!(!article(&[("embed", "0")]).embed);
        assert!(!page(&[("embed", "full")]).embed);
    }

    #[test]
    fn script_options_are_checked() {
        let good = [
            ("gpus", "50000"),
            ("basis", "buy"),
            ("price", "32000"),
            ("lang", "pt-BR"),
            ("theme", "dark"),
            ("preset", "fleet"),
        ];
        assert!(check_options(good).is_empty());
        let bad = check_options([
            ("gpus", "lots"),
            ("basis", "lease"),
            ("lang", "nl"),
            ("hours", "1e3"),
            ("gpus", "999999"),
        ]);
        let keys: Vec<_> = bad.iter().map(|b| b.key.as_str()).collect();
        assert_eq!(keys, ["gpus", "basis", "lang", "hours"]); // out of range is not bad: it clamps
        let long = "x".repeat(500);
        assert_eq!(
            check_options([("preset", long.as_str())])[0].value.len(),
            40
        );
    }

    #[test]
    fn shared_queries() {
        let i = Preset::Fleet.inputs();
        let q = |p: url::Pairs| url::query(&p);
        assert_eq!(
            q(share_query(&i, None, Theme::Auto, false)),
            "?preset=fleet"
        );
        assert_eq!(
            q(share_query(&i, Some(Locale::It), Theme::Dark, true)),
            "?theme=dark&embed=1&lang=it&preset=fleet"
        );
        assert_eq!(
            q(share_query(
                &Preset::DEFAULT.inputs(),
                None,
                Theme::Auto,
                true
            )),
            "?embed=1"
        );
    }

    #[test]
    fn the_snippet_is_escaped_and_complete() {
        let s = iframe_snippet(
            "https://x.test/w/it/",
            "https://x.test/w/",
            "?embed=1&preset=fleet",
            "Cost \"explainer\" <3",
        );
        assert!(s.contains("src=\"https://x.test/w/it/?embed=1&amp;preset=fleet\""));
        assert!(s.contains("title=\"Cost &quot;explainer&quot; &lt;3\""));
        assert!(s.contains("loading=\"lazy\""));
        assert!(s.contains("width=\"100%\""));
        assert!(s.contains("data-deepseek-cost-explainer"));
        // No inline style: an article's strict CSP (style-src 'self') would
        // drop it and draw the frame's border.
        assert!(!s.contains("style=") && s.contains("frameborder=\"0\""));
        assert!(s.contains("<script src=\"https://x.test/w/embed.js\" async></script>"));
    }

    #[test]
    fn a_script_embed_that_cannot_start_says_why_in_its_language() {
        let bad = check_options([("gpus", "lots"), ("theme", "<b>")]);
        assert_eq!(
            problem(&bad, Locale::En, &langs(), "data-"),
            "This DeepSeek cost explainer could not start: data-gpus=\"lots\" is not a valid value; use a plain number, with a dot before any decimals, such as 2048; data-theme=\"<b>\" is not a valid value; use one of: auto, light, dark."
        );
        assert!(problem(&bad, Locale::It, &langs(), "data-").starts_with("Questo grafico"));
        // A misspelt option names the values it takes (issue 31, item 10).
        let flotta = problem(
            &check_options([("preset", "flotta")]),
            Locale::It,
            &langs(),
            "data-",
        );
        assert!(
            flotta.contains("data-preset=\"flotta\" non è un valore valido; usa uno di questi: v3, r1, hyperscaler, buy-v3, fleet"),
            "{flotta}"
        );
        let lang = problem(
            &check_options([("lang", "xx")]),
            Locale::En,
            &langs(),
            "data-",
        );
        assert!(lang.contains("use one of: en, it, pt-BR, pt-PT"), "{lang}");
    }

    #[test]
    fn the_report_gives_the_settled_state_in_exact_units() {
        use crate::classroom::Step;
        let mut state = State::new(Step::at(4).inputs()).with_locale(Locale::default(), false);
        state.classroom.step = Some(4);
        let r = Report::of(&state);
        assert_eq!(r.preset, Some(Preset::Fleet));
        assert_eq!(r.step, Some(5), "counted from 1, as step= is");
        assert_eq!((r.gpus, r.basis), (50_000, Basis::Buy));
        assert_eq!(
            r.price,
            Decimal {
                units: 32_000,
                places: 0
            }
        );
        assert_eq!(
            r.total,
            Decimal {
                units: 160_000_000_000,
                places: 2
            }
        );
        assert_eq!(
            r.hours,
            Decimal {
                units: 1_361_328_125,
                places: 6
            }
        );
        // A drag in progress is not reported: the settled inputs are.
        let dragging = state.apply(crate::state::Action::Slide(Field::Gpus, 9));
        assert_eq!(Report::of(&dragging).gpus, 50_000);
        let v3 = Report::of(&State::new(Preset::V3.inputs()));
        assert_eq!((v3.step, v3.basis), (None, Basis::Rent));
        assert_eq!(
            v3.price,
            Decimal {
                units: 200,
                places: 2
            }
        );
        assert_eq!(v3.total.units, 557_600_000);
    }

    #[test]
    fn step_is_an_option_of_the_embeds() {
        assert!(check_options([("step", "5")]).is_empty());
        let bad = check_options([("step", "7")]);
        assert_eq!(bad[0].key, "step");
        assert!(problem(&bad, Locale::default(), &langs(), "data-").contains("1, 2, 3, 4, 5, 6"));
        // The custom element's attribute is the option's own name.
        let element = problem(&bad, Locale::ALL[1], &langs(), "");
        assert!(element.contains(": step=\"7\" non è"), "{element}");
    }
}
