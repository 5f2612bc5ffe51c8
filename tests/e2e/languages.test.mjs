// The widget in English, Italian, Brazilian and European Portuguese,
// Spanish, French and German, each on a page of its own: language choice (and the links published before the
// pages existed), Intl number formats, typed decimal commas, accessible
// names and aria-valuetext, a phone screenshot of each, and no other
// language's text in a page's first load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parts, plain, shoot, total, useSite, waitForText, widget } from './harness.mjs';
import { firstLoadFiles, PAGES, EMBED_PAGES } from '../../benches/first-load.mjs';

const DIST = process.env.DIST || 'dist';
const SHOTS = new URL('../../target/screenshots/', import.meta.url);
const { open } = useSite();

/** The folder of each language's page (domain::locale::Locale::page_dir). */
const DIRS = { en: '', it: 'it/', 'pt-BR': 'pt-BR/', 'pt-PT': 'pt-PT/', es: 'es/', fr: 'fr/', de: 'de/' };
const path = (page) => new URL(page.url()).pathname;

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
  es: {
    compact: '5,58 millones de dólares', exact: '5.576.000 US$', fleet: '1,6 mil millones de dólares',
    names: ['Número de GPU', 'Precio unitario', 'Horas de entrenamiento'],
    gpusText: '2048 GPU', priceText: '2,00 US$ por hora-GPU', hoursText: '1361 horas, unos 57 días',
    typedGpus: '4.096', typedTotal: '11.152.000 US$', hoursComma: '6144 US$',
    rejected: 'Escribe un número', title: '¿6 millones o 1.600 millones de dólares?',
  },
  fr: {
    compact: '5,58 millions de dollars', exact: '5 576 000 $US', fleet: '1,6 milliard de dollars',
    names: ['Nombre de GPU', 'Prix unitaire', "Heures d'entraînement"],
    gpusText: '2 048 GPU', priceText: '2,00 $US par heure-GPU', hoursText: '1 361 heures, environ 57 jours',
    typedGpus: '4 096', typedTotal: '11 152 000 $US', hoursComma: '6 144 $US',
    rejected: 'Saisissez un nombre', title: '6 millions ou 1,6 milliard de dollars ?',
  },
  de: {
    compact: '5,58 Millionen Dollar', exact: '5.576.000 $', fleet: '1,6 Milliarden Dollar',
    names: ['GPU-Zahl', 'Stückpreis', 'Trainingsstunden'],
    gpusText: '2.048 GPUs', priceText: '2,00 $ pro GPU-Stunde', hoursText: '1.361 Stunden, etwa 57 Tage',
    typedGpus: '4.096', typedTotal: '11.152.000 $', hoursComma: '6.144 $',
    rejected: 'Gib eine Zahl ein', title: '6 Millionen oder 1,6 Milliarden Dollar?',
  },
};

for (const [lang, L] of Object.entries(LANGS)) {
  test(`${lang}: the default total, names, value texts and typed numbers`, async () => {
    const page = await open(`?lang=${lang}`, { width: 360, height: 800 });
    assert.equal(path(page), `/${DIRS[lang]}`, 'lang= leads to the language\'s own page');
    const ui = widget(page);
    assert.equal(await ui.root.getAttribute('lang'), lang);
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
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
    await waitForText(page, parts.total, L.typedTotal);
    await box(gpus).fill('2048');
    await box(gpus).press('Enter');
    await box(hours).fill('1,5');
    await box(hours).press('Enter');
    await waitForText(page, parts.total, L.hoursComma);

    await box(gpus).fill('???');
    await box(gpus).press('Enter');
    await waitForText(page, parts.note('gpus'), L.rejected);
    assert.ok((await total(page)).includes(L.hoursComma), 'a rejected value changes nothing');

    await ui.preset('fleet').click();
    await waitForText(page, parts.total, L.fleet);
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
    ['', 'de-DE', 'de'],
    ['', 'es-MX', 'es'],
    ['', 'fr-CA', 'fr'],
    ['', 'nl-NL', 'en'],
    ['?lang=xx', 'it-IT', 'it'],
    ['?lang=%3Cscript%3E', 'sv-SE', 'en'],
  ];
  for (const [query, browserLocale, want] of cases) {
    const page = await open(query, { locale: browserLocale });
    assert.equal(await widget(page).root.getAttribute('lang'), want, `${query} with ${browserLocale}`);
  }
});

test('the language switch opens the language\'s page, keeping the state in the URL', async () => {
  const page = await open('?preset=fleet');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('it');
  await page.waitForURL((u) => u.pathname === '/it/');
  await waitForText(page, parts.total, '1,6 miliardi di dollari');
  assert.equal(new URL(page.url()).searchParams.get('preset'), 'fleet');
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'it');
  assert.equal(await page.getByRole('combobox', { name: 'Lingua' }).inputValue(), 'it');
  // The focus is where it was: on the switch.
  await page.waitForFunction((s) => document.activeElement?.matches(s), parts.languageMenu);
  const again = await open(new URL(page.url()).search);
  assert.equal(path(again), '/it/');
  assert.ok((await total(again)).includes('la stima di SemiAnalysis'));
  // And back: English is pinned, so an Italian browser is not sent on again.
  const back = await open('it/?preset=fleet', { locale: 'it-IT' });
  await back.getByRole('combobox', { name: 'Lingua' }).selectOption('en');
  await back.waitForURL((u) => u.pathname === '/' && u.searchParams.get('lang') === 'en');
  await waitForText(back, parts.total, '$1.6 billion');
});

test('links and embeds published before the pages existed land on their language\'s page', async () => {
  const cases = [
    ['?lang=it&embed=1', 'it/embed.html', 'it', true],
    ['?lang=pt-BR&embed=1&preset=fleet', 'pt-BR/embed.html', 'pt-BR', true],
    ['?lang=pt-pt', 'pt-PT/', 'pt-PT', false],
    ['it/?lang=en', '', 'en', false],
    ['pt-BR/?lang=it', 'it/', 'it', false],
    ['it/?embed=1', 'it/embed.html', 'it', true],
    ['it/embed.html?embed=full', 'it/', 'it', false],
    ['embed.html?lang=pt-PT', 'pt-PT/embed.html', 'pt-PT', true],
  ];
  for (const [query, dir, lang, embed] of cases) {
    const page = await open(query);
    const ui = widget(page);
    assert.equal(path(page), `/${dir}`, query);
    assert.equal(await ui.root.getAttribute('lang'), lang, query);
    assert.equal(await ui.embedLayout.count(), embed ? 1 : 0, `${query}: the layout asked for`);
    // The query travels whole: the state it names is the state shown.
    const params = (u) => [...new URL(u, 'http://x/').searchParams].map(([k, v]) => `${k}=${k === 'lang' ? v.toLowerCase() : v}`).sort();
    assert.deepEqual(params(page.url()), params(query), query);
  }
  const fleet = await open('?lang=pt-BR&embed=1&preset=fleet');
  await waitForText(fleet, parts.total, 'US$ 1,6 bilhão');
});

test("each page's first load carries its own language's text and no other's", async () => {
  // A sentence of each language that no source quotes (messages: lede_end).
  const marks = {
    en: 'Move the sliders to see why',
    it: 'Sposta i cursori per capire',
    'pt-BR': 'Mova os controles deslizantes para entender',
    'pt-PT': 'Mova os cursores para perceber',
    es: 'Mueve los controles para ver por qué',
    fr: 'Déplacez les curseurs pour comprendre pourquoi',
    de: 'Bewege die Regler und sieh, warum',
  };
  for (const [lang, file] of [...Object.entries(PAGES), ...Object.entries(EMBED_PAGES)]) {
    let text = '';
    for (const f of await firstLoadFiles(DIST, file)) text += (await readFile(join(DIST, f))).toString('utf8');
    for (const [other, mark] of Object.entries(marks)) {
      assert.equal(text.includes(mark), other === lang, `${lang}'s first load and ${other}'s text ("${mark}")`);
    }
  }
});

test("adding a language adds no byte to another's first load but the link to its page", async () => {
  // What names a language: its own name, its Open Graph locale and, where
  // it cannot be mistaken for anything else, its tag.
  const names = {
    en: ['English', 'en_US'],
    it: ['Italiano', 'it_IT'],
    'pt-BR': ['Português (Brasil)', 'pt_BR', 'pt-BR', '-pt-br'],
    'pt-PT': ['Português (Portugal)', 'pt_PT', 'pt-PT', '-pt-pt'],
    es: ['Español', 'es_ES'],
    fr: ['Français', 'fr_FR'],
    de: ['Deutsch', 'de_DE'],
  };
  for (const [lang, file] of [...Object.entries(PAGES), ...Object.entries(EMBED_PAGES)]) {
    const others = Object.keys(names).filter((l) => l !== lang);
    for (const f of await firstLoadFiles(DIST, file)) {
      let text = (await readFile(join(DIST, f))).toString('utf8');
      if (f.endsWith('.html')) {
        // The page points at each other language's page: one alternate (a
        // search engine's and boot.js's) and, on the long page, one option
        // of the language switch. Nothing else of it is there.
        const links = text.match(/<link rel="alternate" hreflang="[^"]+"[^>]*>/g) ?? [];
        const options = text.match(/<option [^>]*>[^<]*<\/option>/g) ?? [];
        assert.equal(links.length, others.length + 2, `${file}: an alternate for each language and x-default`);
        assert.ok([0, others.length + 1].includes(options.length), `${file}: an option for each language, or none`);
        for (const tag of [...links, ...options]) text = text.replace(tag, '');
      }
      for (const other of others) {
        for (const name of names[other]) {
          assert.ok(!text.includes(name), `${file}'s ${f} names ${other} ("${name}")`);
        }
      }
    }
  }
});

test('the Spanish, French and German pages show no English interface word', async () => {
  // The interface's own words, whole: the sources' quotes stay in English
  // (blockquote, q), and so do names ("V3", "AWS").
  const english = ['Scenarios', 'Reset', 'Inputs', 'Language', 'Rent', 'Buy', 'Share', 'Copy link',
    'Copy embed code', 'Present', 'Full screen', 'Worksheet', 'Download image', 'Quote', 'Sources',
    'Source', 'GPU count', 'Unit price', 'Training hours', 'Pricing basis', 'What these numbers leave out',
    'Predict first', 'Reveal', 'Your guess', 'Check a headline figure', 'For teachers', 'Next', 'Back',
    'Step', 'exactly', 'derived', 'Derived', 'hours', 'days', 'per GPU', 'Move the sliders', 'Total',
    'million', 'billion', 'Why the numbers differ', 'Corrections and updates', 'Fleet', 'Peak', 'assumed'];
  for (const lang of ['es', 'fr', 'de']) {
    for (const query of ['', '?preset=fleet&basis=buy']) {
      const page = await open(`${DIRS[lang]}${query}`, { width: 1280, height: 900 });
      await total(page);
      const text = await page.evaluate(() => {
        const main = document.querySelector('main').cloneNode(true);
        for (const q of main.querySelectorAll('blockquote, q, [lang=en]')) q.remove();
        return main.innerText;
      });
      for (const word of english) {
        const found = new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text);
        // Words these languages share with English.
        const shared = { Total: ['es', 'fr'], Source: ['fr'], Sources: ['fr'] };
        if (shared[word]?.includes(lang)) continue;
        assert.ok(!found, `${lang}${query}: "${word}" in ${text.slice(0, 2000)}`);
      }
    }
  }
});


// A drag writes the headline figure's words in every frame (issue 28). Were
// its height to follow them (a long form wrapping, "1,02 mil millones de
// dólares"), the whole page would move, the slider under the finger with
// it, and the browser would lay out and paint the page again in that frame.
// The figure's line is a box of fixed height that does not wrap (its layout
// is its own): a form too long for it would run past its edge, so each
// fits with a fifth to spare, for a wider serif than this machine's.
// (With the test machine's serif, Liberation Serif, Times' widths: see
// main.css.)
test('the headline keeps its height at any total, in every language, on a 320 px column', async () => {
  // The GPU stops at V3's price and hours sweep the totals across a million
  // ($2,723 to $272M); at the dearest price and the longest run (they
  // clamp), from $2M to $200B, the longest forms.
  for (const [lang, dir] of Object.entries(DIRS)) for (const query of ['', '?price=1000000&hours=1000000']) {
    const page = await open(`${dir}${query}`, { width: 320, height: 740 });
    const seen = await page.evaluate(async ([slider, stage, compact, exact]) => {
      const s = document.querySelector(slider);
      // An element's words, as a range.
      const words = (el) => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector(el));
        return range;
      };
      const lines = (el) => new Set([...words(el).getClientRects()].map((r) => Math.round(r.top))).size;
      // The figure's box is one line high and does not wrap: its words
      // must fit its width, or they would run past it, and fit with a
      // fifth to spare, for a serif wider than this machine's (Georgia,
      // Noto Serif).
      const fits = (el) => words(el).getBoundingClientRect().width * 1.2 <= document.querySelector(el).getBoundingClientRect().width + 0.5;
      const rows = [];
      for (let v = 0; v <= Number(s.max); v++) {
        s.value = String(v);
        s.dispatchEvent(new Event('input', { bubbles: true }));
        s.dispatchEvent(new Event('change', { bubbles: true }));
        // The settled view follows in a task of its own, then a frame.
        await new Promise((r) => setTimeout(r));
        await new Promise((r) => requestAnimationFrame(r));
        rows.push({
          figure: document.querySelector(compact).textContent,
          exact: document.querySelector(exact).textContent,
          height: document.querySelector(stage).getBoundingClientRect().height,
          lines: [lines(compact), lines(exact)],
          fits: fits(compact),
        });
      }
      return rows;
    }, [parts.slider('gpus'), parts.stage, parts.compactTotal, parts.exactTotal]);
    const heights = [...new Set(seen.map((r) => r.height))];
    // The figure's line cannot wrap; the exact amount's could.
    const wrapped = seen.filter((r) => r.lines.some((n) => n !== 1)).map((r) => `${r.figure} / ${r.exact}`);
    assert.deepEqual(wrapped, [], `${lang}${query}: each line of the headline on one line`);
    assert.deepEqual(seen.filter((r) => !r.fits).map((r) => r.figure), [], `${lang}${query}: the figure fits its line, with a fifth to spare`);
    assert.equal(heights.length, 1, `${lang}${query}: the stage's height ${heights.join(', ')}`);
    const digits = seen.map((r) => r.exact.replace(/\D/g, '').length);
    assert.ok(query ? Math.max(...digits) >= 12 : Math.min(...digits) <= 6 && Math.max(...digits) >= 11, `${lang}${query}: the sweep's span ${digits}`);
    await page.close();
  }
});

test("the cost track's labels never run into each other, in any language, from a phone to a desktop", async () => {
  for (const [lang, dir] of Object.entries(DIRS)) {
    for (const width of [360, 390, 768, 1280]) {
      for (const file of ['', 'embed.html']) {
        const page = await open(`${dir}${file}`, { width, height: 800 });
        await total(page);
        const found = await page.evaluate((s) => {
          const labels = [...document.querySelectorAll(s)]
            .filter((t) => t.getClientRects().length && getComputedStyle(t).display !== 'none')
            .map((t) => [t.textContent, t.getBoundingClientRect()]);
          const out = [];
          labels.forEach(([a, ra], i) => labels.slice(i + 1).forEach(([b, rb]) => {
            const across = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
            const down = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
            if (across > 1 && down > 4) out.push(`"${a}" runs into "${b}"`);
          }));
          return out;
        }, parts.trackLabels);
        assert.deepEqual(found, [], `${lang} ${file || 'page'} at ${width}px`);
        await page.close();
      }
    }
  }
});

test("on a projector, with the story's card beside it, the track's labels neither meet nor leave the track", async () => {
  for (const [lang, dir] of Object.entries(DIRS)) {
    for (const [width, height] of [[1024, 768], [1280, 720]]) {
      for (const step of [1, 2, 3, 4, 5, 6]) {
        const page = await open(`${dir}?present=1&step=${step}`, { width, height });
        await total(page);
        const found = await page.evaluate(([labels, track]) => {
          const edge = document.querySelector(track).getBoundingClientRect();
          const shown = [...document.querySelectorAll(labels)]
            .filter((t) => t.getClientRects().length && getComputedStyle(t).display !== 'none')
            .map((t) => [t.textContent, t.getBoundingClientRect()]);
          const out = [];
          shown.forEach(([a, ra], i) => {
            if (ra.left < edge.left - 1 || ra.right > edge.right + 1) out.push(`"${a}" leaves the track`);
            shown.slice(i + 1).forEach(([b, rb]) => {
              const across = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
              const down = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
              if (across > 1 && down > 4) out.push(`"${a}" runs into "${b}"`);
            });
          });
          return out;
        }, [parts.trackLabels, parts.track]);
        assert.deepEqual(found, [], `${lang} step ${step} at ${width}×${height}`);
        await page.close();
      }
    }
  }
});
