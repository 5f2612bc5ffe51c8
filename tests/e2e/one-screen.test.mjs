// The gesture: whichever slider a reader drags, on a phone, a tablet, a
// laptop or a classroom projector, the total and its marker on the track are
// on screen with it. And nothing scrolls sideways at 320 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { parts, plain, shoot, useSite, widget } from './harness.mjs';

const SHOTS = new URL('../../target/screenshots/', import.meta.url);
const { open } = useSite();

const VIEWPORTS = [
  [360, 740, ''], [360, 740, '?embed=1'],
  [390, 844, ''], [390, 844, '?embed=1'],
  [768, 1024, ''], [768, 1024, '?embed=1'],
  [1280, 800, ''], [1280, 800, '?embed=1'],
  [1024, 768, '?present=1'], [1280, 720, '?present=1'], [1920, 1080, '?present=1'],
];

const FIELDS = ['gpus', 'price', 'hours'];

/**
 * Scrolls the slider of `field` into view (`block` as scrollIntoView takes
 * it), waits for two frames, and returns the boxes of the slider, the
 * total's figure and the track's marker, the viewport, and whether the
 * slider's centre is the slider itself (not covered by the sticky stage).
 */
async function scrolledTo(page, field, block) {
  return page.evaluate(async ([at, block]) => {
    const slider = document.querySelector(at.slider);
    slider.scrollIntoView({ block, inline: 'nearest' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    const s = box(slider);
    const hit = document.elementFromPoint((s.left + s.right) / 2, (s.top + s.bottom) / 2);
    return {
      slider: s,
      figure: box(document.querySelector(at.figure)),
      // The pin starts at the dot's centre: the ring reaches 14 px round it.
      marker: ((b) => ({ top: b.top - 14, bottom: b.bottom + 14, left: b.left - 14, right: b.left + 14 }))(box(document.querySelector(at.marker))),
      stage: box(document.querySelector(at.stage)),
      view: { width: innerWidth, height: innerHeight },
      reachable: hit === slider,
    };
  }, [{ slider: parts.slider(field), figure: parts.compactTotal, marker: parts.markerPin, stage: parts.stage }, block]);
}

const inside = (b, v) => b.top >= -0.5 && b.bottom <= v.height + 0.5 && b.left >= -0.5 && b.right <= v.width + 0.5;

for (const [width, height, query] of VIEWPORTS) {
  const layout = query || 'page';
  test(`${width}×${height} ${layout}: any slider in view has the total and the track's marker in view`, async () => {
    const page = await open(query, { width, height });
    for (const field of FIELDS) {
      for (const block of ['end', 'center', 'start']) {
        const m = await scrolledTo(page, field, block);
        const where = `${field} scrolled to ${block}`;
        // Scrolled to from above or centred, a slider is in view and not
        // under the stage. Scrolled to the top edge, it may slide under the
        // sticky stage, which still shows the total and the marker: check
        // that this, and only this, is why it is out of reach.
        const hidden = block === 'start' && !(inside(m.slider, m.view) && m.reachable);
        if (hidden) {
          assert.ok(m.slider.top < m.stage.bottom, `${where}: out of reach only under the stage ${JSON.stringify(m)}`);
        } else {
          assert.ok(inside(m.slider, m.view), `${where}: the slider is on screen ${JSON.stringify(m.slider)}`);
          assert.ok(m.reachable, `${where}: the slider is not covered`);
        }
        assert.ok(inside(m.figure, m.view), `${where}: the total's figure is on screen ${JSON.stringify(m.figure)}`);
        assert.ok(inside(m.marker, m.view), `${where}: the marker is on screen ${JSON.stringify(m.marker)}`);
      }
    }
    await mkdir(SHOTS, { recursive: true });
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: new URL(`screen-${width}x${height}-${layout.replace(/\W+/g, '')}.png`, SHOTS).pathname });
  });
}

test('at 360×740, dragging each slider moves the total and the marker with no scrolling', async () => {
  const page = await open('', { width: 360, height: 740 });
  const ui = widget(page);
  for (const field of FIELDS) {
    const slider = ui.slider(field);
    await slider.evaluate((s) => s.scrollIntoView({ block: 'center' }));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const before = {
      total: plain(await ui.compactTotal.textContent()),
      at: await ui.markerPin.evaluate((c) => c.getAttribute('x1')),
      y: await page.evaluate(() => scrollY),
    };
    const box = await slider.boundingBox();
    const y = box.y + box.height / 2;
    // From the thumb (wherever the value puts it) far to the right, in steps.
    await page.mouse.move(box.x + 14, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 14 + ((box.width - 28) * i) / 10, y);
    await page.mouse.up();
    await page.waitForFunction(([s, at]) => document.querySelector(s).getAttribute('x1') !== at, [parts.markerPin, before.at]);
    const after = await scrolledState(page);
    assert.notEqual(after.total, before.total, `${field}: the total moved`);
    assert.equal(after.y, before.y, `${field}: the page did not scroll`);
    assert.ok(after.figureVisible && after.markerVisible, `${field}: total and marker in view`);
    await ui.reset.click();
  }
});

async function scrolledState(page) {
  return page.evaluate(([figure, marker]) => {
    // The marker's pin lies along the track from the dot's centre: its ring
    // reaches 14 px above and below it.
    const seen = (el, reach = 0) => {
      const r = el.getBoundingClientRect();
      return r.top - reach >= 0 && r.bottom + reach <= innerHeight;
    };
    return {
      total: document.querySelector(figure).textContent.replace(/[\u00a0\u202f]/g, ' '),
      y: scrollY,
      figureVisible: seen(document.querySelector(figure)),
      markerVisible: seen(document.querySelector(marker), 14),
    };
  }, [parts.compactTotal, parts.markerPin]);
}

for (const query of ['', '?embed=1', '?present=1', '?lang=it&present=1', '?lang=pt-PT&embed=1', '?lang=es',
  '?lang=fr&embed=1', '?lang=de', '?lang=de&embed=1']) {
  test(`no sideways scroll at 320px: ${query || 'page'}`, async () => {
    const page = await open(query, { width: 320, height: 640 });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 320, `${wide}px wide`);
  });
}

test('on a phone the scenarios keep to one row and the total is on the first screen', async () => {
  for (const lang of ['en', 'it', 'pt-BR', 'es', 'fr', 'de']) {
    const page = await open(`?lang=${lang}`, { width: 360, height: 740 });
    const ui = widget(page);
    const tops = await ui.presets.evaluateAll((bs) => new Set(bs.map((b) => Math.round(b.getBoundingClientRect().top))).size);
    assert.equal(tops, 1, `${lang}: one row of scenarios`);
    const figure = await ui.compactTotal.boundingBox();
    const marker = await ui.markerPin.boundingBox();
    assert.ok(figure.y + figure.height <= 740 && marker.y + marker.height <= 740, `${lang}: total and marker on the first screen`);
  }
});
