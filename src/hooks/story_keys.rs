//! The story's keys in presenter mode, from the DOM's key names.

use yew::prelude::*;

use crate::platform::schedule;
use crate::store::Dispatch;
use domain::state::Action;

/// In presenter mode (`present`), the arrow keys and a clicker's Page keys
/// walk the story (`story_key`); a key it handles does nothing else (a Page
/// Down does not also scroll the story card off the projector).
#[hook]
pub fn use_story_keys(present: bool, dispatch: &Dispatch) {
    let dispatch = dispatch.clone();
    use_effect_with(present, move |present| {
        let listener = present.then(|| {
            schedule::on_keydown(move |key, in_control, modified| {
                story_key(key, in_control, modified)
                    .map(|a| dispatch.dispatch(a))
                    .is_some()
            })
        });
        move || drop(listener)
    });
}

/// Right arrow and Page Down (what a presentation clicker sends) go on,
/// left arrow and Page Up go back, wherever the focus is (on a button the
/// reader just pressed, too). Not while a control keeps the key for itself
/// (a slider's arrows move the slider, a text box's move the caret), nor
/// with a modifier held. A clicker's blank-screen key (`.` or `b`) is left
/// alone: the widget has no blank screen to show.
pub fn story_key(key: &str, in_control: bool, modified: bool) -> Option<Action> {
    if in_control || modified {
        return None;
    }
    match key {
        "ArrowRight" | "PageDown" => Some(Action::Next),
        "ArrowLeft" | "PageUp" => Some(Action::Back),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_and_clicker_keys_walk_the_story_but_never_steal_a_sliders_keys() {
        assert_eq!(story_key("ArrowRight", false, false), Some(Action::Next));
        assert_eq!(story_key("PageDown", false, false), Some(Action::Next));
        assert_eq!(story_key("ArrowLeft", false, false), Some(Action::Back));
        assert_eq!(story_key("PageUp", false, false), Some(Action::Back));
        assert_eq!(story_key("ArrowRight", true, false), None);
        assert_eq!(story_key("ArrowLeft", false, true), None);
        assert_eq!(story_key("Enter", false, false), None);
    }
}
