use yew::prelude::*;

use domain::messages::M;
use domain::text::Localizer;

pub fn question(t: Localizer) -> Html {
    html! {
        <header class="dce-head">
            <p class="dce-kicker">{t.t(M.kicker)}</p>
            <h1 class="dce-title">{t.t(M.title)}</h1>
            <p class="dce-lede">
                {t.t(M.lede_start)}
                <span class="dce-rent">{t.t(M.lede_rent)}</span>
                {t.t(M.lede_and)}
                <span class="dce-buy">{t.t(M.lede_buy)}</span>
                // Paper has no sliders: print.css ends the sentence before this.
                <span class="dce-lede-end">{t.t(M.lede_end)}</span>
            </p>
        </header>
    }
}
