// Hostile input and a hostile environment: 50+ malicious or broken URLs, a
// strict Content-Security-Policy, and no request ever leaving the origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useSite, waitForText, watch, policy, parts, widget, LIVE } from './harness.mjs';

// The policy the build writes for the widget's own pages and frames.
const DIST = process.env.DIST || 'dist';
const CSP = policy(DIST);
const site = useSite(DIST, { headers: { 'content-security-policy': CSP } });
const server = { get url() { return site.server().url; }, get origin() { return site.server().origin; } };
/** A page recording console errors, CSP violations, dialogs and requests (the harness's watch). */
const watchedPage = () => site.page({ width: 1000, height: 900 });

function assertOwnOrigin(page) {
  const foreign = page.requests.filter((u) => !u.startsWith(server.origin + '/') && !u.startsWith('data:'));
  assert.deepEqual(foreign, [], 'no request leaves the widget origin');
}

test("the pages' policy is strict: their own inline boot script and stylesheet, and nothing else", async () => {
  assert.doesNotMatch(CSP, /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
  assert.equal(CSP.match(/'sha256-[A-Za-z0-9+/]+=*'/g)?.length, 2, CSP);
  const [boot, css] = await Promise.all(['boot.js', 'main.css'].map((f) => readFile(join(DIST, f), 'utf8')));
  for (const file of ['index.html', 'it/index.html', 'pt-PT/embed.html']) {
    // The inline blocks are the files, byte for byte (the policy hashes the files).
    const html = await readFile(join(DIST, file), 'utf8');
    assert.ok(html.includes(`<script>${boot}</script>`) && html.includes(`<style>${css}</style>`), file);
    assert.equal(html.match(/<script>/g).length, 1, `${file}: one inline script`);
    // Not one of the site's pages: the refusals below are meant.
    const page = await watch(await (await site.context()).newPage());
    await page.goto(server.url + file.replace('index.html', ''));
    await page.waitForSelector(LIVE);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], file);
    assert.deepEqual(page.errors, [], file);
    // A block the page did not ship is refused.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { display: none }';
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.head.append(style, script);
    });
    await page.waitForFunction(() => window.__violations.length >= 2);
    const refused = await page.evaluate(() => window.__violations.splice(0).map((v) => v.split(':')[0]).sort());
    assert.deepEqual(refused, ['script-src-elem', 'style-src-elem'], file);
    assert.equal(await page.evaluate(() => window.__ran ?? false), false);
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).display), 'none');
    await page.context().close();
  }
});

test('under a strict CSP everything works and nothing is violated', async () => {
  const page = await watchedPage();
  await page.goto(server.url + '?preset=fleet');
  await page.waitForSelector(LIVE);
  const ui = widget(page);
  await waitForText(page, parts.total, "SemiAnalysis's estimate");
  for (const id of ['v3', 'r1', 'buy-v3']) await ui.preset(id).click();
  const slider = page.getByRole('slider', { name: 'Training hours', exact: true });
  await slider.focus();
  await page.keyboard.press('PageUp');
  await page.getByRole('textbox', { name: 'GPU count', exact: true }).fill('1,5');
  await page.keyboard.press('Enter');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('pt-PT');
  await page.waitForURL((u) => u.pathname === '/pt-PT/');
  await page.waitForSelector(LIVE);
  await waitForText(page, parts.total, 'US$');
  await ui.share('link').click();
  await page.waitForSelector(parts.shareText);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.errors, []);
  assertOwnOrigin(page);
  await page.close();
});

const DIGITS = '9'.repeat(5000);
const HOSTILE = [
  // Negative, NaN, infinity, overflow, underflow
  '?gpus=-1', '?gpus=-99999999999', '?price=-2', '?hours=-0.5', '?basis=buy&price=-1000',
  '?gpus=NaN', '?price=nan', '?hours=NaN', '?gpus=Infinity', '?price=-Infinity', '?hours=Infinity',
  '?gpus=1e309', '?price=1e309', '?hours=1e309', '?hours=1e-309', '?gpus=0x10', '?gpus=1e3', '?price=2,5',
  '?price=2.5.5', '?hours=+5', '?gpus=++5', '?gpus=5+', '?gpus=%20%20', '?hours=', '?price=',
  // 5,000 digits
  `?gpus=${DIGITS}`, `?hours=${DIGITS}`, `?price=0.${'0'.repeat(4998)}1`, `?basis=buy&price=${DIGITS}`,
  `?gpus=${DIGITS}&hours=${DIGITS}&price=${DIGITS}`,
  // Duplicated keys
  '?gpus=1&gpus=2&gpus=3', '?preset=fleet&preset=v3', '?basis=buy&basis=rent&basis=buy', '?lang=it&lang=xx&lang=pt',
  // Percent-encoded NUL, emoji, broken escapes, bad UTF-8
  '?gpus=%00', '?lang=%00', '?preset=%F0%9F%98%80', '?hours=%F0%9F%98%80', '?basis=%00buy', '?gpus=2048%00',
  '?gpus=%ZZ', '?gpus=%', '?price=%E2%82', '?embed=%FF', '?basis=%62%75%79',
  // Script and markup where text goes
  '?lang=<script>alert(1)</script>', '?lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '?lang=it"><img src=x onerror=alert(1)>',
  '?theme=<img src=x onerror=alert(1)>', '?preset=<svg onload=alert(1)>', '?gpus=<b>1</b>', '?x=%3Cscript%3Ealert(1)%3C/script%3E',
  '#<img src=x onerror=alert(1)>', '?embed=1&lang=javascript:alert(1)',
  // Unknown values
  '?preset=gpt5', '?preset=V3', '?preset=', '?theme=neon', '?lang=zz-ZZ', '?lang=pt-XX', '?basis=lease',
  // Shapes of query
  '?&&&=', '?===', '?gpus', '?=2048', `?${'a=1&'.repeat(2000)}gpus=7`,
];

test(`${HOSTILE.length} hostile URLs each render a valid total, show no garbage and run no script`, async () => {
  assert.ok(HOSTILE.length >= 50);
  const page = await watchedPage();
  for (const query of HOSTILE) {
    const label = query.slice(0, 70);
    await page.goto(server.url + query);
    await page.waitForSelector(LIVE);
    const t = await widget(page).total.textContent();
    assert.match(t.replace(/[\u00a0\u202f]/g, ' '), /\d/, `${label}: a total`);
    const body = await page.locator('body').innerText();
    assert.doesNotMatch(body, /NaN|Infinity|undefined|<script|onerror/, label);
    assert.equal(await page.evaluate(() => document.querySelectorAll('main script, main img, main iframe').length), 0, label);
    assert.deepEqual(await page.evaluate(() => window.__violations), [], label);
  }
  assert.deepEqual(page.errors, []);
  assertOwnOrigin(page);
  await page.close();
});
