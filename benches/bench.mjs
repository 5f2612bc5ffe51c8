// `cargo xtask bench`: the release build against the hand-written reference
// page (benches/reference.html), side by side in one headless Chromium run.
// Prints a Markdown table (sizes, start-up, input-to-text, memory) and the
// ratios to the reference; BENCHMARKS.md records the latest one.
//
// Runs are interleaved (widget, reference, widget, ...) so that a busy
// machine slows both alike, and each figure is the median over runs.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { serve, launch, LIVE } from '../tests/e2e/harness.mjs';
import { firstLoad, gzipSize, FIRST_TRIP, REST, PAGES } from './first-load.mjs';
import { PHONE, DRAG, REST_MS, frames, pressThumb, releaseThumb, busy, heldPhone, loaded, median } from './drag.mjs';

const DIST = process.env.DIST || 'dist';
const RUNS = Number(process.env.BENCH_RUNS || 5);
const SAMPLES = 1000; // input-to-text samples per run
// Inputs before any is timed, on both pages alike. V8 compiles wasm (and
// JavaScript) with a baseline compiler first and recompiles hot functions
// optimized later; after 50 inputs the widget measured anywhere from 45 to
// 85 µs, after 2,000 it holds steady.
const WARM_UP = 2000;
const MEMORY_INPUTS = Number(process.env.BENCH_MEMORY_INPUTS || 10_000);
const MEMORY_PACE = 20; // a frame every 20 memory-run inputs: work after the paint runs too
const MEMORY_REST = 200; // and a rest every 200: the widget's catch-up runs too
const DRAG_SAMPLES = 120; // inputs in the frame-paced drag
const PHONE_DRAG_SAMPLES = 60; // the same on a throttled phone (each frame is 4 times dearer)
// Side-by-side phone drags of the widget and the reference, each way, per
// run: the pairs' ratios range over 0.6× or more in one run, so a row's
// median needs many.
const PHONE_PAIRS = 4;

const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];
// performance.now() ticks in 5 µs steps, with jitter that keeps averages
// unbiased. The reference's input takes 10 to 20 µs, two to four ticks, so
// single samples measure the clock more than the page: the medians are
// taken over means of 10 consecutive inputs (a tenth of a tick; a GC pause
// spoils one batch only).
const BATCH = 10;
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

// Before any page script: note when the total is first on screen (the
// frame after it first has text: in the page's HTML, where it is
// prerendered, once the stylesheet is in), when the page is live (the wasm has
// taken over: an input would be handled), the layout shift (CLS) all along,
// and keep a handle on the wasm memory (the widget's module does not export
// it).
const PROBE = () => {
  const seen = () => {
    const el = document.querySelector('[data-testid=total]');
    if (!el?.textContent.trim()) return false;
    // On screen at the next frame: it waits for render-blocking stylesheets.
    if (!window.__seen) {
      window.__seen = true;
      requestAnimationFrame(() => { window.__shownAt = performance.now(); });
    }
    if (!document.querySelector('[data-dce-prerendered]')) window.__liveAt ??= performance.now();
    return window.__liveAt;
  };
  new MutationObserver((_, mo) => seen() && mo.disconnect()).observe(document, {
    subtree: true, childList: true, characterData: true,
  });
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const result = await original.apply(WebAssembly, args);
      const exports = (result.instance ?? result).exports;
      for (const v of Object.values(exports)) if (v instanceof WebAssembly.Memory) window.__wasmMemory = v;
      return result;
    };
  }
};

// In the page: move the GPU slider between two stops and time each input
// event until the total's text has changed (a MutationObserver callback).
// With `pace`, every `pace` inputs wait for a frame and the task after it,
// so work a page defers past the paint runs too; with `rest`, every `rest`
// inputs the thumb rests for `restMs`, so the widget's catch-up (0.1 to
// 0.2 s after an input) runs too.
const DRIVE = async ({ samples, record, pace = 0, rest = 0, restMs = 0 }) => {
  const slider = document.querySelector('.dce-input-gpus input[type=range]');
  const total = document.querySelector('[data-testid=total]');
  const positions = [Math.floor(Number(slider.max) / 2), Number(slider.max)];
  const times = [];
  for (let i = 0; i < samples; i++) {
    const changed = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        mo.disconnect();
        resolve(performance.now());
      });
      mo.observe(total, { subtree: true, childList: true, characterData: true });
    });
    slider.value = String(positions[i % 2]);
    const t0 = performance.now();
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    const t1 = await changed;
    if (record) times.push(t1 - t0);
    if (pace && (i + 1) % pace === 0) {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    }
    if (rest && (i + 1) % rest === 0) await new Promise((r) => setTimeout(r, restMs));
  }
  slider.dispatchEvent(new Event('change', { bubbles: true }));
  return times;
};

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

// Input to text, on both pages at once. Each is warmed up, then they take
// turns, 10 inputs each: a machine that speeds up or slows down (this one's
// speed drifts by half within a minute) does so for both. The ratio is the
// median of the ratios of batches measured side by side.
async function inputToText(browser, urls) {
  const pages = [];
  for (const url of urls) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(LIVE);
    await page.evaluate(DRIVE, { samples: WARM_UP, record: false });
    pages.push({ context, page, times: [], means: [] });
  }
  for (let b = 0; b < SAMPLES / BATCH; b++) {
    for (const p of pages) {
      const times = await p.page.evaluate(DRIVE, { samples: BATCH, record: true });
      p.times.push(...times);
      p.means.push(mean(times));
    }
  }
  for (const p of pages) await p.context.close();
  const [w, r] = pages;
  return {
    widget: { inputMedian: median(w.means), inputP95: p95(w.times) },
    reference: { inputMedian: median(r.means), inputP95: p95(r.times) },
    ratio: median(w.means.map((m, i) => m / r.means[i])),
    ratioP95: p95(w.times) / p95(r.times),
  };
}

async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  await page.goto(url);
  await page.waitForFunction(() => window.__liveAt && window.__shownAt);
  const startup = await page.evaluate(() => window.__shownAt);
  await loaded(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await pressThumb(page);
  const busyBefore = await busy(cdp);
  await page.evaluate(DRAG, { samples: DRAG_SAMPLES, rest: REST_MS });
  const workPerInput = ((await busy(cdp)) - busyBefore) / DRAG_SAMPLES;
  await releaseThumb(page);
  const heapBefore = await heap(cdp);
  const wasmBefore = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
  await page.evaluate(DRIVE, { samples: MEMORY_INPUTS, record: false, pace: MEMORY_PACE, rest: MEMORY_REST, restMs: REST_MS });
  const heapAfter = await heap(cdp);
  const wasmAfter = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
  await context.close();
  return {
    startup,
    workPerInput,
    heapAfter,
    heapGrowth: heapAfter - heapBefore,
    wasmAfter,
    wasmGrowth: wasmAfter - wasmBefore,
  };
}

/**
 * A drag on a phone held as `heldPhone` holds it: main-thread time per
 * input, as in `measure`.
 */
async function phoneDrag(browser, url, sweep = false) {
  const { context, page, cdp } = await heldPhone(browser, url);
  await cdp.send('Performance.enable');
  const busyBefore = await busy(cdp);
  await page.evaluate(DRAG, { samples: PHONE_DRAG_SAMPLES, sweep, rest: REST_MS });
  const perInput = ((await busy(cdp)) - busyBefore) / PHONE_DRAG_SAMPLES;
  await context.close();
  return perInput;
}

/**
 * Phone drags of `widget` and `reference` side by side, PHONE_PAIRS times
 * each way (the default jumps, then a finger's sweep), which goes first
 * taking turns: a pair is measured within seconds, so a machine whose speed
 * drifts slows both alike, and a ratio is the median of the pairs' ratios,
 * as input to text's is.
 */
async function phoneDragPairs(browser, widget, reference) {
  const pairs = { jump: [], sweep: [] };
  for (let i = 0; i < PHONE_PAIRS; i++) {
    for (const [kind, sweep] of [['jump', false], ['sweep', true]]) {
      const first = i % 2 ? reference : widget;
      const a = await phoneDrag(browser, first, sweep);
      const b = await phoneDrag(browser, first === widget ? reference : widget, sweep);
      pairs[kind].push(first === widget ? { w: a, r: b } : { w: b, r: a });
    }
  }
  return pairs;
}

/**
 * Long tasks (over 50 ms, the browser's own `longtask` entries) during a
 * 5-second drag on the same throttled phone, one input a frame: their
 * count, and the longest.
 */
async function phoneLongTasks(browser, url) {
  const { context, page } = await heldPhone(browser, url);
  const tasks = await page.evaluate(async (ms) => {
    const found = [];
    const observer = new PerformanceObserver((list) => found.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    const slider = document.querySelector('.dce-input-gpus input[type=range]');
    const max = Number(slider.max);
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const start = performance.now();
    for (let i = 0; performance.now() - start < ms; i++) {
      await frame();
      slider.value = String(Math.round(max / 2 + (max / 2) * Math.sin(i / 20)));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    }
    slider.dispatchEvent(new Event('change', { bubbles: true }));
    // What the release sets off (the settled view, in a task of its own)
    // runs within a few frames; entries not yet delivered are taken too.
    for (let i = 0; i < 4; i++) await frame();
    await new Promise((r) => setTimeout(r));
    found.push(...observer.takeRecords().map((e) => e.duration));
    observer.disconnect();
    return found;
  }, 5000);
  await context.close();
  return { longTasks: tasks.length, longestTask: Math.max(0, ...tasks) };
}

/**
 * Start-up of a first visit (empty cache) from a phone, PHONE's network and
 * CPU: to the total on screen, seen by `probe` (in `url`'s page, before any
 * of its scripts), which sets `window.__shownAt`. With `frame`, the probe's
 * figures are read in the first frame whose URL contains it (an iframe
 * embed); with PROBE, also the time until the page is live and its CLS.
 * Returns { startup, live, cls }.
 */
async function phoneStartup(browser, url, probe = PROBE, frame = null) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latency,
    downloadThroughput: PHONE.download,
    uploadThroughput: PHONE.upload,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  await page.addInitScript(probe);
  await page.goto(url);
  let target = page;
  if (frame) {
    await page.waitForFunction((f) => [...document.querySelectorAll('iframe')].some((i) => i.src.includes(f)), frame);
    const find = () => page.frames().find((f) => f.url().includes(frame));
    // The frame is attached at about:blank and then navigates (and boot.js
    // sends it on to the embed page): wait for navigations, not attachments.
    while (!find()) await page.waitForEvent('framenavigated', { timeout: 60_000 });
    target = find();
    await target.waitForLoadState('domcontentloaded');
  }
  const ready = probe === PROBE ? () => window.__liveAt && window.__shownAt : () => window.__shownAt;
  await target.waitForFunction(ready, null, { timeout: 60_000 });
  // Two frames after the take-over: a shift it caused is counted.
  await target.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const figures = await target.evaluate(() => ({ startup: window.__shownAt, live: window.__liveAt ?? window.__shownAt, cls: window.__cls ?? 0 }));
  await context.close();
  return figures;
}

// A script embed draws in a shadow root, which the page's MutationObserver
// cannot see into: look once per frame instead.
const EMBED_PROBE = () => {
  const look = () => {
    const total = document.querySelector('[data-deepseek-cost-explainer]')?.shadowRoot
      ?.querySelector('[data-testid=total]');
    if (total?.textContent.trim()) window.__shownAt = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
};

const ms = (x) => `${x.toFixed(2)} ms`;
const ms3 = (x) => `${x.toFixed(3)} ms`;
const kib = (x) => `${(x / 1024).toFixed(1)} KiB`;
const signedKib = (x) => `${x >= 0 ? '+' : '−'}${(Math.abs(x) / 1024).toFixed(1)} KiB`;

const sizes = await firstLoad(DIST);
const byLanguage = {};
for (const [lang, page] of Object.entries(PAGES)) byLanguage[lang] = await firstLoad(DIST, page);
const referencePath = fileURLToPath(new URL('./reference.html', import.meta.url));
const reference = await readFile(referencePath, 'utf8');
// Cross-origin isolation: performance.now() then ticks in 5 µs, not 100 µs.
const server = await serve(DIST, {
  headers: {
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'access-control-allow-origin': '*', // the article below loads widget.js
  },
  gzip: true,
  // Where the build was told it is served (SITE_URL, `cargo xtask bench`):
  // its pages' alternates are absolute, and boot.js follows them.
  port: process.env.SITE_URL ? Number(new URL(process.env.SITE_URL).port) : 0,
});
server.pages.set('/__reference.html', reference);
// An article on another origin with the script embed, as an editor pastes it.
const article = await serve(DIST, { gzip: true });
article.pages.set('/__article.html', `<!doctype html><meta name="viewport" content="width=device-width">
<h1>An article</h1><p>Some text before the widget.</p>
<div data-deepseek-cost-explainer></div>
<script type="module" src="${server.url}widget.js"></script>`);
// The same article with the Italian iframe embed, as "Copy embed code" gives
// it (the language's embed page); with the snippet pasted before the embed
// pages existed (boot.js sends it on to that page); and with the reference
// page in the same frame, its yardstick.
const framed = (src) => `<!doctype html><meta name="viewport" content="width=device-width">
<h1>Un articolo</h1><p>Del testo prima del grafico.</p>
<iframe src="${src}" title="DeepSeek" width="100%" height="800" data-deepseek-cost-explainer></iframe>
<script src="${server.url}embed.js" async></script>`;
article.pages.set('/__frame.html', framed(`${server.url}it/embed.html?lang=it&amp;embed=1`));
article.pages.set('/__frame-old.html', framed(`${server.url}it/?lang=it&amp;embed=1`));
article.pages.set('/__frame-reference.html', framed(`${server.origin}/__reference.html`));
/** Start-up figures as keys of a run: phone, phoneLive, phoneCls. */
const flat = (key, f) => ({ [key]: f.startup, [`${key}Live`]: f.live, [`${key}Cls`]: f.cls });
const browser = await launch();
const runs = { widget: [], reference: [] };
const inputs = [];
const phonePairs = { jump: [], sweep: [] };
try {
  for (let r = 0; r < RUNS; r++) {
    const referenceUrl = `${server.origin}/__reference.html`;
    const { ratio, ratioP95, ...side } = await inputToText(browser, [server.url, referenceUrl]);
    inputs.push({ ratio, ratioP95 });
    const pairs = await phoneDragPairs(browser, server.url, referenceUrl);
    phonePairs.jump.push(...pairs.jump);
    phonePairs.sweep.push(...pairs.sweep);
    runs.widget.push({
      ...side.widget,
      ...(await measure(browser, server.url)),
      ...(await phoneLongTasks(browser, server.url)),
      ...flat('phone', await phoneStartup(browser, server.url)),
      ...flat('phoneIt', await phoneStartup(browser, `${server.url}it/`)),
      ...flat('phoneFrame', await phoneStartup(browser, `${article.origin}/__frame.html`, PROBE, '/it/')),
      phoneFrameOld: (await phoneStartup(browser, `${article.origin}/__frame-old.html`, PROBE, '/it/')).startup,
      phoneEmbed: (await phoneStartup(browser, `${article.origin}/__article.html`, EMBED_PROBE)).startup,
    });
    runs.reference.push({
      ...side.reference,
      ...(await measure(browser, referenceUrl)),
      ...flat('phone', await phoneStartup(browser, referenceUrl)),
      phoneFrame: (await phoneStartup(browser, `${article.origin}/__frame-reference.html`, PROBE, '/__reference')).startup,
      ...(await phoneLongTasks(browser, referenceUrl)),
    });
    process.stderr.write(`run ${r + 1}/${RUNS} done\n`);
  }
} finally {
  await browser.close();
  await server.close();
  await article.close();
}
const med = (who, key) => median(runs[who].map((m) => m[key]));
const row = (label, key, fmt, ratio = true) => {
  const w = med('widget', key);
  const ref = med('reference', key);
  const r = typeof ratio === 'number' ? ratio : ratio && ref > 0 ? w / ref : null;
  return `| ${label} | ${fmt(w)} | ${fmt(ref)} | ${r === null ? '—' : `${r.toFixed(1)}×`} |`;
};
const pairRow = (label, pairs) => {
  const ratio = median(pairs.map((p) => p.w / p.r));
  const spread = pairs.map((p) => p.w / p.r).sort((a, b) => a - b);
  return `| ${label} | ${ms(median(pairs.map((p) => p.w)))} | ${ms(median(pairs.map((p) => p.r)))} | ${ratio.toFixed(2)}× (pairs ${spread[0].toFixed(2)} to ${spread.at(-1).toFixed(2)}) |`;
};
const inputRatio = median(inputs.map((i) => i.ratio));
const inputRatioP95 = median(inputs.map((i) => i.ratioP95));
const refGzip = gzipSize(referencePath);
const lines = [
  `Release build in \`${DIST}/\`, ${RUNS} interleaved runs, medians. ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}; ${browser.version ? `Chromium ${browser.version()}` : 'Chromium'}.`,
  '',
  '| First-load asset | bytes | gzip -9 |',
  '|---|---:|---:|',
  ...sizes.files.map((f) => `| ${f.name} | ${f.bytes.toLocaleString('en-US')} | ${f.gzip.toLocaleString('en-US')} |`),
  `| **total** | ${sizes.bytes.toLocaleString('en-US')} | **${sizes.gzip.toLocaleString('en-US')} (${kib(sizes.gzip)})** |`,
  '',
  '| Language | page, its stylesheet and boot script inline (first round trip) | the rest | first load |',
  '|---|---:|---:|---:|',
  ...Object.entries(byLanguage).map(([lang, l]) => `| ${lang} | ${l.trip.toLocaleString('en-US')} | ${l.rest.toLocaleString('en-US')} | ${l.gzip.toLocaleString('en-US')} (${kib(l.gzip)}) |`),
  `| budget | ${kib(FIRST_TRIP)} | ${kib(REST)} | |`,
  '',
  '| Measure | widget | reference | ratio |',
  '|---|---:|---:|---:|',
  `| First load, gzip -9 | ${kib(sizes.gzip)} | ${kib(refGzip)} | ${(sizes.gzip / refGzip).toFixed(0)}× |`,
  row('Start-up: navigation to the total on screen', 'startup', ms),
  row('Start-up, first visit from a phone (150 ms RTT, 1.6 Mbps, CPU ÷4)', 'phone', ms),
  `| … the same, the Italian page (it/) | ${ms(med('widget', 'phoneIt'))} | | ${(med('widget', 'phoneIt') / med('reference', 'phone')).toFixed(1)}× |`,
  row('… the same, the Italian iframe embed in an article (the reference in the same frame)', 'phoneFrame', ms),
  `| … the same, an iframe snippet from before the embed pages (it/?lang=it&embed=1, sent on by boot.js) | ${ms(med('widget', 'phoneFrameOld'))} | | ${(med('widget', 'phoneFrameOld') / med('reference', 'phoneFrame')).toFixed(1)}× |`,
  row('Phone: navigation to the first input handled (the wasm live)', 'phoneLive', ms),
  `| … the Italian page; the Italian iframe embed | ${ms(med('widget', 'phoneItLive'))}; ${ms(med('widget', 'phoneFrameLive'))} | | — |`,
  row('Phone: cumulative layout shift to two frames after take-over', 'phoneCls', (x) => x.toFixed(3), false),
  `| … the Italian page; the Italian iframe embed | ${med('widget', 'phoneItCls').toFixed(3)}; ${med('widget', 'phoneFrameCls').toFixed(3)} | | — |`,
  `| … the same, script embed in an article on another origin | ${ms(med('widget', 'phoneEmbed'))} | | — |`,
  row('Input to text: median (of 10-input means; ratio of side-by-side batches)', 'inputMedian', ms3, inputRatio),
  row('Input to text: p95', 'inputP95', ms3, inputRatioP95),
  row('Main-thread time per input, one input per frame', 'workPerInput', ms),
  pairRow('… the same on a phone (360×740, CPU ÷4, slider centred; side-by-side pairs, the median of their ratios)', phonePairs.jump),
  pairRow('… the same, a finger sweeping the slider a stop a frame', phonePairs.sweep),
  `| Long tasks (over 50 ms) during a 5-second drag on that phone (the longest) | ${med('widget', 'longTasks')} (${ms(med('widget', 'longestTask'))}) | ${med('reference', 'longTasks')} (${ms(med('reference', 'longestTask'))}) | — |`,
  row(`JS heap after ${MEMORY_INPUTS.toLocaleString('en-US')} inputs`, 'heapAfter', kib),
  row(`JS heap growth over ${MEMORY_INPUTS.toLocaleString('en-US')} inputs`, 'heapGrowth', signedKib, false),
  row('wasm memory after', 'wasmAfter', kib, false),
  row(`wasm memory growth over ${MEMORY_INPUTS.toLocaleString('en-US')} inputs`, 'wasmGrowth', signedKib, false),
];
console.log(lines.join('\n'));
