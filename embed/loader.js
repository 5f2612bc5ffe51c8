// DeepSeek cost explainer: loads a language's module, and registers the
// modules fetched on request. The widget's page loads it as it is
// (index.html): its module is its <html lang>'s, so it needs no list of
// languages and a language added later costs it nothing. The script embed
// (widget.js) imports it, and the release build puts it inside widget.js
// (xtask/minify-glue.mjs), so an article makes one request for both.
const base = new URL('./', import.meta.url).href;
// The modules fetched on request (platform::modules), each its own wasm,
// loaded on first use: the worksheet's (its QR code and questions: the
// full page asks once it is on screen) and the picture module ("Download
// image"). A module that fails to load leaves the worksheet without its
// code and questions, or says the image failed.
const lazy = (name) => {
  let m;
  return () => (m ??= import(new URL(`deepseek-cost-explainer-${name}.js`, base).href).then(async (m) => {
    await m.default({ module_or_path: new URL(`deepseek-cost-explainer-${name}_bg.wasm`, base) });
    return m;
  }));
};
const qr = lazy('qr');
const picture = lazy('picture');
globalThis[Symbol.for('deepseek-cost-explainer.worksheet')] = (link, lang, done) => {
  qr().then((m) => done(m.worksheet(link, lang)), () => {});
};
globalThis[Symbol.for('deepseek-cost-explainer.picture')] = (within, link, png, done) => {
  picture().then((m) => m.download_picture(within, link, png)).then(() => done(true), () => done(false));
};
// Starts the module of the language tagged `lang`:
// `deepseek-cost-explainer-web.js` in English, else its tag in lower case
// after a dash (Locale::module_suffix). Its wasm downloads while the glue
// loads (on the widget's page, from the preload). Once started, the module
// renders the widget's page, if this is one, and mounts `targets`, the
// script embed's widgets that speak its language; `languages` is the
// script embed's table of them, comma-separated.
export const start = async (lang, targets = [], languages = '') => {
  const name = `deepseek-cost-explainer-web${lang === 'en' ? '' : `-${lang.toLowerCase()}`}`;
  const wasm = fetch(new URL(`${name}_bg.wasm`, base));
  const bindings = await import(new URL(`${name}.js`, base).href);
  await bindings.default({ module_or_path: wasm });
  if (targets.length) bindings.mount_all(base, targets, languages);
};
if (document.body?.hasAttribute('data-dce-page')) start(document.documentElement.lang);
