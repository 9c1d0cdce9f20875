// The default entry's embedded module and the wasm decoder that unpacks it (inflate/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateRawSync, constants } from 'node:zlib';
import { inflate, embeddedWasm } from '../../dist/embedded.js';

const wasm = readFileSync(new URL('../../dist/periskope_wasm_bg.wasm', import.meta.url));

test('the embedded module unpacks to exactly dist/periskope_wasm_bg.wasm', () => {
  assert.ok(Buffer.from(embeddedWasm()).equals(wasm));
});

test('the decoder reads every kind of DEFLATE block zlib writes', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / 2 ** 24;
  const samples = [new Uint8Array(0), wasm, new Uint8Array(70_000).fill(42)];
  for (let i = 0; i < 40; i++) {
    const bytes = new Uint8Array(Math.floor(random() * 20_000));
    // Alternate incompressible bytes and a small alphabet (long matches, overlapping copies).
    for (let j = 0; j < bytes.length; j++) bytes[j] = i % 2 ? random() * 256 : random() * 4;
    samples.push(bytes);
  }
  for (const strategy of [constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, constants.Z_HUFFMAN_ONLY, constants.Z_RLE]) {
    for (const level of [0, 1, 9]) {
      for (const bytes of samples) {
        const out = inflate(deflateRawSync(bytes, { level, strategy }), bytes.length);
        assert.ok(Buffer.from(out).equals(Buffer.from(bytes)), `level ${level}, strategy ${strategy}, ${bytes.length} bytes`);
      }
    }
  }
});

test('corrupt or truncated input is an Error, never a wasm trap', () => {
  const deflated = deflateRawSync(wasm, { level: 9 });
  let seed = 11;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) / 2 ** 24;
  const cases = [deflated.subarray(0, 10), deflated.subarray(0, deflated.length - 1), new Uint8Array([7]), new Uint8Array(0)];
  for (let i = 0; i < 300; i++) {
    const copy = Uint8Array.from(deflated.subarray(0, 4000));
    copy[Math.floor(random() * copy.length)] ^= 1 << (i % 8);
    cases.push(copy);
  }
  for (const input of cases) {
    assert.throws(() => inflate(input, wasm.length), (error) => error.constructor === Error && /corrupt/.test(error.message));
  }
  // The right bytes with the wrong length are refused too.
  assert.throws(() => inflate(deflated, wasm.length + 1), /corrupt/);
  assert.throws(() => inflate(deflated, wasm.length - 1), /corrupt/);
});
