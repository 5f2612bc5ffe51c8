use yew::prelude::*;

use super::use_text;
use crate::store::Dispatch;
use domain::messages::M;
use domain::quantity::{parse_typed, Field};
use domain::state::Action;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub field: Field,
    pub value: u64,
    pub labelled_by: AttrValue,
    pub described_by: AttrValue,
    pub dispatch: Dispatch,
}

/// What the box says under itself after a commit.
#[derive(Clone, Copy, PartialEq)]
enum Note {
    None,
    /// The text was not a number: the value is unchanged.
    Rejected,
    /// The number was outside the range and was clamped.
    Clamped,
}

/// A text box that takes an exact value, typed the reader's way (see
/// `quantity::parse_typed`). While the reader types, their text stays as
/// typed; Enter or leaving the box commits it (both fire `change`).
/// Unparsable text is rejected with a message and the last good value is
/// kept; Escape reverts.
#[function_component(NumberBox)]
pub fn number_box(props: &Props) -> Html {
    let t = use_text();
    let field = props.field;
    let draft = use_state(|| None::<String>);
    let note = use_state(|| Note::None);
    // A new field (the basis switched) or language starts clean.
    {
        let (draft, note) = (draft.clone(), note.clone());
        use_effect_with((field, t.locale), move |_| {
            draft.set(None);
            note.set(Note::None);
        });
    }

    let oninput = {
        let draft = draft.clone();
        move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            draft.set(Some(input.value()));
        }
    };
    let onchange = {
        let (draft, note, dispatch, locale) = (
            draft.clone(),
            note.clone(),
            props.dispatch.clone(),
            t.locale,
        );
        move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let spec = field.spec();
            match parse_typed(&input.value(), spec.decimals, locale) {
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
        Note::None => String::new(),
        Note::Rejected => t.fill(
            M.rejected,
            &[
                &t.number(field, field.example()),
                &t.with_unit(field, props.value),
            ],
        ),
        Note::Clamped => t.fill(
            M.clamped,
            &[&t.number(field, spec.min), &t.number(field, spec.max)],
        ),
    };
    let invalid = *note == Note::Rejected;
    let note_id = format!("{}-note", props.described_by);
    let text = (*draft)
        .clone()
        .unwrap_or_else(|| t.number(field, props.value));
    html! {
        <div class="dce-box">
            <input type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                value={text}
                aria-labelledby={props.labelled_by.clone()}
                aria-describedby={format!("{} {note_id}", props.described_by)}
                aria-invalid={invalid.to_string()}
                {oninput} {onchange} {onkeydown} />
            <p id={note_id} class="dce-note" role="status">{message}</p>
        </div>
    }
}
