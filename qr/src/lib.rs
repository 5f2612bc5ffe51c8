//! The worksheet's module: the link's QR code (`domain::qr`, Project
//! Nayuki's `qrcodegen`) and the worksheet's questions with their answers.
//! The widget asks for them through `platform::modules`.
#![cfg(target_arch = "wasm32")]

use domain::locale::Locale;
use domain::numerals::Numerals;
use domain::{classroom, qr};
use js_sys::Array;
use wasm_bindgen::prelude::wasm_bindgen;

/// The worksheet's parts for `link`, in the language tagged `lang`: the
/// link's QR code in `QrSvg::to_wire` form (empty when the link is too long
/// for any QR code), then each of the three questions followed by its
/// answer. The numbers are written by `Numerals`, which writes exactly what
/// the page's Intl does (a component test holds them equal). The questions
/// are here, not in the page's wasm: only a printed worksheet needs them
/// (1.3 KB gzipped in each page's first load, measured).
#[wasm_bindgen]
pub fn worksheet(link: &str, lang: &str) -> Array {
    let l = Locale::from_tag(lang).unwrap_or_default();
    let code = qr::qr_svg(link).map(|q| q.to_wire()).unwrap_or_default();
    let parts = Array::of1(&code.into());
    for (q, a) in classroom::worksheet(Numerals::localizer(l)) {
        parts.push(&q.into());
        parts.push(&a.into());
    }
    parts
}

/// The smallest allocator: this module makes one code per request, so the
/// widget's faster one (talc, web/src/lib.rs) would buy nothing here.
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());
