//! Rules about the source itself, checked on every test run: the domain never
//! names a browser crate, and no code ever inserts text as HTML.
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

#[test]
fn the_domain_never_touches_the_browser() {
    let domain = files(&root().join("src/domain"), "rs");
    assert!(domain.len() >= 10);
    for f in domain {
        let text = fs::read_to_string(&f).unwrap();
        for name in ["web_sys", "js_sys", "wasm_bindgen", "yew", "gloo"] {
            assert!(!text.contains(name), "{} mentions {name}", f.display());
        }
    }
}

#[test]
fn nothing_is_inserted_as_html() {
    let mut checked = 0;
    for (dir, ext) in [("src", "rs"), ("web/src", "rs"), ("embed", "js")] {
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
