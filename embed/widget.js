// DeepSeek cost explainer, script embed. In the article:
//   <div data-deepseek-cost-explainer data-preset="fleet" data-lang="it"></div>
//   <script type="module" src="https://YOUR-HOST/deepseek-cost-explainer/widget.js"></script>
// Every such div gets its own widget; the widgets of one language share one
// wasm module, which carries that language's text only. The widget's host
// must allow cross-origin loading (Access-Control-Allow-Origin).
import { start } from './loader.js';

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
// Each div's language: its data-lang, else the article's <html lang>, else
// the reader's (the order app.rs negotiates in). Each language's module
// mounts its own.
const langs = new Map();
const html = document.documentElement.lang;
for (const el of document.querySelectorAll('[data-deepseek-cost-explainer]:not(iframe)')) {
  const lang = negotiate([el.getAttribute('data-lang'), html || null, ...navigator.languages]);
  langs.set(lang, [...(langs.get(lang) ?? []), el]);
}
await Promise.all([...langs].map(([lang, targets]) => start(lang, targets, LANGUAGES.join())));
