use yew::prelude::*;

use super::use_text;
use crate::domain::messages::M;
use crate::domain::qr::qr_svg;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The link to this exact state.
    pub link: AttrValue,
}

/// Printed only (see the print rules in main.css): the link to this exact
/// state, as text and as a QR code, under the worksheet's inputs, formula
/// and citations. The code is made once per settled state, not per frame.
#[function_component(Worksheet)]
pub fn worksheet(props: &Props) -> Html {
    let t = use_text();
    let qr = use_memo(props.link.clone(), |link| qr_svg(link));
    html! {
        <section class="dce-worksheet" data-testid="worksheet">
            <h2>{t.t(M.worksheet_title)}</h2>
            <div class="dce-worksheet-link">
                if let Some(q) = &*qr {
                    <svg class="dce-qr" viewBox={format!("0 0 {0} {0}", q.side)} role="img"
                        aria-label={t.t(M.worksheet_link)} data-testid="qr">
                        <rect width="100%" height="100%" fill="#fff" />
                        <path d={q.path.clone()} fill="#000" />
                    </svg>
                }
                <p>{t.t(M.worksheet_link)}<br /><span class="dce-worksheet-url">{props.link.clone()}</span></p>
            </div>
        </section>
    }
}
