// DeepSeek cost explainer, script embed. In the article:
//   <div data-deepseek-cost-explainer data-preset="fleet" data-lang="it"></div>
//   <script type="module" src="https://YOUR-HOST/deepseek-cost-explainer/widget.js"></script>
// Every such div gets its own widget; all share one wasm module. The widget's
// host must allow cross-origin loading (Access-Control-Allow-Origin).
const base = new URL('./', import.meta.url).href;
const bindings = await import(new URL('deepseek-cost-explainer-web.js', base).href);
await bindings.default({ module_or_path: new URL('deepseek-cost-explainer-web_bg.wasm', base) });
bindings.mount_all(base);
