// The widget in English, Italian, Brazilian and European Portuguese:
// language choice, Intl number formats, typed decimal commas, accessible
// names and aria-valuetext, and a phone screenshot of each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { plain, shoot, total, useSite, waitForText } from './harness.mjs';

const SHOTS = new URL('../../target/screenshots/', import.meta.url);
const { open } = useSite();

const LANGS = {
  en: {
    compact: '$5.58 million', exact: '$5,576,000', fleet: '$1.6 billion',
    names: ['GPU count', 'Unit price', 'Training hours'],
    gpusText: '2,048 GPUs', priceText: '$2.00 per GPU-hour', hoursText: '1,361 hours, about 57 days',
    typedGpus: '4,096', typedTotal: '$11,152,000', hoursComma: '$6,144',
    rejected: 'Type a number', title: '$6M or $1.6B?',
  },
  it: {
    compact: '5,58 milioni di dollari', exact: '5.576.000 $', fleet: '1,6 miliardi di dollari',
    names: ['Numero di GPU', 'Prezzo unitario', 'Ore di addestramento'],
    gpusText: '2048 GPU', priceText: '2,00 $ per ora-GPU', hoursText: '1361 ore, circa 57 giorni',
    typedGpus: '4.096', typedTotal: '11.152.000 $', hoursComma: '6144 $',
    rejected: 'Scrivi un numero', title: '6 milioni o 1,6 miliardi di dollari?',
  },
  'pt-BR': {
    compact: 'US$ 5,58 milhões', exact: 'US$ 5.576.000', fleet: 'US$ 1,6 bilhão',
    names: ['Número de GPUs', 'Preço unitário', 'Horas de treinamento'],
    gpusText: '2.048 GPUs', priceText: 'US$ 2,00 por hora-GPU', hoursText: '1.361 horas, cerca de 57 dias',
    typedGpus: '4.096', typedTotal: 'US$ 11.152.000', hoursComma: 'US$ 6.144',
    rejected: 'Digite um número', title: 'US$ 6 milhões ou US$ 1,6 bilhão?',
  },
  'pt-PT': {
    compact: '5,58 milhões de dólares', exact: '5 576 000 US$', fleet: '1,6 mil milhões de dólares',
    names: ['Número de GPU', 'Preço unitário', 'Horas de treino'],
    gpusText: '2048 GPU', priceText: '2,00 US$ por hora-GPU', hoursText: '1361 horas, cerca de 57 dias',
    typedGpus: '4 096', typedTotal: '11 152 000 US$', hoursComma: '6144 US$',
    rejected: 'Escreva um número', title: '6 milhões ou 1,6 mil milhões de dólares?',
  },
};

for (const [lang, L] of Object.entries(LANGS)) {
  test(`${lang}: the default total, names, value texts and typed numbers`, async () => {
    const page = await open(`?lang=${lang}`, { width: 360, height: 800 });
    assert.equal(await page.locator('main').getAttribute('lang'), lang);
    const t = await total(page);
    assert.ok(t.includes(L.compact), `${lang} compact: ${t}`);
    assert.ok(t.includes(L.exact), `${lang} exact: ${t}`);
    assert.ok(plain(await page.locator('h1').innerText()).includes(L.title));

    const [gpus, price, hours] = L.names;
    const slider = (n) => page.getByRole('slider', { name: n, exact: true });
    const box = (n) => page.getByRole('textbox', { name: n, exact: true });
    assert.equal(plain(await slider(gpus).getAttribute('aria-valuetext')), L.gpusText);
    assert.equal(plain(await slider(price).getAttribute('aria-valuetext')), L.priceText);
    assert.equal(plain(await slider(hours).getAttribute('aria-valuetext')), L.hoursText);
    for (const n of L.names) assert.equal(await box(n).count(), 1, `${lang} textbox ${n}`);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${lang}: no horizontal scroll at 360px (overflow ${overflow}px)`);
    await mkdir(SHOTS, { recursive: true });
    await shoot(page, new URL(`phone-${lang}.png`, SHOTS).pathname);

    // Typed the reader's way: grouping as they write it, then a decimal comma.
    await box(gpus).fill(L.typedGpus);
    await box(gpus).press('Enter');
    await waitForText(page, '[data-testid=total]', L.typedTotal);
    await box(gpus).fill('2048');
    await box(gpus).press('Enter');
    await box(hours).fill('1,5');
    await box(hours).press('Enter');
    await waitForText(page, '[data-testid=total]', L.hoursComma);

    await box(gpus).fill('???');
    await box(gpus).press('Enter');
    await waitForText(page, '.dce-input-gpus .dce-note', L.rejected);
    assert.ok((await total(page)).includes(L.hoursComma), 'a rejected value changes nothing');

    await page.click('[data-preset=fleet]');
    await waitForText(page, '[data-testid=total]', L.fleet);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(wide <= 0, `${lang}: no horizontal scroll with the fleet preset (overflow ${wide}px)`);
  });
}

test('the language comes from lang=, else the browser, else English', async () => {
  const cases = [
    ['?lang=pt', 'en-US', 'pt-BR'],
    ['?lang=PT-pt', 'en-US', 'pt-PT'],
    ['', 'it-IT', 'it'],
    ['', 'pt-BR', 'pt-BR'],
    ['', 'pt-PT', 'pt-PT'],
    ['', 'de-DE', 'en'],
    ['?lang=xx', 'it-IT', 'it'],
    ['?lang=%3Cscript%3E', 'fr-FR', 'en'],
  ];
  for (const [query, browserLocale, want] of cases) {
    const page = await open(query, { locale: browserLocale });
    assert.equal(await page.locator('main').getAttribute('lang'), want, `${query} with ${browserLocale}`);
  }
});

test('the language switch translates in place and keeps the choice in the URL', async () => {
  const page = await open('?preset=fleet');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('it');
  await waitForText(page, '[data-testid=total]', '1,6 miliardi di dollari');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('lang') === 'it');
  assert.equal(new URL(page.url()).searchParams.get('preset'), 'fleet');
  assert.equal(await page.getByRole('combobox', { name: 'Lingua' }).inputValue(), 'it');
  const again = await open(new URL(page.url()).search);
  assert.equal(await again.locator('main').getAttribute('lang'), 'it');
  assert.ok((await total(again)).includes('1.600.000.000 $'));
});
