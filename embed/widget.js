// DeepSeek cost explainer, script embed. In the article:
//   <div data-deepseek-cost-explainer data-preset="fleet" data-lang="it"></div>
//   <script type="module" src="https://YOUR-HOST/deepseek-cost-explainer/widget.js"></script>
// Every such div gets its own widget; all share one wasm module. The widget's
// host must allow cross-origin loading (Access-Control-Allow-Origin).
const base = new URL('./', import.meta.url).href;
// The modules fetched on request (platform::modules), each its own wasm,
// loaded on first use: the worksheet's QR encoder (the full page asks once
// it is on screen) and the picture module ("Download image"). A module that
// fails to load leaves the worksheet without its code, or says the image
// failed.
const lazy = (name) => {
  let m;
  return () => (m ??= import(new URL(`deepseek-cost-explainer-${name}.js`, base).href).then(async (m) => {
    await m.default({ module_or_path: new URL(`deepseek-cost-explainer-${name}_bg.wasm`, base) });
    return m;
  }));
};
const qr = lazy('qr');
const picture = lazy('picture');
globalThis[Symbol.for('deepseek-cost-explainer.qr')] = (text, done) => {
  qr().then((m) => done(m.qr_code(text)), () => {});
};
globalThis[Symbol.for('deepseek-cost-explainer.picture')] = (within, link, png, done) => {
  picture().then((m) => m.download_picture(within, link, png)).then(() => done(true), () => done(false));
};
// The wasm downloads while the glue loads (on the widget's page, from the preload).
const wasm = fetch(new URL('deepseek-cost-explainer-web_bg.wasm', base));
const bindings = await import(new URL('deepseek-cost-explainer-web.js', base).href);
await bindings.default({ module_or_path: wasm });
bindings.mount_all(base);
