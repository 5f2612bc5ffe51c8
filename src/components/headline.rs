use yew::prelude::*;

#[function_component(Headline)]
pub fn headline() -> Html {
    html! {
        <header class="dce-head">
            <p class="dce-kicker">{"What did DeepSeek's AI cost to train?"}</p>
            <h1 class="dce-title">{"$6M or $1.6B?"}</h1>
            <p class="dce-lede">
                {"Both numbers are real. They count different things: "}
                <span class="dce-rent">{"renting GPUs for one training run"}</span>
                {", and "}
                <span class="dce-buy">{"buying a whole fleet of them"}</span>
                {". Move the sliders to see why."}
            </p>
        </header>
    }
}
