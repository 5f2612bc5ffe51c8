use yew::prelude::*;

use super::source_card::source_card;
use crate::domain::facts::FactId;
use crate::domain::messages::M;
use crate::domain::text::Text;

const LEAVES_OUT: &[FactId] = &[FactId::V3_12, FactId::SA_03, FactId::SA_06];

/// What neither number counts, in the sources' own words.
pub fn leaves_out(t: Text) -> Html {
    html! {
        <aside class="dce-leaves">
            <h2>{t.t(M.leaves_title)}</h2>
            <p>{t.t(M.leaves_body)}</p>
            {source_card(t, LEAVES_OUT, false)}
            <p class="dce-method">{t.t(M.method)}</p>
        </aside>
    }
}
