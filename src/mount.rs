//! Where a widget is rendered: over its own page's prerendered view, or
//! into an article's `<div data-deepseek-cost-explainer>`s.

use std::rc::Rc;

use wasm_bindgen::JsValue;

use crate::components::app::{App, Props};
use crate::host::{negotiate, Host};
use crate::platform::{self, embed as host_page, fallback};
use domain::{embed, url};

/// Renders the widget's own page into `<body>`, over its prerendered view,
/// then replays on it what the reader did to that view (`takeover`). Yew
/// renders in a microtask, so the browser paints the old view or the new,
/// never an empty page; the replay is queued after the render.
pub fn mount_page() {
    let body: web_sys::Element = gloo_utils::body().into();
    let taken = platform::takeover::capture(&body);
    mount(body.clone());
    yew::platform::spawn_local(async move {
        if let Some(taken) = taken {
            platform::takeover::replay(&body, taken);
        }
        // After a language switch, on the switch again.
        platform::page::restore_focus(&body);
    });
}

/// Renders the widget, as on its own page, into `root`.
pub fn mount(root: web_sys::Element) {
    fallback::install_panic_fallback();
    listen_at_targets();
    yew::Renderer::<App>::with_root_and_props(root, Props { host: Host::Page }).render();
}

/// The script embed: mounts each of `targets` (the
/// `<div data-deepseek-cost-explainer>`s and `<deepseek-cost-explainer>`
/// elements that `widget.js` found speak this module's language, each
/// prepared with its options and a shadow root), sharing this one wasm
/// module. `languages` are those published beside it (`widget.js`'s
/// table), which a wrong `lang`'s message lists. A widget whose options
/// are wrong shows why, and the others still mount.
pub fn mount_embeds(base: &str, targets: JsValue, languages: &str) {
    listen_at_targets();
    for target in host_page::embed_targets(targets) {
        let pairs = || url::borrowed(&target.options);
        let l = negotiate(url::lang(pairs()), true);
        let bad = embed::check_options(pairs());
        if !bad.is_empty() {
            // Its words come from the wire module: no page's first load
            // carries them for the rare editor's typo.
            let (el, root) = (target.el, target.root);
            platform::modules::problem(&bad, l, languages, &target.prefix, move |text| {
                host_page::show_problem(&el, &root, &text)
            });
            continue;
        }
        let host = Host::Inline {
            options: Rc::new(target.options),
            base: base.to_string().into(),
        };
        let app = yew::Renderer::<App>::with_root_and_props(target.root, Props { host }).render();
        // `widget.js` unmounts it when its element leaves the page, or is
        // made anew for another language, theme or layout.
        host_page::on_unmount(&target.el, move || app.destroy());
    }
}

/// Yew runs a handler only for the element an event is aimed at, without
/// walking up from it to the widget's root looking for more: every handler
/// here is on the element its event targets (an input, a select, a form, a
/// button with nothing but text in it). A slider's input skips that walk, a
/// call into the browser a step, on every input of a drag (BENCHMARKS.md,
/// issue 28). Before any widget is mounted, as Yew asks.
fn listen_at_targets() {
    yew::set_event_bubbling(false);
}
