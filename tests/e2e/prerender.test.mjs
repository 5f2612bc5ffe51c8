// The explainer in the first HTML: each language's page holds the default
// view, rendered at build time by the widget's own components. Without
// JavaScript it is the real explainer; with it, the wasm takes over with no
// wrong total ever painted and nothing the reader did lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { parts, plain, useSite, widget, LIVE } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const site = useSite();

const PAGES = {
  en: { dir: '', total: '$5.58 million', exact: '$5,576,000', values: ['2,048', '2.00', '1,361'], off: 'JavaScript is off' },
  it: { dir: 'it/', total: '5,58 milioni di dollari', exact: '5.576.000 $', values: ['2048', '2,00', '1361'], off: 'JavaScript è disattivato' },
  es: { dir: 'es/', total: '5,58 millones de dólares', exact: '5.576.000 US$', values: ['2048', '2,00', '1361'], off: 'JavaScript está desactivado' },
  fr: { dir: 'fr/', total: '5,58 millions de dollars', exact: '5 576 000 $US', values: ['2 048', '2,00', '1 361'], off: 'JavaScript est désactivé' },
  de: { dir: 'de/', total: '5,58 Millionen Dollar', exact: '5.576.000 $', values: ['2.048', '2,00', '1.361'], off: 'JavaScript ist aus' },
};

/**
 * A page with JavaScript off, as a reader mode or a feed reader sees it.
 * Not watched: the wasm it preloads is never used, which Chromium warns of.
 */
async function withoutScript(dir, width = 360) {
  const context = await site.context({ javaScriptEnabled: false, viewport: { width, height: 740 } });
  const page = await context.newPage();
  await page.goto(site.server().url + dir);
  return page;
}

/** The page's `<main>` as tags and text only (no attributes). */
const shape = (page) => page.evaluate((worksheet) => {
  const walk = (n) => (n.nodeType === 3 ? n.data.replace(/\s+/g, ' ')
    : n.nodeType === 1 ? `<${n.localName}>${[...n.childNodes].map(walk).join('')}</${n.localName}>` : '');
  // The worksheet's QR code and absolute link come from the live page.
  const main = document.querySelector('main').cloneNode(true);
  main.querySelector(worksheet)?.remove();
  return walk(main);
}, parts.worksheet);

for (const [lang, P] of Object.entries(PAGES)) {
  test(`${lang}: with JavaScript off, the page is the explainer: total, inputs, citations, bridge`, async () => {
    const page = await withoutScript(P.dir);
    const ui = widget(page);
    assert.equal(await ui.root.getAttribute('lang'), lang);
    const total = plain(await ui.total.textContent());
    assert.ok(total.includes(P.total) && total.includes(P.exact), total);
    const boxes = ui.numberBoxes;
    assert.equal(await boxes.count(), 3);
    for (let i = 0; i < 3; i++) assert.ok(plain(await boxes.nth(i).inputValue()).startsWith(P.values[i]), `${lang} box ${i}`);
    assert.equal(await ui.sliders.count(), 3);
    for (const field of ['gpus', 'price', 'hours']) {
      const link = ui.citation(field).locator('a[href^="https://"]').first();
      assert.ok(await link.isVisible(), `${lang}: a linked citation under ${field}`);
    }
    assert.equal(await ui.bridge.count(), 1, 'the bridge');
    assert.ok(await ui.panel('leaves').count(), 'what the numbers leave out');
    assert.ok(plain(await ui.noScript.innerText()).startsWith(P.off), 'one line says what needs JavaScript');
  });

  test(`${lang}: the prerendered view passes axe before the wasm runs`, async () => {
    const context = await site.context({ viewport: { width: 360, height: 740 } });
    // The wasm never comes: the page stays as the HTML drew it (not
    // watched: Chromium warns of the preloaded wasm never used).
    await context.route(/_bg\.wasm$/, () => {});
    const page = await context.newPage();
    await page.goto(site.server().url + P.dir);
    await widget(page).prerendered.locator(parts.total).waitFor();
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(() => window.axe.run(document,
      { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'], resultTypes: ['violations'] }));
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
    await context.close();
  });

  for (const file of [P.dir, `${P.dir}embed.html`]) {
    test(`${lang}: the prerendered view is what the wasm renders (${file || 'index.html'})`, async () => {
      const before = await shape(await withoutScript(file, 1280));
      const page = await site.open(file);
      assert.equal(await shape(page), before);
    });
  }
}

test('no total is ever painted that is not the state asked for', async () => {
  const cases = [
    ['it/', '5.576.000 $'],
    ['?lang=it', '5.576.000 $'],
    ['?lang=pt-BR&embed=1', 'US$ 5.576.000'],
    ['?preset=fleet&gpus=4096', '$131,072,000'],
    ['it/?preset=hyperscaler', '34.264.520 $'],
    ['it/embed.html?preset=fleet', 'la stima di SemiAnalysis'],
  ];
  for (const [query, want] of cases) {
    const context = await site.context();
    // Every frame from the first, in every document: the total the reader could see.
    await context.addInitScript((total) => {
      window.__painted = [];
      const look = () => {
        const el = document.querySelector(total);
        if (el && el.checkVisibility({ visibilityProperty: true })) window.__painted.push(el.textContent);
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }, parts.total);
    const page = await site.page({ context });
    await page.goto(site.server().url + query);
    await page.waitForSelector(LIVE);
    await page.waitForFunction(() => window.__painted.length > 2);
    const painted = [...new Set(await page.evaluate(() => window.__painted))].map(plain);
    assert.ok(painted.length > 0 && painted.every((t) => t.includes(want)), `${query}: painted ${JSON.stringify(painted)}`);
    await context.close();
  }
});

test('what a reader does before the wasm arrives is kept when it takes over', async () => {
  const context = await site.context({ viewport: { width: 360, height: 740 }, locale: 'it-IT' });
  let release;
  const arrived = new Promise((r) => { release = r; });
  await context.route(/_bg\.wasm$/, async (route) => { await arrived; await route.continue(); });
  const page = await site.page({ context });
  await page.goto(`${site.server().url}it/`, { waitUntil: 'domcontentloaded' });
  const ui = widget(page);
  await ui.prerendered.waitFor();
  await page.getByRole('textbox', { name: 'Numero di GPU', exact: true }).fill('4096');
  const hours = page.getByRole('slider', { name: 'Ore di addestramento', exact: true });
  await hours.focus();
  await hours.press('End');
  await ui.citation('price').locator('summary').first().click();
  await page.getByRole('textbox', { name: 'Prezzo unitario', exact: true }).focus();
  release();
  await page.waitForSelector(LIVE);
  // 4,096 GPUs × 100,000 hours × $2.00.
  await page.waitForFunction((s) => document.querySelector(s).textContent.includes('819.200.000'), parts.total);
  assert.equal(await page.getByRole('textbox', { name: 'Numero di GPU', exact: true }).inputValue(), '4096');
  assert.match(plain(await hours.getAttribute('aria-valuetext')), /^100\.000 ore/);
  assert.equal(await ui.citation('price').locator('details').first().evaluate((d) => d.open), true);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-labelledby')), 'dce-label-price');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('gpus') === '4096');
  await context.close();
});
