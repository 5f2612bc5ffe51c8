use yew::prelude::*;

use domain::messages::M;
use domain::qr::QrSvg;
use domain::text::Localizer;

/// Printed only (see the print rules in main.css): the link to this exact
/// state, as text and as its QR code (`ShareBar` makes it once per settled
/// state), under the worksheet's inputs, formula and citations. (An offline
/// file that knows no published address draws no code: the share bar's note
/// above says why, on screen and on paper.)
pub fn worksheet(t: Localizer, link: &str, qr: Option<&QrSvg>) -> Html {
    html! {
        <section class="dce-worksheet" data-testid="worksheet">
            <h2>{t.t(M.worksheet_title)}</h2>
            <div class="dce-worksheet-link">
                if let Some(q) = qr {
                    <svg class="dce-qr" viewBox={format!("0 0 {0} {0}", q.side)} role="img"
                        aria-label={t.t(M.worksheet_link)} data-testid="qr">
                        <rect width="100%" height="100%" fill="#fff" />
                        <path d={q.path.clone()} fill="#000" />
                    </svg>
                }
                <p>{t.t(M.worksheet_link)}<br /><span class="dce-worksheet-url">{link}</span></p>
            </div>
        </section>
    }
}
