use yew::prelude::*;

use super::claim_checker::claim_checker;
use super::classed;
use super::interactive::notes;
use super::memo::{Drawing, Memo};
use super::panel::{panel, Panel};
use domain::state::State;
use domain::text::Localizer;

/// The sections after the interactive unit: open in the long form, tabs in
/// the article layout (`embed`), where "Why they differ" also holds how the
/// total adds up and "Share" the `teachers`' controls. The analysis would
/// give a hidden total away, and follows the settled inputs: a drag redraws
/// it once, at its end. `claim` is what the reader typed into the claim
/// checker.
// Inlined into `App`, as `interactive` is (see there).
#[inline(always)]
pub fn sections(
    t: Localizer,
    state: &State,
    embed: bool,
    teachers: Html,
    share: Html,
    claim: &UseStateHandle<String>,
) -> Html {
    let hidden = state.classroom.hides_total();
    let settled = state.settled;
    let sections = html! {
        <div>
            {panel(t, Panel::Why, embed, html! {<>
                if embed {
                    <div class="dce-notes">{notes(t, state)}</div>
                }
                if !hidden {
                    <Memo drawing={Drawing::Bridge(settled)} />
                    <Memo drawing={Drawing::Sensitivity(settled)} />
                    {claim_checker(t, &settled, claim)}
                }
            </>})}
            {panel(t, Panel::Leaves, embed, html! { <Memo drawing={Drawing::LeavesOut} /> })}
            {panel(t, Panel::Share, embed, html! {<>
                if embed {
                    {teachers}
                }
                {share}
            </>})}
        </div>
    };
    classed(sections, if embed { "dce-more" } else { "dce-panels" })
}
