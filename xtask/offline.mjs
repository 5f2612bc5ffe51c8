// A step of Trunk's post-build hook (`cargo xtask post-build`, release
// builds): writes deepseek-cost-explainer-offline.html, the whole widget in one file that
// works when double-clicked from a USB stick (file://, no server, no network).
// The stylesheet and boot script are inlined; the wasm-bindgen glue and the
// wasm (the widget's with every language, web/all, and the QR and picture
// modules) travel as base64 and load from a data: URL and from memory. It
// runs after `cargo xtask pages`, so the English page it starts from has
// its title and no-JavaScript text.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (process.env.TRUNK_PROFILE === 'release' && dir) {
  const read = (name, enc) => readFile(join(dir, name), enc);
  const page = await read('index.html', 'utf8');
  const css = await read('main.css', 'utf8');
  const print = await read('print.css', 'utf8');
  const boot = await read('boot.js', 'utf8');
  const glue = (await read('deepseek-cost-explainer-web-all.js')).toString('base64');
  const wasm = (await read('deepseek-cost-explainer-web-all_bg.wasm')).toString('base64');
  const lazy = async (name) => [
    (await read(`deepseek-cost-explainer-${name}.js`)).toString('base64'),
    (await read(`deepseek-cost-explainer-${name}_bg.wasm`)).toString('base64'),
  ];
  const [qrGlue, qrWasm] = await lazy('qr');
  const [pictureGlue, pictureWasm] = await lazy('picture');
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
<style>${safe(css)}</style>
<style media="print">${safe(print)}</style>
</head>
<body data-dce-page data-dce-offline${site ? ` data-dce-site="${site}"` : ''}>
${noscript}
<script type="module">
const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const lazy = (glue, wasm) => {
  let m;
  return () => (m ??= import('data:text/javascript;base64,' + glue).then(async (m) => {
    await m.default({ module_or_path: bytes(wasm) });
    return m;
  }));
};
const qr = lazy('${qrGlue}', '${qrWasm}');
const picture = lazy('${pictureGlue}', '${pictureWasm}');
globalThis[Symbol.for('deepseek-cost-explainer.worksheet')] = (link, lang, done) => {
  qr().then((m) => done(m.worksheet(link, lang)), () => {});
};
globalThis[Symbol.for('deepseek-cost-explainer.picture')] = (within, link, png, done) => {
  picture().then((m) => m.download_picture(within, link, png)).then(() => done(true), () => done(false));
};
const glue = await import('data:text/javascript;base64,${glue}');
await glue.default({ module_or_path: bytes('${wasm}') });
</script>
</body>
</html>
`;
  await writeFile(join(dir, 'deepseek-cost-explainer-offline.html'), html);
}
