// DeepSeek cost explainer, script embed. In the article, a div or the
// custom element (whose attributes the article may change at any time):
//   <div data-deepseek-cost-explainer data-preset="fleet" data-lang="it"></div>
//   <deepseek-cost-explainer preset="fleet" lang="it"></deepseek-cost-explainer>
//   <script type="module" src="https://YOUR-HOST/deepseek-cost-explainer/widget.js"></script>
// Every such div or element gets its own widget; the widgets of one language share one
// wasm module, which carries that language's text only. The widget's host
// must allow cross-origin loading (Access-Control-Allow-Origin).
import { ask, start } from './loader.js';

// The languages published here, each the tags it answers for, its own first
// (domain::locale::Locale::reads; a test holds this table to the domain's). Only the script embed needs it: a module knows its own
// language alone, and a page its alternates.
const LANGUAGES = ['en', 'it', 'pt-BR pt', 'pt-PT pt-*', 'es', 'fr', 'de'];
// A language tag read as domain::locale::read_tag reads it: any region of a
// language with one page; else language-region, language-*, the language.
const tagOf = (tag) => {
  const [lang, ...rest] = String(tag ?? '').trim().toLowerCase().replaceAll('_', '-').split('-');
  const region = rest.find((p) => p.length === 2 || p.length === 3);
  const keys = region ? [`${lang}-${region}`, `${lang}-*`, lang] : [lang];
  for (const key of keys.filter(Boolean)) {
    const found = LANGUAGES.find((l) => {
      const [own, ...also] = l.toLowerCase().split(' ');
      return own === key || also.includes(key);
    });
    if (found) return found.split(' ')[0];
  }
  return undefined;
};
// The first candidate that names a language, else English (Locale::negotiate).
const negotiate = (candidates) => candidates.map(tagOf).find(Boolean) ?? 'en';
// The options a widget takes as attributes (domain::embed::OPTIONS; a div's
// with data- before them), and those that change how it is shown rather
// than its state (domain::embed::SHOWN_BY): for these a custom element's
// widget is made anew from its attributes; the others apply live, each
// change as the URL would read it (read by the wire module; loader.js's
// `ask`).
const OPTIONS = ['gpus', 'basis', 'price', 'hours', 'preset', 'step', 'lang', 'theme', 'embed'];
const SHOWN_BY = ['lang', 'theme', 'embed'];
const MOUNTED = 'data-dce-mounted';
// Where a mounted widget keeps the function that unmounts it (mount.rs).
const UNMOUNT = Symbol.for('deepseek-cost-explainer.unmount');
const BASE = new URL('./', import.meta.url).href;
const ownOf = (el) => (el.localName === 'deepseek-cost-explainer' ? '' : 'data-');
// Each widget's language: its lang (a div's data-lang), else the article's
// <html lang>, else the reader's (the order app.rs negotiates in).
const langOf = (el) =>
  negotiate([el.getAttribute(`${ownOf(el)}lang`), document.documentElement.lang || null, ...navigator.languages]);
// A widget about to mount: its options as the URL's query, and a shadow
// root holding the widget's stylesheets (presenter mode's, for a full
// layout's teachers; the print one on paper only) and the element it
// renders into, so the article's CSS and ours never meet (a widget made
// anew keeps its shadow root, emptied). Marked as taken, so no later call
// mounts it again.
const prepare = (el) => {
  const own = ownOf(el);
  const query = new URLSearchParams();
  for (const k of OPTIONS) if (el.hasAttribute(own + k)) query.append(k, el.getAttribute(own + k));
  const sheet = (href, media) => Object.assign(document.createElement('link'), { rel: 'stylesheet', href: BASE + href, media });
  const root = document.createElement('div');
  (el.shadowRoot ?? el.attachShadow({ mode: 'open' })).replaceChildren(sheet('main.css', 'all'), sheet('present.css', 'all'), sheet('print.css', 'print'), root);
  el.removeAttribute('role');
  el.setAttribute(MOUNTED, '');
  return [el, root, query.toString(), own];
};
// Each language's module mounts its own widgets, once started; a widget
// whose language changed while the module loaded goes to its own.
const mount = async (lang, targets) => {
  const bindings = await start(lang);
  const waiting = targets.filter((el) => !el.hasAttribute(MOUNTED));
  const ours = waiting.filter((el) => langOf(el) === lang);
  if (ours.length) bindings.mount_all(BASE, ours.map(prepare), LANGUAGES.join());
  for (const el of waiting.filter((el) => langOf(el) !== lang)) mount(langOf(el), [el]);
};
// The widget out of the page, its listeners and effects with it.
const unmount = (el) => {
  el[UNMOUNT]?.();
  delete el[UNMOUNT];
  el.removeAttribute(MOUNTED);
};
const langs = new Map();
for (const el of document.querySelectorAll('[data-deepseek-cost-explainer]:not(iframe)')) {
  const lang = langOf(el);
  langs.set(lang, [...(langs.get(lang) ?? []), el]);
}
customElements.get('deepseek-cost-explainer') ?? customElements.define('deepseek-cost-explainer', class extends HTMLElement {
  static observedAttributes = OPTIONS;
  connectedCallback() {
    if (!this.hasAttribute(MOUNTED)) mount(langOf(this), [this]);
  }
  // Moved within the page, it stays; taken out of it, it unmounts.
  disconnectedCallback() {
    queueMicrotask(() => this.isConnected || unmount(this));
  }
  // An option set again to the same value applies again: an article that
  // sets preset="fleet" means the fleet, whatever the reader did since. A
  // widget that could not start (a wrong option) starts again.
  attributeChangedCallback(name, old, value) {
    if (!this.hasAttribute(MOUNTED)) return;
    const live = () => this.shadowRoot?.querySelector('main');
    if ((SHOWN_BY.includes(name) && old !== value) || !live()) {
      unmount(this);
      mount(langOf(this), [this]);
    } else if (!SHOWN_BY.includes(name) && value !== null) {
      ask(live, { [name]: value });
    }
  }
});
await Promise.all([...langs].map(([lang, targets]) => mount(lang, targets)));
