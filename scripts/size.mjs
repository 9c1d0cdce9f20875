// npm run size: the gzipped size of what a browser downloads (the .wasm and the JS glue).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const files = { wasm: 'dist/periskope_wasm_bg.wasm', glue: 'dist/periskope_wasm.js' };
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
let total = 0;
for (const [label, file] of Object.entries(files)) {
  const bytes = readFileSync(new URL('../' + file, import.meta.url));
  const gz = gzipSync(bytes, { level: 9 }).length;
  total += gz;
  console.log(`${label.padEnd(5)} ${file.padEnd(30)} ${kb(bytes.length).padStart(9)} raw  ${kb(gz).padStart(8)} gzipped`);
}
console.log(`total gzipped: ${kb(total)}`);
