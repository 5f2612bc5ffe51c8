use yew::prelude::*;

use domain::locale::Tr;
use domain::messages::M;
use domain::text::Localizer;

/// The sections after the interactive unit. In the article layout they wait
/// one tap away, as a row of tabs; the long form shows them all.
#[derive(Clone, Copy, PartialEq)]
pub enum Panel {
    /// The formula, the bridge from $5.6M to $1.6B, the sensitivity chart
    /// and the claim checker.
    Why,
    Leaves,
    /// Sharing, and in the article layout the teachers' controls.
    Share,
}

impl Panel {
    const fn id(self) -> &'static str {
        match self {
            Panel::Why => "dce-panel-why",
            Panel::Leaves => "dce-panel-leaves",
            Panel::Share => "dce-panel-share",
        }
    }

    fn label(self) -> Tr {
        match self {
            Panel::Why => M.tab_why,
            Panel::Leaves => M.tab_leaves,
            Panel::Share => M.tab_share,
        }
    }
}

/// A section as a native disclosure. In the article layout (`tabs`) it
/// starts closed and belongs to one exclusive group (`name`), so opening one
/// closes the others; main.css lays the summaries out as a row of tabs above
/// the open one. No state of ours: the browser keeps it, and the frame grows
/// and shrinks through the height messages. In the long form it is open and
/// its summary is not shown.
pub fn panel(t: Localizer, p: Panel, tabs: bool, content: Html) -> Html {
    html! {
        <details class="dce-panel" id={p.id()} open={!tabs} name={tabs.then_some("dce-more")}>
            <summary>{t.t(p.label())}</summary>
            {content}
        </details>
    }
}
