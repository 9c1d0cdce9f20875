// The object path (walkObject in js/interop.js) against the text path: an already parsed value
// and its JSON text must give the same result or the same error (or, for a value JSON cannot
// hold, a refusal where it is), for generated payloads (the fixtures and the bench's tickets,
// mutated by a seeded PRNG) and for the options that change the rules.
// tests/fuzz-objects.mjs runs the same comparison over the fuzz corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import * as pkg from 'periskope-wasm';
import { prng } from '../../bench/workloads.mjs';
import { compare, mutate, seeds } from '../object-cases.mjs';

const ROUNDS = Number(process.env.OBJECT_ROUNDS ?? 400);

for (const [parser, payloads] of Object.entries(seeds())) {
  test(`${parser}: ${ROUNDS} mutated payloads per seed give the same as their JSON text`, () => {
    const rnd = prng(parser.length * 7919);
    let walked = 0;
    let accepted = 0;
    let refused = 0;
    let notJson = 0;
    assert.ok(payloads.length > 0, 'no seeds');
    for (const seed of payloads) {
      // The seed itself, untouched: valid, and taken without JSON text.
      const plain = compare(pkg, parser, seed);
      assert.ok(plain.accepted && plain.walked, `${parser}: a valid seed was not taken by the object path`);
      for (let round = 0; round < ROUNDS; round++) {
        const { payload, core } = mutate(seed, rnd);
        const result = compare(pkg, parser, payload);
        if (result.refused) notJson++;
        if (result.accepted) accepted++;
        else refused++;
        if (result.accepted && !core) {
          assert.ok(result.walked, `${parser}: the object path left to the core a payload it should take: ${JSON.stringify(payload).slice(0, 300)}`);
        }
        if (result.walked) walked++;
      }
    }
    // Both outcomes must be well represented, or the comparison proves little.
    assert.ok(accepted > ROUNDS / 10 && refused > ROUNDS / 10, `accepted ${accepted}, refused ${refused}`);
    assert.ok(walked > accepted / 2, `walked ${walked} of ${accepted} accepted`);
    assert.ok(notJson > 0, 'no payload held a value JSON cannot hold');
  });
}

test('options: strict mode, maxDepth and maxBytes give what the text gives', () => {
  const rnd = prng(42);
  const [info] = seeds().parseTicketInfo;
  for (const options of [{ strict: true }, { maxDepth: 3 }, { maxDepth: 4 }, { maxDepth: 5 }, { maxBytes: 100 }, { maxBytes: 1e6 }, { maxIssues: 1 }]) {
    compare(pkg, 'parseTicketInfo', info, options);
    for (let round = 0; round < 100; round++) compare(pkg, 'parseTicketInfo', mutate(info, rnd).payload, options);
  }
});

test('the result is a new object: nothing of the caller\'s is shared or changed', () => {
  const [info] = seeds().parseTicketInfo;
  const frozen = structuredClone(info);
  const deepFreeze = (value) => {
    if (value && typeof value === 'object') {
      Object.freeze(value);
      Object.values(value).forEach(deepFreeze);
    }
    return value;
  };
  deepFreeze(frozen);
  const parsed = pkg.parseTicketInfo(frozen);
  assert.deepEqual(JSON.parse(JSON.stringify(parsed)), JSON.parse(JSON.stringify(pkg.parseTicketInfo(JSON.stringify(info)))));
  const shared = [];
  const walk = (a, b, path) => {
    if (a && typeof a === 'object') {
      if (a === b) shared.push(path);
      for (const key of Object.keys(a)) walk(a[key], b?.[key], `${path}.${key}`);
    }
  };
  walk(parsed, frozen, '');
  assert.deepEqual(shared, []);
  parsed.ticket.subject = 'changed';
  assert.notEqual(frozen.ticket.subject, 'changed');
});

test('an alias and its name in one object, __proto__ keys and lone surrogates', () => {
  const [message] = seeds().parseMessage;
  const { from_me: fromMe, serialized, ...key } = message.id;
  for (const id of [{ ...key, fromMe, _serialized: serialized }, { ...key, fromMe, from_me: fromMe }, { ...key, from_me: fromMe, '\ud800': 1 }]) {
    compare(pkg, 'parseMessage', { ...message, id });
  }
  const polluted = JSON.parse('{"ticket":{"ticket_id":"A","__proto__":{"x":1},"label_ids":{"__proto__":true}},"__proto__":[]}');
  const parsed = pkg.parseTicketInfo(polluted);
  assert.ok(Object.hasOwn(parsed, '__proto__') && Object.hasOwn(parsed.ticket, '__proto__') && Object.hasOwn(parsed.ticket.label_ids, '__proto__'));
  assert.equal(Object.getPrototypeOf(parsed.ticket), Object.prototype);
  assert.equal({}.x, undefined);
  compare(pkg, 'parseTicketInfo', polluted);
});

// Under a test runner's environment, Node's own `await response.json()` gives objects of another
// realm than the package's; so do iframes and node:vm.
test('values parsed in another realm are plain: the object path takes them, as their JSON text', () => {
  let taken = 0;
  for (const [parser, payloads] of Object.entries(seeds())) {
    for (const seed of payloads) {
      const foreign = vm.runInNewContext('JSON.parse(text)', { text: JSON.stringify(seed) });
      assert.notEqual(Object.getPrototypeOf(foreign), Object.prototype, 'test bug: the same realm');
      const result = compare(pkg, parser, foreign);
      assert.ok(result.accepted && result.walked, `${parser}: a valid seed from another realm was not taken by the object path`);
      taken++;
    }
  }
  assert.ok(taken >= 5, `test bug: only ${taken} seeds`);
  const map = vm.runInNewContext('({ ticket: { ticket_id: "T", labels: new Map() } })');
  assert.throws(() => pkg.parseTicketInfo(map), (e) => e.kind === 'validation' && e.issues[0].path.join('.') === 'ticket.labels' && e.issues[0].received === 'Map');
});
