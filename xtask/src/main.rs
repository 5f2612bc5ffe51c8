//! `cargo xtask serve` and `cargo xtask test`: the project's two commands
//! (and `dist`, `bench`, `setup`).
//! Each first installs whatever is missing, idempotently and quickly when
//! everything is already there.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{exit, Command};

const TRUNK_VERSION: &str = "0.21.14";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// The address `cargo xtask bench` builds for and serves Lighthouse's pages at.
const BENCH_SITE: &str = "http://127.0.0.1:8765/";

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the repository")
        .to_path_buf();
    env::set_current_dir(&root).expect("cd to the repository");
    let task = env::args().nth(1).unwrap_or_default();
    match task.as_str() {
        "serve" => {
            setup(&root, false);
            run("trunk", &["serve"]);
        }
        "dist" => {
            setup(&root, false);
            run("trunk", &["build", "--release"]);
        }
        "test" => {
            setup(&root, true);
            test(&root);
        }
        "bench" => {
            setup(&root, true);
            // Built as a published build is, knowing its address, where
            // both benches serve it.
            let site = [("SITE_URL", BENCH_SITE)];
            run_env("trunk", &["build", "--release"], &site);
            run_env("node", &["benches/bench.mjs"], &site);
            run_env(
                "node",
                &["benches/lighthouse.mjs"],
                &[("CHROMIUM", &chromium()), site[0]],
            );
        }
        "setup" => setup(&root, true),
        // `cargo xtask oembed SITE DIR`: the oEmbed answers for a build
        // served at SITE, into DIR (the embed tests check them against
        // "Copy embed code"; a build with SITE_URL writes its own).
        "oembed" => {
            let arg = |i| {
                env::args()
                    .nth(i)
                    .unwrap_or_else(|| fail("usage: cargo xtask oembed SITE DIR"))
            };
            oembed(&arg(2), Path::new(&arg(3)));
        }
        "post-build" => post_build(&root),

        _ => {
            eprintln!("usage: cargo xtask <serve|test|dist|bench|setup>");
            eprintln!("  serve  build and serve the widget at http://127.0.0.1:8080");
            eprintln!("  test   run every test: native, wasm in headless Chromium, end to end");
            eprintln!("  dist   release build into dist/");
            eprintln!("  bench  sizes and timings against benches/reference.html (BENCHMARKS.md)");
            eprintln!("  setup  only install the tools");
            eprintln!(
                "  oembed SITE DIR  each language's oEmbed answer for a build served at SITE"
            );
            eprintln!("  post-build  Trunk's hook: minified glue, each language's page and their CSP, the social cards, the offline file");
            exit(2);
        }
    }
}

fn test(root: &Path) {
    step("format", || {
        run("cargo", &["fmt", "--all", "--", "--check"])
    });
    let deny = lint_level();
    step("clippy (host)", || {
        run(
            "cargo",
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                deny,
                "warnings",
            ],
        )
    });
    step("clippy (wasm)", || {
        run(
            "cargo",
            &[
                "clippy",
                "-p",
                "deepseek-cost-explainer",
                "-p",
                "deepseek-cost-explainer-web",
                "-p",
                "deepseek-cost-explainer-qr",
                "-p",
                "deepseek-cost-explainer-picture",
                "-p",
                "deepseek-cost-explainer-builder",
                "-p",
                "deepseek-cost-explainer-wire",
                "--target",
                WASM_TARGET,
                "--all-targets",
                "--",
                deny,
                "warnings",
            ],
        )
    });
    step("domain and tooling tests (native)", || {
        run("cargo", &["test", "--workspace"])
    });
    step(
        "component tests (wasm-bindgen-test, headless Chromium)",
        || {
            run_env(
                "cargo",
                &[
                    "test",
                    "-p",
                    "deepseek-cost-explainer",
                    "--target",
                    WASM_TARGET,
                    "--test",
                    "components",
                ],
                &[("CHROMEDRIVER", &chromedriver())],
            )
        },
    );
    step("release build", || run("trunk", &["build", "--release"]));
    step(
        "end-to-end tests (release build, headless Chromium)",
        || {
            let dist = root.join("dist");
            run_env(
                "node",
                &["--test", "--test-concurrency=1", "tests/e2e/"],
                &[
                    ("DIST", dist.to_str().unwrap_or("dist")),
                    ("CHROMIUM", &chromium()),
                ],
            )
        },
    );
    println!("xtask: every test passed");
}

/// Trunk's post-build hook, its steps in order: each reads what the one
/// before wrote. The scripts' folder is the repository (Trunk's working
/// directory).
fn post_build(root: &Path) {
    let release = env::var("TRUNK_PROFILE").as_deref() == Ok("release");
    if release {
        run("node", &["xtask/minify-glue.mjs"]);
    }
    pages(root);
    run("node", &["xtask/policy.mjs"]);
    if release {
        cards(root);
        run("node", &["xtask/offline.mjs"]);
    }
}

/// Each language's page from Trunk's English one
/// (`domain::pages`): `index.html`, `it/index.html`, `pt-BR/index.html` and
/// `pt-PT/index.html`, each with its head, its module and its default view
/// prerendered (`prerender`), its boot script and stylesheet inline
/// (`domain::pages::inline_blocking`), and beside each its embed page
/// (`embed.html`, the article layout prerendered, for iframes). `SITE_URL` (the host's address, at build time) makes the
/// alternates and `og:image` absolute, as some sites read them, and gives
/// each page its oEmbed answer (`oembed`).
fn pages(root: &Path) {
    use domain::locale::Locale;

    let dir = staging(root);
    let site = env::var("SITE_URL").ok().filter(|s| !s.is_empty());
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| fail(&format!("{name}: {e}")))
    };
    let trunk = read("index.html");
    let (boot, css) = (read("boot.js"), read("main.css"));
    for &locale in Locale::ALL {
        let folder = dir.join(locale.page_dir());
        std::fs::create_dir_all(&folder).unwrap_or_else(|e| fail(&format!("{folder:?}: {e}")));
        for (embed, name) in [(false, "index.html"), (true, domain::pages::EMBED_PAGE)] {
            let view = prerender(locale, embed);
            let html = domain::pages::page(&trunk, locale, site.as_deref(), &view, embed)
                .and_then(|html| domain::pages::inline_blocking(&html, &boot, &css))
                .unwrap_or_else(|e| fail(&format!("the {} page: {e}", locale.tag())));
            let path = folder.join(name);
            std::fs::write(&path, html).unwrap_or_else(|e| fail(&format!("{path:?}: {e}")));
        }
    }
    if let Some(site) = &site {
        oembed(site, &dir);
    }
}

/// oEmbed's answer for a language's page (a `rich` embed).
#[derive(serde::Serialize)]
struct OEmbed {
    version: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    title: String,
    provider_name: String,
    provider_url: String,
    html: String,
    width: u32,
    height: u32,
    thumbnail_url: String,
    thumbnail_width: u32,
    thumbnail_height: u32,
}

/// Each language's `oembed.json` beside its page under `dir`, for a build
/// served at `site` (the widget's folder URL): the iframe "Copy embed code"
/// gives for the default view, its title, and the social card. The
/// provider is the site's host, which publishes the widget.
fn oembed(site: &str, dir: &Path) {
    use domain::locale::Locale;
    use domain::pages::{card_file, default_snippet, title, OEMBED};

    let folder = format!("{}/", site.trim_end_matches('/'));
    let host = folder.split('/').nth(2).unwrap_or(&folder).to_string();
    for &l in Locale::ALL {
        let answer = OEmbed {
            version: "1.0",
            kind: "rich",
            title: title(l).to_string(),
            provider_name: host.clone(),
            provider_url: folder.clone(),
            html: default_snippet(l, site),
            width: 640,
            height: 800,
            thumbnail_url: format!("{folder}{}", card_file(l)),
            thumbnail_width: picture_svg::CARD.0,
            thumbnail_height: picture_svg::CARD.1,
        };
        let path = dir.join(l.page_dir()).join(OEMBED);
        let text = serde_json::to_string_pretty(&answer).unwrap_or_else(|e| fail(&e.to_string()));
        std::fs::create_dir_all(path.parent().unwrap_or(dir))
            .and_then(|()| std::fs::write(&path, text))
            .unwrap_or_else(|e| fail(&format!("{path:?}: {e}")));
    }
}

/// The social cards, one PNG per language (`social-card.png` in English,
/// `social-card-it.png`...), from `picture_svg::card_svg`,
/// rasterized by resvg with the DejaVu fonts that `npm ci` installs
/// (`dejavu-fonts-ttf`), so every build draws the same pixels and fetches
/// nothing.
fn cards(root: &Path) {
    use domain::locale::Locale;
    use domain::numerals::Numerals;
    use picture_svg::{card_svg, Palette, CARD};
    use resvg::{tiny_skia, usvg};

    let dir = staging(root);
    let fonts = root.join("node_modules/dejavu-fonts-ttf/ttf");
    let mut options = usvg::Options::default();
    let db = options.fontdb_mut();
    for face in [
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSerif-Bold.ttf",
    ] {
        let data = std::fs::read(fonts.join(face))
            .unwrap_or_else(|e| fail(&format!("{face}: {e} (run `npm ci`)")));
        db.load_font_data(data);
    }
    db.set_sans_serif_family("DejaVu Sans");
    db.set_serif_family("DejaVu Serif");
    for &locale in Locale::ALL {
        let t = Numerals::localizer(locale);
        let svg = card_svg(t, &Palette::LIGHT);
        let tree = usvg::Tree::from_str(&svg, &options)
            .unwrap_or_else(|e| fail(&format!("the card's SVG: {e}")));
        let mut pixmap = tiny_skia::Pixmap::new(CARD.0, CARD.1).expect("a card-sized pixmap");
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        let name = domain::pages::card_file(locale);
        pixmap
            .save_png(dir.join(&name))
            .unwrap_or_else(|e| fail(&format!("{name}: {e}")));
    }
}

/// The default view in `locale`, in the long form or the article layout
/// (`embed`), rendered by the widget's own components.
fn prerender(locale: domain::locale::Locale, embed: bool) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap_or_else(|e| fail(&format!("a runtime for the prerender: {e}")));
    tokio::task::LocalSet::new()
        .block_on(&runtime, deepseek_cost_explainer::prerender(locale, embed))
}

/// Where Trunk stages the build (`dist/` when run by hand).
fn staging(root: &Path) -> PathBuf {
    env::var("TRUNK_STAGING_DIR").map_or_else(|_| root.join("dist"), PathBuf::from)
}

fn fail(why: &str) -> ! {
    eprintln!("xtask: {why}");
    exit(1)
}

/// Installs what is missing and puts the tools on PATH.
fn setup(root: &Path, browser: bool) {
    let home = env::var("HOME").unwrap_or_default();
    let path = env::var("PATH").unwrap_or_default();
    let bins = [
        root.join("node_modules/.bin"),
        PathBuf::from(&home).join(".cargo/bin"),
    ];
    let mut parts: Vec<String> = bins.iter().map(|p| p.display().to_string()).collect();
    parts.push(path);
    env::set_var("PATH", parts.join(":"));

    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !installed.lines().any(|l| l.trim() == WASM_TARGET) {
        run("rustup", &["target", "add", WASM_TARGET]);
    }

    let want = wasm_bindgen_version(root);
    let have = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    if have.split_whitespace().nth(1) != Some(want.as_str()) {
        println!("xtask: installing wasm-bindgen-cli {want} (matches Cargo.lock)");
        // Not --locked: the CLI's own lock names a crate the registry lacks.
        run(
            "cargo",
            &["install", "wasm-bindgen-cli", "--version", &want],
        );
    }

    let have = output("trunk", &["--version"]).unwrap_or_default();
    if have.split_whitespace().nth(1) != Some(TRUNK_VERSION) {
        println!("xtask: installing trunk {TRUNK_VERSION} (about 11 minutes on 2 cores)");
        run(
            "cargo",
            &["install", "--locked", "trunk", "--version", TRUNK_VERSION],
        );
    }

    let stamp = root.join("node_modules/.package-lock.json");
    let fresh = modified(&stamp)
        .is_some_and(|s| modified(&root.join("package-lock.json")).is_some_and(|l| l <= s));
    if !fresh || !root.join("node_modules/.bin/wasm-opt").exists() {
        run("npm", &["ci", "--no-audit", "--no-fund"]);
    }

    if browser && (which(&chromium()).is_none() || which(&chromedriver()).is_none()) {
        if output("id", &["-u"]).as_deref().map(str::trim) == Some("0") {
            println!("xtask: installing Debian's chromium and chromium-driver");
            run_env("apt-get", &["update", "-qq"], &[]);
            run_env(
                "apt-get",
                &["install", "-y", "-qq", "chromium", "chromium-driver"],
                &[("DEBIAN_FRONTEND", "noninteractive")],
            );
        } else {
            eprintln!("xtask: Chromium and ChromeDriver are missing. Install them as root:");
            eprintln!("  apt-get install chromium chromium-driver");
            eprintln!("or point CHROMIUM and CHROMEDRIVER at your own binaries.");
            exit(1);
        }
    }
}

/// The wasm-bindgen version pinned in Cargo.lock.
fn wasm_bindgen_version(root: &Path) -> String {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).expect("Cargo.lock is committed");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return v.trim_end_matches('"').to_string();
            }
        }
    }
    panic!("Cargo.lock names no wasm-bindgen");
}

fn chromium() -> String {
    env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into())
}

fn chromedriver() -> String {
    env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into())
}

fn which(program: &str) -> Option<PathBuf> {
    let p = Path::new(program);
    if p.is_absolute() {
        return p.exists().then(|| p.to_path_buf());
    }
    env::var("PATH")
        .ok()?
        .split(':')
        .map(|d| Path::new(d).join(program))
        .find(|c| c.exists())
}

fn modified(p: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

fn step(name: &str, f: impl FnOnce()) {
    println!("\nxtask: ── {name} ──");
    f();
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The Rust release whose clippy the code is kept clean under (README.md
/// says the same). A toolchain file cannot pin it: these machines carry one
/// toolchain and can fetch no other, so a `rust-toolchain.toml` naming a
/// release they lack stops every cargo command.
const RUST: &str = "1.95.0";

/// Clippy's warnings fail the tests on `RUST` (`-D`). On any other release
/// they are printed but do not fail (`-W`): a newer clippy's new lints
/// cannot turn CI red with no change to the code.
fn lint_level() -> &'static str {
    let version = Command::new("rustc")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    if version.split_whitespace().nth(1) == Some(RUST) {
        "-D"
    } else {
        eprintln!(
            "xtask: this is {}; clippy's warnings fail the tests on Rust {RUST} only",
            version.trim()
        );
        "-W"
    }
}

fn run(program: &str, args: &[&str]) {
    run_env(program, args, &[]);
}

fn run_env(program: &str, args: &[&str], vars: &[(&str, &str)]) {
    let status = Command::new(program)
        .args(args)
        .envs(vars.iter().copied())
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => {
            eprintln!("xtask: `{program} {}` failed ({s})", args.join(" "));
            exit(s.code().unwrap_or(1));
        }
        Err(e) => {
            eprintln!("xtask: could not start `{program}`: {e}");
            exit(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_locked_wasm_bindgen_version() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let v = wasm_bindgen_version(root);
        assert!(v.starts_with("0.2."), "{v}");
    }
}
