use yew::prelude::*;

use super::classed;
use crate::store::Dispatch;
use domain::inputs::Basis;
use domain::locale::Tr;
use domain::messages::M;
use domain::state::Action;
use domain::text::Localizer;

/// Rent or Buy, as native radio buttons: arrow keys switch, as readers
/// expect.
pub fn basis_switch(t: Localizer, current: Basis, dispatch: &Dispatch) -> Html {
    let option = |basis: Basis, text: Tr| {
        let dispatch = dispatch.clone();
        let label = html! {
            <label>
                <input type="radio" name="dce-basis" value={basis.id()} checked={current == basis}
                    onchange={move |_| dispatch.dispatch(Action::SetBasis(basis))} />
                {t.t(text)}
            </label>
        };
        classed(
            label,
            if current == basis {
                "dce-basis-option is-active"
            } else {
                "dce-basis-option"
            },
        )
    };
    html! {
        <fieldset class="dce-basis">
            <legend class="dce-sr">{t.t(M.basis_legend)}</legend>
            {option(Basis::Rent, M.rent)}
            {option(Basis::Buy, M.buy)}
        </fieldset>
    }
}
