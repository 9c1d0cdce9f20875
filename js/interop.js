// @ts-check
// The JS half of the hand-over between wasm and JS (the Rust half is src/bindings/interop.rs, and
// src/schema/wire.rs, which writes the edits this file reads).
// Each function replaces several wasm<->JS calls with one, and reads wasm memory directly.

// Edit operations and path step kinds are the numbers src/schema/wire.rs names: each is written
// `2 /* SET_TRUE */` here, and a test checks every number against its name (`UPDATE=1 cargo test`
// rewrites them). Literals rather than constants: the minifier would keep unused declarations.
// The object path at the end of this file is here rather than in a file of its own: one file
// less for a browser to fetch, and the two gzip smaller together.

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

// The engine's own accessors, which read a value's internal slots whatever its realm or prototype:
// the typed array's name (undefined for anything else) and an ArrayBuffer's length (throws for
// anything else).
const typedArrayName = /** @type {(this: unknown) => string | undefined} */ (Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag)?.get);
const arrayBufferLength = /** @type {(this: unknown) => number} */ (Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength')?.get);

/**
 * What a payload's or a body's bytes are: the value itself when it is a Uint8Array, a view of it
 * when it is an ArrayBuffer, null when it is neither; or, when it only passes for one (a Proxy
 * around it, which its accessors refuse as their receiver), 1.
 * Checked by internal slots rather than by `instanceof`, so that bytes from another realm (an
 * iframe, Node's `vm`, a test runner's environment) are read as bytes. Never throws.
 * @param {unknown} value @returns {Uint8Array | 1 | null}
 */
export function payloadBytes(value) {
  if (value === null || typeof value !== 'object') return null;
  if (ArrayBuffer.isView(value)) return typedArrayName.call(value) === 'Uint8Array' ? /** @type {Uint8Array} */ (value) : null;
  // Nothing is thrown on the way for a plain object: the object path is timed in microseconds,
  // and an exception costs several.
  let buffer = false;
  try {
    // Not a view, so a Proxy or an imitation.
    if (value instanceof Uint8Array) return 1;
    buffer = value instanceof ArrayBuffer || Object.prototype.toString.call(value) === '[object ArrayBuffer]';
  } catch {
    // A Proxy whose trap throws: not bytes; the object path reports what it threw.
    return null;
  }
  if (!buffer) return null;
  try {
    arrayBufferLength.call(value);
    return new Uint8Array(/** @type {ArrayBuffer} */ (value));
  } catch {
    return 1;
  }
}

// ASCII bytes of wasm memory as a string (canonical names, numbers: short).
function asciiAt(at, length) {
  return String.fromCharCode.apply(null, /** @type {any} */ (bytes.subarray(at, at + length)));
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
/** @param {Record<string, unknown>} target @param {string} key @param {unknown} value */
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

// What a request validator reads (src/bindings/interop.rs, read_js_value), as JSON text: of plain
// objects, arrays and primitives (undefined where JSON.stringify writes nothing), and of
// FormData and URLSearchParams turned into the plain object of their entries (a key given twice
// becomes an array); or a refusal (see `refusal`): of anything else that is an object (a Map, a
// Date, a class instance), which JSON.stringify would quietly turn into {} or a string; of a
// FormData entry that is not text (a File); of a value inside that JSON cannot hold (see
// `notJson`). A refusal holds NUL characters, which JSON text never does (JSON.stringify escapes
// them). The text crosses like a payload's (`encodeInto`), not as a returned string, which
// wasm-bindgen copies one character at a time. Throws what the caller's code throws (a getter,
// toJSON, a Proxy's trap): the import is `catch`.
/** @param {unknown} value @param {number} maxDepth @returns {string | undefined} */
export function requestText(value, maxDepth) {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !isPlainObject(value)) {
    // By class or by tag: an iframe's FormData is another realm's, and happy-dom's has no tag.
    const tag = Object.prototype.toString.call(value);
    const isForm = tag === '[object FormData]' || (typeof FormData === 'function' && value instanceof FormData);
    if (!isForm && tag !== '[object URLSearchParams]' && !(typeof URLSearchParams === 'function' && value instanceof URLSearchParams)) return refusal(typeName(value), '', null);
    /** @type {Record<string, unknown>} */
    const entries = {};
    for (const [key, entry] of /** @type {URLSearchParams} */ (value)) {
      if (typeof entry !== 'string') return refusal(typeName(entry), 'form', [key]);
      if (!Object.hasOwn(entries, key)) define(entries, key, entry);
      else if (Array.isArray(entries[key])) entries[key].push(entry);
      else entries[key] = [entries[key], entry];
    }
    return JSON.stringify(entries);
  }
  return (maxDepth > 0 && notJson(value, maxDepth)) || JSON.stringify(value);
}

/**
 * The first value in `value` that JSON cannot hold and JSON.stringify would change without a
 * word, as a refusal (see `refusal`); undefined if there is none. Such
 * values are: an object that is neither plain nor an array and has no toJSON (a Map, a Set, a
 * class instance: written {}), NaN and ±Infinity (written null), undefined in an array (null), a
 * function or a symbol (left out), a BigInt (a TypeError); or the first object or array nested
 * deeper than `maxDepth`. An undefined property is absent, as JSON.stringify has it, and an
 * object with toJSON (a Date) is JSON.stringify's to write. Looks at each object once
 * (JSON.stringify reports cycles).
 * @param {unknown} value @param {number} maxDepth
 */
export function notJson(value, maxDepth) {
  /** @typedef {{ item: unknown, key: string | number | null, parent: Open | null, depth: number }} Open */
  /** @type {Open[]} */
  const open = [{ item: value, key: null, parent: null, depth: 1 }];
  const seen = new Set();
  while (open.length > 0) {
    const at = /** @type {Open} */ (open.pop());
    const item = at.item;
    let refused = notJsonKind(item, typeof at.key === 'number');
    // A container deeper than maxDepth: the core's limit, found here where JSON.stringify could
    // overflow the stack first (engines differ on how deep it goes).
    if (refused === undefined && at.depth > maxDepth && item !== null && typeof item === 'object' && (Array.isArray(item) || isPlainObject(item))) refused = 'depth';
    if (refused !== undefined) {
      const path = [];
      for (let step = at; step.parent !== null; step = step.parent) path.push(step.key);
      return refusal(refused, refused === 'depth' ? 'depth' : 'inside', path.reverse());
    }
    if (item === null || typeof item !== 'object' || seen.has(item)) continue;
    seen.add(item);
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) open.push({ item: item[i], key: i, parent: at, depth: at.depth + 1 });
    } else if (isPlainObject(item)) {
      const object = /** @type {Record<string, unknown>} */ (item);
      const keys = Object.keys(object);
      for (let i = keys.length - 1; i >= 0; i--) open.push({ item: object[keys[i]], key: keys[i], parent: at, depth: at.depth + 1 });
    }
  }
  return undefined;
}

/**
 * A refused value, for the issue src/bindings/interop.rs writes, as one string (one conversion
 * to Rust): its name (`received`), how the message names it (and, inside a value, what
 * JSON.stringify would make of it), where (`''` at the root, `form` in a form, `inside`, or
 * `depth` for nesting deeper than maxDepth), and its path as JSON text, separated by NUL.
 * @param {string} refused @param {'' | 'form' | 'inside' | 'depth'} where @param {(string | number | null)[] | null} path
 */
function refusal(refused, where, path) {
  const value = /^(NaN|-?Infinity|undefined)$/.test(refused);
  let what = value ? refused : `${/^[AEIOaeio]/.test(refused) ? 'an' : 'a'} ${refused}`;
  if (where === 'inside') {
    const why = value ? 'write null' : refused === 'function' || refused === 'symbol' ? 'leave it out' : refused === 'bigint' ? 'fail' : 'write {}';
    what += ` (JSON.stringify would ${why})`;
  }
  return [refused, what, where, path ? JSON.stringify(path) : ''].join('\0');
}

/** What `item` is, when JSON cannot hold it (see `notJson`). @param {unknown} item @param {boolean} inArray */
function notJsonKind(item, inArray) {
  switch (typeof item) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(item) ? undefined : String(item);
    case 'undefined':
      return inArray ? 'undefined' : undefined;
    case 'object':
      if (item === null || Array.isArray(item) || isPlainObject(item) || typeof (/** @type {any} */ (item).toJSON) === 'function') return undefined;
      return typeName(item);
    default:
      return typeof item;
  }
}

// The items of `value` when it is an array, as a new array of strings (null where an item is
// not one), read here so that a Proxy's trap or a getter of the caller's runs outside the
// module (the import is `catch`); undefined for anything else.
/** @param {unknown} value @returns {(string | null)[] | undefined} */
export function stringItems(value) {
  if (!Array.isArray(value)) return undefined;
  return Array.from(value, (item) => (typeof item === 'string' ? item : null));
}

// What a value is, for issue details (`received`): its typeof, 'array', 'null', or its class.
// Never throws: a revoked Proxy (Array.isArray) or a throwing `constructor` getter is an 'object'.
export function typeName(value) {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  try {
    if (Array.isArray(value)) return 'array';
    const name = value.constructor?.name;
    return typeof name === 'string' && name !== '' && name !== 'Object' ? name : 'object';
  } catch {
    return 'object';
  }
}

// ---------------------------------------------------------------------------------------------
// The object path: a value that is already parsed (what `await response.json()`, a form state,
// an extension message or `postMessage` gives) is walked here, against the core's shapes
// (src/schema/tables.rs writes them for this file), into a new normalised object: no
// JSON.stringify, no copy into wasm memory, no JSON.parse.
//
// This walk only says yes. It takes the input when every value is plain JSON that lenient
// mode accepts as it is or normalises in one of the ways listed in `walk`; for anything else
// (an issue to report, a value JSON cannot hold, a Date or a class instance, nesting near
// maxDepth) it returns undefined, and the core reads the value as JSON text, which gives the
// issues, their paths and messages. So there is one place where rules are judged, and a
// differential test (tests/node/objects.test.mjs) checks that both paths give the same results.
//
// Shape kinds are the numbers src/schema/tables.rs names, written as the edits' are above.

/** Thrown to leave the walk; never escapes this file. */
const DECLINED = Symbol('declined');

// What a numeric string must be to be normalised here: JSON number grammar, between spaces that
// both Rust's `trim` (the core's) and JS's `Number` skip (ASCII ones; other spaces go to the
// core). A priority's digit stands alone: "2.0" and "4e0" are the core's to judge.
const NUMBER_TEXT = /^[\t-\r ]*-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?[\t-\r ]*$/;
const PRIORITY_TEXT = /^[\t-\r ]*[0-4][\t-\r ]*$/;

/**
 * @typedef {{ kind: number, inner: Shape | null, object: ObjectTable | null }} Shape
 * @typedef {{ name: string, shape: Shape, nullable: boolean, required: boolean, alias: boolean }} FieldTable
 * @typedef {{ fields: Map<string, FieldTable>, required: number }} ObjectTable
 */

/** @type {ObjectTable[]} */
let objects = [];

/**
 * The tables as src/schema/tables.rs writes them.
 * @param {string} json
 */
function compile(json) {
  /** @type {[string, [string, string | null, unknown, number, number][]][]} */
  const written = JSON.parse(json);
  /** @type {ObjectTable[]} */
  const compiled = written.map(() => ({ fields: new Map(), required: 0 }));
  /** @returns {Shape} */
  const shapeOf = (/** @type {any} */ shape) => {
    if (typeof shape === 'number') return { kind: shape, inner: null, object: null };
    const [kind, argument] = shape;
    if (kind === 8 /* SHAPE_OBJECT */) return { kind, inner: null, object: compiled[argument] };
    return { kind, inner: shapeOf(argument), object: null };
  };
  written.forEach(([, fields], i) => {
    const table = compiled[i];
    for (const [name, alias, shape, nullable, required] of fields) {
      const compiledShape = shapeOf(shape);
      const kind = compiledShape.kind;
      // As the core's walker: null is allowed where the field or its shape says so.
      const field = {
        name,
        shape: compiledShape,
        nullable: nullable === 1 || kind === 11 /* SHAPE_NULLABLE */ || kind === 0 /* SHAPE_ANY */,
        required: required === 1,
        alias: false,
      };
      table.fields.set(name, field);
      if (alias !== null) table.fields.set(alias, { ...field, alias: true });
      if (field.required) table.required++;
    }
  });
  return compiled;
}

/**
 * The value walked against object table number `root`, as a new object; undefined when the
 * core must read it instead (see the top of this file).
 * @param {unknown} value
 * @param {number} root
 * @param {number} maxDepth
 * @param {string | undefined} tables the tables, on an instance's first call
 */
export function walkObject(value, root, maxDepth, tables) {
  if (tables !== undefined) objects = compile(tables);
  const table = objects[root];
  if (table === undefined || !isPlainObject(value) || maxDepth <= 2) return undefined;
  try {
    return walkFields(/** @type {Record<string, unknown>} */ (value), table, 1, maxDepth);
  } catch (error) {
    if (error === DECLINED) return undefined;
    throw error;
  }
}

/**
 * An object literal's, JSON.parse's or Object.create(null)'s, of this realm or another: an
 * iframe's, or Node's own under a test runner's environment, where `await response.json()`
 * gives objects whose prototype is another realm's Object.prototype (the one prototype with
 * none of its own).
 * @param {unknown} value @returns {boolean}
 */
function isPlainObject(value) {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * @param {Record<string, unknown>} value
 * @param {ObjectTable} table
 * @param {number} depth how many objects and arrays are open, this one included
 * @param {number} maxDepth
 */
function walkFields(value, table, depth, maxDepth) {
  /** @type {Record<string, unknown>} */
  const out = {};
  let required = 0;
  /** @type {unknown[] | null} */
  let renamed = null;
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const item = value[key];
    // As JSON.stringify: a property set to undefined is absent.
    if (item === undefined) continue;
    const field = table.fields.get(key);
    if (field === undefined) {
      define(out, key, copy(item, depth, maxDepth));
      continue;
    }
    if (field.required) required++;
    let result = null;
    if (item !== null) result = walk(item, field.shape, depth, maxDepth);
    else if (!field.nullable) throw DECLINED;
    if (field.alias) {
      // Given under both names: the core reports it.
      if (Object.hasOwn(value, field.name) && value[field.name] !== undefined) throw DECLINED;
      // Renamed after the other keys, where the core's edit (delete, then set) puts it.
      (renamed ??= []).push(field.name, result);
    } else {
      out[key] = result;
    }
  }
  if (required !== table.required) throw DECLINED;
  if (renamed !== null) {
    for (let i = 0; i < renamed.length; i += 2) out[/** @type {string} */ (renamed[i])] = renamed[i + 1];
  }
  return out;
}

/**
 * One value of `shape` (not null: the caller has judged null), normalised as the core's edits would.
 * @param {unknown} item
 * @param {Shape} shape
 * @param {number} depth
 * @param {number} maxDepth
 * @returns {unknown}
 */
function walk(item, shape, depth, maxDepth) {
  switch (shape.kind) {
    case 1 /* SHAPE_STRING */:
      if (typeof item === 'string') return item;
      break;
    case 0 /* SHAPE_ANY */:
      return copy(item, depth, maxDepth);
    case 2 /* SHAPE_BOOL */:
      if (typeof item === 'boolean') return item;
      break;
    // Numbers are returned `+ 0`: JSON text has no -0, so the text path gives 0.
    case 3 /* SHAPE_INT */:
      if (Number.isSafeInteger(item)) return /** @type {number} */ (item) + 0;
      break;
    case 4 /* SHAPE_NUMBER */:
      if (Number.isFinite(item)) return /** @type {number} */ (item) + 0;
      break;
    case 5 /* SHAPE_NUMBER_LIKE */:
      if (Number.isFinite(item)) return /** @type {number} */ (item) + 0;
      if (typeof item === 'string' && NUMBER_TEXT.test(item)) return Number(item);
      break;
    case 6 /* SHAPE_PRIORITY */:
      if (Number.isInteger(item) && /** @type {number} */ (item) >= 0 && /** @type {number} */ (item) <= 4) return /** @type {number} */ (item) + 0;
      if (typeof item === 'string' && PRIORITY_TEXT.test(item)) return Number(item);
      break;
    case 7 /* SHAPE_TIMESTAMP */:
      if (typeof item === 'string') return item === '' ? null : item;
      if (Number.isFinite(item)) return /** @type {number} */ (item) + 0;
      break;
    case 8 /* SHAPE_OBJECT */:
      if (depth + 1 < maxDepth && isPlainObject(item)) {
        return walkFields(/** @type {Record<string, unknown>} */ (item), /** @type {ObjectTable} */ (shape.object), depth + 1, maxDepth);
      }
      break;
    case 9 /* SHAPE_MAP */:
      if (depth + 1 < maxDepth && isPlainObject(item)) return walkMap(/** @type {Record<string, unknown>} */ (item), /** @type {Shape} */ (shape.inner), depth + 1, maxDepth);
      break;
    case 10 /* SHAPE_ARRAY */:
      if (depth + 1 < maxDepth && Array.isArray(item)) {
        const inner = /** @type {Shape} */ (shape.inner);
        const out = [];
        for (let i = 0; i < item.length; i++) out.push(itemOf(item[i], inner, depth + 1, maxDepth));
        return out;
      }
      break;
    case 11 /* SHAPE_NULLABLE */:
      return walk(item, /** @type {Shape} */ (shape.inner), depth, maxDepth);
  }
  throw DECLINED;
}

/**
 * An array item or a map value: null only where the shape allows it.
 * @param {unknown} item @param {Shape} shape @param {number} depth @param {number} maxDepth
 */
function itemOf(item, shape, depth, maxDepth) {
  if (item === null) {
    if (shape.kind === 11 /* SHAPE_NULLABLE */ || shape.kind === 0 /* SHAPE_ANY */) return null;
    throw DECLINED;
  }
  // An array's undefined is null in JSON text: the core judges it.
  if (item === undefined) throw DECLINED;
  return walk(item, shape, depth, maxDepth);
}

/** @param {Record<string, unknown>} value @param {Shape} values @param {number} depth @param {number} maxDepth */
function walkMap(value, values, depth, maxDepth) {
  /** @type {Record<string, unknown>} */
  const out = {};
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const item = value[keys[i]];
    if (item !== undefined) define(out, keys[i], itemOf(item, values, depth, maxDepth));
  }
  return out;
}

/**
 * A value kept as sent, copied: plain JSON only (strings, finite numbers, booleans, null, plain
 * objects and arrays); anything JSON.stringify would change is the core's to read.
 * @param {unknown} item @param {number} depth @param {number} maxDepth
 * @returns {unknown}
 */
function copy(item, depth, maxDepth) {
  switch (typeof item) {
    case 'string':
    case 'boolean':
      return item;
    case 'number':
      if (Number.isFinite(item)) return item + 0;
      break;
    case 'object': {
      if (item === null) return null;
      if (depth + 1 >= maxDepth) break;
      if (Array.isArray(item)) {
        const out = [];
        for (let i = 0; i < item.length; i++) {
          if (item[i] === undefined) throw DECLINED;
          out.push(copy(item[i], depth + 1, maxDepth));
        }
        return out;
      }
      if (!isPlainObject(item)) break;
      /** @type {Record<string, unknown>} */
      const out = {};
      const object = /** @type {Record<string, unknown>} */ (item);
      const keys = Object.keys(object);
      for (let i = 0; i < keys.length; i++) {
        const value = object[keys[i]];
        if (value !== undefined) define(out, keys[i], copy(value, depth + 1, maxDepth));
      }
      return out;
    }
  }
  throw DECLINED;
}
