//! The widget's state and the reducer that applies the reader's actions.

use super::classroom::{Classroom, Step, LAST};
use super::inputs::{Basis, Inputs};
use super::locale::Locale;
use super::presets::Preset;
use super::quantity::Field;
use super::units::Cents;
use super::url::Request;

/// What the reader can do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// A slider moved: the total changes at once, the announcement waits.
    Slide(Field, u64),
    /// A slider was released, or a key press on it ended: announce the total.
    Settle,
    /// A number box committed a value.
    Type(Field, u64),
    SetBasis(Basis),
    ApplyPreset(Preset),
    Reset,
    /// The reader chose a language: it is kept in the URL from then on.
    SetLocale(Locale),
    /// Presenter mode on or off.
    SetPresent(bool),
    /// Go to a step of the story (an index into `classroom::STORY`).
    GoTo(u8),
    /// The next or previous step; from outside the story, its first step.
    Next,
    Back,
    /// "Predict first" on or off: the total waits for a guess.
    SetPredict(bool),
    /// The student's guess, in cents: it reveals the answer.
    Guess(Cents),
    /// The article around the widget asked for a state (a message, or a
    /// custom element's attribute): the story's step if it names one, then
    /// the preset and values it names, over the current inputs.
    Configure(Request),
}

/// The widget's whole state. `settled` is the inputs as of the last
/// completed gesture: screen readers hear its total (a polite live region
/// must not chatter during a drag) and the URL records it (browsers throttle
/// a flood of `replaceState`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct State {
    pub inputs: Inputs,
    pub settled: Inputs,
    pub locale: Locale,
    /// True when the language was asked for (`lang=` or the switch), so the
    /// URL keeps it; false when it was only negotiated from the browser.
    pub locale_pinned: bool,
    pub classroom: Classroom,
}

impl State {
    pub fn new(inputs: Inputs) -> Self {
        State {
            inputs,
            settled: inputs,
            locale: Locale::default(),
            locale_pinned: false,
            classroom: Classroom::default(),
        }
    }

    pub fn with_locale(self, locale: Locale, pinned: bool) -> Self {
        State {
            locale,
            locale_pinned: pinned,
            ..self
        }
    }

    pub fn apply(self, action: Action) -> State {
        let mut inputs = self.inputs;
        let c = self.classroom;
        // The classroom's switches change no input.
        let switch = |classroom| State { classroom, ..self };
        match action {
            Action::Slide(field, v) => {
                inputs.set(field, v);
                return State {
                    inputs,
                    classroom: c.on_input(inputs != self.inputs),
                    ..self
                };
            }
            Action::SetLocale(l) => return self.with_locale(l, true),
            Action::Configure(r) => {
                // A step first, as the story's own buttons go there (a new
                // question: no guess); then the preset and values, over it.
                let (base, c) = match r.step {
                    Some(i) => (
                        Step::at(i).inputs(),
                        Classroom {
                            step: Some(i),
                            left: None,
                            guess: None,
                            ..c
                        },
                    ),
                    None => (inputs, c),
                };
                let inputs = r.onto(base);
                return State {
                    inputs,
                    settled: inputs,
                    classroom: c.on_input(inputs != base),
                    ..self
                };
            }
            Action::SetPresent(present) => return switch(Classroom { present, ..c }),
            Action::SetPredict(predict) => {
                return switch(Classroom {
                    predict,
                    guess: None,
                    ..c
                })
            }
            Action::Guess(cents) => {
                return switch(Classroom {
                    guess: Some(cents),
                    ..c
                })
            }
            Action::Settle => {}
            Action::Type(field, v) => inputs.set(field, v),
            Action::SetBasis(b) => inputs.set_basis(b),
            Action::ApplyPreset(p) => inputs = p.inputs(),
            Action::Reset => inputs = Preset::DEFAULT.inputs(),
            Action::GoTo(_) | Action::Next | Action::Back => {
                let step = match (action, c.step) {
                    (Action::GoTo(i), _) => i.min(LAST),
                    (Action::Next, Some(i)) => (i + 1).min(LAST),
                    (Action::Back, Some(i)) => i.saturating_sub(1),
                    _ => 0,
                };
                inputs = Step::at(step).inputs();
                return State {
                    inputs,
                    settled: inputs,
                    // A new question: a guess made for another one does not count.
                    classroom: Classroom {
                        step: Some(step),
                        left: None,
                        guess: None,
                        ..c
                    },
                    ..self
                };
            }
        }
        // A preset or a reset asks a new question too.
        let guess = match action {
            Action::ApplyPreset(_) | Action::Reset => None,
            _ => c.guess,
        };
        let c = c.on_input(inputs != self.inputs);
        State {
            inputs,
            settled: inputs,
            classroom: Classroom { guess, ..c },
            ..self
        }
    }
}

impl Default for State {
    fn default() -> Self {
        State::new(Preset::DEFAULT.inputs())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::MicroHours;

    #[test]
    fn the_story_steps_forward_and_back_within_its_bounds() {
        let s = State::default().apply(Action::Back);
        assert_eq!(
            s.classroom.step,
            Some(0),
            "Back from outside starts the story"
        );
        let s = s.apply(Action::Next).apply(Action::Next);
        assert_eq!(s.classroom.step, Some(2));
        assert_eq!(s.inputs, Preset::Hyperscaler.inputs());
        assert_eq!(s.settled, s.inputs, "a step is a settled state");
        let end = (0..20).fold(s, |s, _| s.apply(Action::Next));
        assert_eq!(end.classroom.step, Some(LAST));
        assert_eq!(end.inputs, Preset::Fleet.inputs());
        let start = (0..20).fold(end, |s, _| s.apply(Action::Back));
        assert_eq!(start.classroom.step, Some(0));
        assert_eq!(
            State::default().apply(Action::GoTo(200)).classroom.step,
            Some(LAST)
        );
    }

    #[test]
    fn a_changed_input_leaves_the_story_and_keeps_the_way_back() {
        let at_3 = State::default().apply(Action::GoTo(2));
        for change in [
            Action::ApplyPreset(Preset::Fleet),
            Action::Reset,
            Action::Slide(Field::Gpus, 4096),
            Action::Type(Field::Hours, 100),
            Action::SetBasis(Basis::Buy),
        ] {
            let left = at_3.apply(change);
            assert_eq!(left.classroom.step, None, "{change:?} ends the story");
            assert_eq!(
                left.classroom.left,
                Some(2),
                "{change:?} keeps the way back"
            );
            let again = left
                .apply(Action::Slide(Field::Gpus, 9))
                .apply(Action::Settle);
            assert_eq!(again.classroom.left, Some(2), "still the way back");
            let back = again.apply(Action::GoTo(2));
            assert_eq!((back.classroom.step, back.classroom.left), (Some(2), None));
            assert_eq!(back.inputs, Preset::Hyperscaler.inputs());
        }
        for keep in [
            Action::Settle,
            // The step's own numbers again: nothing changed.
            Action::ApplyPreset(Preset::Hyperscaler),
            Action::Slide(Field::Gpus, at_3.inputs.gpus()),
            Action::SetPresent(true),
            Action::SetPredict(true),
            Action::SetLocale(Locale::It),
            Action::Guess(Cents(1)),
        ] {
            assert_eq!(
                at_3.apply(keep).classroom.step,
                Some(2),
                "{keep:?} keeps the story"
            );
        }
        assert_eq!(
            State::default().apply(Action::Reset).classroom.left,
            None,
            "outside the story there is nothing to go back to"
        );
    }

    #[test]
    fn predicting_hides_the_total_until_a_guess_and_each_new_question_asks_again() {
        let s = State::default().apply(Action::SetPredict(true));
        assert!(s.classroom.hides_total());
        let s = s.apply(Action::Guess(Cents(600_000_000)));
        assert!(!s.classroom.hides_total());
        assert_eq!(
            s.inputs,
            Preset::DEFAULT.inputs(),
            "a guess changes no input"
        );
        let moved = s.apply(Action::Slide(Field::Gpus, 4096));
        assert!(
            !moved.classroom.hides_total(),
            "exploring after the answer keeps it shown"
        );
        for next in [
            Action::Next,
            Action::ApplyPreset(Preset::Fleet),
            Action::Reset,
        ] {
            assert!(s.apply(next).classroom.hides_total(), "{next:?} asks again");
        }
        let off = s.apply(Action::SetPredict(false));
        assert!(!off.classroom.hides_total());
        assert_eq!(off.classroom.guess, None);
        let presenting = State::default().apply(Action::SetPresent(true));
        assert!(presenting.classroom.present);
        assert_eq!(presenting.inputs, Preset::DEFAULT.inputs());
    }

    #[test]
    fn each_basis_remembers_its_price() {
        let s = State::default()
            .apply(Action::Type(Field::RentPrice, 300))
            .apply(Action::SetBasis(Basis::Buy))
            .apply(Action::Type(Field::BuyPrice, 40_000))
            .apply(Action::SetBasis(Basis::Rent));
        assert_eq!(s.inputs.rent(), Cents(300));
        assert_eq!(s.inputs.buy_dollars(), 40_000);
        let s = s.apply(Action::SetBasis(Basis::Buy));
        assert_eq!(s.inputs.total(), Cents(2048 * 40_000 * 100));
    }

    #[test]
    fn sliding_waits_to_announce_and_settling_announces() {
        let s = State::default();
        let moved = s
            .apply(Action::Slide(Field::Gpus, 4096))
            .apply(Action::Slide(Field::Gpus, 8192));
        assert_eq!(moved.inputs.total(), Cents(4 * 557_600_000));
        assert_eq!(moved.settled, s.inputs);
        assert_eq!(
            moved.apply(Action::Settle).settled.total(),
            Cents(4 * 557_600_000)
        );
        assert_eq!(
            s.apply(Action::Type(Field::Gpus, 4096)).settled.gpus(),
            4096
        );
        assert_eq!(
            s.apply(Action::ApplyPreset(Preset::Fleet)).settled.total(),
            Cents(160_000_000_000)
        );
    }

    #[test]
    fn actions_clamp_and_reset_restores_the_default() {
        let s = State::default()
            .apply(Action::Slide(Field::Gpus, 0))
            .apply(Action::Type(Field::Hours, u64::MAX))
            .apply(Action::Type(Field::RentPrice, 1));
        assert_eq!(
            (s.inputs.gpus(), s.inputs.hours(), s.inputs.rent()),
            (1, MicroHours::from_hours(100_000), Cents(50))
        );
        assert_eq!(s.apply(Action::Reset), State::default());
    }

    #[test]
    fn the_language_survives_every_action_and_choosing_one_pins_it() {
        let s = State::default().with_locale(Locale::It, false);
        let s = s
            .apply(Action::ApplyPreset(Preset::Fleet))
            .apply(Action::Reset)
            .apply(Action::Slide(Field::Gpus, 9));
        assert_eq!((s.locale, s.locale_pinned), (Locale::It, false));
        let s = s.apply(Action::SetLocale(Locale::PtPt));
        assert_eq!(
            (s.locale, s.locale_pinned, s.inputs.gpus()),
            (Locale::PtPt, true, 9)
        );
    }

    #[test]
    fn matching_preset_ignores_the_hidden_price() {
        let s = State::default().apply(Action::Type(Field::BuyPrice, 99_000));
        assert_eq!(Preset::matching(&s.inputs), Some(Preset::V3));
        let s = s.apply(Action::Type(Field::Gpus, 2049));
        assert_eq!(Preset::matching(&s.inputs), None);
    }

    #[test]
    fn a_host_configures_a_step_a_preset_or_values_over_the_current_state() {
        use crate::url::Request;
        let ask = |q: &[(&str, &str)]| Action::Configure(Request::read(q.iter().copied()));
        let s = State::new(Preset::DEFAULT.inputs());
        // Values over the current inputs, not over the default view's.
        let s = s.apply(ask(&[("basis", "buy")]));
        let s = s.apply(ask(&[("gpus", "50000")]));
        assert_eq!(
            s.settled,
            Preset::Fleet.inputs(),
            "the fleet, asked for in two messages"
        );
        // A preset first, then the values with it.
        let s = s.apply(ask(&[("gpus", "7"), ("preset", "r1")]));
        assert_eq!(s.inputs.gpus(), 7);
        assert_eq!(s.inputs.hours(), Preset::R1.inputs().hours());
        // Out of range clamps; junk is ignored and keeps the state.
        let s = s.apply(ask(&[("gpus", "-5"), ("price", "NaN"), ("hours", "1e9")]));
        assert_eq!(s.inputs.gpus(), 1);
        assert_eq!(s.inputs.hours(), Preset::R1.inputs().hours());
        let junk = s.apply(ask(&[("preset", "nope"), ("basis", "BUY"), ("x", "1")]));
        assert_eq!(junk, s);
        // A step goes there, as the story's own buttons do; a value with it
        // then leaves the story, keeping the way back.
        let s = s.apply(ask(&[("step", "5")]));
        assert_eq!(
            (s.classroom.step, s.settled),
            (Some(4), Preset::Fleet.inputs())
        );
        let s = s.apply(ask(&[("step", "2"), ("gpus", "1000")]));
        assert_eq!((s.classroom.step, s.classroom.left), (None, Some(1)));
        assert_eq!(s.settled.gpus(), 1000);
        // Nothing in a configure is ever half-applied: it settles at once.
        assert_eq!(s.inputs, s.settled);
    }
}
