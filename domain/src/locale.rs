//! The four languages, how one is chosen, and translated text.

/// A language and its number conventions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    It,
    PtBr,
    PtPt,
}

/// One piece of text in every language this build carries (English,
/// Italian, Brazilian and European Portuguese, in that order; see
/// `Locale::BUILT`), each followed by U+001F, as one string. One string,
/// not four: the wasm then holds one pointer per text instead of four
/// (measured: 2.1 KB gzipped smaller). A page's wasm is built with its own
/// language only (the `en`, `it`, `pt-br` and `pt-pt` features), so it
/// carries no other language's text. Made only by `tr!`, where a missing
/// translation is a compile error whatever the build carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr(&'static str);

/// After each language of a `Tr`.
const SEPARATOR: char = '\u{1f}';

impl Tr {
    /// For `tr!` only: checks, at compile time, that `joined` holds one text
    /// for each language of the build.
    pub const fn joined(joined: &'static str) -> Tr {
        let bytes = joined.as_bytes();
        let (mut i, mut separators) = (0, 0);
        while i < bytes.len() {
            if bytes[i] == SEPARATOR as u8 {
                separators += 1;
            }
            i += 1;
        }
        assert!(
            separators == Locale::BUILT.len(),
            "a Tr holds one text for each language of the build"
        );
        Tr(joined)
    }

    /// The text in `l`; in a build without `l`, in the build's first language.
    pub fn get(&self, l: Locale) -> &'static str {
        let i = Locale::BUILT.iter().position(|b| *b == l).unwrap_or(0);
        self.0.split(SEPARATOR).nth(i).unwrap_or_default()
    }

    pub fn en(&self) -> &'static str {
        self.get(Locale::En)
    }

    pub fn all(&self) -> [&'static str; 4] {
        Locale::ALL.map(|l| self.get(l))
    }
}

/// Builds a `Tr`: `tr!(english, italian, brazilian, european_portuguese)`,
/// four string literals, checked when compiling. Only the build's languages
/// reach the binary (`keep_*!`).
macro_rules! tr {
    // A name spelt the same in every language ("V3", "AWS").
    ($all:literal) => {
        $crate::locale::tr!($all, $all, $all, $all)
    };
    ($en:literal, $it:literal, $pt_br:literal, $pt_pt:literal $(,)?) => {
        const {
            $crate::locale::Tr::joined(concat!(
                $crate::locale::keep_en!($en),
                $crate::locale::keep_it!($it),
                $crate::locale::keep_pt_br!($pt_br),
                $crate::locale::keep_pt_pt!($pt_pt)
            ))
        }
    };
}
pub(crate) use tr;

/// `keep_LANG!(text)`: the text and its separator where the build carries
/// LANG, else nothing.
macro_rules! keeper {
    ($name:ident, $feature:literal) => {
        #[cfg(feature = $feature)]
        macro_rules! $name {
            ($text:literal) => {
                concat!($text, "\u{1f}")
            };
        }
        #[cfg(not(feature = $feature))]
        macro_rules! $name {
            ($text:literal) => {
                ""
            };
        }
        pub(crate) use $name;
    };
}
keeper!(keep_en, "en");
keeper!(keep_it, "it");
keeper!(keep_pt_br, "pt-br");
keeper!(keep_pt_pt, "pt-pt");

/// Fills `{}` placeholders in order.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut parts = template.split("{}");
    out.push_str(parts.next().unwrap_or_default());
    for (i, part) in parts.enumerate() {
        out.push_str(args.get(i).copied().unwrap_or_default());
        out.push_str(part);
    }
    out
}

impl Locale {
    pub const ALL: [Locale; 4] = [Locale::En, Locale::It, Locale::PtBr, Locale::PtPt];

    /// The languages whose text this build carries, in `ALL`'s order: all
    /// four natively and in the offline file, one in a page's wasm.
    pub const BUILT: &'static [Locale] = &[
        #[cfg(feature = "en")]
        Locale::En,
        #[cfg(feature = "it")]
        Locale::It,
        #[cfg(feature = "pt-br")]
        Locale::PtBr,
        #[cfg(feature = "pt-pt")]
        Locale::PtPt,
    ];

    /// The BCP 47 tag: the `lang=` value, the `lang` attribute and Intl's locale.
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::It => "it",
            Locale::PtBr => "pt-BR",
            Locale::PtPt => "pt-PT",
        }
    }

    /// The language's page, under the widget's folder: English at the root,
    /// each other language in a folder named by its tag. Stable names.
    pub const fn page_dir(self) -> &'static str {
        match self {
            Locale::En => "",
            Locale::It => "it/",
            Locale::PtBr => "pt-BR/",
            Locale::PtPt => "pt-PT/",
        }
    }

    /// The suffix of the language's module: `deepseek-cost-explainer-web{}.js`
    /// (`web/`; English keeps the name it always had).
    pub const fn module_suffix(self) -> &'static str {
        match self {
            Locale::En => "",
            Locale::It => "-it",
            Locale::PtBr => "-pt-br",
            Locale::PtPt => "-pt-pt",
        }
    }

    /// The language's own name, for the language switch.
    pub const fn name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::It => "Italiano",
            Locale::PtBr => "Português (Brasil)",
            Locale::PtPt => "Português (Portugal)",
        }
    }

    /// Reads a language tag: any English or Italian tag; Portuguese of
    /// Brazil, or bare `pt`, is Brazilian; any other Portuguese region
    /// (Portugal, Angola, Mozambique...) writes the European way.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let t = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = t.split('-');
        let lang = parts.next()?;
        let region = parts.find(|p| p.len() == 2 || p.len() == 3);
        match (lang, region) {
            ("en", _) => Some(Locale::En),
            ("it", _) => Some(Locale::It),
            ("pt", None | Some("br")) => Some(Locale::PtBr),
            ("pt", Some(_)) => Some(Locale::PtPt),
            _ => None,
        }
    }

    /// The first candidate that names a supported language, else English.
    /// Candidates come in priority order: `?lang=` (or `data-lang`), then the
    /// host page's `<html lang>` (script embed), then the browser's languages.
    /// `embed/widget.js` and `embed/boot.js` negotiate the same way, to
    /// choose a language's module and page (tested end to end).
    pub fn negotiate<'a>(candidates: impl IntoIterator<Item = &'a str>) -> Locale {
        candidates
            .into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or_default()
    }

    /// Whether this build carries the language's text.
    pub fn is_built(self) -> bool {
        Locale::BUILT.contains(&self)
    }

    /// The decimal mark readers of this language type.
    pub const fn decimal_mark(self) -> char {
        match self {
            Locale::En => '.',
            _ => ',',
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_holds_four_languages_in_order() {
        let t = tr!("one", "uno", "um", "um (PT)");
        assert_eq!(t.all(), ["one", "uno", "um", "um (PT)"]);
        assert_eq!(t.get(Locale::It), "uno");
        assert_eq!(t.en(), "one");
    }

    #[test]
    #[should_panic(expected = "one text for each language of the build")]
    fn three_languages_are_refused() {
        // In `tr!` this check runs when compiling; here, at run time.
        Tr::joined("one\u{1f}uno\u{1f}um\u{1f}");
    }

    #[test]
    fn tags_are_read_leniently() {
        let cases = [
            ("en", Some(Locale::En)),
            ("en-GB", Some(Locale::En)),
            ("it", Some(Locale::It)),
            ("it-CH", Some(Locale::It)),
            ("IT-it", Some(Locale::It)),
            ("pt", Some(Locale::PtBr)),
            ("pt-BR", Some(Locale::PtBr)),
            ("pt_br", Some(Locale::PtBr)),
            ("pt-PT", Some(Locale::PtPt)),
            ("pt-AO", Some(Locale::PtPt)),
            ("pt-Latn-PT", Some(Locale::PtPt)),
            ("fr", None),
            ("", None),
            ("<script>", None),
            ("e", None),
        ];
        for (tag, want) in cases {
            assert_eq!(Locale::from_tag(tag), want, "{tag}");
        }
        for l in Locale::ALL {
            assert_eq!(Locale::from_tag(l.tag()), Some(l));
        }
    }

    #[test]
    fn negotiation_takes_the_first_supported_candidate() {
        assert_eq!(Locale::negotiate(["it", "pt-BR"]), Locale::It);
        assert_eq!(Locale::negotiate(["xx", "de-DE", "pt"]), Locale::PtBr);
        assert_eq!(Locale::negotiate(["fr", "de"]), Locale::En);
        assert_eq!(Locale::negotiate([]), Locale::En);
    }

    #[test]
    fn fill_places_arguments_in_order() {
        assert_eq!(fill("{} of {} hours", &["3", "4"]), "3 of 4 hours");
        assert_eq!(fill("no slots", &["x"]), "no slots");
        assert_eq!(fill("{} and {}", &["a"]), "a and ");
    }
}
