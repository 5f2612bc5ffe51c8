// Works anywhere (issue 5): the release build from a deep sub-path, and the
// offline single file from file:// with every network request refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve, join } from 'node:path';
import { copyFile, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { useSite, waitForText, total, refuseNetwork, parts, widget } from './harness.mjs';

const DIST = process.env.DIST || 'dist';
const site = useSite(DIST, { prefix: '/news/2025/deepseek/' });

test('the release build works from a deep sub-path, and links to the offline file beside it', async () => {
  const page = await site.open('?preset=fleet');
  assert.match(await total(page), /\$1\.6 billion/);
  const href = await widget(page).offlineLink.getAttribute('href');
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
    const ui = widget(page);
    await waitForText(page, parts.story, 'Step 2 of 6');
    assert.match(await total(page), /\$294,000/);
    await page.getByRole('button', { name: /Next/ }).click();
    await waitForText(page, parts.story, 'Step 3 of 6');
    assert.equal(await ui.offlineLink.count(), 0, 'the file does not offer itself');
    // Built without the published address, its links open only on this
    // computer: it says so, and offers no QR code and no embed code.
    assert.match(await ui.localOnly.first().innerText(), /open only on this computer/);
    assert.equal(await ui.share('embed').count(), 0, 'no embed code that cannot work');
    assert.equal(await ui.qr.count(), 0, 'no QR code for a file:// link');
    // It carries every language: the switch translates in place, offline.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('pt-PT');
    await waitForText(page, parts.story, 'Passo 3 de 6');
    assert.match(page.url(), /^file:.*lang=pt-PT/);
    assert.deepEqual(refused, [], 'nothing asked for the network');
    assert.deepEqual(page.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
  }
});

test('an offline file built with SITE_URL points its link, QR code and embed code at the published site', async () => {
  // The post-build step that writes the file, run as `SITE_URL=… cargo xtask dist` runs it.
  const staging = await mkdtemp(join(tmpdir(), 'dce-offline-'));
  for (const name of await readdir(DIST)) {
    if (/\.(html|css|js|wasm)$/.test(name)) await copyFile(join(DIST, name), join(staging, name));
  }
  const published = 'https://news.example/deepseek/';
  execFileSync('node', [fileURLToPath(new URL('../../xtask/offline.mjs', import.meta.url))], {
    env: { ...process.env, TRUNK_PROFILE: 'release', TRUNK_STAGING_DIR: staging, SITE_URL: published },
  });
  const file = join(staging, 'deepseek-cost-explainer-offline.html');
  assert.match(await readFile(file, 'utf8'), /<body data-dce-page data-dce-offline data-dce-site="https:\/\/news\.example\/deepseek\/">/);
  const context = await site.context();
  try {
    const refused = await refuseNetwork(context);
    const page = await site.page({ context });
    await page.goto(`${pathToFileURL(file).href}?preset=fleet&lang=it`);
    const ui = widget(page);
    await waitForText(page, parts.total, '1,6 miliardi');
    assert.equal(await ui.localOnly.count(), 0);
    // What each button copies is also shown, to copy by hand if need be.
    const copied = () => ui.shareText.inputValue();
    await ui.share('link').click();
    await page.waitForFunction((s) => document.querySelector(s)?.value.startsWith('https:'), parts.shareText);
    const link = await copied();
    assert.match(link, /^https:\/\/news\.example\/deepseek\/it\/\?\S*preset=fleet/);
    await ui.share('embed').click();
    await page.waitForFunction((s) => document.querySelector(s).value.includes('<iframe'), parts.shareText);
    const snippet = await copied();
    assert.match(snippet, /src="https:\/\/news\.example\/deepseek\/it\/embed\.html\?/);
    assert.match(snippet, /<script src="https:\/\/news\.example\/deepseek\/embed\.js" async>/);
    assert.match(await ui.worksheet.textContent(), /https:\/\/news\.example\/deepseek\/it\/\?\S*preset=fleet/);
    await ui.qrPath.waitFor({ state: 'attached' });
    assert.deepEqual(refused, [], 'nothing asked for the network');
  } finally {
    await context.close();
  }
});
