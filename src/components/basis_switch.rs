use yew::prelude::*;

use super::app::Dispatch;
use super::use_text;
use crate::domain::locale::Tr;
use crate::domain::messages::M;
use crate::domain::model::{Action, Basis};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub basis: Basis,
    pub dispatch: Dispatch,
}

/// Rent or Buy, as native radio buttons: arrow keys switch, as readers expect.
#[function_component(BasisSwitch)]
pub fn basis_switch(props: &Props) -> Html {
    let t = use_text();
    let option = |basis: Basis, text: Tr, sub: Tr| {
        let dispatch = props.dispatch.clone();
        html! {
            <label class={if props.basis == basis { "dce-basis-option is-active" } else { "dce-basis-option" }}>
                <input type="radio" name="dce-basis" value={basis.id()} checked={props.basis == basis}
                    onchange={move |_| dispatch.dispatch(Action::SetBasis(basis))} />
                <span>{t.t(text)}</span><small>{t.t(sub)}</small>
            </label>
        }
    };
    html! {
        <fieldset class="dce-basis">
            <legend class="dce-sr">{t.t(M.basis_legend)}</legend>
            {option(Basis::Rent, M.rent, M.rent_sub)}
            {option(Basis::Buy, M.buy, M.buy_sub)}
        </fieldset>
    }
}
