use yew::prelude::*;

use super::term::glossed;
use domain::glossary::Term;

use super::slug;
use super::source_card::cite_line;
use domain::cited::{nearby, CitedValue};
use domain::messages::M;
use domain::quantity::Field;
use domain::text::Localizer;
use domain::units::MicroHours;

/// The citation under an input, on one line: the cited value nearest the
/// current one (tagged when it is derived), its source (linked) and date. One tap opens what it is,
/// where the current value sits between cited values, the arithmetic of a
/// derived value, the quote and the full reference.
pub fn citation(t: Localizer, field: Field, value: u64) -> Html {
    let n = nearby(field, value);
    let name = |c: &CitedValue| t.with_unit(field, c.value);
    let c = n.nearest;
    let around = match (n.exact, n.below, n.above) {
        (true, ..) => None,
        (false, Some(b), Some(a)) => Some(t.fill(M.between, &[&name(b), &name(a)])),
        (false, Some(b), None) => Some(t.fill(M.above_highest, &[&name(b)])),
        (false, None, Some(a)) => Some(t.fill(M.below_lowest, &[&name(a)])),
        (false, None, None) => None,
    };
    // The line names hours briefly ("1,361 h"); the card says how many days.
    let short = match field {
        Field::Hours => t.hours_short(MicroHours(c.value)),
        _ => name(c),
    };
    let near = if n.exact { "" } else { "≈ " };
    // A derived value says so on the line itself, not only in the card:
    // "$32,000 per GPU" is arithmetic on SemiAnalysis's figures, not theirs.
    let lead = html! {
        <strong class="dce-cited">{near}{short}
            if c.derived.is_some() {
                {" "}<span class="dce-tag" data-testid="derived">{t.t(M.derived)}</span>
            }
        </strong>
    };
    let position = around
        .map(|a| format!("{} ", t.fill(M.not_cited, &[&a])))
        .unwrap_or_default();
    let more = html! {<>
        <p class="dce-cited">{position}<strong>{name(c)}</strong>{": "}{glossed(t, t.t(c.label), &[Term::Depreciation])}{"."}</p>
        if let Some(how) = c.derived {
            <p class="dce-derived"><span class="dce-tag">{t.t(M.derived)}</span>{" "}{t.t(how)}</p>
        }
    </>};
    html! {
        <div class="dce-citation" id={format!("dce-citation-{}", slug(field))} data-testid={format!("citation-{}", slug(field))}>
            {cite_line(t, lead, c.facts, more)}
        </div>
    }
}
