// Accessibility as a tested property: axe-core (WCAG 2.2 A and AA) on every
// view, the keyboard path, touch targets, focus rings and reduced motion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { parts, plain, useSite, waitForText, widget } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const site = useSite();
const { open } = site;

/** Runs axe on the page; fails listing every violation and its nodes. */
async function axe(page, label) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'], resultTypes: ['violations'] }));
  const found = result.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary.split('\n').slice(1, 2).join('')}`).join('\n    ')}`);
  assert.deepEqual(found, [], `${label}: axe violations`);
}

const VIEWS = ['', '?embed=1', '?theme=dark', '?theme=light', '?lang=it', '?lang=pt-BR', '?lang=pt-PT', '?embed=1&theme=dark&lang=it',
  '?present=1&step=6', '?step=2&theme=dark&lang=pt-PT', '?embed=full', 'it/embed.html?theme=dark', 'pt-PT/embed.html'];

test('axe finds no WCAG 2.2 AA violation while predicting, before and after the guess', async () => {
  const page = await open('?predict=1&step=1', { width: 1280, wait: false });
  const ui = widget(page);
  await ui.hiddenTotal.waitFor();
  await axe(page, 'predict, pending');
  await page.getByRole('textbox', { name: 'Your guess' }).fill('$1 billion');
  await page.getByRole('button', { name: 'Reveal' }).click();
  await ui.verdict.waitFor();
  await axe(page, 'predict, revealed');
});

for (const query of VIEWS) {
  test(`axe finds no WCAG 2.2 AA violation: ${query || 'default'}`, async () => {
    const page = await open(query, { width: 1280 });
    await axe(page, query || 'default');
  });
}

// As Lighthouse runs it: the whole page, on a phone, before the reader
// scrolls, while the sections below the fold are not drawn yet. A placeholder
// size too small for a language's text once laid the share bar over it.
test('axe finds no violation on each language\'s page as first drawn on a phone, before any scroll', async () => {
  for (const path of ['', 'it/', 'pt-BR/', 'pt-PT/', 'es/', 'fr/', 'de/', 'it/embed.html', 'de/embed.html']) {
    const page = await open(path, { width: 412, height: 823 });
    await axe(page, `${path || 'index'} at 412 px, unscrolled`);
  }
});

test('axe finds no violation on any preset, in dark and light system themes, phone and desktop', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [360, 1280]) {
      const page = await open('', { width });
      await page.emulateMedia({ colorScheme });
      for (const id of ['v3', 'r1', 'hyperscaler', 'buy-v3', 'fleet']) {
        await widget(page).preset(id).click();
        await page.waitForFunction((s) => document.querySelector(s).getAttribute('aria-pressed') === 'true', parts.preset(id));
        await axe(page, `${id} ${colorScheme} ${width}px`);
      }
      // Off a cited value, and with an error message showing.
      const box = page.getByRole('textbox', { name: 'GPU count', exact: true });
      await box.fill('3000');
      await box.press('Enter');
      await box.fill('oops');
      await box.press('Enter');
      await waitForText(page, parts.note('gpus'), 'Type a number');
      await axe(page, `own scenario with an error, ${colorScheme} ${width}px`);
    }
  }
});

test('the keyboard reaches every control in reading order, with a visible focus ring, and never gets trapped', async () => {
  const page = await open();
  const controls = await page.evaluate(() => [...document.querySelectorAll('main button, main summary, main input, main select, main a, main textarea')]
    // Inside a closed <details>, only its summary can take focus.
    .filter((e) => !e.disabled && e.getClientRects().length && !(e.type === 'radio' && !e.checked))
    .filter((e) => !e.closest('details:not([open])') || e.tagName === 'SUMMARY')
    .map((e) => e.outerHTML.slice(0, 80)));
  const seen = [];
  for (let i = 0; i < controls.length + 5; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const s = getComputedStyle(e);
      const thumb = e.type === 'range'; // the ring is drawn on the thumb
      return { html: e.outerHTML.slice(0, 80), ring: thumb || s.outlineStyle !== 'none' };
    });
    if (!info) break;
    assert.ok(info.ring, `visible focus ring on ${info.html}`);
    seen.push(info.html);
  }
  assert.deepEqual(seen.slice(0, controls.length), controls, 'Tab visits every control once, in DOM order');
  await page.keyboard.press('Shift+Tab');
  assert.notEqual(await page.evaluate(() => document.activeElement?.tagName), undefined);
});

// WCAG 2.2, 2.4.11 Focus Not Obscured: tabbing through each layout, no
// focused control is entirely hidden, by the sticky stage or anything else
// (at its centre and its four inset corners, something of it is on top),
// and its focus ring shows (2.4.7).
for (const [query, width, height] of [['', 360, 740], ['embed.html', 360, 740], ['?present=1&step=1', 1024, 768]]) {
  test(`focus is never obscured, with a ring: ${query || 'page'} at ${width}×${height}`, async () => {
    const page = await open(query, { width, height });
    const hidden = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        const r = e.getBoundingClientRect();
        const inset = Math.min(2, r.width / 4, r.height / 4);
        const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + inset, r.top + inset],
          [r.right - inset, r.top + inset], [r.left + inset, r.bottom - inset], [r.right - inset, r.bottom - inset]];
        const seen = points.some(([x, y]) => {
          const top = document.elementFromPoint(x, y);
          return top && (top === e || e.contains(top) || top.contains(e) || top.closest('label')?.contains(e));
        });
        const s = getComputedStyle(e);
        return { html: e.outerHTML.slice(0, 70), seen, ring: e.type === 'range' || s.outlineStyle !== 'none' };
      });
      if (!info) break;
      if (!info.seen) hidden.push(info.html);
      assert.ok(info.ring, `a visible focus ring on ${info.html}`);
    }
    assert.deepEqual(hidden, [], 'focused but hidden');
  });
}

test('touch targets are at least 44 by 44 pixels on a phone', async () => {
  const page = await open('', { width: 360 });
  const { basisOptions, toggleChips } = parts;
  const targets = `main button, main input, main select, main ${basisOptions}, main ${toggleChips}, main summary`;
  const small = await page.evaluate(([targets, chip]) => [...document.querySelectorAll(targets)]
    // A radio or checkbox inside its label: the label is the target.
    .filter((e) => e.getClientRects().length && !(e.type === 'radio') && !e.closest(chip))
    .map((e) => ({ e: e.outerHTML.slice(0, 60), r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.width < 44 || r.height < 44)
    .map(({ e, r }) => `${e} ${Math.round(r.width)}×${Math.round(r.height)}`), [targets, toggleChips]);
  assert.deepEqual(small, []);
});

test('prefers-reduced-motion turns animation off', async () => {
  const page = await open();
  const ui = widget(page);
  // A scenario's jump leaves the pin with its glide's class, gliding or
  // done: its animation's name says whether it would glide.
  const glide = () => ui.markerPin.evaluate((p) => getComputedStyle(p).animationName);
  await ui.preset('fleet').click();
  await page.waitForFunction((s) => /is-gliding/.test(document.querySelector(s).getAttribute('class')), parts.markerPin);
  assert.match(await glide(), /^dce-glide/);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await glide(), 'none');
});

test('a scenario glides the marker; a drag or a key press moves it with the thumb, with no glide', async () => {
  const page = await open();
  const ui = widget(page);
  // getAnimations() brings style up to date first: a glide about to start
  // is counted. A glide that has come and gone is caught by its
  // `animationstart` event, which also notes where it starts: its first
  // frame, held still, as a share of the track (where the pin starts).
  const gliding = (s) => document.querySelector(s).getAnimations({ subtree: true }).length > 0;
  const watch = () => ui.markerPin.evaluate((p) => {
    window.glided = null;
    p.addEventListener('animationstart', () => {
      const [glide] = p.getAnimations();
      glide.pause();
      glide.currentTime = 0;
      const svg = p.ownerSVGElement.getBoundingClientRect();
      window.glided = { from: (p.getBoundingClientRect().x - svg.x) / svg.width };
      glide.play();
    }, { once: true });
  });
  const placed = () => ui.markerPin.evaluate((p) => parseFloat(p.getAttribute('x1')) / 100);
  const start = await placed();
  await watch();
  await ui.preset('fleet').click();
  await page.waitForFunction(() => window.glided);
  const { from } = await page.evaluate(() => window.glided);
  assert.ok(Math.abs(from - start) < 0.01, `the glide starts where the marker was (${start}), not at ${from}`);
  await page.waitForFunction((s) => !document.querySelector(s).getAnimations({ subtree: true }).length, parts.marker);
  // Where the glide ends: the pin (the dot's centre) at its x1's share of
  // the track's width (a percentage the browser resolves against the SVG).
  const at = await ui.markerPin.evaluate((p) => {
    const svg = p.ownerSVGElement.getBoundingClientRect();
    return (p.getBoundingClientRect().x - svg.x) / svg.width;
  });
  const end = await placed();
  assert.ok(Math.abs(at - end) < 0.005 && end > start, `the marker stands at ${at}, not ${end}`);
  // The dot in its ring is drawn there: the track around the pin's start
  // looks otherwise without the marker.
  const pin = await ui.markerPin.evaluate((p) => { const r = p.getBoundingClientRect(); return { x: r.x, y: r.y }; });
  const clip = { x: pin.x - 16, y: pin.y - 16, width: 32, height: 32 };
  const drawn = await page.screenshot({ clip });
  await ui.markerPin.evaluate((p) => p.setAttribute('marker-start', 'none'));
  assert.notDeepEqual(await page.screenshot({ clip }), drawn, 'the marker is drawn at the pin');
  const slider = ui.slider('gpus');
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 14, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) {
    const before = await ui.markerPin.evaluate((p) => p.getAttribute('x1'));
    await page.mouse.move(box.x + 14 + ((box.width - 28) * i) / 8, y);
    assert.notEqual(await ui.markerPin.evaluate((p) => p.getAttribute('x1')), before, `step ${i}: the marker moved`);
    assert.equal(await page.evaluate(gliding, parts.marker), false, `step ${i}: it stands where the total is`);
  }
  await page.mouse.up();
  // A key press moves the marker with the thumb too.
  const before = await placed();
  await watch();
  await slider.press('ArrowLeft');
  await page.waitForFunction(([s, b]) => parseFloat(document.querySelector(s).getAttribute('x1')) / 100 !== b, [parts.markerPin, before]);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await page.evaluate(() => window.glided), null, 'a key press does not glide');
  // The glide is back for the next scenario.
  await ui.preset('fleet').click();
  await page.waitForFunction(() => window.glided);
});

test('the total is announced once a gesture settles, not on every step', async () => {
  const page = await open();
  const ui = widget(page);
  const live = ui.announcement;
  assert.match(await live.textContent(), /\$5,576,000/);
  const slider = page.getByRole('slider', { name: 'GPU count', exact: true });
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  // Every change the region's text goes through, as a screen reader hears it.
  await page.evaluate((s) => {
    const region = document.querySelector(s);
    window.__announced = [];
    new MutationObserver(() => window.__announced.push(region.textContent))
      .observe(region, { childList: true, characterData: true, subtree: true });
  }, parts.announcement);
  // A drag: many input events, one change at the end.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 8 });
  const during = await live.textContent();
  // The headline figure follows the thumb; the rest waits for the rest.
  const visible = await ui.compactTotal.textContent();
  assert.match(during, /\$5,576,000/, 'nothing announced mid-drag');
  assert.doesNotMatch(visible, /\$5\.58 million/, 'while the visible total follows the thumb');
  await page.mouse.up();
  await page.waitForFunction((s) => !document.querySelector(s).textContent.includes('$5,576,000'), parts.announcement);
  assert.ok(plain(await live.textContent()).includes(plain(visible)), 'announces the settled total');
  const announced = await page.evaluate(() => [...new Set(window.__announced)]);
  assert.equal(announced.length, 1, `one announcement for one drag: ${JSON.stringify(announced)}`);
});

test('without JavaScript the page still gives both numbers and their sources', async () => {
  const context = await site.browser().newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.server().url);
  const text = await page.locator('body').innerText();
  assert.match(text, /\$5,576,000/);
  assert.match(text, /\$1\.6B/);
  // The sources' own pages, and links within this one (a formula term to its citation).
  const links = await page.locator('a').evaluateAll((as) => as.map((a) => a.href));
  assert.ok(links.filter((h) => h.startsWith('https://')).length >= 3, links.join(' '));
  await context.close();
});
