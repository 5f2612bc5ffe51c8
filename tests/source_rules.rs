//! Rules about the source itself, checked on every test run: the domain
//! depends on no browser crate, and no code ever inserts text as HTML.
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
