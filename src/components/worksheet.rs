use yew::prelude::*;

use domain::messages::M;
use domain::qr::QrSvg;
use domain::text::Localizer;

/// Printed only (print.css): three questions with room to answer, then the
/// link to this exact state, as text and as its QR code, under the
/// worksheet's inputs, formula and citations. The questions and the code
/// come from the worksheet's module (`ShareBar` asks once per settled
/// state). Each answer is its question's `data-answer`, which print.css
/// writes in its room on the teacher's copy only (`ANSWERS` on the
/// widget's root, `classroom_bar`). (An offline file that knows no
/// published address draws no code: the share bar's note above says why,
/// on screen and on paper.)
pub fn worksheet(
    t: Localizer,
    link: &str,
    qr: Option<&QrSvg>,
    questions: &[(String, String)],
) -> Html {
    html! {
        <section class="dce-worksheet" data-testid="worksheet">
            <h2 data-teacher={t.t(M.teacher_copy)}>{t.t(M.worksheet_title)}</h2>
            <ol class="dce-questions" data-testid="questions">
                { for questions.iter().map(|(q, a)| html! { <li data-answer={a.clone()}>{q}</li> }) }
            </ol>
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

/// On the widget's root while the teacher's copy prints: the answers show.
pub const ANSWERS: &str = "data-dce-answers";
