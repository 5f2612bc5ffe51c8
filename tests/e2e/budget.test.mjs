// The first-load size gate (issue 7): what the page really fetches is what
// benches/first-load.mjs counts, and it weighs no more than the ceiling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './harness.mjs';
import { firstLoad, firstLoadFiles, BUDGET, CEILING } from '../../benches/first-load.mjs';

const DIST = process.env.DIST || 'dist';
const site = useSite(DIST);

test('the page fetches exactly the files the budget counts', async () => {
  const page = await site.open();
  const origin = site.server().url;
  const fetched = page.requests
    .filter((u) => u.startsWith(origin))
    .map((u) => new URL(u).pathname.slice(1) || 'index.html');
  assert.deepEqual([...new Set(fetched)].sort(), (await firstLoadFiles(DIST)).sort());
});

test('the first load, gzip -9, stays under the ceiling', async () => {
  const { gzip, files } = await firstLoad(DIST);
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
  const detail = files.map((f) => `${f.name} ${f.gzip}`).join(', ');
  assert.ok(gzip <= CEILING, `first load is ${kib(gzip)} (${detail}); the ceiling is ${kib(CEILING)}`);
  if (gzip > BUDGET) console.log(`# first load ${kib(gzip)}: ${kib(gzip - BUDGET)} over the ${kib(BUDGET)} budget`);
});
