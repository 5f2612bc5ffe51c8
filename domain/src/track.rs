//! The cost track's geometry: where its marks, labels and axis sit. The
//! screen (`cost_track`, `track_scale`) and the picture both draw from it,
//! so an image never places a figure differently from the widget. `x` is in
//! basis points of the track's width (0 to 10,000); `y` in pixels of its
//! 132-pixel-high box.

use super::presets::Preset;
use super::scale::{money_position, MONEY_HI, MONEY_LO};
use super::units::Cents;

/// The scale's ends: $100K and $10B.
pub const LO: Cents = Cents(MONEY_LO as u64);
pub const HI: Cents = Cents(MONEY_HI as u64);

/// The box's height.
pub const HEIGHT: u32 = 132;

// The rows within the box, as SVG attribute values: the screen writes them
// as they are, and so does the picture (in a nested `<svg>` whose x
// coordinates are percentages, like the screen's).

/// A strip across the track: its top and its height.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Strip {
    pub top: &'static str,
    pub height: &'static str,
}

/// A vertical stroke (a tick): its top and its bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stroke {
    pub top: &'static str,
    pub bottom: &'static str,
}

/// A landmark's two labels: the baselines of its name and of its amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelRows {
    pub name: &'static str,
    pub amount: &'static str,
}

/// The total's marker: a dot inside a ring, on the bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marker {
    pub cy: &'static str,
    pub dot: &'static str,
    pub ring: &'static str,
}

/// The reader's guess: a dashed stroke and, below it, its label's baseline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GuessMark {
    pub stroke: Stroke,
    pub label: &'static str,
}

/// The coloured bar, renting blue to buying orange.
pub const BAR: Strip = Strip {
    top: "36",
    height: "8",
};
/// The band of the cited ranges, behind the bar.
pub const BAND: Strip = Strip {
    top: "30",
    height: "20",
};
/// A landmark's tick.
pub const TICK: Stroke = Stroke {
    top: "29",
    bottom: "51",
};
/// A landmark's labels, below the bar and above it, alternating.
pub const LABELS: [LabelRows; 2] = [
    LabelRows {
        name: "65",
        amount: "78",
    },
    LabelRows {
        name: "11",
        amount: "24",
    },
];
/// The total's marker: its centre, the dot's radius and the ring's.
pub const MARKER: Marker = Marker {
    cy: "40",
    dot: "9",
    ring: "13",
};
/// The axis labels' baseline.
pub const AXIS_Y: &str = "95";
/// The faint comparisons: their line, its end ticks, and their labels
/// above and below it.
pub const COMPARE_Y: &str = "112";
pub const COMPARE_ENDS: Stroke = Stroke {
    top: "107",
    bottom: "117",
};
pub const COMPARE_LABEL_ABOVE: &str = "106";
pub const COMPARE_LABEL_BELOW: &str = "128";
/// The reader's guess: its dashed stroke and its label.
pub const GUESS: GuessMark = GuessMark {
    stroke: Stroke {
        top: "22",
        bottom: "58",
    },
    label: "70",
};

/// The cited figures marked on the track. The hyperscaler scenario is left
/// off: its mark would crowd the V3 and Buy marks on a phone.
pub const LANDMARKS: [Preset; 4] = [Preset::R1, Preset::V3, Preset::BuyV3, Preset::Fleet];

/// How a label hangs from its x: labels near an end hug it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// SVG's `text-anchor`.
    pub const fn id(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }

    /// Start below `start_before`, end above `end_after`, else centred.
    pub const fn at(x: u32, start_before: u32, end_after: u32) -> Anchor {
        if x < start_before {
            Anchor::Start
        } else if x > end_after {
            Anchor::End
        } else {
            Anchor::Middle
        }
    }
}

/// Where a slider's tick label at `x` (in ten-thousandths) hangs, given the
/// next labelled tick's `next`: whether it lies against the slider's edge
/// instead (`true`), so that a long label near an end ("4 anos (hipótese)")
/// stays inside the widget, and how it hangs. A label just before one laid
/// against the right edge ends at its tick, leaving that one the room, down
/// to a 320 px column.
pub fn slider_tick(x: u32, next: Option<u32>) -> (Anchor, bool) {
    let edge = |x| Anchor::at(x, 1_500, 8_500);
    match edge(x) {
        Anchor::Middle if next.map(edge) == Some(Anchor::End) => (Anchor::End, false),
        Anchor::Middle => (Anchor::Middle, false),
        end => (end, true),
    }
}

/// Where an amount sits on the track (off-scale amounts pin to the ends).
pub fn x(amount: Cents) -> u32 {
    money_position(amount)
}

/// A cited figure's mark: its name above its amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Landmark {
    pub preset: Preset,
    pub amount: Cents,
    pub x: u32,
    /// Where its name and amount sit.
    pub labels: LabelRows,
    pub anchor: Anchor,
}

/// The landmarks, their labels alternating below and above the bar.
pub fn landmarks() -> impl Iterator<Item = Landmark> {
    LANDMARKS.iter().enumerate().map(|(i, &preset)| {
        let amount = Cents::from_dollars(preset.cited_total_dollars());
        let x = x(amount);
        Landmark {
            preset,
            amount,
            x,
            labels: LABELS[i % 2],
            anchor: Anchor::at(x, 1_500, 9_000),
        }
    })
}

/// An axis label: each power of ten from $100K to $10B.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AxisLabel {
    pub amount: Cents,
    pub x: u32,
    /// Every other decade: left out where a phone lacks the room.
    pub minor: bool,
    pub anchor: Anchor,
}

pub fn axis() -> impl Iterator<Item = AxisLabel> {
    (0..6u32).map(|i| {
        let amount = Cents(LO.0 * 10u64.pow(i));
        AxisLabel {
            amount,
            x: x(amount),
            minor: i % 2 == 1,
            anchor: Anchor::at(x(amount), 1, 9_999),
        }
    })
}

/// The anchor of the guess's label.
pub fn guess_anchor(guess: Cents) -> Anchor {
    Anchor::at(x(guess), 1_500, 8_500)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn landmarks_sit_at_their_cited_totals_and_alternate() {
        let marks: Vec<Landmark> = landmarks().collect();
        assert_eq!(marks.len(), 4);
        assert_eq!(marks[1].amount, Cents::from_dollars(5_576_000));
        assert_eq!(marks[3].amount, Cents::from_dollars(1_600_000_000));
        assert!(marks.windows(2).all(|w| w[0].x < w[1].x));
        assert!(marks.windows(2).all(|w| w[0].labels != w[1].labels));
        assert_eq!(marks[0].anchor, Anchor::Start); // R1's $294K hugs the left end
    }

    #[test]
    fn slider_labels_near_an_end_lie_against_it_and_their_neighbour_makes_room() {
        use Anchor::*;
        let ticks = |xs: &[u32]| -> Vec<(Anchor, bool)> {
            (0..xs.len())
                .map(|i| slider_tick(xs[i], xs.get(i + 1).copied()))
                .collect()
        };
        // The hours: R1, V3, and the assumed service life near the right end.
        assert_eq!(
            ticks(&[4_857, 6_228, 9_085]),
            [(Middle, false), (End, false), (End, true)]
        );
        // The rent price: $2, the peak, AWS.
        assert_eq!(
            ticks(&[3_508, 7_368, 8_596]),
            [(Middle, false), (End, false), (End, true)]
        );
        assert_eq!(ticks(&[5_571, 7_285]), [(Middle, false), (Middle, false)]);
        assert_eq!(ticks(&[100, 5_000]), [(Start, true), (Middle, false)]);
    }

    #[test]
    fn the_axis_runs_end_to_end() {
        let ticks: Vec<AxisLabel> = axis().collect();
        assert_eq!(
            ticks.first().map(|t| (t.x, t.anchor)),
            Some((0, Anchor::Start))
        );
        assert_eq!(
            ticks.last().map(|t| (t.x, t.anchor)),
            Some((10_000, Anchor::End))
        );
        assert_eq!(ticks.iter().filter(|t| t.minor).count(), 3);
    }
}
