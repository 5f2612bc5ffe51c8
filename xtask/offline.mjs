// A step of Trunk's post-build hook (`cargo xtask post-build`, release
// builds): writes deepseek-cost-explainer-offline.html, the whole widget in one file that
// works when double-clicked from a USB stick (file://, no server, no network).
// The stylesheet, boot script and loader (embed/loader.js, the pages' and
// the script embed's) are inlined; the wasm-bindgen glue and the wasm (the
// widget's with every language, web/all, and the QR, picture and wire modules)
// travel as base64, and the loader loads them from a data: URL and from
// memory. It
// runs after `cargo xtask pages`, so the English page it starts from has
// its title and no-JavaScript text.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (process.env.TRUNK_PROFILE === 'release' && dir) {
  const read = (name, enc) => readFile(join(dir, name), enc);
  const page = await read('index.html', 'utf8');
  const css = await read('main.css', 'utf8');
  const print = await read('print.css', 'utf8');
  const present = await read('present.css', 'utf8');
  const boot = await read('boot.js', 'utf8');
  // The loader's source: the staged copy is minified, its names mangled.
  const loader = await readFile(new URL('../embed/loader.js', import.meta.url), 'utf8');
  // Every module it needs, inline, by name: the widget with every
  // language (`-web-all`) and the modules it fetches on request (the
  // others but the languages' own: loader.js names them).
  const glue = {};
  const wasm = {};
  const needed = (await readdir(dir))
    .filter((f) => f.endsWith('_bg.wasm'))
    .map((f) => f.slice(0, -'_bg.wasm'.length))
    .filter((m) => m === 'deepseek-cost-explainer-web-all' || !m.startsWith('deepseek-cost-explainer-web'));
  for (const m of ['web-all', 'qr', 'picture', 'wire']) {
    if (!needed.includes(`deepseek-cost-explainer-${m}`)) throw new Error(`offline.mjs: the build has no deepseek-cost-explainer-${m} module`);
  }
  for (const name of needed) {
    glue[name] = (await read(`${name}.js`)).toString('base64');
    wasm[name] = (await read(`${name}_bg.wasm`)).toString('base64');
  }
  const title = page.match(/<title>[^<]*<\/title>/)?.[0] ?? '';
  const noscript = page.match(/<noscript>[\s\S]*<\/noscript>/)?.[0] ?? '';
  const safe = (text) => text.replaceAll('</', '<\\/');
  // Where the published widget lives, if the build knows (SITE_URL): the
  // file's links, QR code and embed codes point there, not at file://.
  const site = (process.env.SITE_URL || '').replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark">
${title}
<script>${safe(boot)}</script>
<style>${safe(css)}${safe(present)}</style>
<style media="print">${safe(print)}</style>
</head>
<body data-dce-page data-dce-offline${site ? ` data-dce-site="${site}"` : ''}>
${noscript}
<script type="module">
${safe(loader.replace(/^export /gm, ''))}
const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const glue = ${JSON.stringify(glue)};
const wasm = ${JSON.stringify(wasm)};
from((name) => ['data:text/javascript;base64,' + glue[name], bytes(wasm[name])]);
start('all');
</script>
</body>
</html>
`;
  await writeFile(join(dir, 'deepseek-cost-explainer-offline.html'), html);
}
