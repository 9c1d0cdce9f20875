// npm run size: the gzipped size of what a browser downloads: the .wasm, the browser entry,
// the JS glue and the snippet modules the glue imports (js/interop.js, the error class, the events list).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));

const jsFilesUnder = (dir) => readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => join(dir, f));

const measure = (files) => {
  const list = files.map((file) => {
    const bytes = readFileSync(file);
    return { file: relative(root, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { files: list, raw: list.reduce((n, f) => n + f.raw, 0), gzip: list.reduce((n, f) => n + f.gzip, 0) };
};

/** Sizes of dist/ in bytes: `wasm`, `glue` (index.js, periskope_wasm.js and the snippets), `totalGzip`. */
export function measureSizes() {
  const dist = join(root, 'dist');
  const wasm = measure([join(dist, 'periskope_wasm_bg.wasm')]);
  const glue = measure([join(dist, 'index.js'), join(dist, 'periskope_wasm.js'), ...jsFilesUnder(join(dist, 'snippets'))]);
  return { wasm, glue, totalGzip: wasm.gzip + glue.gzip };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const kb = (n) => (n / 1024).toFixed(1) + ' KB';
  const sizes = measureSizes();
  for (const { file, raw, gzip } of [...sizes.wasm.files, ...sizes.glue.files]) {
    console.log(`${file.padEnd(64)} ${kb(raw).padStart(9)} raw  ${kb(gzip).padStart(8)} gzipped`);
  }
  console.log(`wasm ${kb(sizes.wasm.gzip)} + JS glue ${kb(sizes.glue.gzip)}: total gzipped: ${kb(sizes.totalGzip)}`);
}
