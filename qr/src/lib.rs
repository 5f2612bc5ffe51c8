//! The QR module: `domain::qr` (Project Nayuki's `qrcodegen`) behind one
//! export. The widget asks for it through `platform::qr_code`.
#![cfg(target_arch = "wasm32")]

use domain::qr;
use wasm_bindgen::prelude::wasm_bindgen;

/// The QR code of `text` in `QrSvg::to_wire` form; empty when the text is
/// too long for any QR code.
#[wasm_bindgen]
pub fn qr_code(text: &str) -> String {
    qr::qr_svg(text).map(|q| q.to_wire()).unwrap_or_default()
}

/// The smallest allocator: this module makes one code per request, so the
/// widget's faster one (talc, web/src/lib.rs) would buy nothing here.
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());
