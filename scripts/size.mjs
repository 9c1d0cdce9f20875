// npm run size: the gzipped bytes each entry makes a browser (or a server) download: the entry
// file and every module it imports, followed through the files themselves, plus the .wasm for
// the entries that fetch or import it. Files are counted one by one, as a plain page loads them
// (a bundle of the same files gzips a little smaller).
import { readFileSync, writeFileSync } from 'node:fs';
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
export function moduleGraph(file, seen = new Set()) {
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

const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const line = (label, raw, gzip) => `${label.padEnd(66)} ${kb(raw).padStart(9)} raw ${kb(gzip).padStart(8)} gzipped`;

/** The lines the README quotes: each entry's total, and the module's share where it has one. */
export function summary(sizes) {
  const lines = [];
  for (const entry of sizes) {
    lines.push(line(entry.name, entry.raw, entry.gzip));
    const module = entry.files.find((f) => /wasm-embedded\.js$|_bg\.wasm$/.test(f.file));
    if (module) lines.push(line(`  of which ${module.file.replace('dist/', '')}`, module.raw, module.gzip));
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = measureSizes();
  for (const entry of sizes) {
    console.log(entry.name);
    for (const { file, raw, gzip } of entry.files) console.log(line(`  ${file}`, raw, gzip));
    console.log(`${line('  total', entry.raw, entry.gzip)}\n`);
  }
  const text = summary(sizes);
  console.log(`summary\n${text}`);
  if (process.argv.includes('--update-readme')) {
    const readme = join(root, 'README.md');
    const before = readFileSync(readme, 'utf8');
    const after = before.replace(/(<!-- size -->[\s\S]*?```text\n)[\s\S]*?(\n```)/, (_, head, tail) => `${head}${text}${tail}`);
    if (after === before && !before.includes(text)) throw new Error('README.md has no <!-- size --> text block to update');
    writeFileSync(readme, after);
    console.log('README.md: size block updated');
  }
}
