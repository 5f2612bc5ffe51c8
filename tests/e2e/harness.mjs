// Shared end-to-end harness: a static server for the release build on
// 127.0.0.1 and Debian's Chromium driven by playwright-core.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/**
 * The Content-Security-Policy the build wrote for its pages
 * (`content-security-policy.txt`, xtask/policy.mjs): strict, with the
 * hashes of each page's inline boot script and stylesheet.
 */
export const policy = (dir = process.env.DIST || 'dist') =>
  readFileSync(join(dir, 'content-security-policy.txt'), 'utf8').trim();

/**
 * Serves `dir` on 127.0.0.1 at a free port; resolves to { url, close, pages }.
 * `prefix` mounts the files under a path; `headers` are sent with every file;
 * `rewrite` replaces text in HTML files (example pages name a placeholder
 * host); `pages` (a Map of path to HTML) serves pages a test writes;
 * `gzip` compresses what the browser accepts compressed, as a real host
 * does (the bench's phone-network start-up pays compressed bytes).
 */
export async function serve(dir, { prefix = '/', headers = {}, rewrite = null, gzip = false, port: listen = 0 } = {}) {
  const pages = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = (type, body) => {
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', ...headers });
        res.end(gzipSync(body, { level: 9 }));
      } else {
        res.writeHead(200, { 'content-type': type, ...headers });
        res.end(body);
      }
    };
    if (pages.has(path)) {
      send(TYPES['.html'], pages.get(path));
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(normalize(dir))) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (rewrite && extname(file) === '.html') body = body.toString().replaceAll(rewrite.from, rewrite.to);
      send(TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(listen, '127.0.0.1', resolve));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return { origin, url: `${origin}${prefix}`, pages, close: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * Records on `page` what a test must never see: console errors and
 * warnings, uncaught exceptions, dialogs (`page.errors`); every request
 * (`page.requests`); and Content-Security-Policy violations, which the
 * page keeps in `window.__violations`.
 */
export async function watch(page) {
  page.errors = [];
  page.requests = [];
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') page.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    page.errors.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  return page;
}

/** Waits until the element at `selector` contains `text`. */
export async function waitForText(page, selector, text) {
  await page.waitForFunction(
    ([s, t]) => document.querySelector(s)?.textContent.replace(/[\u00a0\u202f]/g, ' ').includes(t),
    [selector, text],
    { timeout: 5000 },
  ).catch(async () => {
    const now = await page.locator(selector).first().textContent().catch(() => '(missing)');
    throw new Error(`"${selector}" never contained "${text}"; it says: ${now}`);
  });
}

/**
 * Scrolls `selector` into view and waits until the browser has laid it out:
 * sections below the fold skip layout while off screen (content-visibility),
 * and `innerText` reads only what is laid out.
 */
export async function scrollTo(page, selector) {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.waitForFunction((s) => document.querySelector(s)?.innerText.trim(), selector);
}

/**
 * A screenshot of the whole page (or of `locator`), as a reader scrolling
 * down it sees it. The viewport first grows to the page's height: sections
 * below the fold are not drawn while off screen (content-visibility), and a
 * capture beyond the viewport would show them blank.
 */
export async function shoot(page, path, locator = null) {
  const size = page.viewportSize();
  const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // Until the page's height holds: each pass draws the sections now in view
  // (two frames: one to find them, one to draw them), which may change it.
  for (let pass = 0, height = 0; pass < 4; pass++) {
    const now = await page.evaluate(() => document.documentElement.scrollHeight);
    if (now === height) break;
    height = now;
    await page.setViewportSize({ width: size.width, height: Math.max(height, size.height) });
    await frames();
  }
  await (locator ?? page).screenshot({ path, fullPage: !locator });
  await page.setViewportSize(size);
}

/**
 * Refuses every network request `context` makes (a reader offline, the
 * offline file from file://); returns the list of what was asked for.
 */
export async function refuseNetwork(context) {
  const refused = [];
  await context.route(/^(https?|wss?):/, (route) => {
    refused.push(route.request().url());
    return route.abort();
  });
  return refused;
}

/** Text with Intl's no-break spaces (U+00A0, U+202F) made plain. */
export const plain = (s) => s.replace(/[\u00a0\u202f]/g, ' ');

/**
 * Where each part of the widget is: the one place the end-to-end files name
 * its classes, test ids and data- attributes. Strings, for `waitForText`,
 * `scrollTo` and code run in the page (pass them in as arguments); a
 * function takes a field (gpus, price or hours), a preset, a panel or a
 * format. `widget(scope)` gives each as a Locator.
 */
export const parts = {
  /** The widget's root element (in a script embed, inside its shadow root). */
  root: 'main',
  /** The root while it is still the build's prerendered view. */
  prerendered: 'main[data-dce-prerendered]',
  /** The root in the compact in-article layout (embed=1). */
  embedLayout: 'main.is-embed',
  /** The root while it prints the teacher's copy. */
  answersMarked: 'main[data-dce-answers]',
  /** The header: kicker, title and lede. */
  head: '.dce-head',
  /** The lede paragraph under the title. */
  lede: '.dce-lede',
  /** Text only screen readers read. */
  screenReaderOnly: '.dce-sr',
  /** The line, with JavaScript off, on what needs it. */
  noScript: '.dce-noscript',
  /** The polite live region that announces the settled total. */
  announcement: '[aria-live=polite]',
  /** The language switch (absent from embeds). */
  languageSwitch: '.dce-lang',
  /** The language switch's menu. */
  languageMenu: '.dce-lang select',

  /** Every scenario button. */
  presets: '.dce-preset',
  /** The scenario button of preset `id` (v3, r1, hyperscaler, buy-v3, fleet). */
  preset: (id) => `[data-preset=${id}]`,
  /** The Reset button. */
  reset: '.dce-reset',
  /** The sticky stage: the total and the track, kept in view. */
  stage: '.dce-stage',
  /** The headline total: its compact figure, exact figure and source. */
  total: '[data-testid=total]',
  /** The total's big compact figure ("$5.58 million"). */
  compactTotal: '.dce-total-compact',
  /** The total's exact amount under it ("$5,576,000 exactly"). */
  exactTotal: '.dce-total-exact',
  /** The total's panel while the basis is Buy. */
  buyingTotal: '.dce-total.is-buy',
  /** What shows in the total's place while predict-first hides it. */
  hiddenTotal: '[data-testid=total-hidden]',
  /** Under a purchase, the share of it these hours use up. */
  purchaseShare: '.dce-life-share',
  /** The live formula, each number linked to its citation. */
  formula: '[data-testid=formula]',

  /** The cost track (a figure: the chart and its legend). */
  track: '[data-testid=track]',
  /** The track chart's text labels. */
  trackLabels: '.dce-track-svg text',
  /** The marker of the current total on the track (a group in the track's
   * SVG: a dot in a ring drawn at the start of its pin). */
  marker: '.dce-track-marker',
  /** The marker's pin, a line from the dot's centre (`x1`, which the
   * widget moves) to the track's end. */
  markerPin: '.dce-track-pin',
  /** The cited rows (ids such as O-05) in the track's legend. */
  legendRows: '.dce-track-legend .dce-row',
  /** The comparisons drawn on the track (GPT-4, Llama 3.1 405B). */
  comparisons: '.dce-compare',
  /** The comparisons' text labels. */
  comparisonLabels: '.dce-compare text',
  /** The comparison drawn as one point (Llama's GPU-hours at your rent). */
  comparisonPoint: '.dce-compare circle',
  /** The reader's guess on the track, once revealed. */
  guessMark: '[data-testid=guess-mark]',

  /** The inputs' section. */
  inputs: '.dce-inputs',
  /** Every input's slider. */
  sliders: '.dce-inputs input[type=range]',
  /** Every input's number box. */
  numberBoxes: '.dce-inputs input[type=text]',
  /** The slider of `field`. */
  slider: (field) => `.dce-input-${field} input[type=range]`,
  /** The number box of `field`. */
  numberBox: (field) => `.dce-input-${field} input[type=text]`,
  /** The note under `field` (a refused or clamped value). */
  note: (field) => `.dce-input-${field} .dce-note`,
  /** The hint on what `field` means, read with its box. */
  hint: (field) => `#dce-hint-${field}`,
  /** Every slider's scale of tick labels (an svg). */
  ticks: '.dce-ticks',
  /** The tick labels under the slider of `field`. */
  tickLabels: (field) => `.dce-input-${field} .dce-ticks text`,
  /** The Rent and Buy options of the basis switch. */
  basisOptions: 'label.dce-basis-option',
  /** The citation under `field`. */
  citation: (field) => `[data-testid=citation-${field}]`,
  /** Every citation's one line: its value, source and date. */
  citationLines: '.dce-cite-line',
  /** The one line of the citation under `field`. */
  citationLine: (field) => `[data-testid=citation-${field}] .dce-cite-line`,
  /** The source and date on that line. */
  citationRef: (field) => `[data-testid=citation-${field}] .dce-cite-ref`,
  /** The "derived" label on that line. */
  derivedTag: (field) => `[data-testid=citation-${field}] .dce-cite-line [data-testid=derived]`,
  /** A citation's quote button, beside its line. */
  quoteButton: '.dce-cite-more > summary',
  /** A word explained on tap (`id`: gpu-hour, hyperscaler, capex,
   * depreciation), and the popover with its meaning. */
  term: (id) => `button[popovertarget=dce-term-${id}]`,
  termCard: (id) => `#dce-term-${id}`,

  /** The sections (Why they differ, What they leave out, Share): `id` is why, leaves or share. */
  panel: (id) => `#dce-panel-${id}`,
  /** The summary that opens and closes a section. */
  panelToggle: (id) => `#dce-panel-${id} > summary`,
  /** The embed's row of section buttons, at its foot. */
  sectionButtons: '.dce-more',
  /** Why the numbers differ: the bridge from one total to the other. */
  bridge: '[data-testid=bridge]',
  /** The bridge's cited rows. */
  bridgeRows: '[data-testid=bridge] .dce-row',
  /** The names under the bridge's bars (relative to the bridge). */
  bridgeNames: '.dce-bridge-names li',
  /** The reader's scenario placed against both numbers. */
  bridgeYou: '[data-testid=bridge-you]',
  /** The range of totals the sources allow. */
  band: '[data-testid=band]',
  /** The sensitivity chart. */
  sensitivity: '[data-testid=sensitivity]',
  /** Its rows, one for each input. */
  sensitivityRows: '[data-testid=sensitivity] li',
  /** The claim checker's text box. */
  claimInput: '[data-testid=claim-input]',
  /** The claim checker's answer. */
  claimAnswer: '[data-testid=claim-answer]',
  /** What these numbers leave out. */
  leftOut: '.dce-leaves',
  /** The cited rows there. */
  leftOutRows: '.dce-leaves .dce-row',
  /** The dated corrections. */
  corrections: '[data-testid=corrections]',

  /** The share bar's copy buttons: `what` is link or embed. */
  share: (what) => `[data-share=${what}]`,
  /** The share bar's download buttons: `kind` is png, svg, csv or json. */
  download: (kind) => `[data-download=${kind}]`,
  /** The share bar's status line ("Link copied."). */
  shareStatus: '.dce-share-status',
  /** The text the share bar copied, shown to copy by hand. */
  shareText: '.dce-share-text',
  /** The link to the offline file. */
  offlineLink: '[data-testid=offline]',
  /** The share bar's link to the embed builder (builder.html). */
  builderLink: '[data-share=builder]',
  /** On the embed builder's page: the code it gives, the language it is
   * for, the box that keeps the reader's scenario, and the framed preview. */
  builderCode: '[data-testid=builder-code]',
  builderLang: '[data-testid=builder-lang]',
  builderKeep: '[data-testid=builder-keep]',
  builderPreview: '[data-testid=builder-preview]',
  /** The offline file's note that its links open only on this computer. */
  localOnly: '[data-testid=local-only]',

  /** The classroom bar: "For teachers" and its controls. */
  classroom: '.dce-classroom',
  /** Its summary, "For teachers", which opens it. */
  classroomToggle: '.dce-classroom > summary',
  /** Its buttons (Present, Full screen, Download image, ...). */
  classroomButtons: '.dce-classroom button',
  /** Its chips that are a label round a checkbox (Predict first). */
  toggleChips: 'label.dce-chip',
  /** The story card of a guided step. */
  story: '[data-testid=story]',
  /** The cited rows on the story card. */
  storyRows: '[data-testid=story] .dce-row',
  /** The story card's "Step 1 of 6". */
  storyCount: '[data-testid=story] .dce-story-count',
  /** The way into the story, or back to where the reader left it. */
  storyStart: '[data-testid=story-start]',
  /** The verdict on a predict-first guess. */
  verdict: '[data-testid=verdict]',
  /** The printed worksheet. */
  worksheet: '[data-testid=worksheet]',
  /** The worksheet's heading. */
  worksheetHeading: '[data-testid=worksheet] h2',
  /** The worksheet's list of questions. */
  questionList: '[data-testid=questions]',
  /** Each of its questions. */
  questions: '[data-testid=questions] li',
  /** The worksheet's QR code. */
  qr: '[data-testid=qr]',
  /** The QR code's drawing: there once the code is drawn. */
  qrPath: '[data-testid=qr] path',
};

/**
 * The widget as a page object: each of `parts` as a Locator under `scope`
 * (a Page, Frame, FrameLocator, or a Locator such as a script embed's host,
 * whose open shadow root CSS locators pierce); a function part takes the
 * same arguments. `widget(page).slider('gpus')`, `widget(frame).total`.
 */
export const widget = (scope) => Object.fromEntries(Object.entries(parts).map(([name, s]) =>
  [name, typeof s === 'function' ? (...a) => scope.locator(s(...a)) : scope.locator(s)]));

/**
 * The total of a live widget: rendered by the wasm, not the page's
 * prerendered default view (which it replaces).
 */
export const LIVE = `main:not([data-dce-prerendered]) ${parts.total}`;

/** The headline total's text, made plain. */
export const total = async (page) => plain(await widget(page).total.textContent());

/**
 * The one harness of every end-to-end file: the release build served on
 * 127.0.0.1 (`serveOptions` as for `serve`), any other sites a test needs
 * on origins of their own (`hosts`: name → (widget server) → [dir,
 * options]; an article's host, say), one browser, and at the end, on every
 * page opened, no console error or warning, no dialog, no CSP violation and
 * no request to any other origin.
 *
 * Returns { server(), host(name), browser(), context(options), page(options),
 * open(url, options) }. `open` takes a query relative to the widget, or a
 * full URL; it waits for the total unless `wait: false`.
 */
export function useSite(dir = process.env.DIST || 'dist', serveOptions = {}, { hosts = {} } = {}) {
  let server, browser;
  const others = {};
  const pages = [];
  before(async () => {
    server = await serve(dir, serveOptions);
    for (const [name, make] of Object.entries(hosts)) {
      const [hostDir, options] = make(server);
      others[name] = await serve(hostDir, options);
    }
    browser = await launch();
  });
  after(async () => {
    const origins = [server, ...Object.values(others)].filter(Boolean).map((s) => `${s.origin}/`);
    const errors = [];
    for (const p of pages) {
      errors.push(...p.errors.map((e) => `${p.url()}: ${e}`));
      const violations = await p.evaluate(() => window.__violations ?? []).catch(() => []);
      errors.push(...violations.map((v) => `${p.url()}: CSP ${v}`));
    }
    const foreign = pages.flatMap((p) => p.requests).filter((u) => !origins.some((o) => u.startsWith(o)) && !/^(data|blob|file):/.test(u));
    await browser?.close();
    await server?.close();
    for (const s of Object.values(others)) await s.close();
    assert.deepEqual(errors, [], 'no console errors, warnings, dialogs or CSP violations on any page');
    assert.deepEqual(foreign, [], 'no request leaves our origins');
  });
  const context = (options = {}) => browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', ...options });
  /** A new watched page, in `context` or a context of its own. */
  const page = async ({ context: ctx = null, width = 1280, height = 900, locale = 'en-US' } = {}) => {
    const c = ctx ?? (await context({ viewport: { width, height }, locale }));
    const p = await watch(await c.newPage());
    pages.push(p);
    return p;
  };
  const open = async (url = '', { wait = true, ...options } = {}) => {
    const p = await page(options);
    await p.goto(/^[a-z]+:/.test(url) ? url : server.url + url);
    if (wait) await p.waitForSelector(LIVE);
    return p;
  };
  return { server: () => server, host: (name) => others[name], browser: () => browser, context, page, open };
}
