// Where a phone drag's main-thread time goes (BENCHMARKS.md, issue 28): the
// bench's phone drag (benches/drag.mjs) under a Chromium trace, main-thread
// self time per input by kind, for each build given and the reference page,
// taking turns, medians over the rounds.
//
//   node benches/drag-trace.mjs [DIST ...]        (default: dist)
//   ROUNDS=7 SWEEP=1 FUNCTIONS=1 node benches/drag-trace.mjs dist before/
//
// SWEEP=1 sweeps the slider a stop a frame instead of jumping between two
// stops. FUNCTIONS=1 also samples the first build's script by function
// (names need a build that keeps them: BENCHMARKS.md says how).
//
// A trace costs the page time of its own, the more the more trace events
// its work makes: its figures say where the time goes, not how the pages
// compare. `cargo xtask bench` measures that, untraced.
import { readFile } from 'node:fs/promises';
import { serve, launch } from '../tests/e2e/harness.mjs';
import { DRAG, REST_MS, heldPhone, median } from './drag.mjs';

const DISTS = process.argv.slice(2).length ? process.argv.slice(2) : ['dist'];
const ROUNDS = Number(process.env.ROUNDS || 5);
const SAMPLES = 60;
const sweep = ['1', 'true', 'yes'].includes(process.env.SWEEP ?? '');

// Trace events by kind; an event of no kind counts as its parent's, and
// work directly in a task as `other`.
const KINDS = [
  ['script', /^(EventDispatch|FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks|v8|V8|EvaluateScript|MinorGC|MajorGC|BlinkGC|ThreadState|HandlePostMessage|RequestAnimationFrame)/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)/],
  ['layout', /^(Layout|UpdateLayout|IntersectionObserverController|ComputeIntersections)/],
  ['paint', /^(PrePaint|Paint|Layerize|UpdateLayer|PaintArtifact|LocalFrameView::RunPaint|LocalFrameView::RunPrePaint)/],
  ['composite', /^(Commit|CompositeLayers|ProxyMain::BeginMainFrame::commit|LayerTreeHost)/],
];
const COLUMNS = ['script', 'style', 'layout', 'paint', 'composite', 'other', 'total'];

/** Self time per input by kind on the renderer's busiest main thread. */
function byKind(trace) {
  const events = trace.traceEvents ?? trace;
  let main = [];
  for (const m of events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain')) {
    const own = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X' && e.dur != null);
    const busy = (evs) => evs.filter((e) => /RunTask/.test(e.name)).reduce((a, e) => a + e.dur, 0);
    if (busy(own) > busy(main)) main = own;
  }
  main.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const kinds = Object.fromEntries(COLUMNS.map((c) => [c, 0]));
  const stack = [];
  const close = (node) => { kinds[node.kind] += (node.e.dur - node.children) / 1000 / SAMPLES; };
  for (const e of main) {
    while (stack.length && stack.at(-1).e.ts + stack.at(-1).e.dur <= e.ts) close(stack.pop());
    const parent = stack.at(-1);
    if (!parent && !/RunTask/.test(e.name)) continue;
    if (parent) parent.children += e.dur;
    stack.push({ e, kind: KINDS.find(([, re]) => re.test(e.name))?.[0] ?? parent?.kind ?? 'other', children: 0 });
  }
  while (stack.length) close(stack.pop());
  kinds.total = COLUMNS.slice(0, -1).reduce((a, c) => a + kinds[c], 0);
  return kinds;
}

/** Script self time per input by function, from V8's sampling profiler. */
async function functions(cdp, run) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = await cdp.send('Profiler.stop');
  const time = {};
  profile.timeDeltas.forEach((d, i) => { time[profile.samples[i]] = (time[profile.samples[i]] ?? 0) + d; });
  const self = {};
  for (const node of profile.nodes) {
    const name = node.callFrame.functionName || `(${node.callFrame.url.split('/').pop() || 'anonymous'})`;
    if (!['(idle)', '(program)', '(root)'].includes(name)) self[name] = (self[name] ?? 0) + (time[node.id] ?? 0) / 1000 / SAMPLES;
  }
  return self;
}

const servers = await Promise.all(DISTS.map((d) => serve(d, { gzip: true })));
servers[0].pages.set('/__reference.html', await readFile(new URL('./reference.html', import.meta.url), 'utf8'));
const targets = [...DISTS.map((d, i) => [d, servers[i].url]), ['reference', `${servers[0].origin}/__reference.html`]];
const rounds = Object.fromEntries(targets.map(([name]) => [name, []]));
const sampled = {};
const browser = await launch();
try {
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, url] of targets) {
      const { context, page, cdp } = await heldPhone(browser, url);
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'blink', 'cc'] });
      await page.evaluate(DRAG, { samples: SAMPLES, sweep, rest: REST_MS });
      rounds[name].push(byKind(JSON.parse(await browser.stopTracing())));
      if (process.env.FUNCTIONS && name === DISTS[0]) {
        for (const [f, t] of Object.entries(await functions(cdp, () => page.evaluate(DRAG, { samples: SAMPLES, sweep, rest: REST_MS })))) {
          sampled[f] = (sampled[f] ?? 0) + t / ROUNDS;
        }
      }
      await context.close();
    }
    process.stderr.write(`round ${r + 1}/${ROUNDS}\n`);
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
console.log(`Phone drag${sweep ? ' (a sweep)' : ''}, traced: main-thread self time per input, ms, medians of ${ROUNDS} rounds.\n`);
console.log(`| build | ${COLUMNS.join(' | ')} |\n|---|${COLUMNS.map(() => '---:').join('|')}|`);
for (const [name] of targets) console.log(`| ${name} | ${COLUMNS.map((c) => median(rounds[name].map((k) => k[c])).toFixed(2)).join(' | ')} |`);
if (process.env.FUNCTIONS) {
  console.log(`\n${DISTS[0]}'s script by function, self time per input (sampled), ms:\n`);
  for (const [f, t] of Object.entries(sampled).sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`| ${f.slice(0, 90)} | ${t.toFixed(3)} |`);
}
