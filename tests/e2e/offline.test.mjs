// Works anywhere (issue 5): the release build from a deep sub-path, and the
// offline single file from file:// with every network request refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { useSite, waitForText, total, refuseNetwork } from './harness.mjs';

const DIST = process.env.DIST || 'dist';
const site = useSite(DIST, { prefix: '/news/2025/deepseek/' });

test('the release build works from a deep sub-path, and links to the offline file beside it', async () => {
  const page = await site.open('?preset=fleet');
  assert.match(await total(page), /\$1\.6 billion/);
  const href = await page.locator('[data-testid=offline]').getAttribute('href');
  assert.equal(new URL(href).pathname, '/news/2025/deepseek/deepseek-cost-explainer-offline.html');
  const res = await page.request.get(href);
  assert.equal(res.status(), 200);
});

test('the offline file opens from file:// with no network at all', async () => {
  const context = await site.context();
  try {
    const refused = await refuseNetwork(context);
    const page = await site.page({ context });
    const file = pathToFileURL(resolve(DIST, 'deepseek-cost-explainer-offline.html')).href;
    await page.goto(`${file}?step=2`);
    await waitForText(page, '[data-testid=story]', 'Step 2 of 6');
    assert.match(await total(page), /\$294,000/);
    await page.getByRole('button', { name: /Next/ }).click();
    await waitForText(page, '[data-testid=story]', 'Step 3 of 6');
    assert.equal(await page.locator('[data-testid=offline]').count(), 0, 'the file does not offer itself');
    // The worksheet's QR module travels inside the file too.
    await page.locator('[data-testid=qr] path').waitFor({ state: 'attached' });
    // It carries every language: the switch translates in place, offline.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('pt-PT');
    await waitForText(page, '[data-testid=story]', 'Passo 3 de 6');
    assert.match(page.url(), /^file:.*lang=pt-PT/);
    assert.deepEqual(refused, [], 'nothing asked for the network');
    assert.deepEqual(page.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});
