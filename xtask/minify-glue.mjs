// A step of Trunk's post-build hook (`cargo xtask post-build`, release
// builds), for the widget's modules (one per language, and one with all
// of them), the modules they fetch on request (QR, picture) and the embed
// builder's: shortens the names the wasm
// and its wasm-bindgen glue share, then minifies the glue (Trunk minifies
// HTML and CSS itself, but not the glue); then minifies the scripts that
// load as they are, boot.js, loader.js and widget.js (measured: 1,279 bytes
// gzipped to 570; their comments stay in the sources), with loader.js put
// inside widget.js in place of its import, so an article's script embed
// makes one request where the sources make two.
//
// wasm-bindgen names each import like `__wbg_setAttribute_f75317b2b5cabfb4`
// and each import's module `./deepseek-cost-explainer-web_bg.js`; both
// files carry every name, and 16 hex digits do not compress. Renaming them
// to `a`, `b`, ... in both files is safe because the names are private to
// the pair: only the glue builds the import object and reads the exports.
// The modules' public exports (`start`, `mount_all`, `worksheet`,
// `download`, `memory`) keep their names. Measured: short names
// saved 4.7 KB gzipped (wasm 2.7, glue 1.9); terser had taken the glue from
// 7.3 KB to 5.4 KB gzipped. Runs from node_modules (terser, npm).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';


const PUBLIC = new Set(['memory', 'start', 'mount_all', 'worksheet', 'download', 'read_options', 'problem']);

const dir = process.env.TRUNK_STAGING_DIR;
if (process.env.TRUNK_PROFILE === 'release' && dir) {
  // Every module Trunk built: the widget in each language (and in all of
  // them, for the offline file), the QR, picture and wire modules, and the
  // embed builder's.
  const files = await readdir(dir);
  const modules = files.filter((f) => f.startsWith('deepseek-cost-explainer-') && f.endsWith('_bg.wasm'))
    .map((f) => f.slice(0, -'_bg.wasm'.length));
  for (const name of modules) {
    const wasmFile = join(dir, `${name}_bg.wasm`);
    const glueFile = join(dir, `${name}.js`);
    const { wasm, renames } = shortenNames(await readFile(wasmFile));
    let glue = await readFile(glueFile, 'utf8');
    for (const [from, to, needed] of renames) {
      const uses = new RegExp(`(?<![\\w$])${from.replace(/[^\w$]/g, '\\$&')}(?![\\w$])`, 'g');
      // Every import comes from the glue; an export the glue never uses may be absent.
      if (needed && !uses.test(glue)) throw new Error(`${name}.js never names ${from}`);
      glue = glue.replace(uses, to);
    }
    const out = await minify(glue, { module: true, compress: { passes: 2 }, mangle: true });
    await writeFile(wasmFile, wasm);
    await writeFile(glueFile, out.code);
  }
  const loader = await readFile(join(dir, 'loader.js'), 'utf8');
  const IMPORT = "import { ask, start } from './loader.js';";
  for (const [file, module] of [['boot.js', false], ['loader.js', true], ['widget.js', true]]) {
    const path = join(dir, file);
    let code = await readFile(path, 'utf8');
    if (file === 'widget.js') {
      if (!code.includes(IMPORT)) throw new Error(`widget.js no longer says ${IMPORT}`);
      // Inside widget.js the loader's exports are its own names.
      code = code.replace(IMPORT, loader.replace(/^export /gm, ''));
    }
    const out = await minify(code, { module, compress: { passes: 2 }, mangle: true });
    await writeFile(path, out.code);
  }
}

// `a`, `b`, ... `Z`, then `aa`, `ab`, ...: short and valid JavaScript names.
function shortName(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  do {
    s = letters[i % letters.length] + s;
    i = Math.floor(i / letters.length) - 1;
  } while (i >= 0);
  return s;
}

// Rewrites the import section (module and field names) and the export
// section (private names) of a wasm module. Returns the new bytes and the
// renames, as [old name, new name, must the glue name it]. Import module
// names are quoted in the glue (`"./x_bg.js": imports`), so their pair
// carries the quotes. One name both imported and exported would be renamed
// two ways in the glue, so it stops the build.
function shortenNames(bytes) {
  // Each kind of name gets its own map from old names to new ones.
  const renamer = (make) => {
    const map = new Map();
    const rename = (old) => {
      if (!map.has(old)) map.set(old, make(map.size));
      return map.get(old);
    };
    return [map, rename];
  };
  const [names, rename] = renamer(shortName);
  const [modules, renameModule] = renamer((i) => `m${i}`);
  const [exports, renameExport] = renamer(shortName);

  const out = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const section = at;
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    const body = bytes.subarray(start, start + size);
    at = start + size;
    let fresh = null;
    if (id === 2) {
      fresh = rewriteVector(body, (r, w) => {
        w.name(renameModule(r.name()));
        w.name(rename(r.name()));
        const kind = r.byte();
        w.byte(kind);
        // func: type index; table: reftype + limits; memory: limits; global: type + mut.
        if (kind === 0) w.uleb(r.uleb());
        else if (kind === 1) { w.byte(r.byte()); w.limits(r); }
        else if (kind === 2) w.limits(r);
        else if (kind === 3) { w.byte(r.byte()); w.byte(r.byte()); }
        else throw new Error(`import kind ${kind}`);
      });
    } else if (id === 7) {
      fresh = rewriteVector(body, (r, w) => {
        const old = r.name();
        w.name(PUBLIC.has(old) ? old : renameExport(old));
        w.byte(r.byte());
        w.uleb(r.uleb());
      });
    }
    out.push(fresh ? Buffer.concat([Buffer.from([id]), uleb(fresh.length), fresh]) : bytes.subarray(section, at));
  }
  const both = [...names.keys()].filter((n) => exports.has(n));
  if (both.length) throw new Error(`imported and exported: ${both.join(', ')}`);
  const renames = [
    ...[...modules].map(([from, to]) => [`"${from}"`, `"${to}"`, true]),
    ...[...names].map(([from, to]) => [from, to, true]),
    ...[...exports].map(([from, to]) => [from, to, false]),
  ];
  return { wasm: Buffer.concat(out), renames };
}

function leb(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function uleb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

// Reads a vector (count, then entries) and writes it again through `entry`.
function rewriteVector(body, entry) {
  let at = 0;
  const r = {
    byte: () => body[at++],
    uleb: () => { const [v, next] = leb(body, at); at = next; return v; },
    name: () => { const len = r.uleb(); const s = body.subarray(at, at + len).toString('utf8'); at += len; return s; },
  };
  const parts = [];
  const w = {
    byte: (b) => parts.push(Buffer.from([b])),
    uleb: (v) => parts.push(uleb(v)),
    name: (s) => { const b = Buffer.from(s, 'utf8'); w.uleb(b.length); parts.push(b); },
    limits: (rr) => {
      const flags = rr.byte();
      w.byte(flags);
      w.uleb(rr.uleb());
      if (flags & 1) w.uleb(rr.uleb());
    },
  };
  const count = r.uleb();
  w.uleb(count);
  for (let i = 0; i < count; i++) entry(r, w);
  if (at !== body.length) throw new Error('section not read to its end');
  return Buffer.concat(parts);
}
