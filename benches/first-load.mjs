// What a reader downloads before the widget is on screen, per language, and
// the budgets it must fit: a language's page plus its render-blocking
// stylesheet within the first round trip (14 KiB), and everything else it
// fetches before the first input is handled (scripts, the wasm-bindgen glue
// and the wasm) within 134 KiB. Each file is compressed by `gzip -9` itself
// (node's zlib measured 1.4% larger on the wasm). Not counted: embed.js
// (the article's host script), the offline single file, the print
// stylesheet, and the modules fetched on request (QR, picture).
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join, normalize, dirname } from 'node:path';

/** The first round trip: about ten TCP packets (an initial congestion window). */
export const FIRST_TRIP = 14 * 1024;

/** The rest of the first load, per language: what the whole widget weighed
 * with four languages in one wasm, so this round's features are paid for by
 * carrying one language. */
export const REST = 134 * 1024;

/** Each language's page, under the release build (domain::locale::Locale::page_dir). */
export const PAGES = {
  en: 'index.html',
  it: 'it/index.html',
  'pt-BR': 'pt-BR/index.html',
  'pt-PT': 'pt-PT/index.html',
  es: 'es/index.html',
  fr: 'fr/index.html',
  de: 'de/index.html',
};

/** Each language's embed page (the article layout, for iframes), beside its page. */
export const EMBED_PAGES = Object.fromEntries(
  Object.entries(PAGES).map(([lang, page]) => [lang, page.replace('index.html', 'embed.html')]));

/**
 * Fetched after the widget is on screen, and only by the full page (where
 * teachers print): the worksheet's QR module. Not part of the first load.
 */
export const LAZY = ['deepseek-cost-explainer-qr.js', 'deepseek-cost-explainer-qr_bg.wasm'];

/** The size of `path` compressed by `gzip -9`. */
export const gzipSize = (path) => execFileSync('gzip', ['-9c', path]).length;

/**
 * Stylesheets whose media matches no screen when the page loads: for paper
 * (`media="print"`), and presenter mode's (`media="not all"`, which the
 * loader switches on once the widget runs, for a mode only a teacher's
 * click or link turns on). The browser fetches them at the lowest priority
 * and never waits for them to render, so they are not part of the first
 * load.
 */
export const PRINT = ['print.css', 'present.css'];

/** The scripts the page names that are not a module's glue. */
const SCRIPTS = ['boot.js', 'loader.js', 'widget.js'];

/**
 * The first-load files of the page at `page` (relative to `dir`), as paths
 * relative to `dir`: the page, everything it names, and each glue's wasm.
 */
export async function firstLoadFiles(dir, page = 'index.html') {
  const html = await readFile(join(dir, page), 'utf8');
  const here = dirname(page);
  const named = [...html.matchAll(/(?:href|src)=["']?((?:\.\.?\/)+[\w.-]+\.(?:js|css|wasm))\b/g)]
    .map((m) => normalize(join(here, m[1])))
    .filter((n) => !PRINT.includes(n));
  const wasm = named.filter((n) => n.endsWith('.js') && !SCRIPTS.includes(n))
    .map((glue) => glue.replace(/\.js$/, '_bg.wasm'));
  return [...new Set([page, ...named, ...wasm])];
}

/**
 * Sizes of one language's first load: { files: [{ name, bytes, gzip }],
 * bytes, gzip, trip, rest }, where `trip` is the page and its stylesheets
 * (what the first paint waits for) and `rest` everything else.
 */
export async function firstLoad(dir, page = 'index.html') {
  const files = [];
  for (const name of await firstLoadFiles(dir, page)) {
    const path = join(dir, name);
    const bytes = (await readFile(path)).length;
    files.push({ name, bytes, gzip: gzipSize(path) });
  }
  const sum = (list, k) => list.reduce((a, f) => a + f[k], 0);
  const inTrip = (f) => f.name === page || f.name.endsWith('.css');
  return {
    files,
    bytes: sum(files, 'bytes'),
    gzip: sum(files, 'gzip'),
    trip: sum(files.filter(inTrip), 'gzip'),
    rest: sum(files.filter((f) => !inTrip(f)), 'gzip'),
  };
}
