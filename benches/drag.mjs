// The drag the bench times (benches/bench.mjs) and traces
// (benches/drag-trace.mjs): one input a frame on the GPU slider, its thumb
// held, on a desktop or on a throttled phone; and the median both report.
import { LIVE } from '../tests/e2e/harness.mjs';

// A phone on a mobile network, as Lighthouse's mobile audit simulates one:
// 150 ms round trips, 1.6 Mbps down, 750 kbps up, the CPU 4 times slower.
export const PHONE = { latency: 150, download: 1.6e6 / 8, upload: 750e3 / 8, cpuSlowdown: 4 };

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Longer than the widget's slowest catch-up after a drag's last input. */
export const REST_MS = 250;

// In the page: a drag as a reader makes it, one input per frame. Whatever
// a page does for an input, at once or after the paint, happens before the
// next input; at the end the thumb rests, still held, for `rest` ms
// (REST_MS) and two frames, on both pages alike, so what a page does once
// the thumb rests is counted too (the widget's catch-up comes 0.1 to 0.2 s
// after the last input, `platform::schedule::WhenStill`).
// With `sweep`, the thumb walks a stop at a time, as a finger slides it,
// back and forth across the middle three fifths of the slider (on the GPU
// slider's 149 stops, a drag of 60 inputs goes one way): the total changes
// in every frame, and crosses its orders of magnitude (and the widths of
// their words) on the way, where the default jumps between the same two
// stops.
export const DRAG = async ({ samples, sweep = false, rest }) => {
  const slider = document.querySelector('.dce-input-gpus input[type=range]');
  const max = Number(slider.max);
  const [lo, hi] = [Math.floor(max / 5), Math.ceil((max * 4) / 5)];
  const at = (i) => {
    if (!sweep) return i % 2 ? max : Math.floor(max / 2);
    const k = i % (2 * (hi - lo));
    return k <= hi - lo ? lo + k : hi - (k - (hi - lo));
  };
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  for (let i = 0; i < samples; i++) {
    await frame();
    slider.value = String(at(i));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await new Promise((r) => setTimeout(r, rest));
  await frame();
  await frame();
};

/** Waits for `n` animation frames in `page`. */
export const frames = (page, n) => page.evaluate((n) => new Promise((resolve) => {
  const next = (left) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve());
  next(n);
}), n);

/**
 * A reader's drag holds the thumb: press the GPU slider (at its middle) before
 * a drag's inputs, on both pages alike, so the slider is `:active` and under
 * the pointer, as under a finger. What the press moved settles (a few frames)
 * before anything is timed.
 */
export async function pressThumb(page) {
  const slider = page.locator('.dce-input-gpus input[type=range]');
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await frames(page, 4);
}

/** Lets go of the thumb, and waits for what the release settles. */
export async function releaseThumb(page) {
  await page.mouse.up();
  await frames(page, 4);
}

/** Main-thread time (CDP `TaskDuration`: script, style, layout, paint) in ms. */
export async function busy(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * metrics.find((m) => m.name === 'TaskDuration').value;
}

/**
 * Waits until `page` has loaded what it loads: its network quiet for half a
 * second (Playwright's `networkidle`). A drag begun within a second of a
 * page's load took more main-thread time per input than one begun later
 * (on the throttled phone the reference 1.0 to 2.6 ms more, the widget 0.6
 * to 1.2 ms), and the reference is live at once, the widget only once its
 * wasm has taken over: begun as soon as each was live, the reference's drag
 * fell nearer its load, and the ratio read a twentieth to a fifth lower
 * than the pages' (BENCHMARKS.md, issue 28). A reader drags after reading.
 */
export const loaded = (page) => page.waitForLoadState('networkidle');

/**
 * `url` on a phone as a reader holds it for a drag: 360×740, the CPU 4
 * times slower (PHONE), the page loaded (`loaded`), the GPU slider centred
 * on screen, so the sticky stage (total and track) is drawn above it, and
 * its thumb pressed.
 */
export async function heldPhone(browser, url) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(LIVE);
  await loaded(page);
  await page.locator('.dce-input-gpus input[type=range]').evaluate((s) => s.scrollIntoView({ block: 'center' }));
  await pressThumb(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  return { context, page, cdp };
}
