// The first-load size gate: what each language's page really fetches is
// what benches/first-load.mjs counts, and it fits both budgets: the page
// and its stylesheet in the first round trip, the rest in 134 KiB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useSite, widget } from './harness.mjs';
import { firstLoad, firstLoadFiles, FIRST_TRIP, REST, LAZY, PAGES, EMBED_PAGES, PRINT } from '../../benches/first-load.mjs';

const DIST = process.env.DIST || 'dist';
const site = useSite(DIST);

// What the page fetched, less the print stylesheet (never render-blocking).
const fetched = (page) => [...new Set(page.requests
  .filter((u) => u.startsWith(site.server().url))
  .map((u) => new URL(u).pathname.slice(1).replace(/(^|\/)$/, '$1index.html')))]
  .filter((f) => !PRINT.includes(f)).sort();

/** Resolves after the next frame and the task after it: effects have run. */
const settled = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));

test('the page fetches exactly the files the budget counts, then the QR module', async () => {
  const page = await site.open();
  // On screen: the first load is complete, and it is exactly what is counted.
  const first = fetched(page);
  await widget(page).qr.waitFor({ state: 'attached' });
  const all = fetched(page);
  const counted = (await firstLoadFiles(DIST)).sort();
  assert.deepEqual(first.filter((f) => !LAZY.includes(f)), counted);
  assert.deepEqual(all, [...counted, ...LAZY].sort(), 'the worksheet fetched its QR module');
  // The wasm is preloaded by index.html; the glue's fetch must reuse that download.
  const wasm = page.requests.filter((u) => u.endsWith('/deepseek-cost-explainer-web_bg.wasm'));
  assert.equal(wasm.length, 1, `the wasm was requested ${wasm.length} times`);
});

test("an article's embed never fetches the QR module or the picture module", async () => {
  const page = await site.open('embed.html');
  // Effects have run (a QR fetch would have started by then), and the
  // network has gone quiet: a request on its way would have been seen.
  await settled(page);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(fetched(page), (await firstLoadFiles(DIST, 'embed.html')).sort());
  const ui = widget(page);
  assert.equal(await ui.qr.count(), 0);
  assert.match(await ui.worksheet.textContent(), /http:\/\/127\.0\.0\.1/, 'the worksheet still prints the link');
});

const ALL_PAGES = [...Object.entries(PAGES), ...Object.entries(EMBED_PAGES)];
for (const [lang, file] of ALL_PAGES) {
  test(`${file}: the page fetches exactly the files the budgets count, in its language only`, async () => {
    const page = await site.open(file.replace('index.html', ''), { locale: lang });
    const counted = (await firstLoadFiles(DIST, file)).sort();
    assert.deepEqual(fetched(page).filter((f) => !LAZY.includes(f)), counted);
    assert.equal(await widget(page).root.getAttribute('lang'), lang);
  });

  test(`${file}: the first load, gzip -9, fits the first round trip and 134 KiB`, async () => {
    const { trip, rest, files } = await firstLoad(DIST, file);
    const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
    const detail = files.map((f) => `${f.name} ${f.gzip}`).join(', ');
    assert.ok(trip <= FIRST_TRIP, `${lang}: the page and its stylesheet are ${kib(trip)} (${detail}); the first round trip holds ${kib(FIRST_TRIP)}`);
    assert.ok(rest <= REST, `${lang}: the rest of the first load is ${kib(rest)} (${detail}); the budget is ${kib(REST)}`);
  });
}

test("the wasm and its glue share short names, not wasm-bindgen's hashed ones", async () => {
  // xtask/minify-glue.mjs renames them; 16 hex digits per import do not compress.
  // (The glue may still offer an import the optimized wasm dropped.)
  const modules = (await readdir(DIST)).filter((f) => f.endsWith('_bg.wasm')).map((f) => f.slice(0, -'_bg.wasm'.length));
  assert.ok(modules.length >= 10, `every language's module, the offline file's, QR and picture: ${modules}`);
  for (const name of modules) {
    const wasm = (await readFile(join(DIST, `${name}_bg.wasm`))).toString('latin1');
    assert.doesNotMatch(wasm, /__wbg_|__wbindgen_|_bg\.js|closures_+invoke/, `${name}_bg.wasm`);
    const glue = await readFile(join(DIST, `${name}.js`), 'utf8');
    assert.doesNotMatch(glue, /_bg\.js|closures_+invoke/, `${name}.js`);
  }
});
