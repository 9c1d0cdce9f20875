// npm run size: the gzipped bytes each entry makes a browser (or a server) download: the entry
// file and every module it imports, followed through the files themselves, plus the .wasm for
// the entries that fetch or import it. Files are counted one by one, as a plain page loads them
// (a bundle of the same files gzips a little smaller).
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

/** What a user imports, and what it loads besides JavaScript. */
export const ENTRIES = [
  { name: 'periskope-wasm (default: browsers, bundlers, Node, Deno, Bun)', file: 'index.js', extra: [] },
  { name: 'periskope-wasm/slim (+ the .wasm it fetches)', file: 'slim.js', extra: ['periskope_wasm_bg.wasm'] },
  { name: 'periskope-wasm on workerd (+ the .wasm it imports)', file: 'workerd.js', extra: ['periskope_wasm_bg.wasm'] },
  { name: "require('periskope-wasm')", file: 'index.cjs', extra: [] },
];

const gzipped = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** The files `file` (under dist/) loads: itself and its static imports, transitively. */
function moduleGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  if (!file.endsWith('.js')) return seen;
  const source = readFileSync(join(dist, file), 'utf8');
  for (const [, specifier] of source.matchAll(/(?:\bfrom|\bimport)\s*["'](\.[^"']+)["']/g)) {
    moduleGraph(normalize(join(dirname(file), specifier)), seen);
  }
  return seen;
}

/** Sizes in bytes per entry: `{ name, files: [{ file, raw, gzip }], raw, gzip }`. */
export function measureSizes() {
  return ENTRIES.map(({ name, file, extra }) => {
    const files = [...new Set([...moduleGraph(file), ...extra])].map((f) => {
      const bytes = readFileSync(join(dist, f));
      return { file: relative(root, join(dist, f)), raw: bytes.length, gzip: gzipped(bytes) };
    });
    return { name, entry: file, files, raw: files.reduce((n, f) => n + f.raw, 0), gzip: files.reduce((n, f) => n + f.gzip, 0) };
  });
}

/** The entry the browser budget is about. */
export const defaultEntry = (sizes) => sizes.find((s) => s.entry === 'index.js');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const kb = (n) => (n / 1024).toFixed(1) + ' KB';
  for (const entry of measureSizes()) {
    console.log(`${entry.name}`);
    for (const { file, raw, gzip } of entry.files) console.log(`  ${file.padEnd(72)} ${kb(raw).padStart(9)} raw ${kb(gzip).padStart(8)} gzipped`);
    console.log(`  ${'total'.padEnd(72)} ${kb(entry.raw).padStart(9)} raw ${kb(entry.gzip).padStart(8)} gzipped\n`);
  }
}
