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
});

test('the sources area holds the dated corrections, in the reader\'s language', async () => {
  const page = await open('?lang=it');
  await scrollTo(page, '.dce-leaves');
  const log = page.getByTestId('corrections');
  assert.match(await log.locator('summary').textContent(), /Correzioni e aggiornamenti/);
  await log.locator('summary').click();
  const entry = log.locator('p');
  await entry.waitFor();
  assert.match(await entry.innerText(), /^2026-11-29: Dopo una verifica indipendente/);
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
