// DeepSeek cost explainer: loads a language's module, and registers the
// modules fetched on request. The one loader of every way the widget
// loads:
// - the widget's page loads it as it is (index.html): its module is its
//   <html lang>'s, so it needs no list of languages and a language added
//   later costs it nothing;
// - the script embed (widget.js) imports it, and the release build puts it
//   inside widget.js (xtask/minify-glue.mjs), so an article makes one
//   request for both;
// - the offline file (xtask/offline.mjs) carries it inline, with every
//   module inline too (`from`).
const base = new URL('./', import.meta.url).href;
// Where a module's glue and wasm come from: the files beside this one,
// the wasm's download started at once so that it runs while the glue
// loads (on the widget's page, from the preload).
let source = (name) => [new URL(`${name}.js`, base).href, fetch(new URL(`${name}_bg.wasm`, base))];
// The offline file, which has no files beside it and carries this source
// inline, says where its inline copies are: `source(name)` gives a
// module's glue URL and its wasm. Not exported: no page calls it, and the
// release build drops it from the page's copy.
const from = (inline) => {
  source = inline;
};
const load = async (name) => {
  const [glue, wasm] = source(name);
  const bindings = await import(glue);
  await bindings.default({ module_or_path: wasm });
  return bindings;
};
// The modules fetched on request (platform::modules), each its own wasm,
// loaded on first use: the worksheet's (its QR code and questions: the
// full page asks once it is on screen) and the picture module ("Download
// image"). A module that fails to load leaves the worksheet without its
// code and questions, or says the image failed.
const lazy = (name) => {
  let m;
  return () => (m ??= load(`deepseek-cost-explainer-${name}`));
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
// after a dash (Locale::module_suffix; `all`, every language, for the
// offline file). Once started, the module renders the widget's page, if
// this is one, and mounts `targets`, the script embed's widgets that
// speak its language; `languages` is the script embed's table of them,
// comma-separated.
export const start = async (lang, targets = [], languages = '') => {
  const bindings = await load(`deepseek-cost-explainer-web${lang === 'en' ? '' : `-${lang.toLowerCase()}`}`);
  if (targets.length) bindings.mount_all(base, targets, languages);
};
// The widget's page starts its language's module; the offline file starts
// its own, once it has said where the modules are.
const page = document.body;
if (page?.hasAttribute('data-dce-page') && !page.hasAttribute('data-dce-offline')) start(document.documentElement.lang);
