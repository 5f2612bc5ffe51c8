use yew::prelude::*;

use crate::domain::facts::{by_document, FactId, Quote};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Rows of FACTS.md; rows from one document share one reference line.
    pub ids: &'static [FactId],
}

/// Cited rows as a reader sees them: each row's quote, then the document's
/// title (linked, new tab), publisher, date and the row ids.
#[function_component(SourceCard)]
pub fn source_card(props: &Props) -> Html {
    let groups = by_document(props.ids).into_iter().map(|rows| {
        let f = rows[0].fact();
        let quotes = rows.iter().map(|id| match id.fact().quote {
            Quote::Exact(q) => html! { <q class="dce-quote">{q}</q> },
            Quote::Paraphrase(p) => html! {
                <span class="dce-quote is-paraphrase"><span class="dce-tag">{"Paraphrase"}</span>{" "}{p}{" "}</span>
            },
        });
        html! {
            <p class="dce-source">
                {for quotes}
                <cite>
                    <a href={f.url} target="_blank" rel="noopener noreferrer">{f.title}</a>
                    {format!(", {}, {}", f.publisher, f.date)}
                    {for rows.iter().map(|id| html! {
                        <span class="dce-row" title="Row of the project's fact table">{id.fact().row}</span>
                    })}
                </cite>
            </p>
        }
    });
    html! { <>{for groups}</> }
}
