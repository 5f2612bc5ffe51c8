use yew::prelude::*;

use super::share_bar::PICTURE_FORM;
use super::worksheet::ANSWERS;
use crate::platform;
use crate::store::Dispatch;
use domain::classroom::Classroom;
use domain::messages::M;
use domain::state::Action;
use domain::text::Localizer;

/// The teacher's controls (presenter mode, full screen, "predict first", the
/// way into the story), folded into one "For teachers" line so a reader on a
/// phone meets the total first. Open while any of them is in use. `root` is
/// the widget's root, for full screen, the picture and the teacher's copy
/// (offered where the worksheet has its questions: `worksheet`).
pub fn classroom_bar(
    t: Localizer,
    c: Classroom,
    dispatch: &Dispatch,
    root: &NodeRef,
    worksheet: bool,
) -> Html {
    let d = dispatch.clone();
    let present = {
        let d = d.clone();
        move |_: MouseEvent| d.dispatch(Action::SetPresent(!c.present))
    };
    let fullscreen = {
        let root = root.clone();
        move |_: MouseEvent| {
            if let Some(el) = root.cast::<web_sys::Element>() {
                platform::page::toggle_fullscreen(&el);
            }
        }
    };
    // The teacher's copy: the worksheet with its answers.
    let answers = {
        let root = root.clone();
        move |_: MouseEvent| {
            if let Some(el) = root.cast::<web_sys::Element>() {
                platform::page::print_marked(&el, ANSWERS);
            }
        }
    };
    let predict = {
        let d = d.clone();
        move |_: Event| d.dispatch(Action::SetPredict(!c.predict))
    };
    html! {
        <details class="dce-classroom" open={c.present || c.predict || c.step.is_some() || c.left.is_some()}>
            <summary class="dce-chip">{t.t(M.for_teachers)}</summary>
            <div class="dce-classroom-row">
            <button type="button" class="dce-chip" aria-pressed={c.present.to_string()} onclick={present}>
                {t.t(if c.present { M.present_exit } else { M.present })}
            </button>
            if c.present {
                <button type="button" class="dce-chip" onclick={fullscreen}>{t.t(M.fullscreen)}</button>
                // The share bar's picture, which says how it went (its status
                // is a live region): submitting its form downloads the PNG.
                <button type="submit" class="dce-chip" form={PICTURE_FORM}>{t.t(M.download_image)}</button>
            }
            <label class="dce-chip dce-predict-toggle">
                <input type="checkbox" checked={c.predict} onchange={predict} />
                {" "}{t.t(M.predict)}
            </label>
            if worksheet && !c.present {
                <button type="button" class="dce-chip" data-testid="teacher-copy" onclick={answers}>
                    {t.t(M.print_teacher_copy)}
                </button>
            }
            if c.step.is_none() {
                // Where a changed input left the story, the way back to it.
                <button type="button" class="dce-chip" data-testid="story-start"
                    onclick={move |_| d.dispatch(Action::GoTo(c.left.unwrap_or(0)))}>
                    {match c.left {
                        Some(i) => t.fill(M.story_resume, &[&t.count(u64::from(i) + 1)]),
                        None => t.t(M.story_start).to_string(),
                    }}
                </button>
            }
            </div>
        </details>
    }
}
