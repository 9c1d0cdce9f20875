// @ts-check
// The .wasm carried inside the JavaScript (deflated, then base64), so that the default entry
// works wherever JavaScript does: bundlers that emit no assets (Rollup, esbuild), IIFE bundles,
// extension service workers, server builds. Gzipped, it costs about what the gzipped .wasm
// does (`npm run size`). It is unpacked by a decoder that is itself a tiny wasm module
// (inflate/): in JavaScript, before the JIT warms up, that took ten times longer.

import { deflatedWasm, inflaterWasm, wasmLength } from './wasm-embedded.js';

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
 * Decodes raw DEFLATE `input` into exactly `length` bytes.
 * @param {Uint8Array} input
 * @param {number} length
 */
export function inflate(input, length) {
  const inflater = /** @type {any} */ (new WebAssembly.Instance(new WebAssembly.Module(decodeBase64(inflaterWasm))).exports);
  const memory = /** @type {WebAssembly.Memory} */ (inflater.memory);
  const at = inflater.__heap_base.value;
  const end = at + input.length + length;
  if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / 65536));
  new Uint8Array(memory.buffer).set(input, at);
  if (!inflater.inflate(at, input.length, at + input.length, length)) throw new Error('periskope-wasm: the embedded WebAssembly module is corrupt');
  // A copy: the inflater's memory is dropped with it.
  return new Uint8Array(memory.buffer, at + input.length, length).slice();
}

/** The module's bytes, unpacked anew on each call: they are needed once, and keeping them would hold ~180 KB. */
export const embeddedWasm = () => inflate(decodeBase64(deflatedWasm), wasmLength);
