// What the page shows after the audit's corrections (issue 15): the parts
// the domain's native tests cannot see.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parts, plain, scrollTo, useSite, waitForText, widget } from './harness.mjs';

const { open } = useSite();

test("on SemiAnalysis's fleet, the share line is the V3 run's derived share, not $62.1M", async () => {
  const page = await open('?preset=fleet');
  const ui = widget(page);
  const line = ui.purchaseShare;
  await line.waitFor();
  const text = plain(await line.textContent());
  assert.match(text, /Derived/);
  assert.match(text, /2,048 of 50,000 GPUs/);
  assert.match(text, /\$2\.54 million/);
  assert.doesNotMatch(text, /62\.1/);
  // Any other purchase: what it computes, over 4 and 6 years.
  await ui.preset('buy-v3').click();
  await waitForText(page, parts.purchaseShare, 'purchase price used up in these hours');
  assert.match(plain(await line.textContent()), /assumed 4-year service life: \$2\.69 million .* over 6 years, \$1\.79 million/);
});

test('Llama is compared only when renting, with the GPU-hours it stands for', async () => {
  const page = await open();
  const ui = widget(page);
  assert.match(await ui.track.textContent(), /Llama 3\.1 405B: 30\.84M GPU-h at your rent/);
  await ui.preset('buy-v3').click();
  await page.waitForFunction((s) => ![...document.querySelectorAll(s)].some((t) => t.textContent.includes('Llama')), parts.comparisonLabels);
  assert.match(await ui.track.textContent(), /Buy V3's GPUs\$69\.2M \(derived\)/);
  // Its source goes with its mark (issue 25, item 10).
  const rows = () => ui.legendRows.allTextContents();
  assert.deepEqual(await rows(), ['O-05']);
  await ui.preset('v3').click();
  await page.waitForFunction((s) => [...document.querySelectorAll(s)].some((t) => t.textContent.includes('Llama')), parts.comparisonLabels);
  assert.deepEqual(await rows(), ['O-03', 'O-05']);
});

test('the sources area holds the dated corrections, in the reader\'s language', async () => {
  const page = await open('?lang=it');
  const ui = widget(page);
  await scrollTo(page, parts.leftOut);
  const log = ui.corrections;
  assert.match(await log.locator('summary').textContent(), /Correzioni e aggiornamenti/);
  await log.locator('summary').click();
  const entry = log.locator('p');
  await entry.waitFor();
  // Newest first, one a line.
  const lines = (await entry.innerText()).split('\n');
  assert.match(lines[0], /^2026-12-05: Dopo una seconda verifica/);
  assert.match(lines[1], /^2026-11-29: Dopo una verifica indipendente/);
  // Stratechery's "you can't replicate DeepSeek the company" is cited.
  assert.ok((await ui.leftOutRows.allTextContents()).includes('O-14'));
});

test('tick labels speak Italian', async () => {
  const page = await open('?lang=it');
  const ui = widget(page);
  const ticks = await ui.tickLabels('price').allTextContents();
  assert.ok(ticks.includes('Picco') && ticks.includes('2 $'), ticks.join(', '));
  const hours = await ui.tickLabels('hours').allTextContents();
  assert.ok(hours.includes('4 anni (ipotesi)'), hours.join(', '));
});

// Round two of the audit (issue 25).
test("SemiAnalysis's estimate is never called exact, and derived values say so on their line", async () => {
  const page = await open('?preset=fleet');
  const ui = widget(page);
  const total = plain(await ui.total.textContent());
  assert.doesNotMatch(total, /exactly/);
  assert.match(total, /= 50,000 GPUs × \$32,000: SemiAnalysis's estimate/);
  // $32,000 per GPU is our arithmetic on SemiAnalysis's figures.
  assert.equal(await ui.derivedTag('price').count(), 1);
  assert.equal(await ui.derivedTag('gpus').count(), 0);
  // 1,361 h is 2,788,000 GPU-hours ÷ 2,048 GPUs; DeepSeek never stated it.
  assert.equal(await ui.derivedTag('hours').count(), 1);
  // Our own arithmetic stays exact, in every language.
  await ui.preset('buy-v3').click();
  await waitForText(page, parts.total, '$69,222,400 exactly');
  const it = widget(await open('it/?preset=fleet'));
  assert.doesNotMatch(plain(await it.total.textContent()), /esatti/);
  assert.match(plain(await it.citationLine('price').textContent()), /Calcolato/);
});

test('dates are written in the reader\'s language, as Intl writes them', async () => {
  for (const [dir, want] of [['', 'DeepSeek-AI, Dec 27, 2024'], ['it/', 'DeepSeek-AI, 27 dic 2024'],
    ['pt-BR/', 'DeepSeek-AI, 27 de dez. de 2024'], ['pt-PT/', 'DeepSeek-AI, 27/12/2024']]) {
    const page = await open(dir);
    const line = plain(await widget(page).citationRef('gpus').textContent());
    assert.equal(line, want, dir);
    // What the line shows is what this browser's Intl writes for the page's language.
    const intl = await page.evaluate(() => new Intl.DateTimeFormat(document.documentElement.lang,
      { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2024, 11, 27)));
    assert.ok(line.endsWith(plain(intl)), `${dir}: ${line} ends with Intl's ${intl}`);
  }
});
