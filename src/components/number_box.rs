use yew::prelude::*;

use super::app::Dispatch;
use crate::domain::format::{field_number, field_with_unit};
use crate::domain::model::Action;
use crate::domain::quantity::{parse_typed, Field};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub field: Field,
    pub value: u64,
    pub labelled_by: AttrValue,
    pub described_by: AttrValue,
    pub dispatch: Dispatch,
}

/// What the box says under itself after a commit.
#[derive(Clone, PartialEq)]
enum Note {
    None,
    /// The text was not a number: the value is unchanged.
    Rejected,
    /// The number was outside the range and was clamped.
    Clamped,
}

/// A text box that takes an exact value. While the reader types, their text
/// stays as typed; Enter or leaving the box commits it. Unparsable text is
/// rejected with a message and the last good value is kept; Escape reverts.
#[function_component(NumberBox)]
pub fn number_box(props: &Props) -> Html {
    let field = props.field;
    let draft = use_state(|| None::<String>);
    let note = use_state(|| Note::None);
    // A new field (the basis switched) starts clean.
    {
        let (draft, note) = (draft.clone(), note.clone());
        use_effect_with(field, move |_| {
            draft.set(None);
            note.set(Note::None);
        });
    }

    let commit = {
        let (draft, note, dispatch) = (draft.clone(), note.clone(), props.dispatch.clone());
        move |text: String| {
            let spec = field.spec();
            match parse_typed(&text, spec.decimals) {
                Ok(p) => {
                    let v = p.clamped(spec);
                    note.set(if p.negative || v != p.units {
                        Note::Clamped
                    } else {
                        Note::None
                    });
                    draft.set(None);
                    dispatch.dispatch(Action::Type(field, v));
                }
                Err(_) => note.set(Note::Rejected),
            }
        }
    };
    let oninput = {
        let draft = draft.clone();
        move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            draft.set(Some(input.value()));
        }
    };
    let onchange = {
        move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            commit(input.value());
        }
    };
    // Enter needs no handler: browsers fire `change` for it.
    let onkeydown = {
        let (draft, note) = (draft.clone(), note.clone());
        move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                draft.set(None);
                note.set(Note::None);
            }
        }
    };

    let spec = field.spec();
    let message = match *note {
        Note::None => None,
        Note::Rejected => Some(format!(
            "Type a number, such as {}. Still using {}.",
            field.example(),
            field_with_unit(field, props.value)
        )),
        Note::Clamped => Some(format!(
            "Kept within {} to {}.",
            field_number(field, spec.min),
            field_number(field, spec.max)
        )),
    };
    let error_id = format!("{}-note", props.described_by);
    let text = (*draft)
        .clone()
        .unwrap_or_else(|| field_number(field, props.value));
    html! {
        <div class="dce-box">
            <input type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                class={classes!((*note == Note::Rejected).then_some("is-invalid"))}
                value={text}
                aria-labelledby={props.labelled_by.clone()}
                aria-describedby={format!("{} {}", props.described_by, error_id)}
                aria-invalid={(*note == Note::Rejected).to_string()}
                {oninput} {onchange} {onkeydown} />
            <p id={error_id} class="dce-note" role="status">{message.unwrap_or_default()}</p>
        </div>
    }
}
