// What a reader does, against the release build in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { parts, plain, scrollTo, shoot, total, useSite, waitForText, widget } from './harness.mjs';

const SHOTS = new URL('../../target/screenshots/', import.meta.url);
const site = useSite();
const { open } = site;

const PRESETS = [
  ['v3', '$5,576,000', '$5.58 million'],
  ['r1', '$294,000', '$294,000'],
  ['hyperscaler', '$34,264,520', '$34.3 million'],
  ['buy-v3', '$69,222,400', '$69.2 million'],
  // SemiAnalysis's rounded estimate: what it multiplies, never "exactly".
  ['fleet', "= 50,000 GPUs × $32,000: SemiAnalysis's estimate", '$1.6 billion'],
];

test('the default view tells the story with no interaction', async () => {
  const page = await open();
  const t = await total(page);
  assert.match(t, /\$5\.58 million/);
  assert.match(t, /\$5,576,000/);
  // Sections below the fold are laid out once near the screen
  // (content-visibility), so read the page as a reader scrolls down it.
  await scrollTo(page, parts.leftOut);
  const body = await page.locator('body').innerText();
  assert.match(body, /\$6M or \$1\.6B\?/);
  assert.match(body, /2,788,000 GPU-hours/);
  assert.match(body, /What these numbers leave out/);
  assert.equal(await widget(page).preset('v3').getAttribute('aria-pressed'), 'true');
  for (const name of ['GPU count', 'Unit price', 'Training hours']) {
    assert.equal(await page.getByRole('slider', { name, exact: true }).count(), 1, name);
    assert.equal(await page.getByRole('textbox', { name, exact: true }).count(), 1, name);
  }
  assert.match(body, /Rent/);
  assert.doesNotMatch(body, /NaN|Infinity|undefined/);
});

test('every citation is present, names its value and links over https in a new tab', async () => {
  const page = await open();
  const ui = widget(page);
  const expected = { gpus: '2,048 GPUs', price: '$2.00 per GPU-hour', hours: '1,361 h' };
  for (const [id, value] of Object.entries(expected)) {
    const c = ui.citation(id);
    // One line: the value, the source and its date, linked.
    const line = ui.citationLine(id);
    assert.match(plain(await line.textContent()), new RegExp(`${value.replace(/[$.]/g, '\\$&')}.*DeepSeek-AI, Dec 27, 2024`), id);
    const { height, lineHeight } = await line.evaluate((p) => ({ height: p.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(p).lineHeight) }));
    assert.ok(height < 2 * lineHeight, `${id}: the citation is one line (${height}px)`);
    // One tap away: what the value is, the quote and the full reference.
    assert.equal(await c.locator('q').first().isVisible(), false, `${id}: the quote waits`);
    await c.locator('summary').click();
    await c.locator('q').first().waitFor();
    assert.match(await c.innerText(), /DeepSeek-V3 Technical Report/, id);
    const links = c.locator('a');
    assert.ok((await links.count()) >= 1, `${id} has a link`);
    for (const a of await links.all()) {
      assert.match(await a.getAttribute('href'), /^https:\/\//);
      assert.equal(await a.getAttribute('target'), '_blank');
      assert.equal(await a.getAttribute('rel'), 'noreferrer', 'which implies noopener');
    }
  }
  // Every link leaving the page is https (the formula's links stay in it;
  // the offline download and the embed builder are files beside the page).
  for (const href of await page.locator(`a:not([download]):not(${parts.builderLink})`).evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    assert.match(href, /^(https:\/\/|#dce-citation-)/);
  }
});

test('every preset reproduces its cited total to the dollar', async () => {
  const page = await open();
  const ui = widget(page);
  for (const [id, exact, compact] of PRESETS) {
    await ui.preset(id).click();
    await waitForText(page, parts.total, exact);
    assert.match(await total(page), new RegExp(compact.replace(/[$.]/g, '\\$&')));
    assert.equal(await ui.preset(id).getAttribute('aria-pressed'), 'true');
    await page.waitForFunction((id) => id === 'v3' ? location.search === '' : location.search === `?preset=${id}`, id);
  }
  await ui.reset.click();
  await waitForText(page, parts.total, '$5,576,000');
});

test('keyboard: arrows step, PageUp raises, PageDown lowers, Home and End reach the ends', async () => {
  const page = await open();
  const cases = [
    ['GPU count', '1 GPU', '100,000 GPUs', '$272,265,625'],
    ['Unit price', '$0.50 per GPU-hour', '$20.00 per GPU-hour', '$55,760,000'],
    ['Training hours', '1 hour', '100,000 hours', '$409,600,000'],
  ];
  for (const [name, low, high, totalAtEnd] of cases) {
    await widget(page).reset.click();
    await waitForText(page, parts.total, '$5,576,000');
    const slider = page.getByRole('slider', { name, exact: true });
    await slider.focus();
    const value = async () => Number(await slider.inputValue());
    // The slider's own value moves with the key; its text follows after the
    // paint (components::urgent), so wait for that.
    const handle = await slider.elementHandle();
    const valueText = (prefix) => page.waitForFunction(([s, p]) => s.getAttribute('aria-valuetext').startsWith(p), [handle, prefix], { timeout: 5000 });
    const start = await value();

    await page.keyboard.press('ArrowRight');
    assert.equal(await value(), start + 1, `${name} ArrowRight`);
    await page.keyboard.press('ArrowLeft');
    assert.equal(await value(), start, `${name} ArrowLeft`);
    await page.keyboard.press('ArrowUp');
    assert.equal(await value(), start + 1, `${name} ArrowUp`);
    await page.keyboard.press('ArrowDown');

    await page.keyboard.press('End');
    await valueText(high);
    await waitForText(page, parts.total, totalAtEnd);
    const max = await value();

    await page.keyboard.press('PageDown');
    const afterDown = await value();
    assert.ok(afterDown < max, `${name} PageDown lowers (${afterDown} < ${max})`);
    await page.keyboard.press('PageUp');
    assert.ok((await value()) > afterDown, `${name} PageUp raises`);

    await page.keyboard.press('Home');
    assert.equal(await value(), 0, `${name} Home`);
    await valueText(low);
    assert.equal(await slider.getAttribute('aria-valuetext'), low);
  }
});

test('the number box takes exact values and refuses what is not a number', async () => {
  const page = await open();
  const gpus = page.getByRole('textbox', { name: 'GPU count', exact: true });
  await gpus.fill('4,096');
  await gpus.press('Enter');
  await waitForText(page, parts.total, '$11,152,000');

  await gpus.fill('many');
  await gpus.press('Enter');
  await waitForText(page, parts.note('gpus'), 'Type a number');
  assert.equal(await gpus.getAttribute('aria-invalid'), 'true');
  assert.match(await total(page), /\$11,152,000/);
  await gpus.press('Escape');
  assert.equal(await gpus.inputValue(), '4,096');

  // A decimal comma is read as a decimal: 1,5 hours.
  const hours = page.getByRole('textbox', { name: 'Training hours', exact: true });
  await hours.fill('1,5');
  await hours.press('Enter');
  await waitForText(page, parts.total, '$12,288'); // 4,096 × 1.5 h × $2

  // Out of range clamps, and says so.
  await gpus.fill('250000');
  await gpus.press('Enter');
  await waitForText(page, parts.note('gpus'), 'Kept within 1 to 100,000');
  assert.equal(await gpus.inputValue(), '100,000');
});

test('the basis switch keeps a price per basis', async () => {
  const page = await open();
  const price = page.getByRole('textbox', { name: 'Unit price', exact: true });
  await price.fill('3.42');
  await price.press('Enter');
  await waitForText(page, parts.total, '$9,534,960'); // 2,788,000 × $3.42
  await page.getByRole('radio', { name: /Buy/ }).check();
  await waitForText(page, parts.total, '$65,536,000'); // 2,048 × $32,000
  assert.match(await widget(page).purchaseShare.innerText(), /4-year service life/);
  await page.getByRole('radio', { name: /Rent/ }).check();
  await waitForText(page, parts.total, '$9,534,960');
});

test('the URL restores exactly what the sender saw, without history spam', async () => {
  const page = await open();
  const before = await page.evaluate(() => history.length);
  const gpus = page.getByRole('textbox', { name: 'GPU count', exact: true });
  await gpus.fill('3000');
  await gpus.press('Enter');
  const slider = page.getByRole('slider', { name: 'Training hours', exact: true });
  await slider.focus();
  // Each press settles and rewrites the URL once its render is done: wait for
  // each before the next, so the page is read after the last press, not
  // between two (the headline figure leads the rest by a frame).
  const hours = () => page.evaluate(() => new URLSearchParams(location.search).get('hours'));
  for (let i = 0; i < 5; i++) {
    const was = await hours();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((was) => new URLSearchParams(location.search).get('hours') !== was, was);
  }
  await page.waitForFunction((s) => {
    const q = new URLSearchParams(location.search);
    const box = document.querySelector(s);
    return q.get('gpus') === '3000' && box?.value.replaceAll(',', '') === q.get('hours');
  }, parts.numberBox('hours'));
  assert.equal(await page.evaluate(() => history.length), before, 'replaceState, not pushState');
  const shared = page.url();
  const sent = await total(page);

  const other = await open(new URL(shared).search);
  assert.equal(await total(other), sent);
  assert.equal(await other.getByRole('slider', { name: 'Training hours', exact: true }).getAttribute('aria-valuetext'),
    await slider.getAttribute('aria-valuetext'));

  const fleet = await open('?gpus=50000&basis=buy&price=32000');
  assert.match(await total(fleet), /\$1\.6 billion/);
  assert.match(await total(fleet), /= 50,000 GPUs × \$32,000: SemiAnalysis's estimate/);
  assert.equal(await widget(fleet).preset('fleet').getAttribute('aria-pressed'), 'true');
});

test('bad URL values are clamped or ignored and never break the page', async () => {
  const cases = [
    ['?gpus=-5&price=abc&hours=1e309&basis=xyz', '$2,722.66'],
    ['?gpus=' + '9'.repeat(5000), '$272,265,625'],
    ['?preset=%3Cscript%3Ealert(1)%3C/script%3E&hours=NaN&price=Infinity', '$5,576,000'],
    ['?gpus=1&gpus=2048&hours=0', '$4,096'],
    ['?basis=buy&price=1', '$2,048,000'],
  ];
  for (const [query, expected] of cases) {
    const page = await open(query);
    assert.match(await total(page), new RegExp(expected.replace(/[$.]/g, '\\$&')), query.slice(0, 60));
    assert.doesNotMatch(await page.locator('body').innerText(), /NaN|Infinity|undefined/);
  }
});

test('screenshots at phone and desktop widths', async () => {
  await mkdir(SHOTS, { recursive: true });
  for (const [width, name] of [[360, 'phone'], [1280, 'desktop']]) {
    const page = await open('', { width, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scroll at ${width}px (overflow ${overflow}px)`);
    await shoot(page, new URL(`${name}.png`, SHOTS).pathname);
    await widget(page).preset('fleet').click();
    await waitForText(page, parts.total, "SemiAnalysis's estimate");
    await shoot(page, new URL(`${name}-fleet.png`, SHOTS).pathname);
  }
});

test('in Buy mode the hours say where they are moved that they change the run\'s share, not the purchase', async () => {
  const page = await open('?preset=buy-v3');
  const ui = widget(page);
  const hint = ui.hint('hours');
  await waitForText(page, parts.hint('hours'), "change this run's share of the hardware, not the purchase total");
  const box = page.getByRole('textbox', { name: 'Training hours', exact: true });
  assert.match(await box.getAttribute('aria-describedby'), /^dce-hint-hours\b/, 'a screen reader hears it on the box');
  await ui.basisOptions.filter({ hasText: 'Rent' }).click();
  await waitForText(page, parts.hint('hours'), 'wall-clock hours the GPUs run');
  assert.ok(!(await hint.textContent()).includes('purchase'));
});

// A drag, as a phone sends it: one input per frame (issue 28). Only the
// headline figure and the track's marker follow each input; the rest of
// the view renders once, when the slider rests.
// A finger moving slowly crosses a stop every few frames: `gap` frames
// between inputs; `box` is the number box, read at each input.
const DRAG = async ([slider, figure, marker, steps, settle, gap = 1, box]) => {
  const s = document.querySelector(slider);
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const max = Number(s.max);
  const seen = [];
  const boxes = [];
  let [last, longest] = [undefined, 0];
  for (let i = 0; i < steps; i++) {
    for (let f = 0; f < gap; f++) await frame();
    const now = performance.now();
    longest = Math.max(longest, now - (last ?? now));
    last = now;
    if (box) boxes.push(document.querySelector(box).value);
    // In the frame's own callback, before it is painted: what it paints.
    s.value = String(i % 2 ? Math.floor(max / 2) + (i % 5) : max - (i % 5));
    s.dispatchEvent(new Event('input', { bubbles: true }));
    seen.push([document.querySelector(figure).textContent, document.querySelector(marker).getAttribute('x1')]);
  }
  if (settle) s.dispatchEvent(new Event('change', { bubbles: true }));
  return { seen, boxes, longest, value: s.value };
};

for (const [how, release] of [['rests', false], ['ends with a release', true]]) {
  test(`a 60-input drag moves the total and the marker in every frame; when it ${how}, the view catches up`, async () => {
    const page = await open('', { width: 360, height: 740 });
    const ui = widget(page);
    await ui.slider('gpus').scrollIntoViewIfNeeded();
    const { seen } = await page.evaluate(DRAG, [parts.slider('gpus'), parts.compactTotal, parts.markerPin, 60, release]);
    assert.equal(seen.length, 60);
    for (let i = 1; i < seen.length; i++) {
      assert.notEqual(seen[i][0], seen[i - 1][0], `frame ${i}: the figure moved`);
      assert.notEqual(seen[i][1], seen[i - 1][1], `frame ${i}: the marker moved`);
    }
    // Once the slider rests (a tenth of a second with no input), all that
    // follows the inputs catches up: what a reader of a link to these inputs sees.
    await page.waitForFunction((box) => document.querySelector(box).value.replace(/\D/g, '') !== '2048', parts.numberBox('gpus'));
    const gpus = (await ui.numberBox('gpus').inputValue()).replace(/\D/g, '');
    const fresh = await open(`?gpus=${gpus}`, { width: 360, height: 740 });
    for (const part of [parts.total, parts.formula, parts.band, parts.numberBox('gpus'), parts.citation('gpus')]) {
      const read = (p) => p.locator(part).evaluate((e) => e.value ?? e.textContent);
      assert.equal(await read(page), await read(fresh), `${part} is the last input's`);
    }
    // The last frame already showed the last input's total and marker.
    const settled = [await widget(fresh).compactTotal.textContent(), await widget(fresh).markerPin.evaluate((c) => c.getAttribute('x1'))];
    assert.deepEqual(seen.at(-1), settled, 'the last frame drew the last input');
    assert.deepEqual([await ui.compactTotal.textContent(), await ui.markerPin.evaluate((c) => c.getAttribute('x1'))], settled);
    // The settled state (the link, the analysis, the announcement) follows
    // the gesture's end.
    if (release) {
      await page.waitForFunction((n) => new URL(location.href).searchParams.get('gpus') === n, gpus);
      await scrollTo(page, parts.bridgeYou);
      await scrollTo(fresh, parts.bridgeYou);
      assert.equal(await ui.bridgeYou.textContent(), await widget(fresh).bridgeYou.textContent(), 'the analysis follows');
    } else {
      assert.equal(new URL(page.url()).searchParams.get('gpus'), null, 'a resting thumb is no settled state');
    }
  });
}

test('a slow drag, a frame with no input between inputs, renders nothing but the figure and the marker until the finger rests', async () => {
  // A rest is 0.1 s with no input: a drag is judged only if the machine
  // drew its frames in time (no two inputs 90 ms apart); a busy machine
  // gets three tries, each on a page of its own.
  let judged;
  for (let attempt = 0; attempt < 3 && !judged; attempt++) {
    const page = await open('', { width: 360, height: 740 });
    const ui = widget(page);
    await ui.slider('gpus').scrollIntoViewIfNeeded();
    const before = await ui.numberBox('gpus').inputValue();
    const drag = await page.evaluate(DRAG, [parts.slider('gpus'), parts.compactTotal, parts.markerPin, 20, false, 2, parts.numberBox('gpus')]);
    if (drag.longest < 90) judged = { before, ...drag };
    // The finger rests: the number box catches up.
    await page.waitForFunction(([box, was]) => document.querySelector(box).value !== was, [parts.numberBox('gpus'), before]);
  }
  assert.ok(judged, 'the machine drew two frames within 90 ms in one of three drags');
  const { before, seen, boxes } = judged;
  assert.ok(new Set(seen.map(([figure]) => figure)).size > 2, 'the figure moved');
  assert.deepEqual(new Set(boxes), new Set([before]), 'the number box waited while the finger moved');
});

test('the words a student may not know are explained where they first appear, on tap or by keyboard', async () => {
  const page = await open('?basis=buy&hours=35064');
  const ui = widget(page);
  const isOpen = (id) => ui.termCard(id).evaluate((c) => c.matches(':popover-open'));
  // Where each word first appears: the purchase's 4-year service life,
  // opened from its citation's quote button, says what depreciating is.
  await page.locator(parts.citation('hours')).locator(parts.quoteButton).click();
  const depreciate = ui.term('depreciation');
  assert.equal(await depreciate.textContent(), 'depreciate');
  assert.equal(await isOpen('depreciation'), false, 'closed until asked');
  await depreciate.click();
  assert.equal(await isOpen('depreciation'), true);
  assert.match(plain(await ui.termCard('depreciation').innerText()), /^Depreciation: spreading the cost of a purchase over the years/);
  await page.keyboard.press('Escape');
  assert.equal(await isOpen('depreciation'), false, 'Escape closes it');

  // The keyboard reaches and opens each word: the capex in the story of
  // SemiAnalysis's fleet.
  await ui.preset('fleet').click();
  const capex = ui.term('capex');
  await capex.focus();
  await page.keyboard.press('Enter');
  assert.equal(await isOpen('capex'), true);
  assert.match(plain(await ui.termCard('capex').innerText()), /^Capex \(capital expenditure\): money spent buying things that last for years/);
  await page.keyboard.press('Escape');
  await ui.preset('v3').click();
  // GPU-hours under the formula, and the hyperscaler in its scenario's story.
  assert.equal(await ui.term('gpu-hour').textContent(), 'GPU-hours');
  await ui.term('gpu-hour').click();
  assert.match(plain(await ui.termCard('gpu-hour').innerText()), /^GPU-hour: one GPU working for one hour/);
  await page.mouse.click(5, 5);
  assert.equal(await isOpen('gpu-hour'), false, 'a tap outside closes it');
  await ui.preset('hyperscaler').click();
  await ui.term('hyperscaler').click();
  assert.match(plain(await ui.termCard('hyperscaler').innerText()), /^Hyperscaler: one of the giant cloud companies, such as AWS/);
  // Each word is explained once on the page.
  for (const id of ['gpu-hour', 'hyperscaler']) assert.equal(await ui.term(id).count(), 1, id);
});

test('every language explains its own words, before the wasm runs too', async () => {
  for (const [dir, gpuHours, capex] of [
    ['it/', 'ore-GPU', 'spesa in server'],
    ['pt-BR/', 'horas-GPU', 'gasto em servidores'],
    ['pt-PT/', 'horas-GPU', 'investimento em servidores'],
    ['es/', 'horas-GPU', 'gasto de capital'],
    ['fr/', 'heures-GPU', 'investissements en serveurs'],
    ['de/', 'GPU-Stunden', 'Serverinvestitionen'],
  ]) {
    const page = await open(dir);
    const ui = widget(page);
    assert.equal(await ui.term('gpu-hour').textContent(), gpuHours, dir);
    await ui.preset('fleet').click();
    assert.equal(await ui.term('capex').textContent(), capex, dir);
    await ui.term('capex').click();
    const card = plain(await ui.termCard('capex').innerText());
    assert.ok(card.length > 60 && !/capital expenditure/.test(card), `${dir}: ${card}`);
    await page.close();
  }
  // With JavaScript off, the prerendered page explains its words as well.
  const context = await site.context({ javaScriptEnabled: false });
  const still = await context.newPage();
  await still.goto(site.server().url + 'fr/');
  await still.locator(parts.term('gpu-hour')).click();
  assert.match(plain(await still.locator(parts.termCard('gpu-hour')).innerText()), /^Heure-GPU : un GPU pendant une heure, l'unité dans laquelle le cloud loue les GPU/);
  await context.close();
});

// The widget turns Yew's bubbling off (`mount.rs`): a handler runs only for
// the element its event is aimed at. Each one is on an input, a select or a
// form (whose events are aimed at them), or on a button with nothing but
// text in it, so that a tap anywhere on the button is aimed at the button.
test('every handler is on the element its event is aimed at', async () => {
  for (const query of ['', '?present=1&step=2', '?predict=1', '?step=3&lang=it', 'embed.html']) {
    // Predict first hides the total: the widget is live once its view is
    // no longer the prerendered one.
    const page = await open(query, { wait: false });
    await page.waitForSelector('main:not([data-dce-prerendered]) .dce-interactive');
    const seen = await page.evaluate(() => [...document.querySelectorAll('*')]
      .filter((e) => e.__yew_listener_id !== undefined)
      .map((e) => ({ tag: e.localName, children: e.children.length, html: e.outerHTML.slice(0, 80) })));
    assert.ok(seen.filter((e) => e.tag === 'button').length >= 4 && seen.some((e) => e.tag === 'input'), `${query}: ${seen.length} handlers`);
    const inner = seen.filter((e) => !['input', 'select', 'textarea', 'form'].includes(e.tag) && e.children > 0);
    assert.deepEqual(inner.map((e) => e.html), [], `${query}: handlers on elements with elements inside`);
    await page.close();
  }
});
