//! The module Trunk builds: the entry points the page and the script embed
//! call. Everything else is in the `deepseek-cost-explainer` library.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::wasm_bindgen;

/// Runs when the module loads: on the widget's own page, render it.
#[wasm_bindgen(start)]
pub fn start() {
    deepseek_cost_explainer::start_page();
}

/// The script embed's entry point (called by `widget.js`): mounts every
/// `<div data-deepseek-cost-explainer>`. `base` is the widget's folder URL.
#[wasm_bindgen]
pub fn mount_all(base: String) {
    deepseek_cost_explainer::mount_embeds(&base);
}

/// A small allocator: Rust's default (dlmalloc) measured 3.5 KB gzipped more
/// of wasm. Its free list is address-ordered and coalesces neighbours, so a
/// long session does not fragment (BENCHMARKS.md: memory after 10,000 inputs).
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());
