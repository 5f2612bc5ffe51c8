// The host API (issue 27): an article drives the widget and hears its state.
// The custom element's attributes and a message posted into the iframe set
// the state by the URL's rules; the widget reports its settled state (once
// ready, then after each settled change, never during a drag); junk and
// other windows' messages change nothing; the wire module that reads a
// request is fetched on the first one only; the scrollytelling example
// drives both embeds; each language's oEmbed answer is the snippet "Copy
// embed code" gives. The article and the widget are on two origins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parts, plain, useSite, waitForText, widget, LIVE } from './harness.mjs';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const PLACEHOLDER = 'https://YOUR-WIDGET-HOST/deepseek-cost-explainer/';
const site = useSite(
  process.env.DIST || 'dist',
  { prefix: '/deepseek-cost-explainer/', headers: { 'access-control-allow-origin': '*' } },
  { hosts: { articles: (own) => [EXAMPLES, { rewrite: { from: PLACEHOLDER, to: own.url } }] } },
);
const widgetUrl = () => site.server().url;
const article = () => site.host('articles');
const WIRE = 'deepseek-cost-explainer-wire';

/** The fleet, as the issue writes its state. */
const FLEET_IT = { preset: 'fleet', step: null, gpus: 50000, basis: 'buy', price: 32000, hours: 1361.328125, total: 1600000000, lang: 'it' };

/**
 * Writes an article page on the articles' origin that records every state
 * the widgets report (`window.states`: a custom element's events, with the
 * element's id, and a frame's messages, with `frame`), and opens it.
 */
async function openArticle(name, body, options = {}) {
  article().pages.set(`/${name}`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <link rel="icon" href="data:,"><title>${name}</title>
    <script>
      window.states = [];
      document.addEventListener('deepseek-cost-explainer-state', function (e) {
        states.push(Object.assign({ from: e.target.id }, e.detail));
      });
      addEventListener('message', function (e) {
        var s = e.data && e.data['deepseek-cost-explainer-state'];
        if (s) states.push(Object.assign({ from: 'frame' }, s));
      });
    </script></head><body>${body}
    <script type="module" src="${widgetUrl()}widget.js"></script>
    <script src="${widgetUrl()}embed.js"></script></body></html>`);
  return site.open(`${article().url}${name}`, { wait: false, ...options });
}

/** The states reported so far from `from` (an element's id, or 'frame'). */
const states = (page, from) => page.evaluate((f) => states.filter((s) => s.from === f).map(({ from, ...s }) => s), from);
/** Waits until `from` has reported `count` states; returns them. */
async function reported(page, from, count) {
  await page.waitForFunction(([f, n]) => states.filter((s) => s.from === f).length >= n, [from, count]);
  return states(page, from);
}
/** The live widget of the custom element `#id`. */
const element = (page, id) => widget(page.locator(`#${id}`));
const elementTotal = async (page, id) => plain(await element(page, id).total.textContent());

test('a custom element reports when ready and follows each changed attribute; two stay independent', async () => {
  const page = await openArticle('elements.html', `
    <deepseek-cost-explainer id="a" lang="it" preset="fleet"></deepseek-cost-explainer>
    <deepseek-cost-explainer id="b" gpus="512"></deepseek-cost-explainer>`);
  const [ready] = await reported(page, 'a', 1);
  assert.deepEqual(ready, FLEET_IT, 'the ready state, as the issue writes it');
  assert.match(await elementTotal(page, 'a'), /1,6 miliardi/);
  const wireBefore = page.requests.filter((u) => u.includes(WIRE));
  assert.deepEqual(wireBefore, [], 'the wire module is not in the first load');

  // A changed attribute applies live, by the URL's rules.
  await page.locator('#a').evaluate((el) => el.setAttribute('preset', 'hyperscaler'));
  const [, hyperscaler] = await reported(page, 'a', 2);
  assert.equal(hyperscaler.preset, 'hyperscaler');
  assert.equal(hyperscaler.total, 34264520);
  assert.match(await elementTotal(page, 'a'), /34,3 milioni/);
  assert.ok(page.requests.some((u) => u.includes(WIRE)), 'fetched on the first change');
  // Out of range clamps; a value that is not a number changes nothing.
  await page.locator('#a').evaluate((el) => el.setAttribute('gpus', '9999999'));
  const third = (await reported(page, 'a', 3))[2];
  assert.equal(third.gpus, 100000);
  await page.locator('#a').evaluate((el) => { el.setAttribute('gpus', 'lots'); el.setAttribute('basis', 'buy'); });
  const fourth = (await reported(page, 'a', 4))[3];
  assert.equal(fourth.gpus, 100000, 'lots is ignored');
  assert.equal(fourth.basis, 'buy');
  // Setting the same preset again applies it again.
  await page.locator('#a').evaluate((el) => el.setAttribute('preset', 'hyperscaler'));
  assert.equal((await reported(page, 'a', 5))[4].gpus, 2048);

  // The other element never moved.
  const b = await states(page, 'b');
  assert.equal(b.length, 1);
  assert.equal(b[0].gpus, 512);
  assert.equal(b[0].lang, 'en');

  // A new language makes the widget anew in that language, from its attributes.
  await page.locator('#b').evaluate((el) => el.setAttribute('lang', 'de'));
  const [, german] = await reported(page, 'b', 2);
  assert.equal(german.lang, 'de');
  assert.equal(german.gpus, 512);
  await page.waitForFunction(() => document.getElementById('b').shadowRoot.querySelector('main')?.lang === 'de');
  assert.equal(await page.locator('#b').evaluate((el) => el.shadowRoot.querySelectorAll('main').length), 1);
  // One state per change, and none from the old widget: the next two are
  // exactly these two.
  await page.locator('#b').evaluate((el) => el.setAttribute('gpus', '1024'));
  await reported(page, 'b', 3);
  await page.locator('#b').evaluate((el) => el.setAttribute('gpus', '4096'));
  const after = await reported(page, 'b', 4);
  assert.deepEqual(after.slice(2).map((s) => s.gpus), [1024, 4096]);
});

test('a custom element made anew leaves nothing of its old widget behind', async () => {
  const page = await openArticle('remade.html', '<deepseek-cost-explainer id="t" lang="en" embed="full"></deepseek-cost-explainer>');
  await reported(page, 't', 1);
  // A teacher turns presenter mode on: its arrow keys walk the story.
  await element(page, 't').classroomToggle.click();
  await element(page, 't').classroomButtons.filter({ hasText: 'Present' }).first().click();
  await page.waitForFunction(() => document.getElementById('t').shadowRoot.querySelector('main.is-present'));
  const arrow = () => page.evaluate(() => {
    const e = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true });
    document.body.dispatchEvent(e);
    return e.defaultPrevented;
  });
  assert.equal(await arrow(), true, 'presenter mode takes the arrow');
  // Made anew in German: the old widget, and its key listener, are gone.
  await page.locator('#t').evaluate((el) => el.setAttribute('lang', 'de'));
  await page.waitForFunction(() => states.some((s) => s.from === 't' && s.lang === 'de'));
  assert.equal(await arrow(), false, 'nothing takes the arrow any more');
  // Taken out of the page, it unmounts; put back, it starts again.
  const before = (await states(page, 't')).length;
  await page.locator('#t').evaluate((el) => { const parent = el.parentNode; el.remove(); setTimeout(() => parent.append(el)); });
  await reported(page, 't', before + 1);
  assert.equal(await page.locator('#t').evaluate((el) => el.shadowRoot.querySelectorAll('main').length), 1);
});

test('a misspelt attribute value says what it takes, as a data-* option does', async () => {
  const page = await openArticle('bad-element.html', '<deepseek-cost-explainer id="bad" preset="flota"></deepseek-cost-explainer>');
  await page.waitForFunction(() => document.getElementById('bad').shadowRoot?.textContent.includes('flota'));
  const text = await page.locator('#bad').evaluate((el) => el.shadowRoot.textContent);
  assert.match(text, /^This DeepSeek cost explainer could not start: preset="flota" is not a valid value; use one of: v3, r1, hyperscaler, buy-v3, fleet/);
  assert.doesNotMatch(text, /data-/, "named as the element's attribute");
  assert.equal(await page.locator('#bad').getAttribute('role'), 'alert');
});

// One input per frame, in the custom element's shadow root, then the
// gesture's end; the states reported at every frame.
const DRAG = async ([slider, steps]) => {
  const s = document.getElementById('drag').shadowRoot.querySelector(slider);
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const counts = [];
  for (let i = 0; i < steps; i++) {
    await frame();
    s.value = String(Number(s.max) - (i % 7) * 3);
    s.dispatchEvent(new Event('input', { bubbles: true }));
    counts.push(states.length);
  }
  s.dispatchEvent(new Event('change', { bubbles: true }));
  return counts;
};

test('no state is reported during a drag, and one when it settles', async () => {
  const page = await openArticle('drag.html', '<deepseek-cost-explainer id="drag" lang="en"></deepseek-cost-explainer>', { width: 360, height: 740 });
  await reported(page, 'drag', 1);
  const counts = await page.evaluate(DRAG, [parts.slider('gpus'), 30]);
  assert.deepEqual(new Set(counts), new Set([1]), 'nothing during the drag');
  const all = await reported(page, 'drag', 2);
  const shown = Number((await element(page, 'drag').numberBox('gpus').inputValue()).replace(/\D/g, ''));
  assert.equal(all[1].gpus, shown, 'the state is what the screen shows');
  assert.equal(all[1].preset, null);
  // One state for the gesture: the next one is the next change's.
  await page.locator('#drag').evaluate((el) => el.setAttribute('preset', 'r1'));
  const next = (await reported(page, 'drag', 3))[2];
  assert.equal(next.preset, 'r1');
});

test('a message from the parent sets the iframe; junk, and other windows, change nothing', async () => {
  const frameSrc = `${widgetUrl()}it/embed.html?embed=1&amp;lang=it`;
  const page = await openArticle('framed.html', `
    <iframe id="w" src="${frameSrc}" title="w" width="100%" height="800" data-deepseek-cost-explainer></iframe>
    <iframe id="sibling" title="ad" srcdoc="<script>
      window.addEventListener('message', function (e) {
        if (e.data !== 'go') return;
        parent.frames[0].postMessage({'deepseek-cost-explainer': {hours: 1, step: 2}}, '*');
        parent.postMessage('sent', '*');
      });
    </script>"></iframe>`);
  const [ready] = await reported(page, 'frame', 1);
  assert.equal(ready.preset, 'v3');
  assert.equal(ready.lang, 'it');
  assert.deepEqual(page.requests.filter((u) => u.includes(WIRE)), [], 'no wire module before a message');

  // A first request, so the wire module is there for what follows.
  await page.evaluate(() => document.getElementById('w').contentWindow.postMessage({ 'deepseek-cost-explainer': { preset: 'r1' } }, '*'));
  const r1 = (await reported(page, 'frame', 2))[1];
  assert.equal(r1.preset, 'r1');
  assert.ok(page.requests.some((u) => u.includes(WIRE)), 'the wire module, on the first message');
  // The sibling frame asks for other hours and a story step; then the page
  // posts junk, each with hours or a step where a value would go.
  await page.evaluate(() => new Promise((sent) => {
    addEventListener('message', (e) => e.data === 'sent' && sent());
    document.getElementById('sibling').contentWindow.postMessage('go', '*');
  }));
  await page.evaluate(() => {
    const w = document.getElementById('w').contentWindow;
    const huge = '9'.repeat(1 << 20);
    const junk = [
      'hours=1', 42, null, [1, 2], true,
      { 'deepseek-cost-explainer': 'hours=1' },
      { 'deepseek-cost-explainer': ['1', '2'] },
      { 'deepseek-cost-explainer': null },
      { 'deepseek-cost-explainer': { step: [2], hours: { value: 1 }, gpus: huge, basis: true, price: null } },
      { 'deepseek-cost-explainer': JSON.parse('{"__proto__": {"hours": 1, "step": 2}, "constructor": "1", "prototype": 1}') },
      { 'deepseek-cost-explainer': { Hours: 1, STEP: 2, unknown: 'fleet' } },
      { 'deepseek-cost-explainer': { hours: NaN, step: Infinity } },
      { other: { hours: 1 } },
    ];
    for (const m of junk) w.postMessage(m, '*');
    // Then a real request, as a number and strings: 1,000 GPUs bought at $30,000.
    w.postMessage({ 'deepseek-cost-explainer': { gpus: 1000, basis: 'buy', price: '30000' } }, '*');
  });
  const got = await reported(page, 'frame', 3);
  const frame = page.frameLocator('#w');
  assert.deepEqual(got[2], { preset: null, step: null, gpus: 1000, basis: 'buy', price: 30000, hours: 287.109375, total: 30000000, lang: 'it' },
    'the R1 stage\'s hours, no story step: nothing of the sibling\'s or the junk');
  assert.match(plain(await widget(frame).total.textContent()), /30 milioni/);

  // A story step, through embed.js's helper.
  await page.evaluate(() => DeepSeekCostExplainer.set(document.getElementById('w'), { step: 5 }));
  const step = (await reported(page, 'frame', 4))[3];
  assert.deepEqual([step.step, step.preset, step.total], [5, 'fleet', 1600000000]);

  // A language the frame does not speak: its page in that language, the state kept.
  await page.evaluate(() => DeepSeekCostExplainer.set(document.getElementById('w'), { lang: 'pt-BR' }));
  const brazil = await page.waitForFunction(() => states.find((s) => s.lang === 'pt-BR'));
  const pt = await brazil.jsonValue();
  assert.equal(pt.total, 1600000000);
  const url = (await (await page.$('#w')).contentFrame()).url();
  assert.match(url, /\/pt-BR\/embed\.html\?/);
});

test('scrolling the scrollytelling example to the fleet shows $1.6 billion in both embeds', async () => {
  const page = await site.open(`${article().url}scrolly-it.html`, { wait: false, width: 360, height: 740 });
  const frame = await (await page.waitForSelector('#frame')).contentFrame();
  await frame.waitForSelector(LIVE);
  const totalHas = (scope, text) => scope.waitForFunction(([s, t]) =>
    (document.getElementById('element')?.shadowRoot ?? document).querySelector(s)?.textContent.includes(t), [parts.total, text]);
  await page.locator('.step[data-preset=fleet]').evaluate((p) => p.scrollIntoView({ block: 'center' }));
  await page.waitForFunction(() => document.querySelector('.step[data-preset=fleet]').classList.contains('is-active'));
  await totalHas(frame, '1,6');
  assert.match(plain(await widget(frame).total.textContent()), /1,6 miliardi/);
  // The switch shows the custom element, which followed the story too.
  await page.getByLabel('elemento', { exact: false }).check();
  assert.equal(await page.locator('#frame').isHidden(), true);
  await totalHas(page, '1,6');
  assert.match(await elementTotal(page, 'element'), /1,6 miliardi/);
  // Back up to DeepSeek's own figure: both follow.
  await page.locator('.step[data-preset=v3]').evaluate((p) => p.scrollIntoView({ block: 'center' }));
  await totalHas(page, '5,58');
  await totalHas(frame, '5,58');
});

test("each language's oEmbed answer is valid and its HTML is the snippet Copy embed code gives", async () => {
  const dir = await mkdtemp(join(tmpdir(), 'oembed-'));
  execFileSync('cargo', ['xtask', 'oembed', widgetUrl(), dir]);
  const context = await site.context();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server().origin });
  for (const [lang, folder, copied] of [['en', '', 'Embed code copied'], ['it', 'it/', 'Codice copiato']]) {
    const answer = JSON.parse(await readFile(join(dir, folder, 'oembed.json'), 'utf8'));
    assert.equal(answer.version, '1.0');
    assert.equal(answer.type, 'rich');
    assert.equal(answer.thumbnail_url, `${widgetUrl()}social-card${lang === 'en' ? '' : `-${lang}`}.png`);
    assert.ok(answer.width > 0 && answer.height > 0 && answer.title && answer.provider_name);
    const page = await site.page({ context });
    await page.goto(`${widgetUrl()}${folder}`);
    await page.waitForSelector(LIVE);
    await widget(page).share('embed').click();
    await waitForText(page, parts.shareStatus, copied);
    assert.equal(answer.html, await page.evaluate(() => navigator.clipboard.readText()), `${lang}: the same snippet`);
  }
  await context.close();
});
