//! Component tests in headless Chromium (wasm-bindgen-test): mount the app,
//! drive its controls with DOM events, and read what it renders. Each test
//! mounts the widget as a script embed does (it never touches the runner's
//! URL) and unmounts it when done.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use deepseek_cost_explainer::{App, Host, Props};
use domain::units::Cents;
use yew::AppHandle;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A mounted widget, in its long form; unmounted and removed when dropped.
struct Mounted {
    root: Element,
    app: Option<AppHandle<App>>,
}

impl std::ops::Deref for Mounted {
    type Target = Element;
    fn deref(&self) -> &Element {
        &self.root
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

fn mount() -> Mounted {
    mount_with(&[("embed", "full")])
}

/// A widget with these script-embed options.
fn mount_with(options: &[(&str, &str)]) -> Mounted {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let options = options.iter().map(|(k, v)| (k.to_string(), v.to_string()));
    let host = Host::Inline {
        options: Rc::new(options.collect()),
        base: "/".into(),
    };
    // As the widget's own mounting does (`mount.rs`).
    yew::set_event_bubbling(false);
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), Props { host }).render();
    Mounted {
        root,
        app: Some(app),
    }
}

fn search() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// Yields to the browser until `cond` holds (Yew renders asynchronously).
async fn until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..500 {
        if cond() {
            return;
        }
        yew::platform::time::sleep(Duration::ZERO).await;
    }
    panic!("timed out waiting for {what}");
}

fn fire(el: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

fn total(root: &Element) -> String {
    text(root, "[data-testid=total]")
}

#[wasm_bindgen_test]
async fn slider_basis_and_number_box_drive_the_total() {
    let url = search();
    let root = mount();
    until("the default total", || total(&root).contains("$5,576,000")).await;
    assert!(total(&root).contains("$5.58 million"), "{}", total(&root));

    // The GPU slider to its far end: 100,000 GPUs renting for 1,361.328125 h at $2.
    let slider: HtmlInputElement = find(&root, ".dce-input-gpus input[type=range]")
        .unwrap()
        .dyn_into()
        .unwrap();
    slider.set_value(&slider.max());
    fire(&slider, "input");
    // The urgent path: the headline figure has changed before the input
    // event returns, before Yew renders anything.
    assert!(total(&root).contains("$272 million"), "{}", total(&root));
    // The rest catches up after the paint: the exact amount, the spoken
    // value and the formula.
    until("the exact amount", || total(&root).contains("$272,265,625")).await;
    until("the slider's spoken value", || {
        slider.get_attribute("aria-valuetext").as_deref() == Some("100,000 GPUs")
    })
    .await;
    until("the formula", || {
        text(&root, "[data-testid=formula]").contains("100,000 GPUs")
    })
    .await;

    // Switch to buying: 100,000 × $32,000.
    let buy: HtmlElement = find(&root, "input[value=buy]").unwrap().dyn_into().unwrap();
    buy.click();
    until("the buy total", || total(&root).contains("$3,200,000,000")).await;
    assert!(text(&root, ".dce-total-what").contains("Buying"));

    // Type an exact value in the GPU box: 2,048 × $32,000.
    let gpus: HtmlInputElement = find(&root, ".dce-input-gpus input[type=text]")
        .unwrap()
        .dyn_into()
        .unwrap();
    gpus.set_value("2,048");
    fire(&gpus, "change");
    until("the typed total", || total(&root).contains("$65,536,000")).await;

    // Unparsable text is refused with a message and changes nothing.
    gpus.set_value("lots");
    fire(&gpus, "change");
    until("the error message", || {
        text(&root, ".dce-input-gpus .dce-note").contains("Type a number")
    })
    .await;
    assert!(total(&root).contains("$65,536,000"));
    assert_eq!(gpus.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(search(), url, "the runner's URL is left alone");
    drop(root);
    assert!(
        document().query_selector(".dce").unwrap().is_none(),
        "unmounted"
    );
}

/// The figure's texts are kept as the page's own strings and written again
/// when a drag comes back to a total (`Urgent`'s `Figure::texts`), each
/// with its language: a total met again after a switch of language is
/// written in the new one.
#[wasm_bindgen_test]
async fn a_total_met_again_after_a_language_switch_is_written_in_the_new_language() {
    let root = mount();
    until("the default total", || total(&root).contains("$5,576,000")).await;
    let slide = |to: &dyn Fn(&HtmlInputElement) -> String| {
        let slider: HtmlInputElement = find(&root, ".dce-input-gpus input[type=range]")
            .unwrap()
            .dyn_into()
            .unwrap();
        slider.set_value(&to(&slider));
        fire(&slider, "input");
        slider
    };
    let middle = slide(&|s| s.value()).value();
    for _ in 0..2 {
        slide(&|s| s.max());
        assert!(total(&root).contains("$272 million"), "{}", total(&root));
        slide(&|_| middle.clone());
        assert!(total(&root).contains("$5.58 million"), "{}", total(&root));
    }
    fire(&slide(&|_| middle.clone()), "change");
    let select: web_sys::HtmlSelectElement =
        find(&root, ".dce-lang select").unwrap().dyn_into().unwrap();
    select.set_value("it");
    fire(&select, "change");
    until("the total in Italian", || {
        total(&root).contains("5,58 milioni")
    })
    .await;
    slide(&|s| s.max());
    assert!(total(&root).contains("272 milioni"), "{}", total(&root));
    slide(&|_| middle.clone());
    assert!(total(&root).contains("5,58 milioni"), "{}", total(&root));
}

#[wasm_bindgen_test]
async fn presets_set_every_input_and_reset_restores_v3() {
    let root = mount();
    until("the app", || find(&root, "[data-preset=fleet]").is_some()).await;
    let click = |sel: &str| {
        find(&root, sel)
            .unwrap()
            .dyn_into::<HtmlElement>()
            .unwrap()
            .click()
    };
    click("[data-preset=fleet]");
    // SemiAnalysis's estimate, said as one (never "exactly").
    until("the fleet total", || {
        total(&root).contains("= 50,000 GPUs × $32,000: SemiAnalysis's estimate")
    })
    .await;
    assert!(total(&root).contains("$1.6 billion"));
    assert_eq!(
        find(&root, "[data-preset=fleet]")
            .unwrap()
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert!(text(&root, "[data-testid=citation-gpus]").contains("50,000 GPUs"));
    click(".dce-reset");
    until("the default total", || total(&root).contains("$5,576,000")).await;
}

#[wasm_bindgen_test]
fn intl_writes_numbers_the_way_each_language_does() {
    use deepseek_cost_explainer::platform::intl::intl;
    use domain::locale::Locale;
    use domain::text::Localizer;
    let text = |l| Localizer {
        locale: l,
        fmt: intl(l),
    };
    let nbsp = |s: String| s.replace(['\u{a0}', '\u{202f}'], " ");
    let cases = [
        (Locale::En, "$5.58 million", "$5,576,000", "$1.6 billion"),
        (
            Locale::It,
            "5,58 milioni di dollari",
            "5.576.000 $",
            "1,6 miliardi di dollari",
        ),
        (
            Locale::PtBr,
            "US$ 5,58 milhões",
            "US$ 5.576.000",
            "US$ 1,6 bilhão",
        ),
        (
            Locale::PtPt,
            "5,58 milhões de dólares",
            "5 576 000 US$",
            "1,6 mil milhões de dólares",
        ),
    ];
    for (l, compact, exact, fleet) in cases {
        let t = text(l);
        assert_eq!(nbsp(t.money_compact(Cents(557_600_000))), compact, "{l:?}");
        assert_eq!(nbsp(t.money(Cents(557_600_000))), exact, "{l:?}");
        assert_eq!(
            nbsp(t.money_compact(Cents(160_000_000_000))),
            fleet,
            "{l:?}"
        );
    }
    assert_eq!(
        text(Locale::It).with_unit(domain::quantity::Field::Hours, 1_361_328_125),
        "1361 ore, circa 57 giorni"
    );
    assert_eq!(
        nbsp(text(Locale::PtBr).with_unit(domain::quantity::Field::RentPrice, 200)),
        "US$ 2,00 por hora-GPU"
    );
}

#[wasm_bindgen_test]
fn the_panic_fallback_shows_both_numbers_with_their_sources_as_text() {
    use deepseek_cost_explainer::platform::fallback::show_fallback;
    use domain::locale::Locale;
    let root = document().create_element("div").unwrap();
    root.set_inner_html("<p>half-rendered widget</p>");
    show_fallback(&root, Locale::It);
    let text = root.text_content().unwrap();
    assert!(!text.contains("half-rendered"));
    assert!(
        text.contains("5.576.000 $") && text.contains("1.600.000.000 $"),
        "{text}"
    );
    assert!(text.contains("non è partito"));
    let links = root
        .query_selector_all("a[href^='https://'][rel='noreferrer']")
        .unwrap();
    assert_eq!(links.length(), 2);
    assert_eq!(
        find(&root, "[role=alert]")
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("it")
    );
}

/// A panic leaves no widget empty: every mounted widget gets the fallback,
/// in the language it speaks now (here the first widget's reader switched
/// it from English to Italian).
#[wasm_bindgen_test]
async fn after_a_panic_every_mounted_widget_shows_the_fallback_in_its_language() {
    use deepseek_cost_explainer::platform::fallback::show_fallback_everywhere;
    let first = mount();
    let second = mount_with(&[("embed", "full"), ("lang", "pt-BR")]);
    until("both widgets", || {
        total(&first).contains("$5,576,000") && total(&second).contains("US$")
    })
    .await;
    let select: web_sys::HtmlSelectElement = find(&first, ".dce-lang select")
        .unwrap()
        .dyn_into()
        .unwrap();
    select.set_value("it");
    fire(&select, "change");
    until("the first widget in Italian", || {
        find(&first, "main")
            .and_then(|m| m.get_attribute("lang"))
            .as_deref()
            == Some("it")
    })
    .await;
    show_fallback_everywhere();
    for (root, lang, number) in [
        (&first, "it", "5.576.000 $"),
        (&second, "pt-BR", "US$ 5.576.000"),
    ] {
        let alert = find(root, "[role=alert]").expect("the fallback");
        assert_eq!(alert.get_attribute("lang").as_deref(), Some(lang));
        let text = root.text_content().unwrap();
        assert!(
            text.contains(number) && find(root, "[data-testid=total]").is_none(),
            "{lang}: {text}"
        );
    }
    // The fallback replaced what Yew drew: leave its tree to the page.
    for widget in [first, second] {
        widget.root.remove();
        std::mem::forget(widget);
    }
}

/// The domain's native numbers (the social card's and the picture's) are
/// the browser's: every shape, in every locale, over edge cases (ties,
/// carries into the next unit, plural boundaries, grouping thresholds) and
/// a spread of pseudo-random values.
#[wasm_bindgen_test]
fn native_numerals_write_what_intl_writes() {
    use deepseek_cost_explainer::platform::intl::intl;
    use domain::locale::Locale;
    use domain::numerals::Numerals;
    use domain::text::{Num, NumberFormat};
    use domain::units::Ratio;

    let mut values: Vec<u64> = vec![0, 1, 5, 49, 50, 99, 100, 150, 999, 1_000, 1_049];
    for digits in 1..=16u32 {
        let p = 10u64.pow(digits);
        values.extend([
            p,
            p - 1,
            p + 1,
            p / 2 * 3,
            p / 4 * 5,
            p / 10_000 * 9995,
            p / 1000 * 1005,
        ]);
    }
    // A linear congruential generator: the same spread on every run.
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..400 {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let digits = (seed >> 60) as u32 + 1; // 1 to 16 digits
        values.push((seed >> 8) % 10u64.pow(digits));
    }
    let mut shapes = Vec::new();
    for &v in &values {
        let c = Cents(v);
        shapes.extend([
            Num::Money(c),
            Num::Price(c),
            Num::Words(c),
            Num::MoneyShort(c),
        ]);
        if v < 10_000_000 {
            shapes.push(Num::Percent(Ratio::from_ten_thousandths(v)));
        }
        for (decimals, min, max) in [(0, 0, 0), (2, 2, 2), (6, 0, 2)] {
            shapes.push(Num::Decimal {
                units: v,
                decimals,
                min,
                max,
            });
        }
    }
    // Intl takes a double, exact to 15 significant digits; the widget's
    // largest total, 2 × 10^13 cents, has 14.
    const EXACT: u64 = 1_000_000_000_000_000;
    shapes.retain(|n| match *n {
        Num::Money(c) | Num::Price(c) | Num::Words(c) | Num::MoneyShort(c) => c.0 < EXACT,
        Num::Decimal { units, .. } => units < EXACT,
        Num::Percent(_) | Num::Date(_) => true,
    });
    // Every date a source carries, and every month of a year, in each shape
    // (issue 25: dates in the reader's language, the same on both sides).
    use domain::facts::FactId;
    use domain::text::When;
    for id in FactId::ALL {
        shapes.extend(id.fact().date.whens().into_iter().map(Num::Date));
    }
    for m in 1..=12 {
        shapes.extend([
            Num::Date(When::Month(2025, m)),
            Num::Date(When::Day(2024, m, 1)),
            Num::Date(When::Day(2025, m, 28)),
        ]);
    }
    let mut wrong = Vec::new();
    for &l in Locale::ALL {
        for &n in &shapes {
            let (native, browser) = (Numerals(l).format(n), intl(l).format(n));
            if native != browser {
                wrong.push(format!("{l:?} {n:?}: {native:?} ≠ Intl {browser:?}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} differ:\n{}",
        wrong.len(),
        wrong[..wrong.len().min(40)].join("\n")
    );
}

/// Without its module (here no loader is registered, as when the picture
/// module cannot load), "Download image" says so plainly, in the status
/// line, and the widget carries on.
#[wasm_bindgen_test]
async fn a_picture_that_cannot_be_made_says_so() {
    let root = mount();
    until("the widget", || total(&root).contains("$5,576,000")).await;
    let click = |selector: &str| {
        let button: HtmlElement = find(&root, selector).unwrap().dyn_into().unwrap();
        button.click();
    };
    for kind in ["png", "svg"] {
        // Copying first puts another message in the status line.
        click("[data-share=link]");
        until("another message", || {
            let said = text(&root, ".dce-share-status");
            !said.is_empty() && !said.contains("could not be made")
        })
        .await;
        click(&format!("[data-download={kind}]"));
        until("the failure message", || {
            text(&root, ".dce-share-status").contains("The image could not be made.")
        })
        .await;
    }
    assert!(total(&root).contains("$5,576,000"));
}
