//! The cost model: the reader's inputs, the totals they give, and the
//! reducer that applies the reader's actions. Exact integer arithmetic.

use super::classroom;
use super::locale::Locale;
use super::presets::Preset;
use super::quantity::{Field, MICRO};

/// What the unit price means: rent per GPU-hour, or buy per GPU.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basis {
    Rent,
    Buy,
}

impl Basis {
    pub const fn price_field(self) -> Field {
        match self {
            Basis::Rent => Field::RentPrice,
            Basis::Buy => Field::BuyPrice,
        }
    }
    pub const fn id(self) -> &'static str {
        match self {
            Basis::Rent => "rent",
            Basis::Buy => "buy",
        }
    }
    pub fn from_id(id: &str) -> Option<Basis> {
        match id {
            "rent" => Some(Basis::Rent),
            "buy" => Some(Basis::Buy),
            _ => None,
        }
    }
}

/// Every value is kept inside its field's range by construction: the only
/// ways in are `Inputs::set` (which clamps) and the presets (tested in range).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Inputs {
    pub gpus: u64,
    pub basis: Basis,
    /// Cents per GPU-hour.
    pub rent_cents: u64,
    /// Dollars per GPU.
    pub buy_dollars: u64,
    pub hours_micro: u64,
}

/// Money in cents.
pub type Cents = u64;

impl Default for Inputs {
    fn default() -> Self {
        Preset::DEFAULT.inputs()
    }
}

impl Inputs {
    pub fn get(&self, field: Field) -> u64 {
        match field {
            Field::Gpus => self.gpus,
            Field::RentPrice => self.rent_cents,
            Field::BuyPrice => self.buy_dollars,
            Field::Hours => self.hours_micro,
        }
    }

    /// Sets a field, clamped into its range.
    pub fn set(&mut self, field: Field, value: u64) {
        let v = field.spec().clamp(value);
        match field {
            Field::Gpus => self.gpus = v,
            Field::RentPrice => self.rent_cents = v,
            Field::BuyPrice => self.buy_dollars = v,
            Field::Hours => self.hours_micro = v,
        }
    }

    /// The price field of the active basis.
    pub fn price_field(&self) -> Field {
        self.basis.price_field()
    }

    /// Rent: GPUs × hours × price per GPU-hour. Buy: GPUs × price per GPU.
    pub fn total(&self) -> Cents {
        match self.basis {
            Basis::Rent => {
                let micro_cents = u128::from(self.gpus)
                    * u128::from(self.hours_micro)
                    * u128::from(self.rent_cents);
                round_div(micro_cents, u128::from(MICRO))
            }
            Basis::Buy => self.gpus * self.buy_dollars * 100,
        }
    }

    /// GPUs × hours, in micro-GPU-hours.
    pub fn gpu_hours_micro(&self) -> u64 {
        self.gpus * self.hours_micro
    }

    /// Buy only: the share of these GPUs' purchase price used up in these
    /// hours over a service life of `life_hours` (an assumption: see
    /// `cited::SERVICE_LIFE_HOURS`), total × min(hours, life) ÷ life.
    pub fn service_life_share(&self, life_hours: u64) -> Cents {
        let life = u128::from(life_hours * MICRO);
        let used = u128::from(self.hours_micro).min(life);
        round_div(u128::from(self.total()) * used, life)
    }

    /// The preset these inputs reproduce, if any (the inactive basis's price
    /// does not matter: it is neither shown nor shared).
    pub fn matching_preset(&self) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| {
            let q = p.inputs();
            q.gpus == self.gpus
                && q.basis == self.basis
                && q.hours_micro == self.hours_micro
                && q.get(q.price_field()) == self.get(self.price_field())
        })
    }
}

/// a ÷ b rounded half-up; every caller's result fits in u64 (tested at the maxima).
fn round_div(a: u128, b: u128) -> u64 {
    ((a + b / 2) / b) as u64
}

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

/// Presenter mode, the story's step and "predict first". All but the guess
/// are kept in the URL (`present=1`, `step=`, `predict=1`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Classroom {
    pub present: bool,
    /// The story's step (an index into `classroom::STORY`), once started.
    pub step: Option<u8>,
    pub predict: bool,
    pub guess: Option<Cents>,
}

impl Classroom {
    /// True while the total must stay hidden: predicting, with no guess yet.
    pub fn hides_total(&self) -> bool {
        self.predict && self.guess.is_none()
    }
}

impl State {
    pub fn new(inputs: Inputs) -> Self {
        State {
            inputs,
            settled: inputs,
            locale: Locale::En,
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
                return State { inputs, ..self };
            }
            Action::SetLocale(l) => return self.with_locale(l, true),
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
            Action::SetBasis(b) => inputs.basis = b,
            Action::ApplyPreset(p) => inputs = p.inputs(),
            Action::Reset => inputs = Inputs::default(),
            Action::GoTo(_) | Action::Next | Action::Back => {
                let step = match (action, c.step) {
                    (Action::GoTo(i), _) => i.min(classroom::LAST),
                    (Action::Next, Some(i)) => (i + 1).min(classroom::LAST),
                    (Action::Back, Some(i)) => i.saturating_sub(1),
                    _ => 0,
                };
                inputs = classroom::Step::at(step).inputs();
                return State {
                    inputs,
                    settled: inputs,
                    // A new question: a guess made for another one does not count.
                    classroom: Classroom {
                        step: Some(step),
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
        State::new(Inputs::default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::cited::{LONG_SERVICE_LIFE_HOURS, SERVICE_LIFE_HOURS};

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
        assert_eq!(end.classroom.step, Some(classroom::LAST));
        assert_eq!(end.inputs, Preset::Fleet.inputs());
        let start = (0..20).fold(end, |s, _| s.apply(Action::Back));
        assert_eq!(start.classroom.step, Some(0));
        assert_eq!(
            State::default().apply(Action::GoTo(200)).classroom.step,
            Some(classroom::LAST)
        );
    }

    #[test]
    fn predicting_hides_the_total_until_a_guess_and_each_new_question_asks_again() {
        let s = State::default().apply(Action::SetPredict(true));
        assert!(s.classroom.hides_total());
        let s = s.apply(Action::Guess(600_000_000));
        assert!(!s.classroom.hides_total());
        assert_eq!(s.inputs, Inputs::default(), "a guess changes no input");
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
        assert_eq!(presenting.inputs, Inputs::default());
    }

    fn max_inputs(basis: Basis) -> Inputs {
        let mut i = Inputs {
            basis,
            ..Inputs::default()
        };
        for f in Field::ALL {
            i.set(f, u64::MAX);
        }
        i
    }

    #[test]
    fn totals_at_the_extremes_are_finite_and_exact() {
        // 100,000 GPUs × 100,000 h × $20 = $200 billion.
        assert_eq!(max_inputs(Basis::Rent).total(), 200_000_000_000 * 100);
        // 100,000 GPUs × $100,000 = $10 billion.
        assert_eq!(max_inputs(Basis::Buy).total(), 10_000_000_000 * 100);
        assert_eq!(
            max_inputs(Basis::Buy).service_life_share(SERVICE_LIFE_HOURS),
            10_000_000_000 * 100
        );
        let mut min = Inputs::default();
        for f in Field::ALL {
            min.set(f, 0);
        }
        assert_eq!(min.total(), 50); // 1 GPU × 1 h × $0.50
        min.basis = Basis::Buy;
        assert_eq!(min.total(), 1_000 * 100);
    }

    #[test]
    fn rent_rounds_to_the_cent() {
        let mut i = Inputs::default();
        i.set(Field::Gpus, 1);
        i.set(Field::Hours, 1_500_000); // 1.5 h
        i.set(Field::RentPrice, 51); // $0.51 → 76.5 cents → 77
        assert_eq!(i.total(), 77);
    }

    #[test]
    fn buy_share_is_capped_at_the_service_life() {
        let mut i = Preset::Fleet.inputs();
        assert_eq!(i.total(), 160_000_000_000);
        // 1,361.328125 h of 35,064 h: all 50,000 GPUs' price used up in
        // those hours, which is not the V3 run's share (presets::v3_share_of_fleet).
        let share = i.service_life_share(SERVICE_LIFE_HOURS);
        assert_eq!(
            share,
            round_div(160_000_000_000u128 * 1_361_328_125, 35_064 * MICRO as u128)
        );
        assert_eq!(share / 100, 62_118_554);
        // Over six years, two thirds of that.
        assert_eq!(
            i.service_life_share(LONG_SERVICE_LIFE_HOURS) / 100,
            41_412_369
        );
        i.set(Field::Hours, 50_000 * MICRO);
        assert_eq!(i.service_life_share(SERVICE_LIFE_HOURS), i.total());
    }

    #[test]
    fn each_basis_remembers_its_price() {
        let s = State::default()
            .apply(Action::Type(Field::RentPrice, 300))
            .apply(Action::SetBasis(Basis::Buy))
            .apply(Action::Type(Field::BuyPrice, 40_000))
            .apply(Action::SetBasis(Basis::Rent));
        assert_eq!(s.inputs.rent_cents, 300);
        assert_eq!(s.inputs.buy_dollars, 40_000);
        let s = s.apply(Action::SetBasis(Basis::Buy));
        assert_eq!(s.inputs.total(), 2048 * 40_000 * 100);
    }

    #[test]
    fn sliding_waits_to_announce_and_settling_announces() {
        let s = State::default();
        let moved = s
            .apply(Action::Slide(Field::Gpus, 4096))
            .apply(Action::Slide(Field::Gpus, 8192));
        assert_eq!(moved.inputs.total(), 4 * 557_600_000);
        assert_eq!(moved.settled, s.inputs);
        assert_eq!(moved.apply(Action::Settle).settled.total(), 4 * 557_600_000);
        assert_eq!(s.apply(Action::Type(Field::Gpus, 4096)).settled.gpus, 4096);
        assert_eq!(
            s.apply(Action::ApplyPreset(Preset::Fleet)).settled.total(),
            160_000_000_000
        );
    }

    #[test]
    fn actions_clamp_and_reset_restores_the_default() {
        let s = State::default()
            .apply(Action::Slide(Field::Gpus, 0))
            .apply(Action::Type(Field::Hours, u64::MAX))
            .apply(Action::Type(Field::RentPrice, 1));
        assert_eq!(
            (s.inputs.gpus, s.inputs.hours_micro, s.inputs.rent_cents),
            (1, 100_000 * MICRO, 50)
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
            (s.locale, s.locale_pinned, s.inputs.gpus),
            (Locale::PtPt, true, 9)
        );
    }

    #[test]
    fn matching_preset_ignores_the_hidden_price() {
        let s = State::default().apply(Action::Type(Field::BuyPrice, 99_000));
        assert_eq!(s.inputs.matching_preset(), Some(Preset::V3));
        let s = s.apply(Action::Type(Field::Gpus, 2049));
        assert_eq!(s.inputs.matching_preset(), None);
    }
}
