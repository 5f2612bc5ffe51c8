//! The widget's pictures as SVG: the reader's current state, to download
//! (the picture module draws it, then the browser turns it into a PNG), and
//! the social card a shared link unfurls with (`cargo xtask` rasterizes it
//! at build time). Both take their figures from the domain and their track
//! from `track`, as the screen does: there is no second source of figures.
//!
//! Text is measured by a conservative estimate of its width (SVG does not
//! wrap), and every text and attribute is escaped: a link or a colour is
//! never markup.

use domain::cited::nearby;
use domain::embed::attr_escape as escape;
use domain::facts::{by_document, FactId};
use domain::inputs::{Basis, Inputs};
use domain::locale::Locale;
use domain::messages::{M, PICTURE};
use domain::presets::{exact_line, total_label, Preset};
use domain::quantity::Field;
use domain::scale::css_percent;
use domain::text::{Localizer, Num};
use domain::track::{self, axis, landmarks, Anchor};
use domain::uncertainty::{band, gpt4, llama};
use domain::units::Cents;

use std::fmt::Display;

pub mod data;

/// A picture's width in CSS pixels; the PNG is drawn at twice this.
pub const WIDTH: u32 = 640;
/// The social card's size, as Open Graph and X (Twitter) expect it.
pub const CARD: (u32, u32) = (1200, 630);

/// The theme's colours (CSS colour values), as `main.css` defines them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Palette<'a> {
    pub bg: &'a str,
    pub paper: &'a str,
    pub ink: &'a str,
    pub muted: &'a str,
    pub rule: &'a str,
    pub rent: &'a str,
    pub buy: &'a str,
}

impl Palette<'static> {
    /// `main.css`'s light theme (`tests/source_rules.rs` holds them equal).
    pub const LIGHT: Palette<'static> = Palette {
        bg: "#ffffff",
        paper: "#f5f3ee",
        ink: "#16181a",
        muted: "#555c63",
        rule: "#d6d9dc",
        rent: "#0a6890",
        buy: "#a34a08",
    };
    /// `main.css`'s dark theme.
    pub const DARK: Palette<'static> = Palette {
        bg: "#121416",
        paper: "#1b1e22",
        ink: "#eceef0",
        muted: "#a9b1b9",
        rule: "#353b42",
        rent: "#63c1ea",
        buy: "#f4a462",
    };
}

/// The file a download is saved as: `deepseek-cost-fleet-it.png`, or
/// `deepseek-cost-custom-pt-BR.svg` for a state of the reader's own.
pub fn file_name(inputs: &Inputs, locale: Locale, extension: &str) -> String {
    let scenario = Preset::matching(inputs).map_or("custom", Preset::id);
    format!("deepseek-cost-{scenario}-{}.{extension}", locale.tag())
}

/// A text's width at `size` pixels, overestimated (DejaVu's digits are
/// 0.64 em; bold glyphs wider), so that what is laid out to fit does.
fn width(text: &str, size: u32, bold: bool) -> u32 {
    let em = if bold { 70 } else { 64 };
    (text.chars().count() as u32 * size * em).div_ceil(100)
}

/// The largest size up to `max` at which `text` fits in `room` pixels.
fn fit(text: &str, max: u32, room: u32, bold: bool) -> u32 {
    (10..=max)
        .rev()
        .find(|&s| width(text, s, bold) <= room)
        .unwrap_or(10)
}

/// Lines of at most `room` pixels: words joined by spaces, or a link
/// broken after its `?` and each `&`. A piece longer than a line is cut.
fn wrap(text: &str, size: u32, room: u32, link: bool) -> Vec<String> {
    let per_line = (room * 100 / (size * 64)).max(8) as usize;
    let (pieces, gap): (Vec<&str>, &str) = if link {
        (text.split_inclusive(['?', '&']).collect(), "")
    } else {
        (text.split(' ').collect(), " ")
    };
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for piece in pieces {
        let mut piece: Vec<char> = piece.chars().collect();
        while piece.len() > per_line {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(piece.drain(..per_line).collect());
        }
        let piece: String = piece.into_iter().collect();
        let len = line.chars().count();
        if len > 0 && len + gap.len() + piece.chars().count() > per_line {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push_str(gap);
        }
        line.push_str(&piece);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// An SVG document, written element by element.
struct Svg {
    out: String,
}

/// How a text is set.
#[derive(Clone, Copy)]
struct Style<'a> {
    size: u32,
    bold: bool,
    fill: &'a str,
    anchor: Anchor,
    serif: bool,
}

impl<'a> Style<'a> {
    fn new(size: u32, fill: &'a str) -> Style<'a> {
        Style {
            size,
            bold: false,
            fill,
            anchor: Anchor::Start,
            serif: false,
        }
    }
    fn bold(self) -> Style<'a> {
        Style { bold: true, ..self }
    }
    fn serif(self) -> Style<'a> {
        Style {
            serif: true,
            bold: true,
            ..self
        }
    }
    fn anchor(self, anchor: Anchor) -> Style<'a> {
        Style { anchor, ..self }
    }
}

const SANS: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";
const SERIF: &str = "Georgia, 'Iowan Old Style', 'Times New Roman', 'DejaVu Serif', serif";

impl Svg {
    fn new(width: u32, height: u32, locale: Locale, title: &str, bg: &str) -> Svg {
        let mut out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
             viewBox=\"0 0 {width} {height}\" lang=\"{}\" font-family=\"{}\" role=\"img\">\
             <title>{}</title><rect width=\"{width}\" height=\"{height}\" fill=\"{}\"/>",
            locale.tag(),
            escape(SANS),
            escape(title),
            escape(bg),
        );
        out.reserve(8_000);
        Svg { out }
    }

    /// A line of text at `x`, `y`: pixels, or the track's percentages.
    fn text(&mut self, x: impl Display, y: impl Display, style: Style, text: &str) {
        let font = if style.serif {
            format!(" font-family=\"{}\"", escape(SERIF))
        } else {
            String::new()
        };
        self.out.push_str(&format!(
            "<text x=\"{x}\" y=\"{y}\" font-size=\"{}\"{}{font} fill=\"{}\" text-anchor=\"{}\">{}</text>",
            style.size,
            if style.bold { " font-weight=\"700\"" } else { "" },
            escape(style.fill),
            style.anchor.id(),
            escape(text),
        ));
    }

    /// `text` wrapped to `room` pixels from `y` down; returns the next free y.
    fn paragraph(&mut self, x: u32, y: u32, room: u32, style: Style, text: &str) -> u32 {
        self.lines(x, y, style, wrap(text, style.size, room, false))
    }

    /// One text per line from `y` down; returns the next free y.
    fn lines(&mut self, x: u32, y: u32, style: Style, lines: Vec<String>) -> u32 {
        let step = style.size * 13 / 10;
        let mut y = y;
        for line in lines {
            self.text(x, y, style, &line);
            y += step;
        }
        y
    }

    fn raw(&mut self, element: &str) {
        self.out.push_str(element);
    }

    fn finish(mut self) -> String {
        self.out.push_str("</svg>");
        self.out
    }
}

/// The cost track, as the screen draws it (`track`, `cost_track`,
/// `track_scale`): a nested SVG at `(left, top)`, `w` pixels wide, with the
/// screen's coordinates (x in percent, y in the track's pixels). The bar,
/// the cited band, the landmarks, the axis, the faint comparisons and the
/// total's marker.
fn draw_track(
    s: &mut Svg,
    t: Localizer,
    p: &Palette,
    inputs: &Inputs,
    (left, top): (u32, u32),
    w: u32,
) {
    let x = |c: Cents| css_percent(track::x(c));
    let short = |c: Cents| t.fmt.format(Num::MoneyShort(c));
    let (ink, muted) = (escape(p.ink), escape(p.muted));
    s.raw(&format!(
        "<svg x=\"{left}\" y=\"{top}\" width=\"{w}\" height=\"{}\" overflow=\"visible\">\
         <defs><linearGradient id=\"dce-bar\"><stop offset=\"0\" stop-color=\"{}\"/>\
         <stop offset=\"1\" stop-color=\"{}\"/></linearGradient></defs>\
         <rect width=\"100%\" y=\"{}\" height=\"{}\" rx=\"4\" fill=\"url(#dce-bar)\" opacity=\"0.35\"/>",
        track::HEIGHT,
        escape(p.rent),
        escape(p.buy),
        track::BAR.top,
        track::BAR.height,
    ));
    let (lo, hi) = band(inputs);
    let (lo_x, hi_x) = (track::x(lo), track::x(hi));
    s.raw(&format!(
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" fill=\"{ink}\" opacity=\"0.12\"/>",
        css_percent(lo_x),
        track::BAND.top,
        css_percent(hi_x - lo_x),
        track::BAND.height,
    ));
    for m in landmarks() {
        let mx = css_percent(m.x);
        let colour = match m.preset.inputs().basis() {
            Basis::Rent => p.rent,
            Basis::Buy => p.buy,
        };
        s.raw(&format!(
            "<line x1=\"{mx}\" x2=\"{mx}\" y1=\"{}\" y2=\"{}\" stroke=\"{ink}\" stroke-width=\"2\"/>",
            track::TICK.top,
            track::TICK.bottom,
        ));
        let style = Style::new(12, colour).anchor(m.anchor);
        s.text(&mx, m.labels.name, style, t.t(m.preset.landmark()));
        let derived = if m.preset.total_is_cited() {
            ""
        } else {
            t.t(M.derived_mark)
        };
        s.text(
            &mx,
            m.labels.amount,
            style.bold(),
            &format!("{}{derived}", short(m.amount)),
        );
    }
    for a in axis() {
        let style = Style::new(11, p.muted).anchor(a.anchor);
        s.text(css_percent(a.x), track::AXIS_Y, style, &short(a.amount));
    }
    let g = gpt4();
    let (g_lo, g_hi) = (x(g.low), x(g.high));
    let line = |x1: &str,
                x2: &str,
                track::Stroke {
                    top: y1,
                    bottom: y2,
                }: track::Stroke| {
        format!("<line x1=\"{x1}\" x2=\"{x2}\" y1=\"{y1}\" y2=\"{y2}\" stroke=\"{muted}\" stroke-width=\"2\" opacity=\"0.8\"/>")
    };
    let y = track::COMPARE_Y;
    s.raw(&line(&g_lo, &g_hi, track::Stroke { top: y, bottom: y }));
    s.raw(&line(&g_lo, &g_lo, track::COMPARE_ENDS));
    s.raw(&line(&g_hi, &g_hi, track::COMPARE_ENDS));
    let faint = Style::new(11, p.muted);
    s.text(
        &g_hi,
        track::COMPARE_LABEL_BELOW,
        faint.anchor(Anchor::End),
        t.t(M.compare_gpt4),
    );
    if inputs.basis() == Basis::Rent {
        let lx = x(llama(inputs).low);
        s.raw(&format!(
            "<circle cx=\"{lx}\" cy=\"{y}\" r=\"4\" fill=\"{muted}\"/>"
        ));
        s.text(
            &lx,
            track::COMPARE_LABEL_ABOVE,
            faint.anchor(Anchor::Middle),
            t.t(M.compare_llama),
        );
    }
    let now = x(inputs.total());
    let track::Marker { cy, dot, ring } = track::MARKER;
    s.raw(&format!(
        "<circle cx=\"{now}\" cy=\"{cy}\" r=\"{dot}\" fill=\"{ink}\" stroke=\"{paper}\" stroke-width=\"3\" paint-order=\"stroke\"/>\
         <circle cx=\"{now}\" cy=\"{cy}\" r=\"{ring}\" fill=\"none\" stroke=\"{ink}\" stroke-width=\"2\"/></svg>",
        paper = escape(p.paper),
    ));
}

/// The rows a picture of `inputs` cites: each input's citation (as under
/// the sliders), then the scenario's own sources, each row once.
pub fn cited_rows(inputs: &Inputs) -> Vec<FactId> {
    let price = match inputs.basis() {
        Basis::Rent => Field::RentPrice,
        Basis::Buy => Field::BuyPrice,
    };
    let mut rows: Vec<FactId> = Vec::new();
    let scenario = Preset::matching(inputs).map_or(&[][..], Preset::sources);
    let fields = [Field::Gpus, price, Field::Hours];
    let cited = fields
        .iter()
        .flat_map(|&f| nearby(f, inputs.get(f)).nearest.facts);
    for &id in cited.chain(scenario) {
        if !rows.contains(&id) {
            rows.push(id);
        }
    }
    rows
}

/// One source as a line, its cited rows first: `V3-01, V3-08 · DeepSeek-V3
/// Technical Report · DeepSeek-AI · Dec 27, 2024 (v2 Feb 18, 2025)`.
pub fn source_line(t: Localizer, rows: &[FactId]) -> String {
    let mut ids: Vec<&str> = rows.iter().map(|id| id.fact().row).collect();
    ids.sort_unstable();
    // A row quoted at two places (R1-02) is one row.
    ids.dedup();
    let Some(f) = rows.first().map(|id| id.fact()) else {
        return String::new();
    };
    let caution = f
        .caution()
        .map(|c| format!(" ({})", t.t(c)))
        .unwrap_or_default();
    format!(
        "{} · {}{caution} · {} · {}",
        ids.join(", "),
        f.title,
        f.publisher,
        f.date.full(t)
    )
}

/// The reader's state as a picture, `WIDTH` pixels wide: the question, the
/// total (headline and exact), the track with the reader's marker, the
/// three inputs, a line per source and the link to this exact state.
pub fn state_svg(t: Localizer, inputs: &Inputs, link: &str, p: &Palette) -> String {
    const PAD: u32 = 28;
    let room = WIDTH - 2 * PAD;
    let total = inputs.total();
    let what = total_label(inputs);
    let colour = match inputs.basis() {
        Basis::Rent => p.rent,
        Basis::Buy => p.buy,
    };
    // Laid out first into a body, then wrapped in an SVG of its height.
    let mut s = Svg {
        out: String::with_capacity(8_000),
    };
    let mut y = PAD + 14;
    // The screen's type: a capitalized kicker and label, serif figures.
    let kicker = t.t(M.kicker).to_uppercase();
    y = s.paragraph(PAD, y, room, Style::new(13, p.muted).bold(), &kicker) + 14;
    let title = t.t(M.title);
    let size = fit(title, 30, room, true).max(22);
    y = s.paragraph(PAD, y, room, Style::new(size, p.ink).serif(), title) + 12;
    let label = t.t(what).to_uppercase();
    y = s.paragraph(PAD, y, room, Style::new(13, colour).bold(), &label) + 32;
    let headline = t.money_compact(total);
    let size = fit(&headline, 48, room, true);
    s.text(PAD, y, Style::new(size, colour).serif(), &headline);
    y += 28;
    let exact = exact_line(t, inputs);
    y = s.paragraph(PAD, y, room, Style::new(16, p.muted), &exact) + 6;
    draw_track(&mut s, t, p, inputs, (PAD + 8, y), room - 16);
    y += track::HEIGHT + 34;
    let price = match inputs.basis() {
        Basis::Rent => Field::RentPrice,
        Basis::Buy => Field::BuyPrice,
    };
    for field in [Field::Gpus, price, Field::Hours] {
        let title = field.title();
        s.raw(&format!(
            "<line x1=\"{PAD}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"{}\"/>",
            WIDTH - PAD,
            y - 16,
            y - 16,
            escape(p.rule)
        ));
        s.text(PAD, y + 2, Style::new(14, p.muted), t.t(title));
        let value = t.with_unit(field, inputs.get(field));
        let size = fit(&value, 17, room - 190, true);
        s.text(
            WIDTH - PAD,
            y + 2,
            Style::new(size, p.ink).bold().anchor(Anchor::End),
            &value,
        );
        y += 30;
    }
    y += 8;
    s.text(PAD, y, Style::new(12, p.ink).bold(), t.t(PICTURE.sources));
    y += 17;
    for rows in by_document(&cited_rows(inputs)) {
        y = s.paragraph(
            PAD,
            y,
            room,
            Style::new(11, p.muted),
            &source_line(t, &rows),
        );
    }
    y += 8;
    s.text(PAD, y, Style::new(12, p.ink).bold(), t.t(PICTURE.open));
    y += 16;
    y = s.lines(PAD, y, Style::new(11, p.rent), wrap(link, 11, room, true));
    let height = y + PAD - 10;
    let mut svg = Svg::new(WIDTH, height, t.locale, t.t(M.title), p.bg);
    svg.raw(&s.out);
    svg.finish()
}

/// The social card, `CARD` sized: "$6M or $1.6B?", both figures with their
/// scenario and source, and the track with its landmarks.
pub fn card_svg(t: Localizer, p: &Palette) -> String {
    const PAD: u32 = 64;
    let (w, h) = CARD;
    let mut s = Svg::new(w, h, t.locale, t.t(M.title), p.bg);
    let room = w - 2 * PAD;
    let kicker = t.t(M.kicker).to_uppercase();
    s.text(PAD, PAD + 20, Style::new(24, p.muted).bold(), &kicker);
    let title = t.t(M.title);
    let size = fit(title, 72, room, true);
    s.text(
        PAD,
        PAD + 20 + 24 + size,
        Style::new(size, p.ink).serif(),
        title,
    );
    let column = (room - 40) / 2;
    // DeepSeek's own figure to the dollar; SemiAnalysis's rounded estimate as the estimate it is.
    let amounts = [
        t.money(Cents::from_dollars(Preset::V3.cited_total_dollars())),
        format!(
            "~{}",
            t.money_compact(Cents::from_dollars(Preset::Fleet.cited_total_dollars()))
        ),
    ];
    // Both figures at one size: the longer one decides it.
    let amount_size = amounts
        .iter()
        .map(|a| fit(a, 56, column, true))
        .min()
        .unwrap_or(40);
    let top = PAD + 20 + 24 + size + 88;
    for (i, (scope, fact, colour)) in [
        (PICTURE.card_scope_v3, FactId::V3_06, p.rent),
        (PICTURE.card_scope_fleet, FactId::SA_04, p.buy),
    ]
    .into_iter()
    .enumerate()
    {
        let x = PAD + i as u32 * (column + 40);
        s.text(x, top, Style::new(amount_size, colour).bold(), &amounts[i]);
        let y = s.paragraph(x, top + 44, column, Style::new(24, p.ink), t.t(scope));
        // As under the widget's sliders: the publisher and the first date.
        let f = fact.fact();
        let date = f.date.line(t);
        let publisher = f.publisher.split(" (").next().unwrap_or(f.publisher);
        let source = format!("{} {publisher}, {date} ({})", t.t(M.source_lead), f.row);
        s.paragraph(x, y + 2, column, Style::new(20, p.muted), &source);
    }
    let bar = h - PAD - 56;
    s.raw(&format!(
        "<defs><linearGradient id=\"dce-bar\"><stop offset=\"0\" stop-color=\"{}\"/>\
         <stop offset=\"1\" stop-color=\"{}\"/></linearGradient></defs>\
         <rect x=\"{PAD}\" y=\"{bar}\" width=\"{room}\" height=\"10\" rx=\"5\" fill=\"url(#dce-bar)\" opacity=\"0.6\"/>",
        escape(p.rent),
        escape(p.buy)
    ));
    for (preset, colour) in [(Preset::V3, p.rent), (Preset::Fleet, p.buy)] {
        let x = PAD + track::x(Cents::from_dollars(preset.cited_total_dollars())) * room / 10_000;
        let anchor = Anchor::at(x - PAD, 0, room * 3 / 4);
        s.text(
            x,
            bar - 22,
            Style::new(22, colour).bold().anchor(anchor),
            t.t(preset.landmark()),
        );
        s.raw(&format!(
            "<circle cx=\"{x}\" cy=\"{}\" r=\"13\" fill=\"{}\" stroke=\"{}\" stroke-width=\"4\"/>",
            bar + 5,
            escape(colour),
            escape(p.bg)
        ));
    }
    s.text(
        PAD,
        h - PAD + 4,
        Style::new(24, p.ink),
        t.t(PICTURE.card_call),
    );
    s.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::numerals::Numerals;

    #[test]
    fn the_state_picture_says_the_exact_total_and_names_every_source() {
        let fleet = Preset::Fleet.inputs();
        let svg = state_svg(
            Numerals::localizer(Locale::En),
            &fleet,
            "https://x.example/?preset=fleet&lang=en",
            &Palette::LIGHT,
        );
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        // The fleet's total is SemiAnalysis's estimate, never "exactly".
        assert!(!svg.contains("exactly"), "{svg}");
        assert!(
            svg.contains("= 50,000 GPUs × $32,000: SemiAnalysis's estimate"),
            "{svg}"
        );
        assert!(svg.contains("$1.6 billion"));
        for id in cited_rows(&fleet) {
            assert!(svg.contains(id.fact().row), "{id:?}");
        }
        assert!(cited_rows(&fleet).contains(&FactId::SA_04));
        // The link's & is escaped, never markup.
        assert!(svg.contains("preset=fleet&amp;lang=en"));
        assert!(svg.contains("fill=\"#ffffff\""));
    }

    #[test]
    fn italian_and_dark() {
        let svg = state_svg(
            Numerals::localizer(Locale::It),
            &Preset::V3.inputs(),
            "l",
            &Palette::DARK,
        );
        assert!(svg.contains("5.576.000\u{a0}$ esatti"), "{svg}");
        assert!(svg.contains("Fonti") && svg.contains("lang=\"it\""));
        assert!(svg.contains("fill=\"#121416\""));
    }

    #[test]
    fn hostile_text_is_escaped() {
        let svg = state_svg(
            Numerals::localizer(Locale::En),
            &Preset::V3.inputs(),
            "\"><script>x</script>",
            &Palette::LIGHT,
        );
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&quot;&gt;&lt;script&gt;"));
    }

    #[test]
    fn long_text_wraps_and_long_words_are_cut() {
        let lines = wrap(&"a".repeat(300), 11, 584, false);
        assert!(lines.len() > 3 && lines.iter().all(|l| width(l, 11, false) <= 584));
        let lines = wrap("one two three four five six seven eight", 20, 200, false);
        assert!(lines.len() > 1 && lines.iter().all(|l| width(l, 20, false) <= 200));
        // A link breaks after its separators, and reads back whole.
        let link = "https://example.org/deepseek/?lang=pt-PT&gpus=99999&basis=buy&price=99999&hours=1361.328125";
        let lines = wrap(link, 11, 300, true);
        assert_eq!(lines.concat(), link);
        assert!(
            lines.len() > 1
                && lines[..lines.len() - 1]
                    .iter()
                    .all(|l| l.ends_with(['?', '&']))
        );
        assert!(fit("$99.99 billion", 46, 584, true) <= 46);
    }

    #[test]
    fn the_card_names_both_figures_and_both_sources() {
        for &l in Locale::ALL {
            let svg = card_svg(Numerals::localizer(l), &Palette::LIGHT);
            assert!(svg.contains(&format!("width=\"{}\" height=\"{}\"", CARD.0, CARD.1)));
            let t = Numerals::localizer(l);
            // DeepSeek's figure to the dollar; SemiAnalysis's as an estimate,
            // never as a sum to the dollar (issue 25, item 6).
            let v3 = t.money(Cents::from_dollars(5_576_000));
            assert!(svg.contains(&escape(&v3)), "{l:?}");
            let fleet = format!("~{}", t.money_compact(Cents::from_dollars(1_600_000_000)));
            assert!(svg.contains(&escape(&fleet)), "{l:?}");
            assert!(
                !svg.contains(&escape(&t.money(Cents::from_dollars(1_600_000_000)))),
                "{l:?}"
            );
            // Each figure with what it counts.
            for scope in [PICTURE.card_scope_v3, PICTURE.card_scope_fleet] {
                let first = scope
                    .get(l)
                    .split(' ')
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" ");
                assert!(svg.contains(&escape(&first)), "{l:?}: {first}");
            }
            assert!(svg.contains("V3-06") && svg.contains("SA-04"));
        }
    }

    #[test]
    fn file_names_a_person_would_keep() {
        let fleet = Preset::Fleet.inputs();
        assert_eq!(
            file_name(&fleet, Locale::It, "png"),
            "deepseek-cost-fleet-it.png"
        );
        let mut own = fleet;
        own.set(Field::Gpus, 4_096);
        assert_eq!(
            file_name(&own, Locale::PtBr, "svg"),
            "deepseek-cost-custom-pt-BR.svg"
        );
    }
}
