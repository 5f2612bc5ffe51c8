// Trunk post-build hook: minifies wasm-bindgen's JavaScript glue (the widget's
// and the QR module's) in release
// builds (Trunk minifies HTML and CSS itself, but not the glue). Measured:
// 7.3 KB gzipped before, 5.4 KB after. Runs from node_modules (terser, npm).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (process.env.TRUNK_PROFILE === 'release' && dir) {
  for (const name of ['deepseek-cost-explainer-web.js', 'deepseek-cost-explainer-qr.js']) {
    const file = join(dir, name);
    const out = await minify(await readFile(file, 'utf8'), { module: true, compress: { passes: 2 }, mangle: true });
    await writeFile(file, out.code);
  }
}
