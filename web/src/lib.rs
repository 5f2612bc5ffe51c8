//! The module Trunk builds: the entry points the page and the script embed
//! call. Everything else is in the `deepseek-cost-explainer` library.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

/// Runs when the module loads: on the widget's own page, render it.
#[wasm_bindgen(start)]
pub fn start() {
    deepseek_cost_explainer::start_page();
}

/// The script embed's entry point (called by `widget.js`): mounts the
/// `<div data-deepseek-cost-explainer>`s that speak this module's language
/// (`targets`, an array). `base` is the widget's folder URL; `languages`
/// the table of those published there, comma-separated
/// (`deepseek_cost_explainer::mount_embeds`).
#[wasm_bindgen]
pub fn mount_all(base: String, targets: JsValue, languages: String) {
    deepseek_cost_explainer::mount_embeds(&base, targets, &languages);
}

/// Talc: smaller than Rust's default (dlmalloc), and binned, so each of the
/// many small allocations and frees of a render takes constant time. The
/// smaller `lol_alloc` walks a free list instead: a profile of a drag on a
/// throttled phone found it in about 7% of the main thread's time
/// (BENCHMARKS.md, the architecture round).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
