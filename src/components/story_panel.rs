use yew::prelude::*;

use super::source_card::source_card;
use crate::store::Dispatch;
use domain::bridge::factors;
use domain::classroom::{Step, LAST, STORY};
use domain::messages::M;
use domain::presets::Preset;
use domain::state::Action;
use domain::text::Localizer;

/// One step of the guided story: where we are, a short paragraph, its
/// citations, and Back and Next (the arrow keys do the same in presenter
/// mode). `at` is an index into `STORY`.
pub fn story_panel(t: Localizer, at: u8, dispatch: &Dispatch) -> Html {
    let step = Step::at(at);
    let body = match step.body() {
        Some(tr) => t.t(tr).to_string(),
        None => {
            // The closing step: the bridge's two factors, as in the chart below.
            let [gpus, buying] = factors();
            let x = |f| t.factor(f);
            let v3 = Preset::V3.inputs();
            t.fill(
                M.story_closing,
                &[
                    &t.money_compact(gpus.from),
                    &x(gpus.factor),
                    &t.days(v3.hours()),
                    &x(buying.factor),
                    &t.money_compact(buying.to),
                ],
            )
        }
    };
    let d = dispatch.clone();
    let back = {
        let d = d.clone();
        move |_: MouseEvent| d.dispatch(Action::Back)
    };
    let next = move |_: MouseEvent| d.dispatch(Action::Next);
    let n = at + 1;
    html! {
        <section class="dce-story-panel" data-testid="story" aria-labelledby="dce-story-title">
            <p class="dce-story-count">{t.fill(M.step_of, &[&t.count(n.into()), &t.count(STORY.len() as u64)])}</p>
            <h2 id="dce-story-title">{t.t(step.title())}</h2>
            <p class="dce-story-body" aria-live="polite">{body}</p>
            if step == Step::Closing {
                <p class="dce-derived"><span class="dce-tag">{t.t(M.derived)}</span>{" "}{t.t(M.story_derived)}</p>
            }
            {source_card(t, step.facts(), true)}
            <div class="dce-story-nav">
                <button type="button" class="dce-chip" onclick={back} disabled={at == 0}>{"← "}{t.t(M.back)}</button>
                <button type="button" class="dce-chip is-primary" onclick={next} disabled={at == LAST}>{t.t(M.next)}{" →"}</button>
            </div>
        </section>
    }
}
