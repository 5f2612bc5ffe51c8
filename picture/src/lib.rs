//! The picture module: the reader's current state as an image, and as data
//! ("Get the data": `picture_svg::data`). The widget
//! asks for it through `platform::modules::download`; `widget.js`
//! (or the offline file) fetches it on the first request.
//!
//! The state comes from the share link itself (`domain::url::parse`), so
//! the picture shows exactly what the link opens; the colours from the
//! widget's own stylesheet (its custom properties), so it wears the
//! reader's theme. The SVG goes to the browser as a `data:` image (a strict
//! CSP's `img-src 'self' data:` allows it), is drawn on a canvas at twice
//! its size, and is saved through a `blob:` link.
#![cfg(target_arch = "wasm32")]

use domain::inputs::Inputs;
use domain::locale::Locale;
use domain::numerals::Numerals;
use domain::url;
use js_sys::{Array, Promise};
use picture_svg::{data, file_name, state_svg, Palette};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, Element, HtmlAnchorElement, HtmlCanvasElement,
    HtmlImageElement, Url,
};

/// The PNG's pixels per CSS pixel: 1,280 pixels wide.
const DENSITY: u32 = 2;

/// Saves the state `link` opens as a file of `kind`: a picture, `png` or
/// `svg`, in the colours of the widget around `within` (any element inside
/// it), or its data, `csv` or `json` ("Get the data": `picture_svg::data`).
/// The promise settles once the file is handed to the browser, and rejects
/// if anything fails, so the widget can say so.
#[wasm_bindgen]
pub fn download(within: &Element, link: &str, kind: &str) -> Promise {
    if kind == "csv" || kind == "json" {
        return settled(download_data(link, kind == "csv"));
    }
    let png = kind == "png";
    let drawn = draw(within, link);
    Promise::new(&mut |resolve, reject| {
        let Some((svg, name)) = drawn.clone() else {
            let _ = reject.call0(&JsValue::UNDEFINED);
            return;
        };
        let name = name(png);
        if !png {
            let saved = save(&svg, "image/svg+xml", &name);
            let _ = if saved {
                resolve.call0(&JsValue::UNDEFINED)
            } else {
                reject.call0(&JsValue::UNDEFINED)
            };
            return;
        }
        rasterize(&svg, name, resolve, reject);
    })
}

/// A promise already settled: kept if `ok`.
fn settled(ok: bool) -> Promise {
    if ok {
        Promise::resolve(&JsValue::UNDEFINED)
    } else {
        Promise::reject(&JsValue::UNDEFINED)
    }
}

/// The inputs and language of the state `link` opens.
fn state_of(link: &str) -> Option<(Inputs, Locale)> {
    let query = Url::new(link).ok()?.search_params();
    let pairs: Vec<(String, String)> = js_sys::try_iter(&query)
        .ok()??
        .filter_map(|entry| {
            let pair: Array = entry.ok()?.dyn_into().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect();
    let pairs = || pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    let locale = url::lang(pairs())
        .and_then(Locale::from_tag)
        .unwrap_or_default();
    Some((url::parse(pairs()), locale))
}

/// "Get the data": the figures of the state `link` opens, each with its
/// sources, saved as a CSV (`csv`) or a JSON file. True once the file is
/// handed to the browser.
fn download_data(link: &str, csv: bool) -> bool {
    state_of(link).is_some_and(|(inputs, locale)| {
        let d = data::data(Numerals::localizer(locale), &inputs, link);
        let (text, mime, extension) = if csv {
            (data::csv(&d), "text/csv;charset=utf-8", "csv")
        } else {
            (data::json(&d), "application/json", "json")
        };
        save(&text, mime, &file_name(&inputs, locale, extension))
    })
}

/// The SVG, and its file name as a PNG (`true`) or as an SVG.
fn draw(within: &Element, link: &str) -> Option<(String, impl Fn(bool) -> String + Clone)> {
    let (inputs, locale) = state_of(link)?;
    let window = web_sys::window()?;
    let root = within.closest(".dce").ok()??;
    let style = window.get_computed_style(&root).ok()??;
    let colours: Vec<String> = [
        "--bg", "--paper", "--ink", "--muted", "--rule", "--rent", "--buy",
    ]
    .iter()
    .map(|name| {
        style
            .get_property_value(name)
            .unwrap_or_default()
            .trim()
            .to_string()
    })
    .collect();
    let palette = match colours.iter().all(|c| !c.is_empty()) {
        true => Palette {
            bg: &colours[0],
            paper: &colours[1],
            ink: &colours[2],
            muted: &colours[3],
            rule: &colours[4],
            rent: &colours[5],
            buy: &colours[6],
        },
        false => Palette::LIGHT,
    };
    let t = Numerals::localizer(locale);
    let svg = state_svg(t, &inputs, link, &palette);
    let name = move |png| file_name(&inputs, locale, if png { "png" } else { "svg" });
    Some((svg, name))
}

/// The SVG as an image, drawn on a canvas at `DENSITY`, saved as a PNG.
fn rasterize(svg: &str, name: String, resolve: js_sys::Function, reject: js_sys::Function) {
    let Ok(image) = HtmlImageElement::new() else {
        let _ = reject.call0(&JsValue::UNDEFINED);
        return;
    };
    let loaded = image.clone();
    let fail = reject.clone();
    let on_load = Closure::once_into_js(move || {
        let canvas = loaded_canvas(&loaded);
        let Some(canvas) = canvas else {
            let _ = fail.call0(&JsValue::UNDEFINED);
            return;
        };
        let refused = fail.clone();
        let on_blob = Closure::once_into_js(move |blob: JsValue| {
            let saved = blob.dyn_into::<Blob>().is_ok_and(|b| save_blob(&b, &name));
            let _ = if saved {
                resolve.call0(&JsValue::UNDEFINED)
            } else {
                fail.call0(&JsValue::UNDEFINED)
            };
        });
        // A canvas the browser will not export (tainted, too large) throws:
        // `on_blob` then never runs, so say here that the image failed.
        // (Its closure stays allocated: `once_into_js` frees it only when
        // called, and this happens once per failed click.)
        if canvas.to_blob(on_blob.unchecked_ref()).is_err() {
            let _ = refused.call0(&JsValue::UNDEFINED);
        }
    });
    image.set_onload(Some(on_load.unchecked_ref()));
    let on_error = Closure::once_into_js(move || {
        let _ = reject.call0(&JsValue::UNDEFINED);
    });
    image.set_onerror(Some(on_error.unchecked_ref()));
    let data = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(svg))
    );
    image.set_src(&data);
}

/// A canvas holding `image` at `DENSITY` times its size, on its own
/// background (the SVG paints one), so the PNG is opaque.
fn loaded_canvas(image: &HtmlImageElement) -> Option<HtmlCanvasElement> {
    let document = web_sys::window()?.document()?;
    let canvas: HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    let (w, h) = (
        image.natural_width() * DENSITY,
        image.natural_height() * DENSITY,
    );
    canvas.set_width(w);
    canvas.set_height(h);
    let context: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(image, 0.0, 0.0, w.into(), h.into())
        .ok()?;
    Some(canvas)
}

fn save(text: &str, mime: &str, name: &str) -> bool {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = Array::of1(&text.into());
    Blob::new_with_str_sequence_and_options(&parts, &options).is_ok_and(|b| save_blob(&b, name))
}

/// Hands `blob` to the browser as a download named `name`.
fn save_blob(blob: &Blob, name: &str) -> bool {
    let saved = || -> Option<()> {
        let href = Url::create_object_url_with_blob(blob).ok()?;
        let document = web_sys::window()?.document()?;
        let a: HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&href);
        a.set_download(name);
        a.click();
        // The browser has taken the file once the click's task is over.
        let revoke = Closure::once_into_js(move || {
            let _ = Url::revoke_object_url(&href);
        });
        web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1_000)
            .ok()?;
        Some(())
    };
    saved().is_some()
}

/// The smallest allocator: one picture per request.
#[global_allocator]
static ALLOCATOR: lol_alloc::LockedAllocator<lol_alloc::FreeListAllocator> =
    lol_alloc::LockedAllocator::new(lol_alloc::FreeListAllocator::new());
