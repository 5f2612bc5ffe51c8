// DeepSeek cost explainer, script embed. In the article:
//   <div data-deepseek-cost-explainer data-preset="fleet" data-lang="it"></div>
//   <script type="module" src="https://YOUR-HOST/deepseek-cost-explainer/widget.js"></script>
// Every such div gets its own widget; all share one wasm module. The widget's
// host must allow cross-origin loading (Access-Control-Allow-Origin).
const base = new URL('./', import.meta.url).href;
// The worksheet's QR encoder, its own module, fetched on the first request
// (platform::qr_code: the full page asks once it is on screen). Calls
// `done(code)`; a module that fails to load leaves the worksheet without it.
let qr;
globalThis[Symbol.for('deepseek-cost-explainer.qr')] = (text, done) => {
  qr ??= import(new URL('deepseek-cost-explainer-qr.js', base).href).then(async (m) => {
    await m.default({ module_or_path: new URL('deepseek-cost-explainer-qr_bg.wasm', base) });
    return m;
  });
  qr.then((m) => done(m.qr_code(text)), () => {});
};
// The wasm downloads while the glue loads (on the widget's page, from the preload).
const wasm = fetch(new URL('deepseek-cost-explainer-web_bg.wasm', base));
const bindings = await import(new URL('deepseek-cost-explainer-web.js', base).href);
await bindings.default({ module_or_path: wasm });
bindings.mount_all(base);
