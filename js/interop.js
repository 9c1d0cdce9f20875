// The JS half of the hand-over between wasm and JS (the Rust half is src/bindings/interop.rs).
// Each function replaces several wasm<->JS calls with one.

const encoder = new TextEncoder();
let memoryView = new Uint8Array(0);
let lastRead = 0;

/**
 * Writes `text` as UTF-8 into wasm memory at [ptr, ptr + capacity). Returns the bytes written,
 * or -(written + 1) when the text did not fit (then `encodedRead()` tells how much was read).
 */
export function encodeInto(text, memory, ptr, capacity) {
  if (memoryView.buffer !== memory.buffer) memoryView = new Uint8Array(memory.buffer);
  const { read, written } = encoder.encodeInto(text, memoryView.subarray(ptr, ptr + capacity));
  lastRead = read;
  return read === text.length ? written : -(written + 1);
}

export function encodedRead() {
  return lastRead;
}

const SET = 0;

// Every key stays an own data property. Plain assignment already does that for every key but
// `__proto__`, whose inherited setter would change the prototype instead.
function define(target, key, value) {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/**
 * JSON.parse of text the core has accepted, then its patches, given as JSON text:
 * `[[path, 0, value], [path, 1, [from, to]], ...]` (0 sets the value at path, 1 renames a
 * property of the object at path).
 */
export function materialise(text, patchText) {
  const root = JSON.parse(text);
  if (patchText === undefined) return root;
  const patches = JSON.parse(patchText);
  for (let p = 0; p < patches.length; p++) {
    const [path, op, arg] = patches[p];
    const depth = op === SET ? path.length - 1 : path.length;
    let target = root;
    for (let i = 0; i < depth && target !== null && typeof target === 'object'; i++) target = target[path[i]];
    if (target === null || typeof target !== 'object') continue;
    if (op === SET) {
      define(target, path[depth], arg);
    } else if (Object.hasOwn(target, arg[0])) {
      const value = target[arg[0]];
      delete target[arg[0]];
      define(target, arg[1], value);
    }
  }
  return root;
}
