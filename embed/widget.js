// DeepSeek cost explainer, script embed. In the article:
//   <div data-deepseek-cost-explainer data-preset="fleet" data-lang="it"></div>
//   <script type="module" src="https://YOUR-HOST/deepseek-cost-explainer/widget.js"></script>
// Every such div gets its own widget; the widgets of one language share one
// wasm module, which carries that language's text only. The widget's host
// must allow cross-origin loading (Access-Control-Allow-Origin).
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
// A language tag as the widget reads it (domain::locale::Locale::from_tag):
// any English or Italian tag; Portuguese of Brazil, or bare `pt`, is
// Brazilian; any other Portuguese region writes the European way.
const tagOf = (tag) => {
  const [lang, ...rest] = String(tag ?? '').trim().toLowerCase().replaceAll('_', '-').split('-');
  const region = rest.find((p) => p.length === 2 || p.length === 3);
  if (lang === 'en' || lang === 'it') return lang;
  if (lang === 'pt') return !region || region === 'br' ? 'pt-BR' : 'pt-PT';
  return undefined;
};
// The first candidate that names a language, else English (Locale::negotiate).
const negotiate = (candidates) => candidates.map(tagOf).find(Boolean) ?? 'en';
// The languages to load: the widget's own page speaks its <html lang>; a
// script embed its data-lang, else the article's <html lang>, else the
// reader's (the order app.rs negotiates in).
const langs = new Set();
const html = document.documentElement.lang;
if (document.body?.hasAttribute('data-dce-page')) langs.add(negotiate([html]));
for (const el of document.querySelectorAll('[data-deepseek-cost-explainer]:not(iframe)')) {
  const asked = el.getAttribute('data-lang');
  langs.add(negotiate([asked, html || null, ...navigator.languages]));
}
// Each language's module: `deepseek-cost-explainer-web.js` in English,
// `-it`, `-pt-br`, `-pt-pt` otherwise (Locale::module_suffix). Its wasm
// downloads while the glue loads (on the widget's page, from the preload);
// once started, it mounts the widgets that speak its language.
await Promise.all([...langs].map(async (lang) => {
  const name = `deepseek-cost-explainer-web${lang === 'en' ? '' : `-${lang.toLowerCase()}`}`;
  const wasm = fetch(new URL(`${name}_bg.wasm`, base));
  const bindings = await import(new URL(`${name}.js`, base).href);
  await bindings.default({ module_or_path: wasm });
  bindings.mount_all(base);
}));
