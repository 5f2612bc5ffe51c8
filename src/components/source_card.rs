use yew::prelude::*;

use domain::facts::{by_document, FactId, Quote};
use domain::messages::M;
use domain::text::Localizer;

/// Cited rows as a reader sees them: each row's quote (verbatim, in the
/// source's language) or our translated paraphrase, then the document's title
/// (linked, new tab), publisher, date and the row ids. Rows from one document
/// share one reference line; `compact` leaves the quotes out.
pub fn source_card(t: Localizer, ids: &[FactId], compact: bool) -> Html {
    let groups = by_document(ids).into_iter().map(|rows| {
        let f = rows[0].fact();
        let quotes = rows
            .iter()
            .filter(|_| !compact)
            .map(|id| match id.fact().quote {
                Quote::Exact(q) => html! { <q class="dce-quote" lang="en">{q}</q> },
                Quote::Paraphrase(p) => html! {
                    <span class="dce-quote is-paraphrase">
                        <span class="dce-tag">{t.t(M.paraphrase)}</span>{" "}{t.t(p)}{" "}
                    </span>
                },
            });
        html! {
            <p class="dce-source">
                {for quotes}
                <cite>
                    <a href={f.url} target="_blank" rel="noreferrer" lang="en">{f.title}</a>
                    if let Some(c) = f.caution() {
                        {format!(" ({})", t.t(c))}
                    }
                    {format!(", {}, {}", f.publisher, f.date.full(t))}
                    // A row quoted at two places (R1-02) is named once.
                    {for rows.iter().enumerate()
                        .filter(|(i, id)| !rows[..*i].iter().any(|o| o.fact().row == id.fact().row))
                        .map(|(_, id)| html! { <span class="dce-row">{id.fact().row}</span> })}
                </cite>
            </p>
        }
    });
    html! { <>{for groups}</> }
}

/// A citation on one line: `lead`, the first row's publisher (linked, new
/// tab) and date, and a disclosure holding `more` and every row in full,
/// quotes included. Its container is positioned (main.css: the disclosure's
/// button ends the line).
pub fn cite_line(t: Localizer, lead: Html, ids: &[FactId], more: Html) -> Html {
    let Some(f) = ids.first().map(|id| id.fact()) else {
        return lead;
    };
    // The line keeps the first date; the card gives revisions.
    let date = f.date.line(t);
    html! {<>
            <p class="dce-cite-line">
                {lead}
                <a class="dce-cite-ref" href={f.url} target="_blank" rel="noreferrer">{f.publisher}{", "}{date}</a>
            </p>
            <details class="dce-cite-more">
                <summary aria-label={t.t(M.cite_more)}>{"\u{201c}\u{201d}"}</summary>
                <div class="dce-cite-card">
                    {more}
                    {source_card(t, ids, false)}
                </div>
            </details>
    </>}
}
