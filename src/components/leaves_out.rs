use yew::prelude::*;

use super::source_card::SourceCard;
use crate::domain::facts::FactId;

const LEAVES_OUT: &[FactId] = &[FactId::V3_12, FactId::SA_03, FactId::SA_06];

/// What neither number counts, in the sources' own words.
#[function_component(LeavesOut)]
pub fn leaves_out() -> Html {
    html! {
        <aside class="dce-leaves">
            <h2>{"What these numbers leave out"}</h2>
            <p>
                {"The $5.6M prices one successful final run at rental rates. It leaves out the research and \
                  ablations before it, failed runs, staff and data. The $1.6B is the purchase price of a whole \
                  fleet that also serves trading, inference and research for years; it is not the cost of one model."}
            </p>
            <SourceCard ids={LEAVES_OUT} />
            <p class="dce-method">
                {"Every figure traces to a row of the project's fact table (ids such as V3-08); derived values \
                  show their arithmetic. Money is computed exactly, to the cent."}
            </p>
        </aside>
    }
}
