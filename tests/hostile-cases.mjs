// Hostile inputs, shared by the Node (tests/node/hostile.test.mjs) and Chromium
// (tests/browser/hostile.test.mjs) runners so both engines prove the same rules. Each case
// gets the imported package and throws on the first broken expectation. No Node or DOM APIs
// here: only what both engines have.

const MiB = 1024 * 1024;

/** A small valid ticket info that exercises the normalisations (string priority, "" date). */
export const VALID = JSON.stringify({ ticket: { ticket_id: 'BKT-001', priority: '2', due_date: '', subject: 'ok' } });

function fail(message) {
  throw new Error(message);
}

function equal(actual, expected, what) {
  if (!Object.is(actual, expected)) fail(`${what}: expected ${String(expected)}, got ${String(actual)}`);
}

/** Runs `fn`, which must throw a PeriskopeError of `kind`; returns the error. */
function refused(pkg, kind, fn) {
  let error;
  try {
    fn();
  } catch (caught) {
    error = caught;
  }
  if (!error) fail(`expected a '${kind}' error, got a value`);
  if (!(error instanceof pkg.PeriskopeError)) fail(`expected a PeriskopeError, got ${error?.name}: ${error?.message}`);
  equal(error.kind, kind, `error kind (${error.message})`);
  return error;
}

/** The same instance must keep working after any refusal: a trap would poison it for the page. */
export function stillWorks(pkg) {
  const info = pkg.parseTicketInfo(VALID);
  equal(info.ticket.ticket_id, 'BKT-001', 'ticket_id after the hostile input');
  equal(info.ticket.priority, 2, 'priority normalised after the hostile input');
  equal(info.ticket.due_date, null, 'due_date normalised after the hostile input');
}

function syntaxAt(pkg, text, offending, what, input = text) {
  const error = refused(pkg, 'syntax', () => pkg.parseTicketInfo(input));
  const offset = text.indexOf(offending);
  if (offset < 0) fail(`test bug: ${offending} not in ${text}`);
  equal(error.offset, offset, `${what}: offset`);
  equal(error.line, 1, `${what}: line`);
  equal(error.column, offset + 1, `${what}: column`);
}

function ticketList(count) {
  const tickets = [];
  for (let i = 0; i < count; i++) {
    tickets.push({ ticket_id: `BKT-${i}`, subject: `Subject ${i} `.repeat(8), priority: String(i % 5), status: 'open', due_date: '', label_ids: { a: true } });
  }
  return JSON.stringify({ tickets, from: 0, to: count - 1, count });
}

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

/** An object holding every hostile key, by default each with an object value that would pollute. */
function hostileKeys(extra = {}, value = { polluted: true }) {
  const object = { ...extra };
  // defineProperty, since `object.__proto__ = x` would set the prototype instead of a key.
  for (const key of PROTO_KEYS) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

function assertOwnKeys(object, where, expected = (v) => v?.polluted === true) {
  if (Object.getPrototypeOf(object) !== Object.prototype) fail(`${where}: prototype changed`);
  for (const key of PROTO_KEYS) {
    const descriptor = Object.getOwnPropertyDescriptor(object, key);
    if (!descriptor || !('value' in descriptor)) fail(`${where}: ${key} is not an own data property`);
    if (!expected(descriptor.value)) fail(`${where}: ${key} lost its value`);
  }
}

function assertNoPollution() {
  equal(({}).polluted, undefined, '({}).polluted');
  equal(Object.prototype.polluted, undefined, 'Object.prototype.polluted');
  equal(Object.getPrototypeOf({}), Object.prototype, 'prototype of {}');
  equal(typeof ({}).constructor, 'function', 'constructor of {}');
}

/** Values whose reading runs the caller's code, which throws: every way a JS value can. */
function throwingValues() {
  const getter = { chat_id: '919537851844@c.us', subject: 'S' };
  Object.defineProperty(getter, 'labels', { enumerable: true, get() { throw new Error('getter says no'); } });
  const toJson = { toJSON() { throw new Error('toJSON says no'); } };
  const no = () => { throw new Error('trap says no'); };
  const traps = { get: no, has: no, ownKeys: no, getOwnPropertyDescriptor: no, getPrototypeOf: no };
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const revokedArray = Proxy.revocable([], {});
  revokedArray.revoke();
  const constructorGetter = Object.create({ get constructor() { throw new Error('constructor says no'); } });
  return [getter, toJson, new Proxy({}, traps), new Proxy(['k'], traps), revoked.proxy, revokedArray.proxy, constructorGetter];
}

export const CASES = [
  {
    name: 'a 10 MB body over a 1 MiB maxBytes is a limit error',
    run(pkg) {
      const text = `{"tickets":[],"pad":"${'x'.repeat(10 * MiB)}"}`;
      const error = refused(pkg, 'limit', () => pkg.parseTicketList(text, { maxBytes: MiB }));
      equal(error.limit, 'max_bytes', 'limit');
    },
  },
  {
    name: 'a 10 MB valid ticket list under the limit parses',
    run(pkg) {
      const text = ticketList(48000);
      if (text.length < 10 * 1000 * 1000) fail(`test bug: only ${text.length} bytes`);
      const list = pkg.parseTicketList(text);
      equal(list.tickets.length, 48000, 'tickets');
      equal(list.tickets[47999].ticket_id, 'BKT-47999', 'last ticket');
      equal(list.tickets[47999].priority, 4, 'last priority normalised');
      equal(list.tickets[47999].due_date, null, 'last due_date normalised');
    },
  },
  {
    name: 'a 100 MB string body over the default 64 MiB limit is a limit error',
    run(pkg) {
      const text = `{"tickets":[],"pad":"${'x'.repeat(100 * 1000 * 1000)}"}`;
      const error = refused(pkg, 'limit', () => pkg.parseTicketList(text));
      equal(error.limit, 'max_bytes', 'limit');
    },
  },
  {
    name: 'a 100 MB Uint8Array body over the default limit is a limit error',
    run(pkg) {
      const bytes = new Uint8Array(100 * 1000 * 1000).fill(0x20);
      const error = refused(pkg, 'limit', () => pkg.parseTicketList(bytes));
      equal(error.limit, 'max_bytes', 'limit');
    },
  },
  {
    name: 'nesting 100,000 levels deep is a limit error, for arrays and objects and every parser',
    run(pkg) {
      const depth = 100000;
      const arrays = `{"ticket":{"ticket_id":"A","x":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
      const objects = `{"ticket":{"ticket_id":"A","x":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`;
      for (const text of [arrays, objects]) {
        for (const parse of [pkg.parseTicketInfo, pkg.parseTicket, pkg.parseTicketList, pkg.parseChat, pkg.parseMessage, pkg.parseEvent]) {
          equal(refused(pkg, 'limit', () => parse(text)).limit, 'max_depth', `${parse.name} limit`);
        }
      }
    },
  },
  {
    name: 'nesting 100,000 levels deep with maxDepth raised to its cap gives a value or a clean error',
    run(pkg) {
      const depth = 99990;
      const text = `{"ticket":{"ticket_id":"A","x":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
      try {
        const info = pkg.parseTicketInfo(text, { maxDepth: 100000 });
        equal(info.ticket.ticket_id, 'A', 'ticket_id');
      } catch (error) {
        if (!(error instanceof pkg.PeriskopeError)) fail(`not a PeriskopeError: ${error?.name}: ${error?.message}`);
      }
    },
  },
  {
    name: 'lone surrogates, raw and escaped, are accepted and kept as JSON.parse keeps them',
    run(pkg) {
      const raw = `{"ticket":{"ticket_id":"A\ud800","subject":"\udc00z","\ud83d":"k"}}`;
      const escaped = String.raw`{"ticket":{"ticket_id":"A\ud800","subject":"\udc00z","\ud83d":"k"}}`;
      for (const text of [raw, escaped]) {
        const info = pkg.parseTicketInfo(text, { strict: true });
        const expected = JSON.parse(text).ticket;
        equal(info.ticket.ticket_id, expected.ticket_id, 'ticket_id');
        equal(info.ticket.subject, expected.subject, 'subject');
        equal(info.ticket['\ud83d'], 'k', 'lone surrogate key');
      }
    },
  },
  {
    name: 'NaN, Infinity, comments and trailing commas are syntax errors at the offending character',
    run(pkg) {
      const cases = [
        ['{"ticket":{"ticket_id":"A","priority":NaN}}', 'NaN'],
        ['{"ticket":{"ticket_id":"A","x":Infinity}}', 'Infinity'],
        ['{"ticket":{"ticket_id":"A","x":-Infinity}}', 'Infinity'],
        ['{"ticket":{"ticket_id":"A"}/* comment */}', '/*'],
        ['{"ticket":{"ticket_id":"A"}// comment\n}', '//'],
        ['{"ticket":{"ticket_id":"A",}}', '}}'],
        ['{"ticket":{"ticket_id":"A","labels":[1,]}}', ']}}'],
      ];
      for (const [text, offending] of cases) syntaxAt(pkg, text, offending, text);
    },
  },
  {
    name: 'duplicate keys are a duplicate_key validation issue at their path, known or unknown',
    run(pkg) {
      const text = '{"ticket":{"ticket_id":"A","ticket_id":"B","x":1,"x":2,"label_ids":{"l":true,"l":false},'
        + '"closed_message":{"m":1,"m":2},"labels":[{"n":1,"n":2}],"u":{"v":{"w":1,"w":2}}}}';
      const error = refused(pkg, 'validation', () => pkg.parseTicketInfo(text));
      const paths = error.issues.filter((i) => i.code === 'duplicate_key').map((i) => i.path.join('.')).sort();
      const expected = ['ticket.closed_message.m', 'ticket.label_ids.l', 'ticket.labels.0.n', 'ticket.ticket_id', 'ticket.u.v.w', 'ticket.x'];
      equal(paths.join(' '), expected.join(' '), 'duplicate_key paths');
    },
  },
  {
    name: 'repeated keys in a webhook envelope are duplicate_key issues too, wherever they are',
    run(pkg) {
      const data = '"data":{"ticket":{"ticket_id":"T"}}';
      const cases = [
        [`{"event":"ticket.created",${data},"org_id":"o","x":1,"x":2}`, 'x'],
        [`{"event":"ticket.created",${data},"known":1,"org_id":"o","known":2}`, 'known'],
        [`{"event":"ticket.created","event":"ticket.created",${data},"org_id":"o"}`, 'event'],
        [`{"event":"ticket.created",${data},"org_id":"o","extra":{"a":[{"b":1,"b":2}]}}`, 'extra.a.0.b'],
        ['{"event":"contact.created","data":{"a":1,"a":2},"org_id":"o"}', 'data.a'],
        ['{"data":{"a":1,"a":2},"org_id":"o","event_type":"contact.created"}', 'data.a'],
      ];
      for (const [text, path] of cases) {
        for (const input of [text, new TextEncoder().encode(text)]) {
          const error = refused(pkg, 'validation', () => pkg.parseEvent(input));
          const found = error.issues.map((i) => `${i.code} ${i.path.join('.')}`).join(', ');
          equal(found, `duplicate_key ${path}`, `issues of ${text}`);
        }
      }
      const event = pkg.parseEvent(`{"event":"ticket.created",${data},"org_id":"o","x":1,"extra":{"a":[{"b":1}]}}`);
      equal(event.x, 1, 'an unknown member without repeats is kept');
      equal(event.extra.a[0].b, 1, 'nested values kept as sent');
    },
  },
  {
    name: 'integers beyond 2^53: out_of_range in known integer fields, as JSON.parse elsewhere',
    run(pkg) {
      const error = refused(pkg, 'validation', () => pkg.parseTicketList('{"tickets":[],"count":9007199254740993}'));
      equal(error.issues.length, 1, 'issues');
      equal(error.issues[0].code, 'out_of_range', 'code');
      equal(error.issues[0].path.join('.'), 'count', 'path');
      const text = '{"ticket":{"ticket_id":"A","big":9007199254740993,"closed_message":{"n":123456789012345678901234567890}}}';
      const info = pkg.parseTicketInfo(text);
      const expected = JSON.parse(text).ticket;
      equal(info.ticket.big, expected.big, 'unknown field');
      equal(info.ticket.closed_message.n, expected.closed_message.n, 'any-typed field');
    },
  },
  {
    name: '__proto__, constructor and prototype keys at every map level stay own data properties',
    run(pkg) {
      const member = hostileKeys({ contact_name: 'm' });
      const ticket = hostileKeys({
        ticket_id: 'A', priority: '1', label_ids: hostileKeys({}, true), custom_properties: hostileKeys({}, 'v'),
        ticket_custom_properties: hostileKeys(), // custom property values may be objects: kept as sent
        closed_message: hostileKeys({ nested: hostileKeys() }), labels: [hostileKeys()],
      });
      const chat = hostileKeys({ chat_id: '1@c.us', members: hostileKeys({ m: member }, member) });
      const payload = hostileKeys({ ticket, chat });
      const text = JSON.stringify(payload);
      if (!text.includes('"__proto__":{"polluted":true}')) fail('test bug: no __proto__ key in the text');
      for (const input of [text, JSON.parse(text), new TextEncoder().encode(text)]) {
        const info = pkg.parseTicketInfo(input);
        for (const [object, where] of [
          [info, 'root'], [info.ticket, 'ticket'], [info.ticket.closed_message, 'closed_message'],
          [info.ticket.closed_message.nested, 'closed_message.nested'], [info.ticket.labels[0], 'labels[0]'],
          [info.chat, 'chat'], [info.chat.members.m, 'members.m'],
        ]) assertOwnKeys(object, where);
        assertOwnKeys(info.ticket.label_ids, 'label_ids', (v) => v === true);
        assertOwnKeys(info.ticket.custom_properties, 'custom_properties', (v) => v === 'v');
        assertOwnKeys(info.ticket.ticket_custom_properties, 'ticket_custom_properties');
        assertOwnKeys(info.chat.members, 'members', (v) => v?.contact_name === 'm');
        equal(info.ticket.priority, 1, 'priority normalised next to hostile keys');
        assertNoPollution();
      }
      const event = { event: 'ticket.updated', org_id: 'o', data: { ticket }, previous_attributes: hostileKeys() };
      const parsed = pkg.parseEvent(JSON.stringify(event));
      assertOwnKeys(parsed.previous_attributes, 'previous_attributes');
      const changed = pkg.changedFields(parsed);
      equal(changed.map((c) => c.field).sort().join(' '), [...PROTO_KEYS].sort().join(' '), 'changed fields');
      const request = JSON.parse(JSON.stringify(hostileKeys({ chat_id: '919537851844@c.us', subject: 's' })));
      pkg.validateCreateTicket(request);
      pkg.validateUpdateTicket(request);
      pkg.validateListTicketsQuery(request);
      assertNoPollution();
    },
  },
  // The object path (js/interop.js, walkObject): the same inputs as already parsed values.
  {
    name: 'objects: a 10 MB ticket list as a parsed value parses, into a new object',
    run(pkg) {
      const value = JSON.parse(ticketList(48000));
      const list = pkg.parseTicketList(value);
      equal(list.tickets.length, 48000, 'tickets');
      equal(list.tickets[47999].priority, 4, 'last priority normalised');
      equal(list.tickets[47999].due_date, null, 'last due_date normalised');
      equal(value.tickets[47999].due_date, '', "the caller's due_date");
      equal(list.tickets[0] === value.tickets[0], false, 'a ticket shared with the caller');
    },
  },
  {
    name: 'objects: nesting 100,000 levels deep is a limit error; a cycle, a BigInt, a throwing getter are clean errors',
    run(pkg) {
      let deepObject = { a: 1 };
      let deepArray = [];
      for (let i = 0; i < 100000; i++) {
        deepObject = { a: deepObject };
        deepArray = [deepArray];
      }
      const cyclic = { ticket_id: 'A' };
      cyclic.self = { back: cyclic };
      const getter = { ticket_id: 'A' };
      Object.defineProperty(getter, 'x', { enumerable: true, get() { throw new Error('getter says no'); } });
      // Found before JSON.stringify, whose own limit differs from engine to engine.
      for (const input of [{ ticket: { ticket_id: 'A', x: deepObject } }, { ticket: { ticket_id: 'A', closed_message: deepArray } }]) {
        for (const options of [undefined, { maxDepth: 100000 }, { strict: true }]) {
          equal(refused(pkg, 'limit', () => pkg.parseTicketInfo(input, options)).limit, 'max_depth', 'limit');
        }
      }
      for (const input of [{ ticket: cyclic }, { ticket: { ticket_id: 'A', x: 10n } }, { ticket: getter }]) {
        for (const options of [undefined, { maxDepth: 100000 }, { strict: true }]) {
          const error = refused(pkg, 'validation', () => pkg.parseTicketInfo(input, options));
          equal(error.issues[0].code, 'invalid_type', 'code');
        }
      }
      equal(refused(pkg, 'validation', () => pkg.parseTicketInfo({ ticket: getter })).message.includes('getter says no'), true, 'the getter\'s reason');
    },
  },
  {
    // An exception of the caller's that crossed the module's frames would leave its stack and
    // reference table unbalanced: after about a thousand, every call trapped.
    name: "the caller's code throwing while its value is read (a getter, toJSON, Proxy traps, a revoked Proxy) is a clean error from every function, thousands of times over",
    async run(pkg) {
      const functions = Object.entries(pkg).filter(([name, f]) => typeof f === 'function' && /^(parse|validate|changedFields|verify)/.test(name));
      if (functions.length < 20) fail(`test bug: only ${functions.length} functions`);
      const clean = (what, error) => {
        if (!(error instanceof pkg.PeriskopeError)) fail(`${what}: threw ${error?.name}: ${error?.message}`);
      };
      let calls = 0;
      for (let round = 0; round < 8; round++) {
        for (const value of throwingValues()) {
          for (const [name, f] of functions) {
            const argumentLists = name === 'verifyWebhookSignature' ? [[value, 'ab', 'key'], ['{}', value, 'key'], ['{}', 'ab', value]] : [[value], [VALID, value]];
            for (const args of argumentLists) {
              calls++;
              let result;
              try {
                result = f(...args);
              } catch (error) {
                clean(name, error);
                continue;
              }
              if (name.startsWith('validate') && args[0] === value && result?.success !== false) fail(`${name}: expected success: false`);
            }
          }
          try {
            new pkg.PeriskopeClient(value);
            fail('PeriskopeClient: expected an error');
          } catch (error) {
            clean('new PeriskopeClient', error);
          }
          const client = new pkg.PeriskopeClient({ apiKey: 'k', fetch: () => fail('nothing may be sent') });
          for (const [method, args] of [['createTicket', [value]], ['updateTicket', ['BKT-1', value]], ['listTickets', [value]], ['getTicket', [value]], ['sendMessage', [value]]]) {
            calls++;
            await client[method](...args).then(() => fail(`${method}: expected a rejection`), (error) => clean(method, error));
          }
        }
      }
      if (calls < 2000) fail(`test bug: only ${calls} calls`);
      equal(pkg.validateCreateTicket({ chat_id: '919537851844@c.us', subject: 'S' }).success, true, 'a valid request after them');
    },
  },
  {
    // Their accessors refuse such a receiver: the bytes cannot be read, and saying so beats a
    // TypeError from inside the package, or an ArrayBuffer read as empty.
    name: 'a Proxy around a Uint8Array or an ArrayBuffer, or an object made from their prototypes, is refused by name',
    run(pkg) {
      const POSING = 'got a Proxy of a Uint8Array or an ArrayBuffer (or an imitation of one), whose bytes cannot be read: pass the bytes themselves';
      const body = new TextEncoder().encode(VALID);
      const posing = [
        new Proxy(body, {}),
        new Proxy(body, { get() { throw new Error('trap says no'); } }),
        Object.create(Uint8Array.prototype),
        new Proxy(body.buffer, {}),
        Object.create(ArrayBuffer.prototype),
      ];
      const parsers = Object.entries(pkg).filter(([name, f]) => typeof f === 'function' && /^parse/.test(name));
      if (parsers.length < 6) fail(`test bug: only ${parsers.length} parsers`);
      for (let round = 0; round < 250; round++) {
        for (const value of posing) {
          for (const [name, parse] of parsers) {
            const error = refused(pkg, 'validation', () => parse(value));
            if (!error.message.includes(POSING)) fail(`${name}: ${error.message}`);
            equal(error.issues[0].path.length, 0, `${name}: path`);
          }
          const error = refused(pkg, 'validation', () => pkg.verifyWebhookSignature(value, 'ab', 'key'));
          if (!error.message.includes(POSING)) fail(`verifyWebhookSignature: ${error.message}`);
          equal(error.issues[0].path.join('.'), 'rawBody', 'verifyWebhookSignature: path');
        }
      }
      equal(pkg.parseTicketInfo(body).ticket.ticket_id, 'BKT-001', 'the bytes themselves');
    },
  },
  {
    name: 'objects: integers beyond 2^53, lone surrogates and -0 as the text path reads them',
    run(pkg) {
      const error = refused(pkg, 'validation', () => pkg.parseTicketList({ tickets: [], count: 2 ** 53 + 2 }));
      equal(error.issues[0].code, 'out_of_range', 'code');
      equal(error.issues[0].path.join('.'), 'count', 'path');
      const info = pkg.parseTicketInfo({ ticket: { ticket_id: 'A\ud800', subject: '\udc00z', '\ud83d': 'k', big: 2 ** 60, response_time: -0 } });
      equal(info.ticket.ticket_id, 'A\ud800', 'ticket_id');
      equal(info.ticket['\ud83d'], 'k', 'lone surrogate key');
      equal(info.ticket.big, 2 ** 60, 'unknown field');
      equal(info.ticket.response_time, 0, 'JSON text has no -0');
    },
  },
  {
    name: 'invalid UTF-8 in a Uint8Array is a syntax error at the first bad byte',
    run(pkg) {
      const prefix = '{"ticket":{"ticket_id":"é';
      const head = new TextEncoder().encode(prefix);
      for (const bad of [[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82]]) {
        const tail = new TextEncoder().encode('"}}');
        const bytes = new Uint8Array([...head, ...bad, ...tail]);
        const error = refused(pkg, 'syntax', () => pkg.parseTicketInfo(bytes));
        equal(error.offset, prefix.length, `offset for ${bad}`);
        equal(error.line, 1, `line for ${bad}`);
        equal(error.column, prefix.length + 1, `column for ${bad}`);
      }
    },
  },
];
