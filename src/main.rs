fn main() {
    #[cfg(target_arch = "wasm32")]
    deepseek_cost_explainer::mount(None);
}
