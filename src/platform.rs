//! The only place the app touches the browser: the URL, the reader's
//! languages, and Intl number formatting. Later features (postMessage,
//! clipboard, storage) belong here too.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

use crate::domain::locale::Locale;
use crate::domain::qr::QrSvg;
use crate::domain::text::{Num, NumberFormat};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// `location.search`, or empty when there is none.
pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Replaces the query string without adding a history entry. Does nothing
/// when the query is already `query`.
pub fn replace_query(query: &str) {
    let Some(w) = window() else { return };
    let loc = w.location();
    if loc.search().ok().as_deref() == Some(query) {
        return;
    }
    let path = loc.pathname().unwrap_or_default();
    let hash = loc.hash().unwrap_or_default();
    if let Ok(history) = w.history() {
        let url = format!("{path}{query}{hash}");
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// `navigator.languages`, most preferred first.
pub fn languages() -> Vec<String> {
    let Some(w) = window() else { return vec![] };
    w.navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

/// Numbers written by the browser's `Intl.NumberFormat`, in one locale.
pub struct IntlFormat(Locale);

static FORMATS: [IntlFormat; 4] = [
    IntlFormat(Locale::En),
    IntlFormat(Locale::It),
    IntlFormat(Locale::PtBr),
    IntlFormat(Locale::PtPt),
];

/// The formatter for `locale`, for the lifetime of the page.
pub fn intl(locale: Locale) -> &'static IntlFormat {
    &FORMATS[Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0)]
}

/// The shape of a formatter: what options it was built with.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Decimal { min: u32, max: u32 },
    Money { cents: bool },
    Words,
    MoneyShort,
    Percent,
}

thread_local! {
    // Building an Intl.NumberFormat is slow; each shape is built once.
    static CACHE: RefCell<Vec<((Locale, Shape), Function)>> = const { RefCell::new(Vec::new()) };
}

fn formatter(locale: Locale, shape: Shape) -> Option<Function> {
    CACHE.with(|cache| {
        if let Some((_, f)) = cache.borrow().iter().find(|(k, _)| *k == (locale, shape)) {
            return Some(f.clone());
        }
        let opts = Object::new();
        let set = |k: &str, v: JsValue| Reflect::set(&opts, &k.into(), &v).is_ok();
        // Italian readers expect "$", not ICU's default "USD".
        let currency_display = if locale == Locale::It {
            "narrowSymbol"
        } else {
            "symbol"
        };
        let money = |set: &dyn Fn(&str, JsValue) -> bool| {
            set("style", "currency".into());
            set("currency", "USD".into());
            set("currencyDisplay", currency_display.into());
        };
        match shape {
            Shape::Decimal { min, max } => {
                set("minimumFractionDigits", min.into());
                set("maximumFractionDigits", max.into());
            }
            Shape::Money { cents } => {
                money(&set);
                let digits = if cents { 2 } else { 0 };
                set("minimumFractionDigits", digits.into());
                set("maximumFractionDigits", digits.into());
            }
            Shape::Words => {
                set("notation", "compact".into());
                set("compactDisplay", "long".into());
                set("maximumSignificantDigits", 3.into());
            }
            Shape::MoneyShort => {
                money(&set);
                set("notation", "compact".into());
                set("maximumSignificantDigits", 3.into());
            }
            Shape::Percent => {
                set("style", "percent".into());
                set("maximumSignificantDigits", 3.into());
            }
        }
        let locales = Array::of1(&locale.tag().into());
        let f = Intl::NumberFormat::new(&locales, &opts).format();
        cache.borrow_mut().push(((locale, shape), f.clone()));
        Some(f)
    })
}

impl NumberFormat for IntlFormat {
    fn format(&self, n: Num) -> String {
        let (shape, value) = match n {
            Num::Decimal {
                units,
                decimals,
                min,
                max,
            } => (
                Shape::Decimal { min, max },
                units as f64 / 10f64.powi(decimals as i32),
            ),
            Num::Money(c) => (
                Shape::Money {
                    cents: c % 100 != 0,
                },
                c as f64 / 100.0,
            ),
            Num::Price(c) => (Shape::Money { cents: true }, c as f64 / 100.0),
            Num::Words(c) => (Shape::Words, c as f64 / 100.0),
            Num::MoneyShort(c) => (Shape::MoneyShort, c as f64 / 100.0),
            Num::Percent(bp) => (Shape::Percent, bp as f64 / 10_000.0),
        };
        formatter(self.0, shape)
            .and_then(|f| f.call1(&JsValue::UNDEFINED, &value.into()).ok())
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    }
}

/// Sets the text of `el`'s first child, a text node, in place. Replacing the
/// node (`textContent`) would orphan the one Yew renders into.
pub fn set_text(el: Option<web_sys::Node>, text: &str) {
    if let Some(node) = el.and_then(|e| e.first_child()) {
        node.set_node_value(Some(text));
    }
}

/// The QR code of `text`, from the QR module (`qr/`), which the loader that
/// `widget.js` or the offline file registers fetches on the first request.
/// `done` is called when the code is ready, and never if there is no loader
/// or the module fails to load (the worksheet then prints the link alone).
pub fn qr_code(text: &str, done: impl FnOnce(Option<QrSvg>) + 'static) {
    let key = js_sys::Symbol::for_("deepseek-cost-explainer.qr");
    let Some(loader) = Reflect::get(&js_sys::global(), &key)
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return;
    };
    let on_code = Closure::once_into_js(move |wire: JsValue| {
        done(wire.as_string().and_then(|w| QrSvg::from_wire(&w)))
    });
    let _ = loader.call2(&JsValue::UNDEFINED, &text.into(), &on_code);
}

/// True inside an iframe (the iframe embed).
pub fn is_framed() -> bool {
    let Some(w) = window() else { return false };
    match w.parent() {
        Ok(Some(parent)) => !Object::is(&parent, &w),
        _ => false,
    }
}

/// This page's URL without its query and hash: where shared links point.
pub fn page_base() -> String {
    let Some(w) = window() else {
        return String::new();
    };
    let loc = w.location();
    format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    )
}

/// The language of the page around the widget (`<html lang>`), if any.
pub fn host_lang() -> Option<String> {
    let lang = web_sys::window()?
        .document()?
        .document_element()?
        .get_attribute("lang")?;
    (!lang.is_empty()).then_some(lang)
}

/// Posts `el`'s height to the parent page now and whenever it changes, in
/// the three formats of the embed protocol. Posts nothing else. Call once.
pub fn report_height(el: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let target = el.clone();
    let last = std::cell::Cell::new(0u32);
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let height = target.get_bounding_client_rect().height().ceil() as u32;
        if height == 0 || height == last.replace(height) {
            return;
        }
        let href = window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        let [own, amp, embedly] = crate::domain::embed::height_messages(height, &href);
        for object in [own, amp] {
            if let Ok(msg) = js_sys::JSON::parse(&object) {
                let _ = parent.post_message(&msg, "*");
            }
        }
        let _ = parent.post_message(&JsValue::from_str(&embedly), "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(el);
    }
    // The observer lives as long as the page.
    on_resize.forget();
}

/// Writes `text` to the clipboard, then calls `done` with whether it worked
/// (false when the page may not). Promise callbacks rather than `async`:
/// our own futures measured 0.9 KB gzipped of wasm.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let promise = window()
        .and_then(|w| Reflect::get(&w.navigator(), &"clipboard".into()).ok())
        .and_then(|clipboard| {
            let write = Reflect::get(&clipboard, &"writeText".into()).ok()?;
            let write = write.dyn_into::<Function>().ok()?;
            write.call1(&clipboard, &text.into()).ok()
        })
        .map(js_sys::Promise::from);
    let Some(promise) = promise else {
        return done(false);
    };
    PENDING.with(|p| *p.borrow_mut() = Some(Box::new(done)));
    SETTLE.with(|(yes, no)| {
        let _ = promise.then2(yes, no);
    });
}

/// Clipboard promise callbacks, made once for the page's life (no closure is
/// made, or leaked, per click). The latest copy's callback waits in PENDING.
type Done = Box<dyn FnOnce(bool)>;
type Callback = Closure<dyn FnMut(JsValue)>;
thread_local! {
    static PENDING: RefCell<Option<Done>> = const { RefCell::new(None) };
    static SETTLE: (Callback, Callback) =
        (Closure::new(|_| settle(true)), Closure::new(|_| settle(false)));
    static IGNORE: Callback = Closure::new(|_| ());
}

fn settle(ok: bool) {
    if let Some(done) = PENDING.with(|p| p.borrow_mut().take()) {
        done(ok)
    }
}

/// True where the browser offers its own share sheet (`navigator.share`).
pub fn can_share() -> bool {
    window().is_some_and(|w| Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// Opens the browser's share sheet for `url`.
pub fn share(url: &str, title: &str) {
    let Some(w) = window() else { return };
    let nav = w.navigator();
    let data = Object::new();
    let _ = Reflect::set(&data, &"url".into(), &url.into());
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let Ok(share) = Reflect::get(&nav, &"share".into()).and_then(|f| f.dyn_into::<Function>())
    else {
        return;
    };
    if let Ok(p) = share.call1(&nav, &data) {
        // A reader closing the sheet rejects the promise: nothing to do.
        IGNORE.with(|ignore| {
            let _ = js_sys::Promise::from(p).catch(ignore);
        });
    }
}

/// The script embed: every `<div data-deepseek-cost-explainer>` not yet
/// mounted, with its `data-*` options as (name, value) pairs.
pub fn embed_targets() -> Vec<(web_sys::Element, Vec<(String, String)>)> {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return vec![];
    };
    let Ok(list) = doc
        .query_selector_all("[data-deepseek-cost-explainer]:not(iframe):not([data-dce-mounted])")
    else {
        return vec![];
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
        .map(|el| {
            let _ = el.set_attribute("data-dce-mounted", "");
            let options = crate::domain::embed::OPTIONS
                .iter()
                .filter_map(|k| {
                    el.get_attribute(&format!("data-{k}"))
                        .map(|v| (k.to_string(), v))
                })
                .collect();
            (el, options)
        })
        .collect()
}

/// Gives `host` a shadow root holding the widget's stylesheets (`base` is their
/// folder; the print one applies on paper only) and an empty
/// element to render into, so the article's CSS and ours never meet.
pub fn shadow_mount_point(host: &web_sys::Element, base: &str) -> Option<web_sys::Element> {
    let doc = window()?.document()?;
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .ok()?;
    for (file, media) in [("main.css", "all"), ("print.css", "print")] {
        let link = doc.create_element("link").ok()?;
        link.set_attribute("rel", "stylesheet").ok()?;
        link.set_attribute("href", &format!("{base}{file}")).ok()?;
        link.set_attribute("media", media).ok()?;
        shadow.append_child(&link).ok()?;
    }
    let root = doc.create_element("div").ok()?;
    shadow.append_child(&root).ok()?;
    Some(root)
}

/// Shows `text` (never HTML) in place of a widget that could not start.
pub fn show_problem(host: &web_sys::Element, text: &str) {
    host.set_text_content(Some(text));
    let _ = host.set_attribute("role", "alert");
}

/// True when this document is the widget's own page (`<body data-dce-page>`).
pub fn is_widget_page() -> bool {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .is_some_and(|b| b.has_attribute("data-dce-page"))
}

thread_local! {
    // Every element a widget was rendered into, with its language, so a
    // panic can put the fallback in each.
    static ROOTS: RefCell<Vec<(web_sys::Element, Locale)>> = const { RefCell::new(Vec::new()) };
}

/// Remembers a widget's root and its current language for the panic
/// fallback; called again when the reader changes language.
pub fn register_root(root: &web_sys::Element, locale: Locale) {
    ROOTS.with(|r| {
        let mut roots = r.borrow_mut();
        match roots.iter_mut().find(|(el, _)| el == root) {
            Some(entry) => entry.1 = locale,
            None => roots.push((root.clone(), locale)),
        }
    });
}

/// Installs the panic hook: log the panic, then replace every widget with
/// the fallback, so a reader never faces an empty box.
pub fn install_panic_fallback() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        ROOTS.with(|roots| {
            for (root, locale) in roots.borrow().iter() {
                show_fallback(root, *locale);
            }
        });
    }));
}

/// The two headline numbers with their sources and one sentence, as text
/// and links built node by node (no HTML parsing), replacing `root`'s content.
pub fn show_fallback(root: &web_sys::Element, locale: Locale) {
    use crate::domain::facts::FactId;
    use crate::domain::messages::M;
    use crate::domain::presets::Preset;
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    let build = || -> Option<web_sys::Element> {
        let main = doc.create_element("div").ok()?;
        main.set_class_name("dce dce-fallback");
        main.set_attribute("role", "alert").ok()?;
        main.set_attribute("lang", locale.tag()).ok()?;
        // Each number as Intl would write it (no Intl here), then its
        // scenario's sentence and source.
        for (amount, preset, fact) in [
            (M.fallback_v3, Preset::V3, FactId::V3_06),
            (M.fallback_fleet, Preset::Fleet, FactId::SA_04),
        ] {
            let p = doc.create_element("p").ok()?;
            let strong = doc.create_element("strong").ok()?;
            strong.set_text_content(Some(amount.get(locale)));
            p.append_child(&strong).ok()?;
            p.append_with_str_1(&format!(" {} ", preset.story().get(locale)))
                .ok()?;
            let a = doc.create_element("a").ok()?;
            a.set_attribute("href", fact.fact().url).ok()?;
            a.set_attribute("rel", "noopener noreferrer").ok()?;
            a.set_attribute("target", "_blank").ok()?;
            a.set_text_content(Some(fact.fact().title));
            p.append_child(&a).ok()?;
            main.append_child(&p).ok()?;
        }
        let p = doc.create_element("p").ok()?;
        p.set_text_content(Some(M.fallback_why.get(locale)));
        main.append_child(&p).ok()?;
        Some(main)
    };
    if let Some(fallback) = build() {
        root.set_text_content(None);
        let _ = root.append_child(&fallback);
    }
}

/// Calls `f(key, in_control, modified)` for each keydown on the document
/// until the returned guard is dropped. `in_control` is true when a form
/// control (a slider, a text box, a button) has focus.
pub fn on_keydown(f: impl Fn(&str, bool, bool) + 'static) -> KeyListener {
    let closure =
        Closure::<dyn FnMut(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
            let in_control = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| {
                    matches!(
                        el.tag_name().as_str(),
                        "INPUT" | "TEXTAREA" | "SELECT" | "BUTTON"
                    )
                });
            let modified = e.alt_key() || e.ctrl_key() || e.meta_key() || e.shift_key();
            f(&e.key(), in_control, modified);
        });
    let doc = window().and_then(|w| w.document());
    if let Some(d) = &doc {
        let _ = d.add_event_listener_with_callback("keydown", closure.as_ref().unchecked_ref());
    }
    KeyListener { doc, closure }
}

/// Removes its keydown listener when dropped.
pub struct KeyListener {
    doc: Option<web_sys::Document>,
    closure: Closure<dyn FnMut(web_sys::KeyboardEvent)>,
}

impl Drop for KeyListener {
    fn drop(&mut self) {
        if let Some(d) = &self.doc {
            let _ = d.remove_event_listener_with_callback(
                "keydown",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Full screen on or off for `el` (the widget), where the browser allows it.
pub fn toggle_fullscreen(el: &web_sys::Element) {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else {
        let _ = el.request_fullscreen();
    }
}

/// True in the offline single file (its `<body data-dce-offline>`).
pub fn is_offline_file() -> bool {
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .is_some_and(|b| b.has_attribute("data-dce-offline"))
}

/// Runs the latest job given to `schedule` once, in a task after the next
/// paint (`requestAnimationFrame`, then `setTimeout`): views below the fold
/// catch up after the total a reader is watching is on screen. The two
/// callbacks are made once; a burst of inputs queues one run, not many.
pub struct AfterPaint {
    job: Rc<RefCell<Option<Job>>>,
    frame: Closure<dyn FnMut()>,
}

type Job = Box<dyn FnOnce()>;

impl Default for AfterPaint {
    fn default() -> Self {
        let job: Rc<RefCell<Option<Job>>> = Rc::default();
        let run = {
            let job = job.clone();
            Closure::<dyn FnMut()>::new(move || {
                let next = job.borrow_mut().take();
                if let Some(f) = next {
                    f()
                }
            })
        };
        let frame = Closure::<dyn FnMut()>::new(move || {
            if let Some(w) = window() {
                let _ = w.set_timeout_with_callback(run.as_ref().unchecked_ref());
            }
        });
        AfterPaint { job, frame }
    }
}

impl AfterPaint {
    pub fn schedule(&self, f: impl FnOnce() + 'static) {
        let idle = self.job.borrow_mut().replace(Box::new(f)).is_none();
        if idle {
            if let Some(w) = window() {
                let _ = w.request_animation_frame(self.frame.as_ref().unchecked_ref());
            }
        }
    }
}
