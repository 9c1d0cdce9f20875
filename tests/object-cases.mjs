// Payloads for the differential test of the object path (tests/node/objects.test.mjs, and
// tests/fuzz-objects.mjs over the fuzz corpus): an already parsed value must give what its JSON
// text gives, value for value and issue for issue. Seeds are the fixtures and the bench's
// generated tickets; a seeded PRNG mutates them, so every run tries the same payloads.
import { readFileSync } from 'node:fs';
import { deepStrictEqual } from 'node:assert/strict';
import { prng, workloads } from '../bench/workloads.mjs';

const fixture = (name) => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

/** The parsers the object path serves, by name, with payloads of their shape. */
export function seeds() {
  const info = fixture('ticket-info.get-ticket.json');
  const chat = fixture('chat.json');
  const benchList = JSON.parse(workloads().find((w) => w.id === 'ticket-list').text);
  const tickets = benchList.tickets.slice(0, 40);
  const events = ['ticket.created', 'ticket.updated', 'message.created', 'message.updated', 'chat.created'].map((name) => fixture(`events/${name}.json`).data);
  // The bench's group chat (its message key in the other spellings), with 30 of its members.
  const bigChat = JSON.parse(workloads().find((w) => w.id === 'chat').text);
  bigChat.members = Object.fromEntries(Object.entries(bigChat.members).slice(0, 30));
  const messages = fixture('api/messages.list.json').messages ?? [];
  return {
    parseTicketInfo: [info, ...events.filter((data) => data && data.ticket)],
    parseTicket: [info.ticket, ...tickets],
    parseTicketList: [{ from: 0, to: 39, count: 40, tickets }, { from: 0, to: 1, count: 2, tickets: tickets.slice(0, 2) }],
    parseChat: [chat, bigChat, ...events.filter((data) => data && data.chat_id && !data.ticket && !data.message_id)],
    parseMessage: [chat.latest_message, ...messages, ...events.filter((data) => data && data.message_id)],
  };
}

/**
 * Values a mutation puts in place of another. `core: true` marks the ones the object path
 * leaves to the core by design (js/interop.js says which): anything else the core accepts, the
 * object path must take without JSON text.
 */
const VALUES = [
  { value: null }, { value: '' }, { value: 'x' }, { value: 'é \u2028 😀' }, { value: '\ud800' }, { value: ' 3 ' }, { value: '2' },
  { value: '\t4\n' }, { value: '1.5' }, { value: '-0', core: true }, { value: '12' }, { value: '1e3' }, { value: '0x10' }, { value: 'NaN' },
  { value: '2.0', core: true }, { value: '4e0', core: true }, { value: '\u00a02', core: true }, { value: '9' },
  { value: 0 }, { value: -0 }, { value: 1 }, { value: 4 }, { value: 5 }, { value: -1 }, { value: 1.5 }, { value: 2 ** 53 }, { value: 2 ** 53 - 1 },
  { value: 1e21 }, { value: 1737976090690 }, { value: true }, { value: false },
  { value: {} }, { value: [] }, { value: [null] }, { value: [1, 'a', {}] }, { value: { a: 1, b: [true] } },
  { value: JSON.parse('{"__proto__":{"polluted":1}}') }, { value: { constructor: 'c', prototype: 'p' } },
  { value: '2025-01-26T13:46:21.670006+00:00' }, { value: '2024-05-13 11:19:34+00' },
  // Not JSON. An undefined property is absent and a Date is its ISO string, as JSON.stringify
  // writes them (the object path leaves them to the core, which reads that text); the others,
  // which JSON.stringify would change without a word, are refused where they are.
  { value: undefined, core: true }, { value: new Date(0), core: true },
  { value: NaN, core: true }, { value: Infinity, core: true }, { value: new Map([['a', 1]]), core: true }, { value: [undefined], core: true },
  { value: () => 1, core: true }, { value: new (class Point {})(), core: true }, { value: 10n, core: true },
];
const KEYS = ['ticket_id', 'chat_id', 'message_id', 'priority', 'status', 'due_date', 'from_me', 'fromMe', 'serialized', '_serialized',
  'members', 'id', 'media', 'size', 'duration', 'forwarding_score', 'delivery_info', 'delivered', 'read', 'count', 'tickets', 'x', '__proto__', ''];

function clone(value) {
  if (Array.isArray(value)) return value.map(clone);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: clone(v), writable: true, enumerable: true, configurable: true });
    return out;
  }
  return value;
}

/** Every container of `value`, with its path. */
function containers(value, path = [], out = []) {
  if (value && typeof value === 'object' && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)) {
    out.push({ container: value, path });
    for (const key of Object.keys(value)) containers(value[key], [...path, key], out);
  }
  return out;
}

/**
 * `seed` with 1 to 4 random changes: a value replaced, a key removed, a key added, a key renamed.
 * Returns the payload and whether it holds a value marked `core`.
 */
export function mutate(seed, rnd) {
  const payload = clone(seed);
  let core = false;
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  for (let n = 1 + Math.floor(rnd() * 4); n > 0; n--) {
    const { container } = pick(containers(payload));
    const keys = Object.keys(container);
    const choice = rnd();
    if (choice < 0.55 && keys.length > 0) {
      const entry = pick(VALUES);
      core ||= !!entry.core;
      Object.defineProperty(container, pick(keys), { value: clone(entry.value), writable: true, enumerable: true, configurable: true });
    } else if (choice < 0.7 && keys.length > 0 && !Array.isArray(container)) {
      delete container[pick(keys)];
    } else if (!Array.isArray(container)) {
      const entry = pick(VALUES);
      core ||= !!entry.core;
      Object.defineProperty(container, pick(KEYS), { value: clone(entry.value), writable: true, enumerable: true, configurable: true });
    } else {
      container.push(clone(pick(VALUES.filter((v) => !v.core)).value));
    }
  }
  return { payload, core };
}

/** What a call gave: its value, or its error's kind, message and issues. */
function outcome(call) {
  try {
    return { value: call() };
  } catch (error) {
    if (!error || typeof error.kind !== 'string') throw error;
    return { error: { kind: error.kind, message: error.message, issues: error.issues, limit: error.limit } };
  }
}

/**
 * What the object path must refuse in `value` before anything else (the test's own reading of
 * `notJson` in js/interop.js, depth first, keys in order): `{ path }` of a value JSON cannot hold
 * and JSON.stringify would change without a word, `{ path, depth: true }` of an object or array
 * nested deeper than `maxDepth` (the root is at depth 1), or null.
 */
export function refusalIn(value, maxDepth, path = [], inArray = false, seen = new Set()) {
  if (typeof value === 'number') return Number.isFinite(value) ? null : { path };
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return { path };
  if (value === undefined) return inArray ? { path } : null;
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  const proto = Object.getPrototypeOf(value);
  // Another realm's Object.prototype is the one prototype with none of its own.
  const plain = Array.isArray(value) || proto === null || Object.getPrototypeOf(proto) === null;
  if (!plain) return typeof value.toJSON === 'function' ? null : { path };
  if (path.length + 1 > maxDepth) return { path, depth: true };
  seen.add(value);
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  for (const key of keys) {
    const found = refusalIn(value[key], maxDepth, [...path, key], Array.isArray(value), seen);
    if (found) return found;
  }
  return null;
}

/**
 * Parses `payload` as an object and as its JSON text, and throws unless both give the same
 * (deeply equal values, or errors of the same kind with the same issues), or if the caller's
 * object changed. Returns whether the object path took it without JSON text (JSON.stringify
 * never called) and whether it was accepted.
 */
export function compare(pkg, parser, payload, options) {
  const refused = refusalIn(payload, options?.maxDepth ?? 128);
  if (refused) {
    // Nothing to compare with: the text would have lost the value, and has no path to a depth.
    const result = outcome(() => pkg[parser](payload, options));
    if (refused.depth) {
      deepStrictEqual([result.error?.kind, result.error?.limit], ['limit', 'max_depth'], `${parser}: nesting at ${JSON.stringify(refused.path)}`);
      return { walked: false, accepted: false, refused: true };
    }
    if (!result.error || result.error.kind !== 'validation') throw new Error(`${parser} took a value JSON cannot hold at ${JSON.stringify(refused.path)}`);
    deepStrictEqual(result.error.issues.map((i) => [i.code, i.expected, i.path]), [['invalid_type', 'JSON', refused.path]]);
    return { walked: false, accepted: false, refused: true };
  }
  const text = JSON.stringify(payload);
  if (text === undefined) return { walked: false, accepted: false };
  const before = text;
  const fromText = outcome(() => pkg[parser](text, options));
  const stringify = JSON.stringify;
  let stringified = 0;
  JSON.stringify = function (...args) {
    stringified++;
    return stringify.apply(this, args);
  };
  let fromObject;
  try {
    fromObject = outcome(() => pkg[parser](payload, options));
  } finally {
    JSON.stringify = stringify;
  }
  deepStrictEqual(fromObject, fromText, `${parser}: the object and its text differ for ${text.slice(0, 300)}`);
  deepStrictEqual(JSON.stringify(payload), before, `${parser} changed the caller's object`);
  if (fromObject.value !== undefined && fromObject.value === payload) throw new Error(`${parser} returned the caller's object`);
  return { walked: stringified === 0, accepted: fromText.value !== undefined };
}
