// Why the numbers differ: the bridge's cited factors, the reader's scenario
// placed against both numbers, and the live formula linked to citations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { parts, plain, scrollTo, shoot, useSite, waitForText, widget } from './harness.mjs';

const SHOTS = new URL('../../target/screenshots/', import.meta.url);
const { open } = useSite();

test('the bridge walks from $5.576M to $1.6B in two cited factors', async () => {
  const page = await open();
  const ui = widget(page);
  const { bridge } = ui;
  const text = plain(await bridge.innerText());
  assert.match(text, /×24\.41 for the GPUs: 50,000 instead of 2,048/);
  assert.match(text, /×11\.75 for buying them instead of renting them for 57 days/);
  assert.match(text, /×286\.9 in all/);
  assert.match(text, /derived[\s\S]*our arithmetic on the cited rows/i, 'derived figures are labelled');
  // Screen readers get the chart as its three exact totals.
  const chart = await bridge.getByRole('img').getAttribute('aria-label');
  for (const money of ['$5,576,000', '$136,132,812.50', '$1,600,000,000']) assert.ok(chart.includes(money), money);
  const rows = await ui.bridgeRows.allTextContents();
  for (const id of ['SA-01', 'V3-08', 'SA-04', 'V3-05']) assert.ok(rows.includes(id), id);
  for (const a of await bridge.locator('a').all()) assert.match(await a.getAttribute('href'), /^https:\/\//);
  await mkdir(SHOTS, { recursive: true });
  await bridge.screenshot({ path: new URL('bridge-1280.png', SHOTS).pathname });
});

test("the reader's scenario is placed against both numbers and names the factor that matters", async () => {
  const page = await open();
  const ui = widget(page);
  const you = parts.bridgeYou;
  await waitForText(page, you, 'is ×1 DeepSeek');
  await waitForText(page, you, '0.35% of SemiAnalysis');
  assert.doesNotMatch(await ui.bridgeYou.innerText(), /Most of the gap/, 'nothing to explain for the run itself');
  await ui.preset('fleet').click();
  await waitForText(page, you, 'is ×286.9 DeepSeek');
  await waitForText(page, you, '100% of SemiAnalysis');
  // Buying: hours do not enter the total, so the second factor is buying
  // instead of renting for the run's hours (issue 25, item 14).
  await waitForText(page, you, "comes from the GPU count (×24.41); buying at this price instead of renting for the run's hours gives ×11.75");
  await ui.preset('buy-v3').click();
  await waitForText(page, you, "comes from buying at this price instead of renting for the run's hours (×12.41); the GPU count gives ×1");
  assert.doesNotMatch(await ui.bridgeYou.innerText(), /price and hours/);
  // A slider moves it too.
  const slider = page.getByRole('slider', { name: 'GPU count', exact: true });
  await slider.focus();
  await page.keyboard.press('End');
  await waitForText(page, you, 'GPU count (×48.83)');
  const it = await open('?lang=it&preset=fleet');
  await waitForText(it, you, '×286,9');
  await waitForText(it, you, '100%');
});

test('the live formula shows the numbers in use, each linked to its citation', async () => {
  const page = await open();
  const ui = widget(page);
  const formula = parts.formula;
  await waitForText(page, formula, '2,048 GPUs × 1,361 h × $2.00 per GPU-hour = $5,576,000');
  const hrefs = await ui.formula.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, ['#dce-citation-gpus', '#dce-citation-hours', '#dce-citation-price']);
  for (const h of hrefs) assert.equal(await page.locator(h).count(), 1, h);
  const box = page.getByRole('textbox', { name: 'GPU count', exact: true });
  await box.fill('4096');
  await box.press('Enter');
  await waitForText(page, formula, '4,096 GPUs × 1,361 h × $2.00 per GPU-hour = $11,152,000');
  await ui.preset('fleet').click();
  await waitForText(page, formula, '50,000 GPUs × $32,000 per GPU = $1,600,000,000');
});

test('the claim checker reads headline figures in each language and says what they buy', async () => {
  const cases = [
    ['', '$6M', 'At $2.00 per GPU-hour, $6 million rents 3,000,000 GPU-hours: 1,465 hours, about 61 days on 2,048 GPUs.'],
    ['?preset=fleet', '$1.6B', 'At $32,000 per GPU, $1.6 billion buys 50,000 GPUs.'],
    ['?lang=it', '6 milioni di dollari', 'con 6 milioni di dollari si noleggiano 3.000.000 ore-GPU'],
    ['?lang=pt-BR&preset=fleet', 'US$ 1,6 bilhão', 'compram 50.000 GPUs'],
    ['?lang=pt-PT&preset=fleet', '1,6 mil milhões de dólares', 'compram 50 000 GPU'],
    ['', '500 million', '250,000,000 GPU-hours'],
  ];
  for (const [query, claim, answer] of cases) {
    const page = await open(query);
    await widget(page).claimInput.fill(claim);
    await waitForText(page, parts.claimAnswer, answer);
  }
  const page = await open();
  const ui = widget(page);
  await ui.claimInput.fill('a lot of money');
  await waitForText(page, parts.claimAnswer, 'Try "$6M" or "1.6 billion"');
  // The answer follows the inputs.
  await ui.claimInput.fill('$6M');
  await ui.preset('hyperscaler').click();
  await waitForText(page, parts.claimAnswer, 'At $12.29 per GPU-hour, $6 million rents 488,202 GPU-hours');
});

test('the band, the sensitivity chart and the comparisons follow the inputs', async () => {
  const page = await open();
  const ui = widget(page);
  // V3: its 2,788,000 GPU-hours at $2 to $12.29 an hour. Not pre-training
  // alone (another scope) and not $1.70 (P-15, low confidence).
  await waitForText(page, parts.band, '$5.58 million to $34.3 million');
  const rows = ui.sensitivityRows;
  assert.equal(await rows.count(), 3);
  // Below the fold: laid out once a reader scrolls to it (content-visibility).
  await scrollTo(page, parts.sensitivity);
  assert.match(plain(await rows.nth(0).innerText()), /Unit price[\s\S]*×6\.1\d across its cited range: \$5\.58 million to \$34\.3 million/);
  assert.match(await rows.nth(0).innerText(), /P-09[\s\S]*P-11/);
  assert.doesNotMatch(await ui.sensitivity.innerText(), /P-15/);
  assert.match(await ui.sensitivity.innerText(), /GPU count[\s\S]*fixed by its source/);
  await ui.preset('fleet').click();
  // The fleet: the sources' own range of its total, $1.4B (a reader's
  // correction of SemiAnalysis's chart for the Hoppers alone, SA-09) to
  // $1.6B (SA-04); never above $1.6B, and no longer the chart's $1.3B.
  await waitForText(page, parts.band, '$1.4 billion to $1.6 billion');
  await scrollTo(page, parts.sensitivity);
  assert.match(plain(await rows.nth(0).innerText()), /Unit price[\s\S]*×1\.14[\s\S]*SA-09[\s\S]*SA-04/);
  assert.doesNotMatch(plain(await ui.sensitivity.innerText()), /1\.3 billion/);
  assert.doesNotMatch(await ui.sensitivity.innerText(), /P-06/);
  // Comparisons: GPT-4's Epoch range always; Llama 3.1 405B's GPU-hours only
  // at a rent (buying has no hourly price to put on them).
  const compare = (await ui.comparisons.allTextContents()).join(' ');
  assert.match(compare, /GPT-4, Epoch AI's estimates/);
  assert.doesNotMatch(compare, /Llama/);
  // Llama's row only where its mark is drawn: renting (issue 25, item 10).
  const rowsCited = await ui.legendRows.allTextContents();
  assert.deepEqual(rowsCited, ['O-05']);
  const at = async () => ui.comparisonPoint.getAttribute('cx');
  await ui.preset('v3').click();
  const cheap = await at();
  await ui.preset('hyperscaler').click();
  await page.waitForFunction(([s, c]) => document.querySelector(s).getAttribute('cx') !== c, [parts.comparisonPoint, cheap]);
  assert.ok(parseFloat(await at()) > parseFloat(cheap), 'Llama moves right at a dearer price');
  await shoot(page, new URL('analysis-1280.png', SHOTS).pathname, page.locator('main'));
});

test('"Why they differ" names its bars at every width, and no label covers another or a bar', async () => {
  for (const [path, names] of [
    ['', ["DeepSeek's V3 run", "V3's run on 50,000 GPUs", "SemiAnalysis's fleet"]],
    ['pt-PT/', null], ['it/', null],
  ]) {
    for (const width of [320, 360, 1280]) {
      const page = await open(path, { width, height: 800 });
      await widget(page).preset('fleet').click();
      await scrollTo(page, parts.bridge);
      const found = await page.evaluate(([bridgeAt, namesAt]) => {
        const bridge = document.querySelector(bridgeAt);
        const main = document.querySelector('main').getBoundingClientRect();
        const box = (e) => e.getBoundingClientRect();
        const meet = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        const names = [...bridge.querySelectorAll(namesAt)];
        const labels = [...bridge.querySelectorAll('svg text'), ...names];
        const bars = [...bridge.querySelectorAll('svg rect')];
        const out = [];
        if (names.length !== 3 || names.some((n) => !n.textContent.trim() || box(n).height < 10)) out.push('three named bars');
        labels.forEach((a, i) => {
          const r = box(a);
          if (r.left < main.left || r.right > main.right) out.push(`"${a.textContent}" is cut off`);
          labels.slice(i + 1).forEach((b) => meet(r, box(b)) && out.push(`"${a.textContent}" covers "${b.textContent}"`));
          bars.forEach((bar, j) => meet(r, box(bar)) && out.push(`"${a.textContent}" covers bar ${j + 1}`));
        });
        return { out, names: names.map((n) => n.textContent) };
      }, [parts.bridge, parts.bridgeNames]);
      assert.deepEqual(found.out, [], `${path || 'en'} at ${width}px`);
      if (names) assert.deepEqual(found.names, names);
      await page.close();
    }
  }
});
