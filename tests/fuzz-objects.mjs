// The fuzz corpus over the object path: every input the cargo-fuzz targets kept (fuzz/corpus/,
// after scripts/fuzz.sh) that is JSON is parsed by each parser as an object and as its JSON
// text, which must give the same (tests/object-cases.mjs, `compare`). Run by scripts/test.sh
// after the fuzz targets:   node tests/fuzz-objects.mjs [corpus folder...]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as pkg from 'periskope-wasm';
import { compare } from './object-cases.mjs';

const PARSERS = ['parseTicketInfo', 'parseTicket', 'parseTicketList', 'parseChat', 'parseMessage'];
const folders = process.argv.slice(2);
if (folders.length === 0) folders.push('fuzz/corpus/parse_models', 'fuzz/corpus/parse_event');

let inputs = 0;
let objects = 0;
let accepted = 0;
for (const folder of folders.filter((f) => existsSync(f))) {
  for (const name of readdirSync(folder)) {
    inputs++;
    // The targets read an option byte first, then the text.
    const text = new TextDecoder().decode(readFileSync(join(folder, name)).subarray(1));
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      continue;
    }
    const candidates = [value, value?.data].filter((v) => v !== null && typeof v === 'object');
    for (const candidate of candidates) {
      for (const parser of PARSERS) {
        for (const options of [undefined, { strict: true }]) {
          objects++;
          if (compare(pkg, parser, candidate, options).accepted) accepted++;
        }
      }
    }
  }
}
if (inputs === 0) {
  console.log('fuzz corpus over the object path: NOT RUN (no corpus: run scripts/fuzz.sh first)');
} else {
  console.log(`fuzz corpus over the object path: ${inputs} inputs, ${objects} object parses compared with their text (${accepted} accepted), no difference`);
}
