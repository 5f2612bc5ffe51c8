//! Rules about the source itself, checked on every test run: the domain
//! depends on no browser crate, no code ever inserts text as HTML, no
//! class is computed through Yew's `Classes`, the
//! pictures' colours are the stylesheet's, and the script embed lists the
//! domain's languages.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            out.extend(files(&p, ext));
        } else if p.extension().is_some_and(|e| e == ext) {
            out.push(p);
        }
    }
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Cargo keeps the domain pure: this proves its dependency tree, on every
/// target, holds no browser crate.
#[test]
fn the_domain_crate_depends_on_no_browser_crate() {
    let out = std::process::Command::new(env!("CARGO"))
        .args([
            "tree",
            "-p",
            "deepseek-cost-domain",
            "-e",
            "normal",
            "--target",
            "all",
            "--prefix",
            "none",
        ])
        .current_dir(root())
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    assert!(tree.starts_with("deepseek-cost-domain"), "{tree}");
    for name in ["web-sys", "js-sys", "wasm-bindgen", "yew", "gloo", "serde"] {
        assert!(
            !tree.contains(name),
            "the domain depends on {name}:\n{tree}"
        );
    }
}

#[test]
fn nothing_is_inserted_as_html() {
    let mut checked = 0;
    for (dir, ext) in [
        ("src", "rs"),
        ("domain/src", "rs"),
        ("web/src", "rs"),
        ("qr/src", "rs"),
        ("picture/src", "rs"),
        ("picture/svg/src", "rs"),
        ("builder/src", "rs"),
        ("embed", "js"),
    ] {
        for f in files(&root().join(dir), ext) {
            let text = fs::read_to_string(&f).unwrap();
            for banned in [
                "inner_html",
                "innerHTML",
                "outerHTML",
                "insertAdjacentHTML",
                "document.write",
                "from_html_unchecked",
                "eval(",
            ] {
                assert!(!text.contains(banned), "{} uses {banned}", f.display());
            }
            checked += 1;
        }
    }
    assert!(checked > 20);
}

/// A class chosen at run time goes through `components::classed` (or
/// `with_attributes`), never as an expression in html!: Yew makes that a
/// `Classes` set, which cost each page about 2.6 KB of gzipped wasm.
#[test]
fn no_class_is_computed_through_yews_classes() {
    let mut checked = 0;
    for f in files(&root().join("src"), "rs") {
        let text = fs::read_to_string(&f).unwrap();
        assert!(
            !text.contains("class={") && !text.contains("classes!"),
            "{} computes a class through Classes: use components::classed",
            f.display()
        );
        checked += 1;
    }
    assert!(checked > 20);
}

/// The social card is drawn at build time, with no stylesheet: its colours
/// (`Palette::LIGHT`, and `DARK` beside it) must be `main.css`'s themes,
/// the dark one in both places it is written (forced, and the system's).
#[test]
fn the_pictures_palettes_are_the_stylesheets() {
    use picture_svg::Palette;
    let css = fs::read_to_string(root().join("style/main.css")).unwrap();
    let block = |selector: &str| -> String {
        let start = css
            .find(selector)
            .unwrap_or_else(|| panic!("{selector} in main.css"));
        let body = &css[start..];
        body[..body.find('}').unwrap()].to_string()
    };
    for (selector, p) in [
        (".dce {", Palette::LIGHT),
        (".dce[data-theme=\"dark\"] {", Palette::DARK),
        (".dce[data-theme=\"auto\"] {", Palette::DARK),
    ] {
        let rules = block(selector);
        for (name, value) in [
            ("--bg", p.bg),
            ("--paper", p.paper),
            ("--ink", p.ink),
            ("--muted", p.muted),
            ("--rule", p.rule),
            ("--rent", p.rent),
            ("--buy", p.buy),
        ] {
            assert!(
                rules.contains(&format!("{name}: {value};")),
                "{selector} {name} is not {value}"
            );
        }
    }
}

/// The script embed's loader is the one place that lists the published
/// languages (a module knows its own alone): its table is the domain's, in
/// order, each with the tags it answers for.
#[test]
fn the_script_embeds_table_of_languages_is_the_domains() {
    use domain::locale::Locale;
    let js = fs::read_to_string(root().join("embed/widget.js")).unwrap();
    let line = js
        .lines()
        .find(|l| l.starts_with("const LANGUAGES = ["))
        .expect("widget.js has its table of languages");
    let want: Vec<String> = Locale::ALL
        .iter()
        .map(|l| format!("'{}'", l.reads()))
        .collect();
    assert_eq!(
        line,
        format!("const LANGUAGES = [{}];", want.join(", ")),
        "widget.js"
    );
}

/// The custom element observes the embeds' options, and makes the widget
/// anew for those that change how it is shown: the domain's lists.
#[test]
fn the_custom_elements_options_are_the_domains() {
    use domain::embed::{OPTIONS, SHOWN_BY};
    let js = fs::read_to_string(root().join("embed/widget.js")).unwrap();
    let list = |names: &[&str]| {
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        quoted.join(", ")
    };
    for line in [
        format!("const OPTIONS = [{}];", list(&OPTIONS)),
        format!("const SHOWN_BY = [{}];", list(&SHOWN_BY)),
    ] {
        assert!(js.lines().any(|l| l == line), "widget.js lacks {line}");
    }
    // embed.js's helper lists them in the order they apply: the same set.
    let host = fs::read_to_string(root().join("embed/embed.js")).unwrap();
    let order = host
        .lines()
        .find_map(|l| l.trim().strip_prefix("var ORDER = ["))
        .expect("embed.js lists the options it passes on");
    let mut named: Vec<&str> = order
        .trim_end_matches("];")
        .split(", ")
        .map(|n| n.trim_matches('\''))
        .collect();
    let mut options = OPTIONS.to_vec();
    named.sort_unstable();
    options.sort_unstable();
    assert_eq!(named, options, "embed.js's ORDER");
}
