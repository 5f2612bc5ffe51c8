use yew::prelude::*;

use super::source_card::SourceCard;
use super::use_text;
use crate::domain::facts::FactId;
use crate::domain::messages::M;

const LEAVES_OUT: &[FactId] = &[FactId::V3_12, FactId::SA_03, FactId::SA_06];

/// What neither number counts, in the sources' own words.
#[function_component(LeavesOut)]
pub fn leaves_out() -> Html {
    let t = use_text();
    html! {
        <aside class="dce-leaves">
            <h2>{t.t(M.leaves_title)}</h2>
            <p>{t.t(M.leaves_body)}</p>
            <SourceCard ids={LEAVES_OUT} />
            <p class="dce-method">{t.t(M.method)}</p>
        </aside>
    }
}
