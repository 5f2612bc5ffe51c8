// Shared end-to-end harness: a static server for the release build on
// 127.0.0.1 and Debian's Chromium driven by playwright-core.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
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
 * Serves `dir` on 127.0.0.1 at a free port; resolves to { url, close, pages }.
 * `prefix` mounts the files under a path; `headers` are sent with every file;
 * `rewrite` replaces text in HTML files (example pages name a placeholder
 * host); `pages` (a Map of path to HTML) serves pages a test writes;
 * `gzip` compresses what the browser accepts compressed, as a real host
 * does (the bench's phone-network start-up pays compressed bytes).
 */
export async function serve(dir, { prefix = '/', headers = {}, rewrite = null, gzip = false } = {}) {
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
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
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

/** A page that records console errors and uncaught exceptions. */
export async function openPage(browser, url, { width = 1280, height = 900, locale = 'en-US', wait = true } = {}) {
  const page = await browser.newPage({ viewport: { width, height }, locale });
  page.errors = [];
  page.requests = [];
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') page.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
  await page.goto(url);
  if (wait) await page.waitForSelector('[data-testid=total]');
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

/** Text with Intl's no-break spaces (U+00A0, U+202F) made plain. */
export const plain = (s) => s.replace(/[\u00a0\u202f]/g, ' ');

export const total = async (page) => plain(await page.locator('[data-testid=total]').textContent());

/**
 * The usual test file: the release build served on 127.0.0.1, one browser,
 * and at the end no console error or warning on any page it opened.
 * Returns { open(query, options), server() }.
 */
export function useSite(dir = process.env.DIST || 'dist', serveOptions = {}) {
  let server, browser;
  const pages = [];
  before(async () => {
    server = await serve(dir, serveOptions);
    browser = await launch();
  });
  after(async () => {
    const errors = pages.flatMap((p) => p.errors.map((e) => `${p.url()}: ${e}`));
    const origin = server?.origin;
    const foreign = pages.flatMap((p) => p.requests).filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
    await browser?.close();
    await server?.close();
    assert.deepEqual(errors, [], 'no console errors or warnings on any page');
    assert.deepEqual(foreign, [], 'no request leaves the widget origin');
  });
  return {
    server: () => server,
    browser: () => browser,
    async open(query = '', options) {
      const page = await openPage(browser, server.url + query, options);
      pages.push(page);
      return page;
    },
  };
}
