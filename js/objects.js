// @ts-check
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
// Shape kinds are the numbers src/schema/tables.rs names: each is written `3 /* SHAPE_INT */`
// here, and a test checks every number against its name (`UPDATE=1 cargo test` rewrites them).

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

/** @param {unknown} value @returns {value is object} */
function isPlainObject(value) {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
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
