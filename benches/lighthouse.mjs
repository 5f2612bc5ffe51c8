// Lighthouse's four categories and its start-up metrics, for the English
// page, the Italian page, the Italian embed page and the reference page, on
// Lighthouse's own mobile profile (BENCHMARKS.md, "Lighthouse"). Run by
// `cargo xtask bench` after benches/bench.mjs; Lighthouse drives Debian's
// Chromium (CHROMIUM), served on 127.0.0.1 as the bench serves it.
import { readFile } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../tests/e2e/harness.mjs';

const DIST = process.env.DIST || 'dist';
// Served where `cargo xtask bench` told the build it would be (SITE_URL), so
// the pages' alternates and social card are absolute, as a published build's are.
const site = new URL(process.env.SITE_URL || 'http://127.0.0.1:8765/');
const server = await serve(DIST, { gzip: true, port: Number(site.port) });
server.pages.set('/__reference.html', await readFile(new URL('./reference.html', import.meta.url), 'utf8'));
const pages = [
  ['English page', server.url],
  ['Italian page', `${server.url}it/`],
  ['Italian embed page', `${server.url}it/embed.html`],
  ['reference', `${server.origin}/__reference.html`],
];
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const rows = [];
try {
  for (const [name, url] of pages) {
    const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' });
    const score = (c) => Math.round(lhr.categories[c].score * 100);
    const ms = (a) => `${Math.round(lhr.audits[a].numericValue)} ms`;
    const failed = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    rows.push(`| ${name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${ms('first-contentful-paint')} | ${ms('largest-contentful-paint')} | ${ms('total-blocking-time')} | ${lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)} | ${failed.join(', ') || '—'} |`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log([
  `Lighthouse 12.2.3, mobile profile (simulated throttling), on ${DIST}/ served gzipped on 127.0.0.1, built with SITE_URL=${site.href}.`,
  '',
  '| Page | Performance | Accessibility | Best practices | SEO | FCP | LCP | TBT | CLS | binary audits failed |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ...rows,
].join('\n'));
