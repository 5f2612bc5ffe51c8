//! The languages, how one is chosen, and translated text. Each language,
//! and everything known about it, is behind its feature (`en`, `it`,
//! `pt-br`, `pt-pt`): a build that leaves a language out knows nothing of
//! it, so adding a language adds no byte to another language's wasm
//! (`tests/e2e/languages.test.mjs` reads every page's first load for
//! another language's name or tag).

/// A language of this build, and its number conventions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    #[cfg(feature = "en")]
    En,
    #[cfg(feature = "it")]
    It,
    #[cfg(feature = "pt-br")]
    PtBr,
    #[cfg(feature = "pt-pt")]
    PtPt,
    #[cfg(feature = "es")]
    Es,
    #[cfg(feature = "fr")]
    Fr,
    #[cfg(feature = "de")]
    De,
}

/// English where the build carries it (the `x-default` page), else the
/// build's one language.
impl Default for Locale {
    fn default() -> Self {
        Locale::ALL[0]
    }
}

/// One piece of text in every language this build carries (in
/// `Locale::ALL`'s order), each followed by U+001F, as one string. One string,
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
            separators == Locale::ALL.len(),
            "a Tr holds one text for each language of the build"
        );
        Tr(joined)
    }

    /// The text in `l`.
    pub fn get(&self, l: Locale) -> &'static str {
        self.0.split(SEPARATOR).nth(l as usize).unwrap_or_default()
    }

    #[cfg(feature = "en")]
    pub fn en(&self) -> &'static str {
        self.get(Locale::En)
    }

    /// The text in each language of the build, in `Locale::ALL`'s order.
    pub fn all(&self) -> Vec<&'static str> {
        Locale::ALL.iter().map(|l| self.get(*l)).collect()
    }
}

/// Builds a `Tr`: `tr!(english, italian, brazilian, european_portuguese,
/// spanish, french, german)`, seven string literals, checked when
/// compiling. Only the build's languages reach the binary (`keep_*!`).
macro_rules! tr {
    // A name spelt the same in every language ("V3", "AWS").
    ($all:literal) => {
        $crate::locale::tr!($all, $all, $all, $all, $all, $all, $all)
    };
    ($en:literal, $it:literal, $pt_br:literal, $pt_pt:literal, $es:literal, $fr:literal, $de:literal $(,)?) => {
        const {
            $crate::locale::Tr::joined(concat!(
                $crate::locale::keep_en!($en),
                $crate::locale::keep_it!($it),
                $crate::locale::keep_pt_br!($pt_br),
                $crate::locale::keep_pt_pt!($pt_pt),
                $crate::locale::keep_es!($es),
                $crate::locale::keep_fr!($fr),
                $crate::locale::keep_de!($de)
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
keeper!(keep_es, "es");
keeper!(keep_fr, "fr");
keeper!(keep_de, "de");

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

/// What a build knows of one of its languages.
struct Language {
    /// The BCP 47 tag: the `lang=` value, the `lang` attribute, `hreflang`
    /// and Intl's locale.
    tag: &'static str,
    /// Its own name, for the language switch (the page's alternate's `title`).
    name: &'static str,
    /// The tags it answers for (`read_tag`), its own first: `pt` alone
    /// reads as Brazilian; `pt-*`, any region without a page of its own
    /// (Portugal, Angola, Mozambique...), the European way.
    reads: &'static str,
    /// Its page under the widget's folder: English (`x-default`) at the root,
    /// each other language in a folder named by its tag. Stable names.
    page_dir: &'static str,
    /// The suffix of its module, `deepseek-cost-explainer-web{}.js` (`web/`;
    /// English keeps the name it always had).
    module_suffix: &'static str,
    /// The decimal mark its readers type.
    decimal_mark: char,
    /// Open Graph's name for it.
    og_locale: &'static str,
    /// Whether its longest sums ("1,02 mil millones de dólares", "100 000
    /// 000 000 $US exactement") need the headline's smaller type to stay on
    /// one line (`main.css`'s `.dce-total.is-long`; `tests/e2e/languages`
    /// sweeps every language's totals).
    long_money: bool,
}

impl Locale {
    /// The languages this build carries, English first when it does: all
    /// four natively, in the offline file and in the lazy modules; one in a
    /// page's wasm. A variant's index here is its discriminant.
    pub const ALL: &'static [Locale] = &[
        #[cfg(feature = "en")]
        Locale::En,
        #[cfg(feature = "it")]
        Locale::It,
        #[cfg(feature = "pt-br")]
        Locale::PtBr,
        #[cfg(feature = "pt-pt")]
        Locale::PtPt,
        #[cfg(feature = "es")]
        Locale::Es,
        #[cfg(feature = "fr")]
        Locale::Fr,
        #[cfg(feature = "de")]
        Locale::De,
    ];

    const fn language(self) -> Language {
        match self {
            #[cfg(feature = "en")]
            Locale::En => Language {
                tag: "en",
                name: "English",
                reads: "en",
                page_dir: "",
                module_suffix: "",
                decimal_mark: '.',
                og_locale: "en_US",
                long_money: false,
            },
            #[cfg(feature = "it")]
            Locale::It => Language {
                tag: "it",
                name: "Italiano",
                reads: "it",
                page_dir: "it/",
                module_suffix: "-it",
                decimal_mark: ',',
                og_locale: "it_IT",
                long_money: false,
            },
            #[cfg(feature = "pt-br")]
            Locale::PtBr => Language {
                tag: "pt-BR",
                name: "Português (Brasil)",
                reads: "pt-BR pt",
                page_dir: "pt-BR/",
                module_suffix: "-pt-br",
                decimal_mark: ',',
                og_locale: "pt_BR",
                long_money: false,
            },
            #[cfg(feature = "pt-pt")]
            Locale::PtPt => Language {
                tag: "pt-PT",
                name: "Português (Portugal)",
                reads: "pt-PT pt-*",
                page_dir: "pt-PT/",
                module_suffix: "-pt-pt",
                decimal_mark: ',',
                og_locale: "pt_PT",
                long_money: true,
            },
            #[cfg(feature = "es")]
            Locale::Es => Language {
                tag: "es",
                name: "Español",
                reads: "es",
                page_dir: "es/",
                module_suffix: "-es",
                decimal_mark: ',',
                og_locale: "es_ES",
                long_money: true,
            },
            #[cfg(feature = "fr")]
            Locale::Fr => Language {
                tag: "fr",
                name: "Français",
                reads: "fr",
                page_dir: "fr/",
                module_suffix: "-fr",
                decimal_mark: ',',
                og_locale: "fr_FR",
                long_money: true,
            },
            #[cfg(feature = "de")]
            Locale::De => Language {
                tag: "de",
                name: "Deutsch",
                reads: "de",
                page_dir: "de/",
                module_suffix: "-de",
                decimal_mark: ',',
                og_locale: "de_DE",
                long_money: false,
            },
        }
    }

    pub const fn tag(self) -> &'static str {
        self.language().tag
    }

    /// Whether its longest sums need the headline's smaller type (see
    /// `Language`).
    pub const fn long_money(self) -> bool {
        self.language().long_money
    }

    /// The language's own name, for the language switch.
    pub const fn name(self) -> &'static str {
        self.language().name
    }

    /// The tags it answers for besides its own, space-separated (the
    /// alternate's `data-dce-also`).
    pub fn also(self) -> &'static str {
        self.reads()
            .get(self.tag().len()..)
            .unwrap_or_default()
            .trim_start()
    }

    /// Its own tag, then the others it answers for (`read_tag`;
    /// `widget.js`'s table).
    pub const fn reads(self) -> &'static str {
        self.language().reads
    }

    pub const fn page_dir(self) -> &'static str {
        self.language().page_dir
    }

    pub const fn module_suffix(self) -> &'static str {
        self.language().module_suffix
    }

    /// English's page is the widget's folder, and the `x-default` one.
    pub const fn is_default(self) -> bool {
        self.language().page_dir.is_empty()
    }

    pub const fn decimal_mark(self) -> char {
        self.language().decimal_mark
    }

    pub const fn og_locale(self) -> &'static str {
        self.language().og_locale
    }

    /// Reads a language tag among this build's languages (`read_tag`).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let i = read_tag(tag, Locale::ALL.iter().map(|l| l.reads()))?;
        Locale::ALL.get(i).copied()
    }

    /// The first candidate that names a language of this build, else the
    /// default. Candidates come in priority order: `?lang=` (or
    /// `data-lang`), then the host page's `<html lang>` (script embed), then
    /// the browser's languages.
    pub fn negotiate<'a>(candidates: impl IntoIterator<Item = &'a str>) -> Locale {
        candidates
            .into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or_default()
    }
}

/// Which of `languages` a reader's language `tag` reads. Each language is
/// the tags it answers for, space-separated, its own first (`"pt-BR pt"`,
/// `Locale::reads`): any region of a language with one page (`en-GB`,
/// `it-CH`); else the first that names the tag's language and region, then
/// `language-*`, then the language alone. `embed/boot.js` reads the page's
/// alternates and `embed/widget.js` its table the same way (tested end to
/// end).
pub fn read_tag<'a>(tag: &str, languages: impl Iterator<Item = &'a str> + Clone) -> Option<usize> {
    let t = tag.trim().to_ascii_lowercase().replace('_', "-");
    let mut parts = t.split('-');
    let lang = parts.next().filter(|l| !l.is_empty())?;
    let keys = match parts.find(|p| p.len() == 2 || p.len() == 3) {
        Some(region) => [Some(Some(region)), Some(Some("*")), Some(None)],
        None => [Some(None), None, None],
    };
    let is = |tag: &str, region: Option<&str>| {
        let tag = tag.to_ascii_lowercase();
        let mut parts = tag.split('-');
        parts.next() == Some(lang) && parts.next() == region
    };
    let found = keys.into_iter().flatten().find_map(|region| {
        languages
            .clone()
            .position(|tags| tags.split(' ').any(|a| is(a, region)))
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_holds_seven_languages_in_order() {
        let t = tr!("one", "uno", "um", "um (PT)", "uno (ES)", "un", "eins");
        assert_eq!(
            t.all(),
            ["one", "uno", "um", "um (PT)", "uno (ES)", "un", "eins"]
        );
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
            ("es-MX", Some(Locale::Es)),
            ("fr-CA", Some(Locale::Fr)),
            ("de_AT", Some(Locale::De)),
            ("nl", None),
            ("", None),
            ("<script>", None),
            ("e", None),
        ];
        for (tag, want) in cases {
            assert_eq!(Locale::from_tag(tag), want, "{tag}");
        }
        for &l in Locale::ALL {
            assert_eq!(Locale::from_tag(l.tag()), Some(l));
        }
    }

    #[test]
    fn a_table_of_languages_reads_tags_the_same_way() {
        // As a script embed's table, or a page's alternates, name them: a
        // language this build does not carry reads like any other.
        let table = ["en", "de", "pt-BR pt", "pt-PT pt-*"];
        let read = |tag| read_tag(tag, table.iter().copied());
        assert_eq!(read("de-AT"), Some(1));
        assert_eq!(read("pt"), Some(2));
        assert_eq!(read("pt-MZ"), Some(3));
        assert_eq!(read("PT-br"), Some(2));
        assert_eq!(read("fr-CA"), None);
        assert_eq!(read("-"), None);
    }

    #[test]
    fn every_language_has_its_own_tag_page_and_module() {
        let distinct = |f: fn(Locale) -> &'static str| {
            let mut v: Vec<_> = Locale::ALL.iter().map(|l| f(*l)).collect();
            v.sort();
            v.dedup();
            v.len() == Locale::ALL.len()
        };
        assert!(distinct(Locale::tag) && distinct(Locale::page_dir));
        assert!(distinct(Locale::module_suffix) && distinct(Locale::name));
        assert_eq!(Locale::default(), Locale::En);
        for l in Locale::ALL {
            assert_eq!(
                l.reads().split(' ').next(),
                Some(l.tag()),
                "{l:?} reads its own tag first"
            );
        }
        assert_eq!((Locale::PtPt.also(), Locale::En.also()), ("pt-*", ""));
        let defaults: Vec<_> = Locale::ALL.iter().filter(|l| l.is_default()).collect();
        assert_eq!(defaults, [&Locale::En]);
        for (i, l) in Locale::ALL.iter().enumerate() {
            assert_eq!(
                *l as usize, i,
                "a variant's index in ALL is its discriminant"
            );
        }
    }

    #[test]
    fn negotiation_takes_the_first_supported_candidate() {
        assert_eq!(Locale::negotiate(["it", "pt-BR"]), Locale::It);
        assert_eq!(Locale::negotiate(["xx", "nl-NL", "pt"]), Locale::PtBr);
        assert_eq!(Locale::negotiate(["nl", "sv"]), Locale::En);
        assert_eq!(Locale::negotiate([]), Locale::En);
    }

    #[test]
    fn fill_places_arguments_in_order() {
        assert_eq!(fill("{} of {} hours", &["3", "4"]), "3 of 4 hours");
        assert_eq!(fill("no slots", &["x"]), "no slots");
        assert_eq!(fill("{} and {}", &["a"]), "a and ");
    }
}
