// The JS half of the hand-over between wasm and JS (the Rust half is src/bindings/interop.rs, and
// src/schema/wire.rs, which writes the edits this file reads).
// Each function replaces several wasm<->JS calls with one, and reads wasm memory directly.

// Edit operations and path step kinds are the numbers src/schema/wire.rs names: each is written
// `2 /* SET_TRUE */` here, and a test checks every number against its name (`UPDATE=1 cargo test`
// rewrites them). Literals rather than constants: the minifier would keep unused declarations.

const encoder = new TextEncoder();
let memory = null;
let bytes = new Uint8Array(0);
let words = new Uint32Array(0);
// The destination of the last copy: a parse reuses the same buffer, so its view is reused too.
let destination = bytes;
let destinationAt = -1;

// The model's names (field names, canonical spellings) by where they lie in wasm memory:
// decoded once, and the same string each time after, which V8 finds faster as a property key.
let names = new Map();

// Views over `wasmMemory`, made anew when it is another instance's or has grown (growing
// detaches the old buffer, which empties the views over it).
function viewsOf(wasmMemory) {
  if (wasmMemory !== memory) names = new Map();
  if (wasmMemory !== memory || bytes.length === 0) {
    memory = wasmMemory;
    bytes = new Uint8Array(wasmMemory.buffer);
    words = new Uint32Array(wasmMemory.buffer);
    destinationAt = -1;
  }
}

/**
 * When `input` is a string: writes it as UTF-8 into wasm memory at [ptr, ptr + capacity),
 * stores the UTF-16 units read and the bytes written as two u32 at byte `counts`, and returns
 * the string's length in UTF-16 units. Returns -1 for anything else. One call does what took
 * four (type check, length, encode, read count): each wasm->JS call has a fixed cost.
 */
export function encodeInto(input, wasmMemory, ptr, capacity, counts) {
  if (typeof input !== 'string') return -1;
  viewsOf(wasmMemory);
  if (destinationAt !== ptr || destination.length !== capacity) {
    destination = bytes.subarray(ptr, ptr + capacity);
    destinationAt = ptr;
  }
  const { read, written } = encoder.encodeInto(input, destination);
  words[counts >>> 2] = read;
  words[(counts >>> 2) + 1] = written;
  return input.length;
}

// ASCII bytes of wasm memory as a string (canonical names, numbers: short).
function asciiAt(at, length) {
  return String.fromCharCode.apply(null, bytes.subarray(at, at + length));
}

function nameAt(at, length) {
  const key = at + length * 2 ** 32;
  let name = names.get(key);
  if (name === undefined) {
    name = asciiAt(at, length);
    names.set(key, name);
  }
  return name;
}

// Every key stays an own data property. Plain assignment already does that for every key but
// `__proto__`, whose inherited setter would change the prototype instead.
function define(target, key, value) {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

function keyAt(text, i) {
  switch (words[i]) {
    case 0 /* STEP_KEY */: return text.slice(words[i + 1], words[i + 2]);
    case 1 /* STEP_ESCAPED_KEY */: return JSON.parse('"' + text.slice(words[i + 1], words[i + 2]) + '"');
    case 2 /* STEP_NAME */: return nameAt(words[i + 1], words[i + 2]);
    default: return words[i + 1]; // 3 /* STEP_INDEX */
  }
}

/**
 * JSON.parse of the text the core has accepted (the caller's own string: JSON.parse reads it
 * faster than any string made from it), then the core's edits made in place. The edits are
 * `count` u32 at byte `at` of wasm memory, written by `encode` in src/schema/wire.rs:
 * per edit [op, a, b, depth, (kind, x, y) * depth]; numbers are ASCII at byte `ascii`, names at their own address.
 */
export function materialise(text, wasmMemory, at, count, ascii) {
  const root = JSON.parse(text);
  if (count === 0) return root;
  viewsOf(wasmMemory);
  // Edits in a list share the start of their paths (tickets, 12, ...): the objects the previous
  // edit's path went through are reused while the steps are the same.
  const reached = [];
  let reachedSteps = -1;
  let reachedCount = 0;
  for (let i = at >>> 2, end = i + count; i < end; ) {
    const op = words[i];
    const a = words[i + 1];
    const b = words[i + 2];
    const steps = i + 4;
    const last = steps + (words[i + 3] - 1) * 3;
    i = last + 3;
    if (last < steps) continue;
    let target = root;
    let d = 0;
    for (let step = steps; step < last; step += 3, d++) {
      const before = reachedSteps + d * 3;
      if (d < reachedCount && words[step] === words[before] && words[step + 1] === words[before + 1] && words[step + 2] === words[before + 2]) {
        target = reached[d];
        continue;
      }
      reachedCount = d;
      if (target === null || typeof target !== 'object') break;
      target = target[keyAt(text, step)];
      reached[d] = target;
      reachedCount = d + 1;
    }
    // Only this path's own steps may be reused by the next edit.
    reachedCount = Math.min(reachedCount, d);
    reachedSteps = steps;
    if (target === null || typeof target !== 'object') continue;
    const key = keyAt(text, last);
    if (op <= 2 /* SET_TRUE */) {
      // 0 /* SET_NULL */, 1 /* SET_FALSE */ or 2 /* SET_TRUE */
      define(target, key, op === 0 /* SET_NULL */ ? null : op === 2 /* SET_TRUE */);
    } else if (op === 3 /* SET_NUMBER */) {
      define(target, key, Number(asciiAt(ascii + a, b)));
    } else if (Object.hasOwn(target, key)) {
      // 4 /* RENAME */ or 5 /* REMOVE */
      const value = target[key];
      delete target[key];
      if (op === 4 /* RENAME */) define(target, nameAt(a, b), value);
    }
  }
  return root;
}

// What a request validator reads (src/bindings/interop.rs, js_to_value): `{ value }` for plain
// objects, arrays and primitives, and for FormData and URLSearchParams turned into the plain
// object of their entries (a key given twice becomes an array); `{ refused, at? }` with the
// class name of anything else that is an object (a Map, a Date, a class instance), or of a
// FormData entry that is not text (a File), which JSON.stringify would quietly turn into {} or a string.
export function requestInput(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { value };
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return { value };
  const isForm = typeof FormData === 'function' && value instanceof FormData;
  if (isForm || (typeof URLSearchParams === 'function' && value instanceof URLSearchParams)) {
    const entries = {};
    for (const [key, entry] of value) {
      if (typeof entry !== 'string') return { refused: typeName(entry), at: key };
      if (!Object.hasOwn(entries, key)) define(entries, key, entry);
      else if (Array.isArray(entries[key])) entries[key].push(entry);
      else entries[key] = [entries[key], entry];
    }
    return { value: entries };
  }
  return { refused: typeName(value) };
}

// What a value is, for issue details (`received`): its typeof, 'array', 'null', or its class.
export function typeName(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value !== 'object') return typeof value;
  const name = value.constructor?.name;
  return name && name !== 'Object' ? name : 'object';
}
