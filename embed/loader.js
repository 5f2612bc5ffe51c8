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
// Each module is started once, however many widgets ask for it at once
// (each custom element asks as it connects).
const started = {};
const load = (name) => (started[name] ??= (async () => {
  const [glue, wasm] = source(name);
  const bindings = await import(glue);
  await bindings.default({ module_or_path: wasm });
  return bindings;
})());
// The modules fetched on request (platform::modules), each its own wasm,
// loaded on first use: the worksheet's (its QR code and questions: the
// full page asks once it is on screen), the picture module ("Download
// image", "Get the data") and the wire module (an article's first message
// or changed attribute). A module that fails to load leaves the worksheet
// without its code and questions, says the image failed, or leaves the
// widget as it was.
const lazy = (name) => () => load(`deepseek-cost-explainer-${name}`);
const qr = lazy('qr');
const picture = lazy('picture');
const wire = lazy('wire');
// The code is made in a task of its own: in the settling task's
// microtasks it would add its encoding and its render to a task already
// near 50 ms on a phone (BENCHMARKS.md, issue 28).
globalThis[Symbol.for('deepseek-cost-explainer.worksheet')] = (link, lang, done) => {
  qr().then((m) => setTimeout(() => done(m.worksheet(link, lang))), () => {});
};
globalThis[Symbol.for('deepseek-cost-explainer.picture')] = (within, link, kind, done) => {
  picture().then((m) => m.download(within, link, kind)).then(() => done(true), () => done(false));
};
// A script embed whose options are wrong says so in words the wire module
// makes (platform::modules::problem).
globalThis[Symbol.for('deepseek-cost-explainer.problem')] = (bad, lang, languages, prefix, done) => {
  wire().then((m) => done(m.problem(bad, lang, languages, prefix)), () => {});
};
// The host API (platform::host_api). An article's request (an object of
// options; the wire module drops anything else) is read by it, fetched
// on the first one, and handed as a query string to the widget whose root
// is `main`, once it has rendered (its root then takes requests). In a
// frame (`framed`), a request for another language, theme or layout opens
// the page again instead.
// `find` gives that root when the request is read (the widget may render
// meanwhile); a request before the widget takes requests is dropped.
const CONFIGURE = Symbol.for('deepseek-cost-explainer.configure');
export const ask = (find, request, framed = false) => {
  if (!request || typeof request !== 'object') return;
  wire().then((m) => {
    const query = m.read_options(request, framed);
    const main = find();
    if (query && main?.[CONFIGURE]) main[CONFIGURE](query);
  }, () => {});
};
// The state a widget gives, settled, its values in domain::embed::Report's
// order: dispatched on the custom element (or div) around its root,
// bubbling out of its shadow root, or posted to a frame's parent. A widget
// made anew, out of the page, tells nothing.
// A frame also tells its article its height, from its first report on and
// on each change, in three formats: its own, AMP's embed-size, and
// Embedly's iframe.resize string (embed.js, AMP or Embedly then size it).
const STATE = 'deepseek-cost-explainer-state';
const sized = new WeakSet();
const post = (message) => parent.postMessage(message, '*');
globalThis[Symbol.for('deepseek-cost-explainer.report')] = (main, [preset, step, gpus, basis, price, hours, total, lang]) => {
  const detail = { preset, step, gpus, basis, price, hours, total, lang };
  const host = main.getRootNode().host;
  if (!main.isConnected) return;
  if (host) return host.dispatchEvent(new CustomEvent(STATE, { detail, bubbles: true, composed: true }));
  if (parent === window) return;
  post({ [STATE]: detail });
  if (sized.has(main)) return;
  sized.add(main);
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(main.getBoundingClientRect().height);
    if (!height || height === last) return;
    last = height;
    post({ 'deepseek-cost-explainer-height': height });
    post({ sentinel: 'amp', type: 'embed-size', height });
    post(JSON.stringify({ src: location.href, context: 'iframe.resize', height }));
  }).observe(main);
};
// Starts the module of the language tagged `lang`:
// `deepseek-cost-explainer-web.js` in English, else its tag in lower case
// after a dash (Locale::module_suffix; `all`, every language, for the
// offline file), once however often it is asked. Once started, the module
// renders the widget's page, if this is one; it resolves to the module's
// bindings, with which the script embed mounts its widgets (widget.js).
export const start = (lang) => load(`deepseek-cost-explainer-web${lang === 'en' ? '' : `-${lang.toLowerCase()}`}`);
// The widget's page starts its language's module; the offline file starts
// its own, once it has said where the modules are. In a frame, the page's
// widget takes requests from its parent window, and from no other.
const page = document.body;
if (page?.hasAttribute('data-dce-page') && !page.hasAttribute('data-dce-offline')) {
  start(document.documentElement.lang);
  // Presenter mode's styles, fetched without holding up the first paint,
  // apply from now on, before the widget can show presenter mode
  // (style/present.css).
  document.querySelector('link[href$="present.css"]')?.setAttribute('media', 'all');
}
if (page?.hasAttribute('data-dce-page') && parent !== window) {
  addEventListener('message', (e) => {
    if (e.source === parent && e.data && typeof e.data === 'object') ask(() => document.querySelector('main'), e.data['deepseek-cost-explainer'], true);
  });
}
