// Pictures (issue 19): "Download image" as PNG and SVG, drawn from the
// domain, under a strict CSP, from a sub-path and from the offline file; and
// the social cards with the meta tags that point at them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { useSite, refuseNetwork, policy, parts, waitForText, widget, LIVE } from './harness.mjs';

const DIST = process.env.DIST || 'dist';
// The policy the build writes for its pages: `img-src data:` is all the picture needs.
const CSP = policy(DIST);
const PREFIX = '/news/2025/deepseek/';
const site = useSite(DIST, { prefix: PREFIX, headers: { 'content-security-policy': CSP } });
const SHOTS = new URL('../../target/screenshots/', import.meta.url);

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A PNG's size from its IHDR chunk, after checking its signature. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], PNG, 'a PNG signature');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Clicks the share bar's download button for `kind` (png, svg, csv or json); the file. */
async function download(page, kind) {
  const button = widget(page).download(kind);
  await button.scrollIntoViewIfNeeded();
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const bytes = await readFile(await file.path());
  return { name: file.suggestedFilename(), bytes };
}

/**
 * Reads a PNG's pixels in a page of its own (no CSP there, nothing
 * fetched): how many colours, and the colour at the top-left corner.
 */
async function pixels(bytes) {
  const page = await site.page();
  return page.evaluate(async (data) => {
    const image = await createImageBitmap(new Blob([new Uint8Array(data)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data: px } = context.getImageData(0, 0, image.width, image.height);
    const colours = new Set();
    for (let i = 0; i < px.length; i += 4 * 7) colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
    return { colours: colours.size, corner: [px[0], px[1], px[2]], opaque: px[3] === 255 };
  }, [...bytes]);
}

/** Lays an SVG out in a page of its own: every text's box against its width. */
async function overflow(svg) {
  const page = await site.page();
  await page.setContent(svg);
  return page.evaluate(() => {
    const root = document.querySelector('svg');
    const frame = root.getBoundingClientRect();
    return [...root.querySelectorAll('text')]
      .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }))
      .filter(({ box }) => box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.bottom > frame.bottom + 0.5)
      .map(({ text }) => text);
  });
}

const save = async (name, bytes) => {
  await mkdir(SHOTS, { recursive: true });
  await writeFile(new URL(name, SHOTS), bytes);
};

test('Download image gives a PNG of the state at 2×, and an SVG with the exact total and its sources', async () => {
  const page = await site.open('?preset=fleet');
  const png = await download(page, 'png');
  assert.equal(png.name, 'deepseek-cost-fleet-en.png');
  await widget(page).shareStatus.filter({ hasText: 'Image downloaded.' }).waitFor();
  const { width, height } = pngSize(png.bytes);
  assert.ok(width >= 1200, `${width} px wide`);
  assert.ok(height > 600 && height < 4000, `${height} px high`);
  const seen = await pixels(png.bytes);
  assert.ok(seen.colours > 40, `${seen.colours} colours: real content`);
  assert.deepEqual(seen.corner, [255, 255, 255], 'the light theme\'s background');
  assert.ok(seen.opaque, 'an opaque background');
  await save('picture-fleet-en.png', png.bytes);

  const svg = await download(page, 'svg');
  assert.equal(svg.name, 'deepseek-cost-fleet-en.svg');
  const text = svg.bytes.toString('utf8');
  assert.match(text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  // SemiAnalysis's estimate, never "exactly" (issue 25).
  assert.match(text, /= 50,000 GPUs × \$32,000: SemiAnalysis's estimate/);
  assert.doesNotMatch(text, /exactly/);
  assert.match(text, /\$1\.6 billion/);
  // One line per source: its cited rows, title, publisher and date (a long
  // one wraps); the fleet's own rows among them.
  const rows = [...text.matchAll(/>((?:[A-Z0-9]+-\d+, )*[A-Z0-9]+-\d+) · /g)].flatMap((m) => m[1].split(', '));
  assert.ok(rows.includes('SA-04') && rows.includes('SA-01'), rows.join(' '));
  assert.equal(new Set(rows).size, rows.length, 'each source once');
  const facts = await readFile(new URL('../../../shared/sources/FACTS.md', import.meta.url), 'utf8');
  for (const id of rows) assert.match(facts, new RegExp(`\\| ${id} \\|`), `${id} is a row of FACTS.md`);
  // The link to this exact state, escaped.
  assert.match(text, /\?lang=en&amp;preset=fleet</);
  assert.deepEqual(await overflow(text), []);
});

test('Italian gives Italian text, dark gives a dark background, and a long state still fits', async () => {
  const page = await site.open('?preset=v3&lang=it&theme=dark');
  const png = await download(page, 'png');
  assert.equal(png.name, 'deepseek-cost-v3-it.png');
  const seen = await pixels(png.bytes);
  assert.deepEqual(seen.corner, [0x12, 0x14, 0x16], 'the dark theme\'s background');
  await save('picture-v3-it-dark.png', png.bytes);
  const svg = (await download(page, 'svg')).bytes.toString('utf8');
  assert.match(svg, /lang="it"/);
  assert.match(svg, /5\.576\.000\u00a0\$ esatti/);
  assert.match(svg, />Fonti</);
  assert.match(svg, /fill="#121416"/);

  const long = await site.open('?gpus=99999&basis=buy&price=99999&lang=pt-PT');
  const wide = (await download(long, 'svg')).bytes.toString('utf8');
  assert.deepEqual(await overflow(wide), [], 'every text inside the picture');
  const big = await download(long, 'png');
  await save('picture-long-pt.png', big.bytes);
  assert.equal(big.name, 'deepseek-cost-custom-pt-PT.png');
});

test("presenter mode's own button downloads the picture, in presenter mode's colours", async () => {
  const page = await site.open('?present=1&preset=buy-v3', { width: 1920, height: 1080 });
  const chip = widget(page).classroomButtons.filter({ hasText: 'Download image' });
  const [file] = await Promise.all([page.waitForEvent('download'), chip.click()]);
  const png = { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
  assert.equal(png.name, 'deepseek-cost-buy-v3-en.png');
  assert.deepEqual((await pixels(png.bytes)).corner, [255, 255, 255]);
  await save('picture-present.png', png.bytes);
});

test('the offline file draws the picture from file:// with no network', async () => {
  const context = await site.context();
  try {
    const refused = await refuseNetwork(context);
    const page = await site.page({ context });
    await page.goto(`${pathToFileURL(resolve(DIST, 'deepseek-cost-explainer-offline.html')).href}?preset=fleet`);
    await page.waitForSelector(LIVE);
    const png = await download(page, 'png');
    assert.ok(pngSize(png.bytes).width >= 1200);
    assert.deepEqual(refused, [], 'nothing asked for the network');
  } finally {
    await context.close();
  }
});

test('each language has its social card, 1200×630, and the meta tags resolve to it from a sub-path', async () => {
  for (const name of ['social-card.png', 'social-card-it.png', 'social-card-pt-BR.png', 'social-card-pt-PT.png']) {
    const bytes = await readFile(resolve(DIST, name));
    assert.deepEqual(pngSize(bytes), { width: 1200, height: 630 }, name);
    await save(name, bytes);
  }
  const pages = [
    ['', 'en_US', /\$6M or \$1\.6B\?/, /\$5,576,000.*~\$1\.6B/, 'social-card.png'],
    ['it/', 'it_IT', /6 milioni o 1,6 miliardi di dollari\?/, /5\.576\.000 \$.*circa 1,6 miliardi/, 'social-card-it.png'],
    ['pt-BR/', 'pt_BR', /US\$ 6 milhões/, /US\$ 5\.576\.000.*cerca de US\$ 1,6 bilhão/, 'social-card-pt-BR.png'],
    ['pt-PT/', 'pt_PT', /1,6 mil milhões de dólares\?/, /5 576 000 US\$.*cerca de 1,6 mil milhões/, 'social-card-pt-PT.png'],
  ];
  for (const [dir, locale, title, alt, card] of pages) {
    const page = await site.open(dir, { locale: 'en-US' });
    const meta = (key) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
    assert.equal(await meta('twitter:card'), 'summary_large_image');
    assert.equal(await meta('og:locale'), locale);
    assert.match(await meta('og:title'), title);
    assert.ok((await meta('og:description')).length > 40);
    assert.match(await meta('og:image:alt'), alt);
    const image = new URL(await meta('og:image'), page.url());
    assert.equal(image.pathname, `${PREFIX}${card}`);
    const res = await page.request.get(image.href);
    assert.equal(res.status(), 200);
    assert.equal(res.headers()['content-type'], 'image/png');
    assert.deepEqual(pngSize(await res.body()), { width: 1200, height: 630 });
  }
});

test('a canvas the browser will not export says the image could not be made', async () => {
  const page = await site.page();
  // toBlob throws for a tainted or oversized canvas; make every one throw.
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.toBlob = () => { throw new DOMException('refused', 'SecurityError'); };
  });
  await page.goto(site.server().url);
  await page.waitForSelector(LIVE);
  const button = widget(page).download('png');
  await button.scrollIntoViewIfNeeded();
  let downloaded = false;
  page.on('download', () => { downloaded = true; });
  await button.click();
  await page.waitForFunction((s) => document.querySelector(s).textContent === 'The image could not be made.', parts.shareStatus);
  assert.equal(downloaded, false);
  // The SVG needs no canvas, and still works.
  const { name } = await download(page, 'svg');
  assert.match(name, /\.svg$/);
});

/** A CSV's rows: RFC 4180 fields, every one quoted, as the widget writes them. */
function csvRows(text) {
  const rows = [];
  for (const line of text.trim().split('\r\n')) {
    const cells = [...line.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) => m[1].replaceAll('""', '"'));
    rows.push(cells);
  }
  return rows;
}

test('"Get the data" saves the figures and their sources as CSV and JSON, equal to the screen', async () => {
  const page = await site.open('it/?preset=fleet');
  const ui = widget(page);
  const csv = await download(page, 'csv');
  assert.equal(csv.name, 'deepseek-cost-fleet-it.csv');
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM, for spreadsheets');
  const [header, ...rows] = csvRows(csv.bytes.toString('utf8').slice(1));
  assert.deepEqual(header.slice(0, 4), ['item', 'label', 'value', 'unit']);
  assert.ok(rows.every((r) => r.length === header.length), 'every line has every column');
  const row = (item) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === item)[i]]));
  assert.equal(row('total').value, '1600000000');
  assert.equal(row('price').value, '32000');
  assert.equal(row('hours').value, '1361.328125', 'a decimal point, not the Italian comma');
  assert.match(row('preset').label, /Flotta/);
  // Each input's value and first source are the screen's.
  for (const field of ['gpus', 'price', 'hours']) {
    const shown = Number((await ui.numberBox(field).inputValue()).replace(/[^\d,]/g, '').replace(',', '.'));
    assert.ok(Math.abs(Number(row(field).value) - shown) < 0.01, `${field}: the number box's ${shown}`);
    const ref = ui.citationRef(field);
    assert.equal(row(field).url, await ref.getAttribute('href'), `${field}: the citation's source`);
    assert.ok((await ref.textContent()).startsWith(row(field).publisher), `${field}: its publisher`);
  }
  assert.match(rows.at(-1)[2], /\/it\/\?.*preset=fleet/, 'the link that opens this state');
  await waitForText(page, parts.shareStatus, 'Dati scaricati');

  const json = await download(page, 'json');
  assert.equal(json.name, 'deepseek-cost-fleet-it.json');
  const data = JSON.parse(json.bytes.toString('utf8'));
  assert.equal(data.lang, 'it');
  const figure = (item) => data.figures.find((f) => f.item === item);
  assert.equal(figure('total').value, 1600000000);
  assert.equal(figure('hours').value, 1361.328125);
  assert.deepEqual(figure('total').sources.map((s) => s.row), ['SA-04', 'SA-01']);
  assert.equal(figure('gpus').sources[0].url, row('gpus').url);
});
