use yew::prelude::*;

use domain::glossary::{split, Term, SEPARATOR};
use domain::text::Localizer;

/// `text` with the word of the first of `terms` it uses as a button that
/// opens what it means: a native popover, which the keyboard reaches and
/// opens, and which closes on Escape or a tap outside. A text that uses
/// none is left as it is. The prerendered page has them too: they work
/// before the wasm runs, and with JavaScript off.
pub fn glossed(t: Localizer, text: &str, terms: &[Term]) -> Html {
    let Some((before, term, word, after)) = split(text, terms, t.locale) else {
        return html! { {text.to_string()} };
    };
    let id = format!("dce-term-{}", term.id());
    html! {<>
        {before.to_string()}
        <button type="button" class="dce-term" popovertarget={id.clone()}>{word.to_string()}</button>
        <span {id} popover="">
            <b>{t.t(term.name())}</b>{t.t(SEPARATOR)}{t.t(term.meaning())}
        </span>
        {after.to_string()}
    </>}
}
