// @ts-check
// The .wasm carried inside the JavaScript (LZMA, then base64), so that the default entry works
// wherever JavaScript does: bundlers that emit no assets (Rollup, esbuild), IIFE bundles,
// extension service workers, server builds. Gzipped, it costs less than the gzipped .wasm
// (`npm run size`). It is unpacked by a decoder that is itself a small wasm module (unpack/):
// in JavaScript, before the JIT warms up, decoding took several times longer.

import { compressedWasm, unpackerWasm, wasmLength } from './wasm-embedded.js';

/** @param {string} text @returns {Uint8Array<ArrayBuffer>} */
function decodeBase64(text) {
  const TypedArray = /** @type {any} */ (Uint8Array);
  if (typeof TypedArray.fromBase64 === 'function') return TypedArray.fromBase64(text);
  const NodeBuffer = /** @type {any} */ (globalThis).Buffer;
  if (NodeBuffer) return NodeBuffer.from(text, 'base64');
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Decodes the raw LZMA1 stream `input` (lc=3, lp=0, pb=0) into exactly `length` bytes.
 * @param {Uint8Array} input
 * @param {number} length
 */
export function unpack(input, length) {
  const unpacker = /** @type {any} */ (new WebAssembly.Instance(new WebAssembly.Module(decodeBase64(unpackerWasm))).exports);
  const memory = /** @type {WebAssembly.Memory} */ (unpacker.memory);
  const at = unpacker.__heap_base.value;
  const end = at + input.length + length;
  if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / 65536));
  new Uint8Array(memory.buffer).set(input, at);
  if (!unpacker.unpack_lzma(at, input.length, at + input.length, length)) throw new Error('periskope-wasm: the embedded WebAssembly module is corrupt');
  // A copy: the unpacker's memory is dropped with it.
  return new Uint8Array(memory.buffer, at + input.length, length).slice();
}

/** The module's bytes, unpacked anew on each call: they are needed once, and keeping them would hold ~190 KB. */
export const embeddedWasm = () => unpack(decodeBase64(compressedWasm), wasmLength);
