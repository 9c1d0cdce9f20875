// The JS half of the hand-over between wasm and JS (the Rust half is src/bindings/interop.rs).
// Each function replaces several wasm<->JS calls with one, and reads wasm memory directly.

const encoder = new TextEncoder();
let memory = null;
let bytes = new Uint8Array(0);
let words = new Uint32Array(0);
// The destination of the last copy: a parse reuses the same buffer, so its view is reused too.
let destination = bytes;
let destinationAt = -1;
let lastRead = 0;

// Views over `wasmMemory`, made anew when it is another instance's or has grown (growing
// detaches the old buffer, which empties the views over it).
function viewsOf(wasmMemory) {
  if (wasmMemory !== memory || bytes.length === 0) {
    memory = wasmMemory;
    bytes = new Uint8Array(wasmMemory.buffer);
    words = new Uint32Array(wasmMemory.buffer);
    destinationAt = -1;
  }
}

/**
 * Writes `text` as UTF-8 into wasm memory at [ptr, ptr + capacity). Returns the bytes written,
 * or -(written + 1) when the text did not fit; `encodedRead()` then tells the UTF-16 units read.
 */
export function encodeInto(text, wasmMemory, ptr, capacity) {
  viewsOf(wasmMemory);
  if (destinationAt !== ptr || destination.length !== capacity || destination.buffer !== bytes.buffer) {
    destination = bytes.subarray(ptr, ptr + capacity);
    destinationAt = ptr;
  }
  const { read, written } = encoder.encodeInto(text, destination);
  lastRead = read;
  return read === text.length ? written : -(written + 1);
}

export function encodedRead() {
  return lastRead;
}

// ASCII bytes of wasm memory as a string, in chunks that stay under engines' argument limits.
function asciiAt(at, length) {
  let text = '';
  for (let end = at + length; at < end; at += 8192) {
    text += String.fromCharCode.apply(null, bytes.subarray(at, Math.min(at + 8192, end)));
  }
  return text;
}

/**
 * JSON.parse of text the core has accepted, with its edits spliced in first. The edits are
 * `count` triples of u32 at byte `edits` of wasm memory: [start, end, replacement length],
 * offsets in UTF-16 units of `text`, sorted; their replacements follow one another as ASCII
 * at byte `replacements`.
 */
export function materialise(text, wasmMemory, edits, count, replacements, length) {
  if (count === 0) return JSON.parse(text);
  viewsOf(wasmMemory);
  const replacementText = asciiAt(replacements, length);
  let edited = '';
  let at = 0;
  let from = 0;
  for (let i = edits >>> 2, end = i + count * 3; i < end; i += 3) {
    const to = from + words[i + 2];
    edited += text.slice(at, words[i]) + replacementText.slice(from, to);
    at = words[i + 1];
    from = to;
  }
  return JSON.parse(edited + text.slice(at));
}
