use yew::prelude::*;

use crate::domain::facts::{FactId, Quote};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: FactId,
    /// Show the quote, or only the reference.
    #[prop_or(true)]
    pub quote: bool,
}

/// One row of FACTS.md as a reader sees it: quote, then title (linked),
/// publisher, date and the row id.
#[function_component(SourceCard)]
pub fn source_card(props: &Props) -> Html {
    let f = props.id.fact();
    let quote = match (props.quote, f.quote) {
        (false, _) => html! {},
        (true, Quote::Exact(q)) => html! { <q class="dce-quote">{q}</q> },
        (true, Quote::Paraphrase(p)) => html! {
            <span class="dce-quote is-paraphrase"><span class="dce-tag">{"Paraphrase"}</span>{" "}{p}</span>
        },
    };
    html! {
        <p class="dce-source">
            {quote}
            <cite>
                <a href={f.url} target="_blank" rel="noopener noreferrer">{f.title}</a>
                {format!(", {}, {}", f.publisher, f.date)}
                <span class="dce-row" title="Row of the project's fact table">{f.row}</span>
            </cite>
        </p>
    }
}
