//! The story's keys in presenter mode, from the DOM's key names.

use domain::state::Action;

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
