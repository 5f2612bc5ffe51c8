// The embed builder, as an editor meets it: from the share bar's "Embed
// options", with the reader's state and language; each choice changes the
// code at once; the code is what "Copy embed code" gives for the same
// choice, and pasted into an article on another origin it shows that
// state; the preview frames it; and the page runs under the widget's strict
// policy, reads without JavaScript, and fits a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { parts, plain, policy, shoot, total, useSite, waitForText, widget, LIVE } from './harness.mjs';

const SHOTS = new URL('../../target/screenshots/', import.meta.url);
await mkdir(SHOTS, { recursive: true });
const DIST = process.env.DIST || 'dist';
// The widget under a sub-path, under its own strict policy, loadable from
// another origin (the script embed's module); articles on an origin of
// their own.
const site = useSite(
  DIST,
  {
    prefix: '/graphics/deepseek/',
    headers: { 'content-security-policy': policy(DIST), 'access-control-allow-origin': '*' },
  },
  { hosts: { articles: () => [DIST, { prefix: '/none/' }] } },
);
const widgetUrl = () => site.server().url;
const article = () => site.host('articles');
const open = (url, options = {}) => site.open(url, { wait: false, ...options });

/** The builder, opened from the share bar of the widget at `query`. */
async function builderFrom(query, options = {}) {
  const page = await open(widgetUrl() + query, options);
  await page.waitForSelector(LIVE);
  const href = await page.locator(parts.builderLink).getAttribute('href');
  const builder = await open(new URL(href, page.url()).href, options);
  await builder.waitForSelector(parts.builderCode);
  return { page, builder, href };
}

const code = (builder) => builder.locator(parts.builderCode).inputValue();
/** Waits for the code to differ from `before`, and reads it. */
async function changed(builder, before) {
  await builder.waitForFunction(([s, b]) => document.querySelector(s).value !== b, [parts.builderCode, before]);
  return code(builder);
}
/** Picks the choice whose label starts with `name`; the code it makes. */
async function choose(builder, name) {
  const before = await code(builder);
  await builder.getByLabel(new RegExp(`^${name}`)).check();
  return changed(builder, before);
}
/** A page of the articles' origin holding `html`. */
async function paste(name, html, lang = 'en') {
  article().pages.set(`/${name}`, `<!doctype html><html lang="${lang}"><head><link rel="icon" href="data:,"></head><body><p>Article.</p>${html}</body></html>`);
  return open(`${article().origin}/${name}`);
}

test('the share bar opens the builder with the state and language; its code is what Copy embed code gives', async () => {
  const { page, builder, href } = await builderFrom('it/?preset=fleet');
  assert.match(href, /builder\.html\?lang=it&preset=fleet$/);
  assert.equal(await page.locator(parts.builderLink).getAttribute('target'), '_blank');
  assert.equal(await builder.locator('html').getAttribute('lang'), 'it');
  assert.match(await builder.title(), /^Incorpora «6 milioni o 1,6 miliardi di dollari\?» in un articolo$/);
  assert.equal(await builder.locator(parts.builderLang).inputValue(), 'it');
  assert.ok(await builder.locator(parts.builderKeep).isChecked());

  await widget(page).share('embed').click();
  const copied = await page.locator(parts.shareText).inputValue();
  assert.equal(await code(builder), copied, 'the compact iframe, as Copy embed code gives it');
});

test('each choice changes the code at once, and each form works pasted into an article', async () => {
  const { page, builder } = await builderFrom('pt-BR/?preset=buy-v3');
  const shown = await total(page);
  const start = await code(builder);
  assert.ok(start.includes(`<iframe src="${widgetUrl()}pt-BR/embed.html?embed=1&amp;lang=pt-BR&amp;preset=buy-v3"`), start);

  // The long form frames the language's page itself.
  const full = await choose(builder, 'Completo');
  assert.ok(full.includes(`<iframe src="${widgetUrl()}pt-BR/?lang=pt-BR&amp;preset=buy-v3"`), full);
  assert.ok(full.startsWith('<!-- Every section at once;'), full);

  // A forced theme.
  const dark = await choose(builder, 'Escuro');
  assert.ok(dark.includes('theme=dark'), dark);

  // The script embed: its options as data-* attributes, the long form kept.
  const script = await choose(builder, 'Script');
  assert.equal(script, `<div data-deepseek-cost-explainer data-theme="dark" data-lang="pt-BR" data-preset="buy-v3" data-embed="full"></div>\n<script type="module" src="${widgetUrl()}widget.js"></script>`);
  await choose(builder, 'Claro');
  const compact = await choose(builder, 'Compacto');
  // Pasted into an article on another origin, it shows the reader's state.
  const withScript = await paste('script.html', compact);
  const host = withScript.locator('[data-deepseek-cost-explainer]');
  await withScript.waitForFunction((t) => document.querySelector('[data-deepseek-cost-explainer]').shadowRoot?.querySelector(t), parts.total);
  assert.equal(plain(await widget(host).total.textContent()), shown);
  assert.equal(await widget(host).root.getAttribute('data-theme'), 'light');
  assert.equal(await host.locator(parts.embedLayout).count(), 1, 'the compact layout');

  // AMP: an amp-iframe that resizes, with its overflow button in the widget's language.
  const amp = await choose(builder, 'Página AMP');
  assert.match(amp, /<amp-iframe src="[^"]+pt-BR\/embed\.html\?theme=light&amp;embed=1&amp;lang=pt-BR&amp;preset=buy-v3"[^>]* resizable>\n {2}<amp-img placeholder layout="fill" src="[^"]+" alt=""><\/amp-img>\n {2}<button overflow type="button">Mostrar tudo<\/button>\n<\/amp-iframe>$/);
  // The placeholder AMP needs near the top of an article is the language's social card.
  const card = amp.match(/<amp-img placeholder layout="fill" src="([^"]+)"/)[1];
  assert.equal(card, `${widgetUrl()}social-card-pt-BR.png`);
  assert.equal((await builder.request.get(card)).status(), 200);

  // Another language for the widget; the builder keeps its own.
  await choose(builder, 'iframe');
  const before = await code(builder);
  await builder.locator(parts.builderLang).selectOption('de');
  const german = await changed(builder, before);
  assert.ok(german.includes('/de/embed.html?theme=light&amp;embed=1&amp;lang=de&amp;preset=buy-v3'), german);
  assert.ok(german.includes('title="Was hat das Training der KI von DeepSeek gekostet?'), german);
  assert.equal(await builder.locator('html').getAttribute('lang'), 'pt-BR');

  // Without the reader's scenario: the default view.
  await builder.locator(parts.builderKeep).uncheck();
  const plainView = await changed(builder, german);
  assert.equal(plainView, german.replace('&amp;preset=buy-v3', ''));
  // Pasted as it is, the iframe shows the default view in German.
  const withFrame = await paste('frame.html', plainView, 'de');
  const frame = await (await withFrame.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector(LIVE);
  const german0 = await open(widgetUrl() + 'de/');
  await german0.waitForSelector(LIVE);
  assert.equal(await total(frame), await total(german0));
});

test('the preview frames the chosen code', async () => {
  const { builder } = await builderFrom('?preset=r1', { width: 1280 });
  const preview = builder.locator(parts.builderPreview);
  const src = () => preview.getAttribute('src');
  assert.equal(await src(), `${widgetUrl()}embed.html?embed=1&lang=en&preset=r1`);
  const frame = await (await preview.elementHandle()).contentFrame();
  await frame.waitForSelector(LIVE);
  assert.equal(await widget(frame).preset('r1').getAttribute('aria-pressed'), 'true');
  await choose(builder, 'Full');
  assert.equal(await src(), `${widgetUrl()}?lang=en&preset=r1`);
  await builder.waitForFunction(() => document.querySelector('[data-testid=builder-preview]').contentDocument?.querySelector('main:not(.is-embed)'));
  await shoot(builder, new URL('builder-1280.png', SHOTS).pathname);
});

test('copying says so; the page fits a phone and reads without JavaScript', async () => {
  const context = await site.context({ viewport: { width: 360, height: 740 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server().origin });
  const phone = await site.page({ context });
  await phone.goto(widgetUrl() + 'builder.html?lang=fr&gpus=3000&basis=rent&price=2.55&hours=1234.5');
  await phone.waitForSelector(parts.builderCode);
  assert.match(plain(await phone.locator(parts.builderKeep).locator('..').textContent()), /3 000 GPU · 2,55 \$US par heure-GPU · 1 235 heures, environ 51 jours/);
  await phone.getByRole('button', { name: "Copier le code d'intégration" }).click();
  await waitForText(phone, parts.shareStatus, "Code d'intégration copié");
  assert.equal(await phone.evaluate(() => navigator.clipboard.readText()), await code(phone));
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.equal(overflow, 0, 'nothing wider than the phone');
  for (const target of await phone.locator('input, select, button').all()) {
    const label = target.locator('xpath=ancestor::label[1]');
    const box = await ((await label.count()) ? label : target).boundingBox();
    assert.ok(box.height >= 44, `a 44 px target: ${await target.evaluate((e) => e.outerHTML.slice(0, 80))}`);
  }
  await shoot(phone, new URL('builder-360.png', SHOTS).pathname);
  await context.close();

  const noScript = await site.context({ javaScriptEnabled: false });
  const still = await noScript.newPage();
  await still.goto(widgetUrl() + 'builder.html?lang=it');
  assert.match(await still.locator('main').textContent(), /needs JavaScript/);
  await noScript.close();
});
