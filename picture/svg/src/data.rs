//! "Get the data": the state a link opens as the figures the screen shows,
//! each with the rows of FACTS.md behind it, as a CSV (one line per figure
//! and source) or a JSON document. Numbers use `.` as the decimal point and
//! no grouping, in every language; labels and dates are in the reader's.

use domain::cited::nearby;
use domain::facts::FactId;
use domain::inputs::{Basis, Inputs};
use domain::messages::M;
use domain::presets::{exact_line, total_label, Preset};
use domain::quantity::{to_plain, Field};
use domain::text::Localizer;
use serde::Serialize;

/// A source: its FACTS.md row, title, publisher, date and address.
#[derive(Serialize, Debug, PartialEq)]
pub struct Source {
    pub row: &'static str,
    pub title: &'static str,
    pub publisher: &'static str,
    pub date: String,
    pub url: &'static str,
}

/// One figure: what it is, its value and unit, the cited value nearest it
/// (for an input) or how exact it is (the total), what is derived, and
/// its sources.
#[derive(Serialize, Debug, PartialEq)]
pub struct Figure {
    pub item: &'static str,
    pub label: String,
    /// A plain decimal (a number in the JSON), or a scenario's id.
    #[serde(serialize_with = "number")]
    pub value: String,
    pub unit: &'static str,
    /// An input's nearest cited value, as `value` is written.
    #[serde(serialize_with = "maybe_number")]
    pub cited_value: Option<String>,
    /// What the cited value is (an input), or how exact the total is.
    pub cited_as: String,
    /// The arithmetic of a derived figure, or the word "derived".
    pub derived: Option<String>,
    pub sources: Vec<Source>,
}

/// The whole file: the link that opens this state, its language and
/// basis, and the figures.
#[derive(Serialize, Debug, PartialEq)]
pub struct Data {
    pub link: String,
    pub lang: &'static str,
    pub basis: &'static str,
    pub figures: Vec<Figure>,
}

/// A plain decimal as a JSON number (the nearest double: every figure here
/// has at most 16 significant digits), other text as a string.
fn number<S: serde::Serializer>(text: &str, s: S) -> Result<S::Ok, S::Error> {
    match text.parse::<f64>() {
        Ok(n) if n.is_finite() => s.serialize_f64(n),
        _ => s.serialize_str(text),
    }
}

fn maybe_number<S: serde::Serializer>(text: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
    match text {
        Some(t) => number(t, s),
        None => s.serialize_none(),
    }
}

fn sources(t: Localizer, ids: &[FactId]) -> Vec<Source> {
    ids.iter()
        .map(|id| {
            let f = id.fact();
            Source {
                row: f.row,
                title: f.title,
                publisher: f.publisher,
                date: f.date.full(t),
                url: f.url,
            }
        })
        .collect()
}

/// The figures of `inputs`, opened by `link`, in `t`'s language.
pub fn data(t: Localizer, inputs: &Inputs, link: &str) -> Data {
    let mut figures = Vec::new();
    let preset = Preset::matching(inputs);
    if let Some(p) = preset {
        figures.push(Figure {
            item: "preset",
            label: t.t(p.name()).to_string(),
            value: p.id().to_string(),
            unit: "",
            cited_value: None,
            cited_as: t.t(p.story()).to_string(),
            derived: None,
            sources: sources(t, p.sources()),
        });
    }
    let price = inputs.price_field();
    for (item, field, unit) in [
        ("gpus", Field::Gpus, "GPU"),
        (
            "price",
            price,
            match inputs.basis() {
                Basis::Rent => "USD per GPU-hour",
                Basis::Buy => "USD per GPU",
            },
        ),
        ("hours", Field::Hours, "hours"),
    ] {
        let decimals = field.spec().decimals;
        let c = nearby(field, inputs.get(field)).nearest;
        figures.push(Figure {
            item,
            label: t.t(field.title()).to_string(),
            value: to_plain(inputs.get(field), decimals),
            unit,
            cited_value: Some(to_plain(c.value, decimals)),
            cited_as: t.t(c.label).to_string(),
            derived: c.derived.map(|how| t.t(how).to_string()),
            sources: sources(t, c.facts),
        });
    }
    // The total is a source's own figure only for a scenario that cites it.
    let cited = preset.filter(|p| p.total_is_cited());
    figures.push(Figure {
        item: "total",
        label: t.t(total_label(inputs)).to_string(),
        value: to_plain(inputs.total().0, 2),
        unit: "USD",
        cited_value: None,
        cited_as: exact_line(t, inputs),
        derived: cited.is_none().then(|| t.t(M.derived).to_string()),
        sources: cited.map_or(Vec::new(), |p| sources(t, p.sources())),
    });
    Data {
        link: link.to_string(),
        lang: t.locale.tag(),
        basis: inputs.basis().id(),
        figures,
    }
}

/// The CSV columns, a spreadsheet's header row.
const COLUMNS: [&str; 12] = [
    "item",
    "label",
    "value",
    "unit",
    "cited_value",
    "cited_as",
    "derived",
    "source_row",
    "source_title",
    "publisher",
    "date",
    "url",
];

/// A CSV field, quoted, its quotes doubled.
fn field(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// The CSV: UTF-8 with a byte-order mark (so a spreadsheet reads the
/// accents), every field quoted, lines ended by CRLF (RFC 4180); one line
/// per figure and source, and a last line with the link.
pub fn csv(d: &Data) -> String {
    let mut lines = vec![COLUMNS.map(field).join(",")];
    for f in &d.figures {
        let none = [None];
        let each: Vec<Option<&Source>> = if f.sources.is_empty() {
            none.to_vec()
        } else {
            f.sources.iter().map(Some).collect()
        };
        for s in each {
            let cells = [
                f.item,
                &f.label,
                &f.value,
                f.unit,
                f.cited_value.as_deref().unwrap_or(""),
                &f.cited_as,
                f.derived.as_deref().unwrap_or(""),
                s.map_or("", |s| s.row),
                s.map_or("", |s| s.title),
                s.map_or("", |s| s.publisher),
                s.map_or("", |s| s.date.as_str()),
                s.map_or("", |s| s.url),
            ];
            lines.push(cells.map(field).join(","));
        }
    }
    let link = ["link", "", &d.link, "", "", "", "", "", "", "", "", ""];
    lines.push(link.map(field).join(","));
    format!("\u{feff}{}\r\n", lines.join("\r\n"))
}

/// The JSON document, indented for a reader.
pub fn json(d: &Data) -> String {
    serde_json::to_string_pretty(d).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::locale::Locale;
    use domain::numerals::Numerals;

    #[test]
    fn the_fleet_in_italian_names_its_figures_and_rows() {
        let t = Numerals::localizer(Locale::ALL[1]);
        let d = data(
            t,
            &Preset::Fleet.inputs(),
            "https://x/it/?preset=fleet&lang=it",
        );
        let items: Vec<_> = d.figures.iter().map(|f| f.item).collect();
        assert_eq!(items, ["preset", "gpus", "price", "hours", "total"]);
        assert_eq!((d.lang, d.basis), ("it", "buy"));
        let total = &d.figures[4];
        assert_eq!((total.value.as_str(), total.unit), ("1600000000", "USD"));
        assert!(total.derived.is_none(), "SemiAnalysis's own figure");
        let rows: Vec<_> = total.sources.iter().map(|s| s.row).collect();
        assert_eq!(rows, ["SA-04", "SA-01"]);
        let price = &d.figures[2];
        assert_eq!((price.value.as_str(), price.unit), ("32000", "USD per GPU"));
        assert!(
            price.derived.is_some(),
            "$32,000 a GPU is arithmetic on SemiAnalysis's rows"
        );
        let hours = &d.figures[3];
        assert_eq!(hours.value, "1361.328125");
    }

    #[test]
    fn a_state_of_the_readers_own_has_a_derived_total() {
        let t = Numerals::localizer(Locale::default());
        let mut inputs = Preset::V3.inputs();
        inputs.set(Field::Gpus, 1_000);
        let d = data(t, &inputs, "l");
        assert_eq!(d.figures[0].item, "gpus", "no scenario");
        let total = d.figures.last().unwrap();
        assert_eq!(total.derived.as_deref(), Some(t.t(M.derived)));
        assert!(total.sources.is_empty());
        assert_eq!(d.figures[1].value, "2", "$2.00 a GPU-hour, plainly");
    }

    #[test]
    fn the_csv_is_quoted_utf8_with_a_bom_and_reads_back() {
        let t = Numerals::localizer(Locale::ALL[1]);
        let d = data(t, &Preset::Hyperscaler.inputs(), "https://x/?a=\"b\"");
        let text = csv(&d);
        assert!(text.starts_with('\u{feff}'));
        let lines: Vec<_> = text
            .trim_start_matches('\u{feff}')
            .trim_end()
            .split("\r\n")
            .collect();
        assert_eq!(lines[0], COLUMNS.map(field).join(","));
        // Every line has the columns' count of quoted fields.
        for line in &lines {
            let cells = line.split("\",\"").count();
            assert_eq!(cells, COLUMNS.len(), "{line}");
        }
        assert!(lines.last().unwrap().contains("\"https://x/?a=\"\"b\"\"\""));
        let sourced: usize = d.figures.iter().map(|f| f.sources.len().max(1)).sum();
        assert_eq!(lines.len(), 1 + sourced + 1);
    }

    #[test]
    fn the_json_parses_and_its_numbers_are_plain() {
        let t = Numerals::localizer(Locale::default());
        let d = data(t, &Preset::R1.inputs(), "l");
        let v: serde_json::Value = serde_json::from_str(&json(&d)).unwrap();
        assert_eq!(v["figures"][0]["value"], "r1");
        assert_eq!(v["figures"][1]["value"], 512.0);
        assert_eq!(v["figures"][3]["value"], 287.109375);
        assert_eq!(v["figures"][4]["cited_value"], serde_json::Value::Null);
        assert_eq!(v["figures"].as_array().unwrap().len(), 5);
    }
}
