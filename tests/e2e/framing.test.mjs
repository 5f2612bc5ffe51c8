// What the page shows after the audit's corrections (issue 15): the parts
// the domain's native tests cannot see.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plain, scrollTo, useSite, waitForText } from './harness.mjs';

const { open } = useSite();

test("on SemiAnalysis's fleet, the share line is the V3 run's derived share, not $62.1M", async () => {
  const page = await open('?preset=fleet');
  const line = page.locator('.dce-life-share');
  await line.waitFor();
  const text = plain(await line.textContent());
  assert.match(text, /Derived/);
  assert.match(text, /2,048 of 50,000 GPUs/);
  assert.match(text, /\$2\.54 million/);
  assert.doesNotMatch(text, /62\.1/);
  // Any other purchase: what it computes, over 4 and 6 years.
  await page.click('[data-preset=buy-v3]');
  await waitForText(page, '.dce-life-share', 'purchase price used up in these hours');
  assert.match(plain(await line.textContent()), /assumed 4-year service life: \$2\.69 million .* over 6 years, \$1\.79 million/);
});

test('Llama is compared only when renting, with the GPU-hours it stands for', async () => {
  const page = await open();
  assert.match(await page.locator('.dce-track').textContent(), /Llama 3\.1 405B: 30\.84M GPU-h at your rent/);
  await page.click('[data-preset=buy-v3]');
  await page.waitForFunction(() => ![...document.querySelectorAll('.dce-compare text')].some((t) => t.textContent.includes('Llama')));
  assert.match(await page.locator('.dce-track').textContent(), /Buy V3's GPUs\$69\.2M \(derived\)/);
  // Its source goes with its mark (issue 25, item 10).
  const rows = () => page.locator('.dce-track-legend .dce-row').allTextContents();
  assert.deepEqual(await rows(), ['O-05']);
  await page.click('[data-preset=v3]');
  await page.waitForFunction(() => [...document.querySelectorAll('.dce-compare text')].some((t) => t.textContent.includes('Llama')));
  assert.deepEqual(await rows(), ['O-03', 'O-05']);
});

test('the sources area holds the dated corrections, in the reader\'s language', async () => {
  const page = await open('?lang=it');
  await scrollTo(page, '.dce-leaves');
  const log = page.getByTestId('corrections');
  assert.match(await log.locator('summary').textContent(), /Correzioni e aggiornamenti/);
  await log.locator('summary').click();
  const entry = log.locator('p');
  await entry.waitFor();
  // Newest first, one a line.
  const lines = (await entry.innerText()).split('\n');
  assert.match(lines[0], /^2026-12-05: Dopo una seconda verifica/);
  assert.match(lines[1], /^2026-11-29: Dopo una verifica indipendente/);
  // Stratechery's "you can't replicate DeepSeek the company" is cited.
  assert.ok((await page.locator('.dce-leaves .dce-row').allTextContents()).includes('O-14'));
});

test('tick labels speak Italian', async () => {
  const page = await open('?lang=it');
  const ticks = await page.locator('.dce-input-price .dce-ticks text').allTextContents();
  assert.ok(ticks.includes('Picco') && ticks.includes('2 $'), ticks.join(', '));
  const hours = await page.locator('.dce-input-hours .dce-ticks text').allTextContents();
  assert.ok(hours.includes('4 anni (ipotesi)'), hours.join(', '));
});

// Round two of the audit (issue 25).
test("SemiAnalysis's estimate is never called exact, and derived values say so on their line", async () => {
  const page = await open('?preset=fleet');
  const total = plain(await page.getByTestId('total').textContent());
  assert.doesNotMatch(total, /exactly/);
  assert.match(total, /= 50,000 GPUs × \$32,000: SemiAnalysis's estimate/);
  // $32,000 per GPU is our arithmetic on SemiAnalysis's figures.
  assert.equal(await page.locator('[data-testid=citation-price] .dce-cite-line [data-testid=derived]').count(), 1);
  assert.equal(await page.locator('[data-testid=citation-gpus] .dce-cite-line [data-testid=derived]').count(), 0);
  // 1,361 h is 2,788,000 GPU-hours ÷ 2,048 GPUs; DeepSeek never stated it.
  assert.equal(await page.locator('[data-testid=citation-hours] .dce-cite-line [data-testid=derived]').count(), 1);
  // Our own arithmetic stays exact, in every language.
  await page.click('[data-preset=buy-v3]');
  await waitForText(page, '[data-testid=total]', '$69,222,400 exactly');
  const it = await open('it/?preset=fleet');
  assert.doesNotMatch(plain(await it.getByTestId('total').textContent()), /esatti/);
  assert.match(plain(await it.locator('[data-testid=citation-price] .dce-cite-line').textContent()), /Calcolato/);
});

test('dates are written in the reader\'s language, as Intl writes them', async () => {
  for (const [dir, want] of [['', 'DeepSeek-AI, Dec 27, 2024'], ['it/', 'DeepSeek-AI, 27 dic 2024'],
    ['pt-BR/', 'DeepSeek-AI, 27 de dez. de 2024'], ['pt-PT/', 'DeepSeek-AI, 27/12/2024']]) {
    const page = await open(dir);
    const line = plain(await page.locator('[data-testid=citation-gpus] .dce-cite-ref').textContent());
    assert.equal(line, want, dir);
    // What the line shows is what this browser's Intl writes for the page's language.
    const intl = await page.evaluate(() => new Intl.DateTimeFormat(document.documentElement.lang,
      { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2024, 11, 27)));
    assert.ok(line.endsWith(plain(intl)), `${dir}: ${line} ends with Intl's ${intl}`);
  }
});
