use yew::prelude::*;

use super::app::Dispatch;
use crate::domain::locale::Tr;
use crate::domain::messages::M;
use crate::domain::model::{Action, Basis};
use crate::domain::text::Text;

/// Rent or Buy, as native radio buttons: arrow keys switch, as readers
/// expect.
pub fn basis_switch(t: Text, current: Basis, dispatch: &Dispatch) -> Html {
    let option = |basis: Basis, text: Tr| {
        let dispatch = dispatch.clone();
        html! {
            <label class={if current == basis { "dce-basis-option is-active" } else { "dce-basis-option" }}>
                <input type="radio" name="dce-basis" value={basis.id()} checked={current == basis}
                    onchange={move |_| dispatch.dispatch(Action::SetBasis(basis))} />
                {t.t(text)}
            </label>
        }
    };
    html! {
        <fieldset class="dce-basis">
            <legend class="dce-sr">{t.t(M.basis_legend)}</legend>
            {option(Basis::Rent, M.rent)}
            {option(Basis::Buy, M.buy)}
        </fieldset>
    }
}
