//! DeepSeek training-cost explainer: the Yew shell over the pure `domain`
//! crate. Components render state and send `Action`s to the one store;
//! `platform` holds every browser access. The wasm entry points are in the
//! `web/` crate. Natively (`ssr`), the build renders each language's page
//! with the same components (`prerender`).

mod components;
mod hooks;
mod host;
mod mount;
pub mod platform;
mod store;
mod urgent;

pub use components::app::{App, Props};
pub use host::Host;
pub use mount::{mount, mount_embeds};

/// On the widget's own page (`<body data-dce-page>`), renders it, taking
/// over the prerendered view with what the reader did to it.
pub fn start_page() {
    if platform::page::is_widget_page() {
        mount::mount_page();
    }
}

/// The default view in `locale`, as the widget's page first renders it, in
/// the long form or the article layout (`embed`): the HTML each language's
/// page (and embed page) holds before the wasm arrives.
#[cfg(feature = "ssr")]
pub async fn prerender(locale: domain::locale::Locale, embed: bool) -> String {
    yew::LocalServerRenderer::<App>::with_props(Props {
        host: Host::Prerender { locale, embed },
    })
    .hydratable(false)
    .render()
    .await
}
