// A step of Trunk's post-build hook (`cargo xtask post-build`), after the
// pages: writes content-security-policy.txt, the strict policy the widget's
// pages run under, for a host to send with them. Each page carries its
// boot script and stylesheet inline (domain::pages::inline_blocking: the
// first paint waits for no second request), so the policy allows exactly
// those two blocks by their SHA-256 hashes, and no other inline script or
// style. The end-to-end tests serve the pages with this file's policy and
// fail on any violation, so a hash that does not match fails the build's
// tests. The hashes change when boot.js or main.css do.
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || 'dist';
const hash = async (name) => `'sha256-${createHash('sha256').update(await readFile(join(dir, name))).digest('base64')}'`;
const policy = [
  "default-src 'self'",
  `script-src 'self' ${await hash('boot.js')} 'wasm-unsafe-eval'`,
  `style-src 'self' ${await hash('main.css')}`,
  "img-src 'self' data:",
].join('; ');
await writeFile(join(dir, 'content-security-policy.txt'), `${policy}\n`);
