// The default entry's embedded module and the wasm decoder that unpacks it (unpack/): the module
// comes back byte for byte, streams of every kind Python's lzma writes decode, and corrupt or
// truncated input is an Error, never a trap. The build compresses with Python's lzma too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { unpack, embeddedWasm } from '../../dist/embedded.js';
import { compressedWasm } from '../../dist/wasm-embedded.js';

const wasm = readFileSync(new URL('../../dist/periskope_wasm_bg.wasm', import.meta.url));

/** Raw LZMA1 streams (lc=3, lp=0, pb=0) of each input, from Python's lzma at `preset`. */
function compress(inputs, preset) {
  const script = `import lzma, sys, json, base64
inputs = [base64.b64decode(s) for s in json.load(sys.stdin)]
filters = [{"id": lzma.FILTER_LZMA1, "preset": ${preset}, "lc": 3, "lp": 0, "pb": 0}]
print(json.dumps([base64.b64encode(lzma.compress(d, format=lzma.FORMAT_RAW, filters=filters)).decode() for d in inputs]))`;
  const encoded = JSON.parse(execFileSync('python3', ['-c', script], { input: JSON.stringify(inputs.map((b) => Buffer.from(b).toString('base64'))), maxBuffer: 64 << 20 }));
  return encoded.map((text) => Buffer.from(text, 'base64'));
}

test('the embedded module unpacks to exactly dist/periskope_wasm_bg.wasm', () => {
  assert.ok(Buffer.from(embeddedWasm()).equals(wasm));
});

test('the decoder reads what the encoder writes at every preset, over repetitive and random data', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / 2 ** 24;
  const samples = [new Uint8Array(1), new Uint8Array(70_000).fill(42), wasm.subarray(0, 50_000)];
  for (let i = 0; i < 30; i++) {
    const bytes = new Uint8Array(1 + Math.floor(random() * 20_000));
    // Alternate incompressible bytes and a small alphabet (long matches, repeated distances).
    for (let j = 0; j < bytes.length; j++) bytes[j] = i % 2 ? random() * 256 : random() * 4;
    samples.push(bytes);
  }
  for (const preset of ['0', '6', '9 | lzma.PRESET_EXTREME']) {
    compress(samples, preset).forEach((stream, i) => {
      assert.ok(Buffer.from(unpack(stream, samples[i].length)).equals(Buffer.from(samples[i])), `preset ${preset}, sample ${i}`);
    });
  }
});

test('corrupt or truncated input is an Error, never a wasm trap', () => {
  const stream = Buffer.from(compressedWasm, 'base64');
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / 2 ** 24;
  const cases = [stream.subarray(0, 10), stream.subarray(0, stream.length - 100), new Uint8Array([7]), new Uint8Array(0), new Uint8Array(8)];
  for (let i = 0; i < 200; i++) {
    const copy = Uint8Array.from(stream.subarray(0, 4000));
    copy[5 + Math.floor(random() * (copy.length - 5))] ^= 1 << (i % 8);
    cases.push(copy);
  }
  for (const input of cases) {
    assert.throws(() => unpack(input, wasm.length), (error) => error.constructor === Error && /corrupt/.test(error.message));
  }
  // The right stream with a length it does not fill.
  assert.throws(() => unpack(stream, wasm.length + 1), /corrupt/);
});
