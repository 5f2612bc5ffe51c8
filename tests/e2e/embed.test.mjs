// Embedding, as an editor and a reader meet it: the host pages in examples/
// served from another origin than the widget, iframes that size themselves,
// script embeds that stay independent and unstyled by the article, junk
// messages that change nothing, and links and snippets that reproduce a view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { mkdir } from 'node:fs/promises';
import { parts, plain, shoot, total, useSite, waitForText, widget, LIVE } from './harness.mjs';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const PLACEHOLDER = 'https://YOUR-WIDGET-HOST/deepseek-cost-explainer/';
const SHOTS = new URL('../../target/screenshots/', import.meta.url);
// The widget under a sub-path, as a newsroom would host it, and allowing
// cross-origin loads (the script embed imports its module from here); the
// articles in examples/ on an origin of their own, pointing at it.
const site = useSite(
  process.env.DIST || 'dist',
  { prefix: '/deepseek-cost-explainer/', headers: { 'access-control-allow-origin': '*' } },
  { hosts: { articles: (own) => [EXAMPLES, { rewrite: { from: PLACEHOLDER, to: own.url } }] } },
);
await mkdir(SHOTS, { recursive: true });
const server = { get url() { return site.server().url; }, get origin() { return site.server().origin; } };
const host = {
  get url() { return site.host('articles').url; },
  get pages() { return site.host('articles').pages; },
};
const open = (url, options = {}) => site.open(url, { wait: false, ...options });
/** The widget a script embed mounted in the host element `#id`. */
const mounted = (page, id) => widget(page.locator(`#${id}`));
/** Waits until the script embeds `ids` have each rendered a total. */
const allMounted = (page, ids) => page.waitForFunction(([ids, total]) =>
  ids.every((id) => document.getElementById(id).shadowRoot?.querySelector(total)), [ids, parts.total]);

/** The iframe's height and its content's, once the widget has rendered. */
async function frameHeights(page, selector) {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  await frame.waitForSelector(LIVE);
  // embed.js has told the frame it sizes it: the layout takes its own height.
  await frame.waitForFunction(() => !document.documentElement.hasAttribute('data-frame-fill'));
  return async () => ({
    frame: await handle.evaluate((f) => f.getBoundingClientRect().height),
    content: await frame.evaluate(() => document.querySelector('main').getBoundingClientRect().height),
    scroll: await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight),
  });
}

/** Waits, one animation frame at a time (bounded), for the frame to fit. */
async function waitForFit(page, selector, measure) {
  let h;
  for (let i = 0; i < 600; i++) {
    h = await measure();
    if (Math.abs(h.frame - h.content) <= 2) return h;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  assert.fail(`${selector}: ${h.frame}px never fit its content of ${h.content}px`);
}

for (const width of [360, 1280]) {
  test(`the iframe fits its content at ${width}px and follows it when it changes`, async () => {
    const page = await open(host.url + 'it-article.html', { width, height: 900 });
    const measure = await frameHeights(page, 'iframe[data-deepseek-cost-explainer]');
    const first = await waitForFit(page, 'iframe', measure);
    assert.ok(first.scroll <= 2, `no scrollbar inside the frame (${first.scroll}px)`);
    const frame = await (await page.$('iframe')).contentFrame();
    const ui = widget(frame);
    assert.equal(await ui.root.getAttribute('lang'), 'it');
    assert.match(plain(await ui.total.textContent()), /5,58 milioni di dollari/);
    assert.equal(await ui.languageSwitch.count(), 0, 'no language switch in embed=1');

    // Buying changes the content (a share-of-purchase line instead of
    // GPU-hours): the frame must follow.
    await frame.getByRole('radio', { name: /Acquisto/ }).check();
    await frame.waitForSelector(parts.buyingTotal);
    const grown = await waitForFit(page, 'iframe', measure);
    assert.ok(grown.scroll <= 2);
    await mkdir(SHOTS, { recursive: true });
    await shoot(page, new URL(`embed-iframe-${width}.png`, SHOTS).pathname);
  });
}

// A CMS that strips scripts keeps the snippet's iframe without embed.js: the
// frame stays at the snippet's 800 px, so the layout fits it at every width,
// with no scrollbar and no blank band below the graphic.
test('the iframe snippet without embed.js fits its 800 px at every width, in every language', async () => {
  for (const lang of ['en', 'it', 'pt-BR', 'pt-PT', 'es', 'fr', 'de']) {
    host.pages.set(`/stripped-${lang}.html`, `<!doctype html><html lang="${lang}"><head><link rel="icon" href="data:,">
      <meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0">
      <iframe src="${server.url}${lang === 'en' ? '' : `${lang}/`}embed.html" title="w" width="100%" height="800"
      frameborder="0" data-deepseek-cost-explainer></iframe></body></html>`);
    for (const width of [320, 328, 360, 700, 1000, 1280]) {
      const page = await open(host.url + `stripped-${lang}.html`, { width, height: 900 });
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      await frame.waitForSelector(LIVE);
      const fit = await frame.evaluate((sections) => ({
        scroll: document.documentElement.scrollHeight - innerHeight,
        foot: document.querySelector(sections).getBoundingClientRect().bottom,
        bottom: document.querySelector('main').getBoundingClientRect().bottom,
        height: innerHeight,
      }), parts.sectionButtons);
      assert.ok(fit.scroll <= 0, `${lang} at ${width}px: no scrollbar in the frame (${fit.scroll}px over)`);
      assert.ok(fit.bottom >= fit.height - 1 && fit.foot >= fit.height - 12,
        `${lang} at ${width}px: the graphic fills the frame, its section buttons at the foot (${JSON.stringify(fit)})`);
      await page.close();
    }
  }
});

// An editor places a graphic of about one phone screen: the article layout,
// in Italian, sized by embed.js from the widget's own height messages.
for (const [width, limit] of [[320, 800], [328, 800], [360, 800], [700, 700], [1000, 640], [1280, 640]]) {
  test(`the Italian article embed is at most ${limit}px tall at ${width}px; a section opens and closes`, async () => {
    host.pages.set('/sized.html', `<!doctype html><html lang="it"><head><link rel="icon" href="data:,">
      <meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0">
      <iframe src="${server.url}?lang=it&amp;embed=1" title="w" width="100%" height="800"
      style="width:100%;border:0;display:block" data-deepseek-cost-explainer></iframe>
      <script src="${server.url}embed.js" async></script></body></html>`);
    const page = await open(host.url + 'sized.html', { width, height: 900 });
    const measure = await frameHeights(page, 'iframe');
    const first = await waitForFit(page, 'iframe', measure);
    assert.ok(first.frame <= limit, `${first.frame}px at ${width}px (limit ${limit})`);
    const frame = await (await page.$('iframe')).contentFrame();
    const ui = widget(frame);
    // It holds the question, the scenarios, the total, the track and the
    // three inputs with their citations.
    for (const s of ['h1', parts.preset('fleet'), parts.total, parts.track,
      parts.citation('gpus'), parts.citation('price'), parts.citation('hours')]) {
      assert.ok(await frame.locator(s).isVisible(), `${s} is in the frame`);
    }
    assert.equal(await ui.bridge.isVisible(), false, 'the analysis waits');
    await shoot(page, new URL(`embed-it-${width}.png`, SHOTS).pathname);

    // One tap opens the analysis and the frame grows; a second closes it.
    const why = ui.panelToggle('why');
    await why.click();
    assert.equal(await ui.panel('why').evaluate((d) => d.open), true);
    await ui.bridge.waitFor();
    await page.waitForFunction((h) => document.querySelector('iframe').getBoundingClientRect().height > h + 200, first.frame);
    const opened = await waitForFit(page, "iframe", measure);
    await why.click();
    await page.waitForFunction((h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 2, first.frame);
    const closed = await waitForFit(page, 'iframe', measure);
    assert.ok(opened.frame > closed.frame + 200, `${closed.frame} → ${opened.frame} → ${closed.frame}`);
  });
}

// German words are long: each newer language's article embed keeps to the
// same heights.
test('the Spanish, French and German article embeds keep to 800, 700 and 640 px', async () => {
  for (const lang of ['es', 'fr', 'de']) {
    host.pages.set(`/sized-${lang}.html`, `<!doctype html><html lang="${lang}"><head><link rel="icon" href="data:,">
      <meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0">
      <iframe src="${server.url}${lang}/embed.html" title="w" width="100%" height="800"
      style="width:100%;border:0;display:block" data-deepseek-cost-explainer></iframe>
      <script src="${server.url}embed.js" async></script></body></html>`);
    for (const [width, limit] of [[360, 800], [700, 700], [1000, 640]]) {
      const page = await open(host.url + `sized-${lang}.html`, { width, height: 900 });
      const fit = await waitForFit(page, 'iframe', await frameHeights(page, 'iframe'));
      assert.ok(fit.frame <= limit, `${lang}: ${fit.frame}px at ${width}px (limit ${limit})`);
      await page.close();
    }
  }
});

test('two script embeds mount independently, in the article language, untouched by its CSS', async () => {
  const page = await open(host.url + 'pt-article.html', { width: 800 });
  const widgets = page.locator('[data-deepseek-cost-explainer]');
  await page.waitForFunction((total) => document.querySelectorAll('[data-deepseek-cost-explainer]').length === 2 &&
    [...document.querySelectorAll('[data-deepseek-cost-explainer]')].every((d) => d.shadowRoot?.querySelector(total)), parts.total);
  const first = widget(widgets.nth(0)), second = widget(widgets.nth(1));
  const totalOf = async (w) => plain(await w.total.textContent());
  assert.match(await totalOf(first), /US\$ 5,58 milhões/);
  assert.match(await totalOf(second), /US\$ 1,6 bilhão/);
  assert.equal(await first.root.getAttribute('lang'), 'pt-BR');
  assert.match(await first.root.getAttribute('class'), /is-embed/, 'compact in-article layout');
  assert.equal(await first.languageSwitch.count(), 0);

  await first.preset('r1').click();
  await page.waitForFunction((total) => document.querySelector('[data-deepseek-cost-explainer]').shadowRoot
    .querySelector(total).textContent.includes('294.000'), parts.total);
  assert.match(await totalOf(second), /US\$ 1,6 bilhão/, 'the other instance is unchanged');
  assert.equal(new URL(page.url()).search, '', "the article's URL is never touched");

  // The article's broad CSS does not reach in...
  const inside = await first.lede.evaluate((h) => {
    const s = getComputedStyle(h);
    return { color: s.color, spacing: s.letterSpacing, transform: s.textTransform, align: s.textAlign };
  });
  assert.notEqual(inside.color, 'rgb(176, 0, 32)');
  assert.equal(inside.spacing, 'normal');
  assert.equal(inside.transform, 'none');
  assert.equal(inside.align, 'left');
  const button = await first.preset('v3').evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(button, 'rgb(255, 105, 180)');
  // ...and ours does not reach out.
  const probe = await page.locator('p.probe').evaluate((p) => {
    const s = getComputedStyle(p);
    return { color: s.color, font: s.fontFamily, margin: s.marginBottom };
  });
  assert.equal(probe.color, 'rgb(176, 0, 32)');
  assert.match(probe.font, /Trebuchet/);
  assert.equal(probe.margin, '21.6px');
  await shoot(page, new URL('embed-script-800.png', SHOTS).pathname);
});

test('two script-embed widgets copying at once each confirm their own link', async () => {
  host.pages.set('/two-widgets.html', `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>
    <div id="a" data-deepseek-cost-explainer data-preset="fleet"></div>
    <div id="b" data-deepseek-cost-explainer data-preset="r1"></div>
    <script type="module" src="${server.url}widget.js"></script></body></html>`);
  const context = await site.context();
  // A script embed copies from the article's origin.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.host('articles').origin });
  const page = await site.page({ context });
  await page.goto(host.url + 'two-widgets.html');
  await allMounted(page, ['a', 'b']);
  // Both copies start in one task: the second begins before the first settles.
  await page.evaluate((link) => {
    for (const id of ['a', 'b']) document.getElementById(id).shadowRoot.querySelector(link).click();
  }, parts.share('link'));
  const status = (id) => mounted(page, id).shareStatus;
  for (const id of ['a', 'b']) await status(id).filter({ hasText: 'Link copied' }).waitFor({ state: 'attached', timeout: 5000 });
  assert.match(await mounted(page, 'a').shareText.inputValue(), /preset=fleet/);
  assert.match(await mounted(page, 'b').shareText.inputValue(), /preset=r1/);
  assert.equal(await status('a').textContent(), await status('b').textContent());
});

test('script embeds in several languages each load their own language, and only those', async () => {
  host.pages.set('/three-languages.html', `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body>
    <div id="a" data-deepseek-cost-explainer data-lang="it"></div>
    <div id="b" data-deepseek-cost-explainer data-lang="pt-AO" data-preset="fleet"></div>
    <div id="c" data-deepseek-cost-explainer></div>
    <div id="d" data-deepseek-cost-explainer data-lang="de-AT"></div>
    <script type="module" src="${server.url}widget.js"></script></body></html>`);
  const page = await open(host.url + 'three-languages.html', { locale: 'pt-BR' });
  await allMounted(page, ['a', 'b', 'c', 'd']);
  // data-lang, else the article's language (as the widget negotiates).
  const lang = (id) => mounted(page, id).root.getAttribute('lang');
  assert.deepEqual([await lang('a'), await lang('b'), await lang('c'), await lang('d')], ['it', 'pt-PT', 'en', 'de']);
  assert.match(plain(await mounted(page, 'd').total.textContent()), /5,58 Millionen Dollar/);
  assert.match(plain(await mounted(page, 'b').total.textContent()), /1,6 mil milhões de dólares/);
  const modules = page.requests.filter((u) => u.endsWith('_bg.wasm')).map((u) => u.split('/').pop()).sort();
  assert.deepEqual(modules, [
    'deepseek-cost-explainer-web-de_bg.wasm',
    'deepseek-cost-explainer-web-it_bg.wasm',
    'deepseek-cost-explainer-web-pt-pt_bg.wasm',
    'deepseek-cost-explainer-web_bg.wasm',
  ]);
  // A script embed's links lead to its language's page.
  assert.ok((await mounted(page, 'a').worksheet.textContent()).includes(`${server.url}it/?`));
  assert.ok((await mounted(page, 'c').worksheet.textContent()).includes(`${server.url}?`));
  assert.ok((await mounted(page, 'd').worksheet.textContent()).includes(`${server.url}de/?`));
});

test('a script embed with bad options says why, and the others still mount', async () => {
  host.pages.set('/bad-options.html', `<!doctype html><html lang="it"><head><link rel="icon" href="data:,"></head><body>
    <div id="a" data-deepseek-cost-explainer data-gpus="2048"></div>
    <div id="b" data-deepseek-cost-explainer data-gpus="tante" data-basis="affitto"></div>
    <div id="c" data-deepseek-cost-explainer data-preset="fleet"></div>
    <script type="module" src="${server.url}widget.js"></script></body></html>`);
  const page = await open(host.url + 'bad-options.html');
  await allMounted(page, ['a', 'c']);
  // Its words come from the wire module, fetched for it, and stand where
  // the widget would have, in its shadow root.
  await page.waitForSelector('#b[role=alert]');
  const text = await page.locator('#b').evaluate((el) => el.shadowRoot.textContent);
  assert.match(text, /data-gpus="tante"/);
  assert.match(text, /data-basis="affitto"/);
  assert.match(text, /data-basis="affitto" non è un valore valido; usa uno di questi: rent, buy/, 'it names the good values');
  assert.match(text, /non è partito/, 'in the article language');
  assert.match(plain(await mounted(page, 'c').total.textContent()), /1,6 miliardi di dollari/);
});

test('junk messages from a hostile frame or the page change nothing', async () => {
  const page = await open(host.url + 'hostile.html', { width: 800 });
  const measure = await frameHeights(page, '#widget');
  await waitForFit(page, '#widget', measure);
  await page.waitForFunction(() => window.hostileDone === true);
  const h = await measure();
  assert.ok(Math.abs(h.frame - h.content) <= 2, `widget still fits (${h.frame} vs ${h.content})`);
  const hostile = await page.locator('#hostile').evaluate((f) => f.getBoundingClientRect().height);
  assert.equal(hostile, 252, 'the hostile frame kept its own size (250 + border)');
});

test('copy link and copy embed code reproduce the view', async () => {
  const context = await site.context();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const page = await site.page({ context });
  await page.goto(server.url + '?lang=pt-PT&preset=buy-v3');
  await page.waitForSelector(LIVE);
  const ui = widget(page);
  const box = page.getByRole('textbox', { name: 'Número de GPU', exact: true });
  await box.fill('4096');
  await box.press('Enter');
  const shown = await total(page);

  await ui.share('link').click();
  await waitForText(page, parts.shareStatus, 'Ligação copiada');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, await ui.shareText.inputValue());
  assert.ok(link.startsWith(`${server.url}pt-PT/?`) && !link.includes('embed=1'), `the language's own page: ${link}`);
  const reader = await open(link);
  await reader.waitForSelector(LIVE);
  assert.equal(await total(reader), shown);

  await ui.share('embed').click();
  await waitForText(page, parts.shareStatus, 'Código copiado');
  const snippet = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(snippet, /^<!-- [^\n]*embed=full[^\n]* -->\n<iframe src="[^"]+embed=1[^"]*" title="[^"]+" loading="lazy" width="100%"/);
  assert.ok(snippet.includes(`<iframe src="${server.url}pt-PT/embed.html?`), `the language's embed page: ${snippet}`);
  assert.ok(snippet.includes(`<script src="${server.url}embed.js" async></script>`), `embed.js beside the widget: ${snippet}`);
  host.pages.set('/pasted.html', `<!doctype html><html><head><link rel="icon" href="data:,"></head><body><p>Article.</p>${snippet}</body></html>`);
  const article = await open(host.url + 'pasted.html', { width: 700 });
  const measure = await frameHeights(article, 'iframe');
  await waitForFit(article, 'iframe', measure);
  const frame = await (await article.$('iframe')).contentFrame();
  assert.equal(plain(await widget(frame).total.textContent()), shown);
  await context.close();
});

test('theme=dark paints dark from the first frame, and is transparent in a dark article', async () => {
  host.pages.set('/dark-host.html', `<!doctype html><html><head><link rel="icon" href="data:,"></head>
    <body style="background:#101820;margin:0"><iframe src="${server.url}?theme=dark&amp;embed=1" title="w"
    width="100%" height="900" style="width:100%;border:0" data-deepseek-cost-explainer></iframe></body></html>`);
  const page = await open(host.url + 'dark-host.html');
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector(LIVE);
  assert.equal(await frame.evaluate(() => document.documentElement.style.colorScheme), 'dark');
  assert.equal(await frame.evaluate(() => document.documentElement.dataset.embed), 'clear');
  assert.equal(await widget(frame).root.getAttribute('data-theme'), 'dark');
  const backdrop = await frame.evaluate(() => [document.body, document.querySelector('main')].map((e) => getComputedStyle(e).backgroundColor));
  assert.deepEqual(backdrop, ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
  assert.equal(await frame.locator('h1').evaluate((h) => getComputedStyle(h).color), 'rgb(236, 238, 240)');

  // Opened on its own, the same URL paints its own dark background.
  const alone = await open(server.url + '?theme=dark&embed=1');
  await alone.waitForSelector(LIVE);
  assert.equal(await alone.evaluate(() => document.documentElement.dataset.embed), 'solid');
  assert.equal(await widget(alone).root.evaluate((m) => getComputedStyle(m).backgroundColor), 'rgb(18, 20, 22)');
});

/**
 * What a reader of `root` (a widget's shadow root or document) cannot read:
 * tick labels on one slider that overlap, text that runs out of the widget,
 * and a quote button over its line's source link. Runs in the page, given
 * the selectors of `parts` it needs.
 */
function collisions(root, { ticks, citationLines, quoteButton }) {
  const main = root.querySelector('main').getBoundingClientRect();
  const found = [];
  const box = (e) => e.getBoundingClientRect();
  const meet = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  for (const svg of root.querySelectorAll(ticks)) {
    const labels = [...svg.querySelectorAll('text')].map((t) => [t.textContent, box(t)]);
    labels.forEach(([a, ra], i) => labels.slice(i + 1).forEach(([b, rb]) => {
      if (ra.left < rb.right + 2 && rb.left < ra.right + 2) found.push(`"${a}" runs into "${b}"`);
    }));
    for (const [a, r] of labels) if (r.left < main.left || r.right > main.right) found.push(`"${a}" is cut off`);
  }
  for (const line of root.querySelectorAll(citationLines)) {
    const quote = line.parentElement.querySelector(quoteButton);
    for (const e of line.children) {
      if (quote && meet(box(e), box(quote))) found.push(`the quote button covers "${e.textContent.slice(0, 30)}"`);
      if (box(e).right > main.right) found.push(`"${e.textContent.slice(0, 30)}" runs out of the widget`);
    }
  }
  return found;
}
const SEEN = JSON.stringify({ ticks: parts.ticks, citationLines: parts.citationLines, quoteButton: parts.quoteButton });

for (const column of [320, 480, 680, 900]) {
  test(`the script embed in a ${column} px article column: no label runs into another, nothing is cut off`, async () => {
    host.pages.set(`/column-${column}.html`, `<!doctype html><html lang="it"><head><link rel="icon" href="data:,">
      <meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
      <article style="width:${column}px;margin:0 auto"><p>Articolo.</p><div data-deepseek-cost-explainer></div></article>
      <script type="module" src="${server.url}widget.js"></script></body></html>`);
    const windows = column < 900 ? [column + 40, 900, 1280] : [1280];
    for (const width of windows) {
      for (const colorScheme of ['light', 'dark']) {
        const page = await open(host.url + `column-${column}.html`, { width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.waitForFunction((total) => document.querySelector('[data-deepseek-cost-explainer]').shadowRoot?.querySelector(total), parts.total);
        for (const preset of ['v3', 'buy-v3', 'fleet']) {
          const root = page.locator('[data-deepseek-cost-explainer]');
          await widget(root).preset(preset).click();
          await page.waitForFunction((s) => document.querySelector('[data-deepseek-cost-explainer]').shadowRoot
            .querySelector(s).getAttribute('aria-pressed') === 'true', parts.preset(preset));
          const found = await page.evaluate(`(${collisions})(document.querySelector('[data-deepseek-cost-explainer]').shadowRoot, ${SEEN})`);
          assert.deepEqual(found, [], `${column} px column, ${width} px window, ${colorScheme}, ${preset}`);
        }
        if (width === 1280 && colorScheme === 'light') {
          await page.locator('[data-deepseek-cost-explainer]').screenshot({ path: `target/screenshots/script-embed-column-${column}.png` });
        }
        await page.close();
      }
    }
  });
}
