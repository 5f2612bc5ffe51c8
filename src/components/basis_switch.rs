use yew::prelude::*;

use super::app::Dispatch;
use crate::domain::model::{Action, Basis};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub basis: Basis,
    pub dispatch: Dispatch,
}

/// Rent or Buy, as native radio buttons: arrow keys switch, as readers expect.
#[function_component(BasisSwitch)]
pub fn basis_switch(props: &Props) -> Html {
    let option = |basis: Basis, text: &'static str, sub: &'static str| {
        let dispatch = props.dispatch.clone();
        html! {
            <label class={classes!("dce-basis-option", (props.basis == basis).then_some("is-active"))}>
                <input type="radio" name="dce-basis" value={basis.id()} checked={props.basis == basis}
                    onchange={move |_| dispatch.dispatch(Action::SetBasis(basis))} />
                <span>{text}</span><small>{sub}</small>
            </label>
        }
    };
    html! {
        <fieldset class="dce-basis">
            <legend class="dce-sr">{"Pricing basis"}</legend>
            {option(Basis::Rent, "Rent", "per GPU-hour")}
            {option(Basis::Buy, "Buy", "per GPU")}
        </fieldset>
    }
}
