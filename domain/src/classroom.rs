//! The classroom: a guided story through the presets, presenter mode and
//! "predict first". Pure: the shell draws it and turns keys into actions.

use super::facts::FactId;
use super::inputs::Inputs;
use super::locale::Tr;
use super::messages::M;
use super::presets::Preset;
use super::units::{Cents, Ratio};

/// One step of the story: a scenario, or the closing step that relates the
/// two headline numbers (shown on the fleet's inputs, with the bridge).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Scenario(Preset),
    Closing,
}

/// The story, in the order a class walks it.
pub const STORY: [Step; 6] = [
    Step::Scenario(Preset::V3),
    Step::Scenario(Preset::R1),
    Step::Scenario(Preset::Hyperscaler),
    Step::Scenario(Preset::BuyV3),
    Step::Scenario(Preset::Fleet),
    Step::Closing,
];

/// The last index of `STORY`.
pub const LAST: u8 = STORY.len() as u8 - 1;

impl Step {
    pub fn at(index: u8) -> Step {
        STORY[index.min(LAST) as usize]
    }

    pub fn inputs(self) -> Inputs {
        match self {
            Step::Scenario(p) => p.inputs(),
            Step::Closing => Preset::Fleet.inputs(),
        }
    }

    pub const fn title(self) -> Tr {
        match self {
            Step::Scenario(p) => p.name(),
            Step::Closing => M.story_closing_title,
        }
    }

    /// The closing step's paragraph has numbers in it: the shell fills it.
    pub const fn body(self) -> Option<Tr> {
        match self {
            Step::Scenario(p) => Some(p.story()),
            Step::Closing => None,
        }
    }

    pub fn facts(self) -> &'static [FactId] {
        match self {
            Step::Scenario(p) => p.sources(),
            Step::Closing => CLOSING_FACTS,
        }
    }
}

/// The bridge's two steps' rows, in order, without repeats.
const CLOSING_FACTS: &[FactId] = &[
    FactId::V3_06,
    FactId::SA_01,
    FactId::V3_08,
    FactId::SA_04,
    FactId::V3_05,
];

/// Presenter mode, the story's step and "predict first". All but the guess
/// are kept in the URL (`present=1`, `step=`, `predict=1`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Classroom {
    pub present: bool,
    /// The story's step (an index into `classroom::STORY`), once started.
    pub step: Option<u8>,
    /// The step the reader left the story at by changing an input (a
    /// preset, Reset, a slider, a box): the way back to it. Not in the URL.
    pub left: Option<u8>,
    pub predict: bool,
    pub guess: Option<Cents>,
}

impl Classroom {
    /// True while the total must stay hidden: predicting, with no guess yet.
    pub fn hides_total(&self) -> bool {
        self.predict && self.guess.is_none()
    }

    /// After an input action: one that `changed` the inputs ends the story,
    /// whose card would otherwise stand above numbers no longer its own. The
    /// step is kept as the way back.
    pub fn on_input(self, changed: bool) -> Classroom {
        if !changed {
            return self;
        }
        Classroom {
            step: None,
            left: self.step.or(self.left),
            ..self
        }
    }
}

/// `step=` counts from 1 for people; anything else is ignored.
pub fn parse_step(value: &str) -> Option<u8> {
    match value.parse::<u8>() {
        Ok(n @ 1..=6) => Some(n - 1),
        _ => None,
    }
}

/// How far a guess was from the answer: the larger over the smaller, in
/// which way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub times: Ratio,
    pub direction: Direction,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    TooLow,
    Exact,
    TooHigh,
}

pub fn verdict(guess: Cents, answer: Cents) -> Verdict {
    let (g, a) = (u128::from(guess.0.max(1)), u128::from(answer.0.max(1)));
    let direction = match g.cmp(&a) {
        std::cmp::Ordering::Less => Direction::TooLow,
        std::cmp::Ordering::Equal => Direction::Exact,
        std::cmp::Ordering::Greater => Direction::TooHigh,
    };
    let times = if g >= a {
        Ratio::of(g, a)
    } else {
        Ratio::of(a, g)
    };
    Verdict { times, direction }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_story_walks_the_five_presets_then_closes_on_the_fleet() {
        let presets: Vec<Preset> = STORY
            .iter()
            .filter_map(|s| match s {
                Step::Scenario(p) => Some(*p),
                Step::Closing => None,
            })
            .collect();
        assert_eq!(presets, Preset::ALL);
        assert_eq!(Step::at(LAST), Step::Closing);
        assert_eq!(Step::Closing.inputs().total(), Cents(160_000_000_000));
        assert_eq!(Step::at(200), Step::Closing, "indexes clamp");
        for s in STORY {
            assert!(!s.facts().is_empty(), "{s:?} cites its sources");
        }
    }

    #[test]
    fn step_numbers_count_from_one() {
        assert_eq!(parse_step("1"), Some(0));
        assert_eq!(parse_step("6"), Some(5));
        for bad in ["0", "7", "-1", "", "2.5", "x", "999"] {
            assert_eq!(parse_step(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_verdict_says_how_many_times_off_and_which_way() {
        let six_m = 600_000_000;
        let answer = 557_600_000;
        let v = verdict(Cents(six_m), Cents(answer));
        assert_eq!(v.direction, Direction::TooHigh);
        assert_eq!(v.times.ten_thousandths(), 10_760);
        let v = verdict(Cents(160_000_000_000), Cents(16_000_000_000));
        assert_eq!(
            (v.times.ten_thousandths(), v.direction),
            (100_000, Direction::TooHigh)
        );
        assert_eq!(verdict(Cents(5), Cents(5)).direction, Direction::Exact);
        assert_eq!(
            verdict(Cents(0), Cents(0)).times.ten_thousandths(),
            10_000,
            "no division by zero"
        );
        assert_eq!(
            verdict(Cents(u64::MAX), Cents(1)).direction,
            Direction::TooHigh
        );
    }
}
