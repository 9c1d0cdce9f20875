// Webhook events through the built package, imported by its name as a user imports it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { PeriskopeError, WEBHOOK_EVENTS, changedFields, parseEvent, verifyWebhookSignature } from 'periskope-wasm';

const fixture = (name) => readFileSync(new URL(`../fixtures/events/${name}`, import.meta.url), 'utf8');
const expected = JSON.parse(fixture('expected.json'));
const at = (value, path) => path.reduce((v, step) => v?.[step], value);

/** The form real traffic carries: `event_type` instead of `event`, plus `id`; `data` first, the name last. */
function realTrafficForm(documentedText, id) {
  const { event, data, ...rest } = JSON.parse(documentedText);
  return JSON.stringify({ data, id, ...rest, event_type: event });
}

function catchError(fn) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  assert.fail('expected a PeriskopeError');
}

test('WEBHOOK_EVENTS lists each event of the fixtures once, frozen', () => {
  assert.equal(new Set(WEBHOOK_EVENTS).size, WEBHOOK_EVENTS.length);
  assert.ok(Object.isFrozen(WEBHOOK_EVENTS));
  assert.deepEqual(Object.keys(expected).sort(), [...WEBHOOK_EVENTS].sort());
});

for (const name of WEBHOOK_EVENTS) {
  test(`${name}: parses with its values, the same in both envelope forms`, () => {
    const text = fixture(`${name}.json`);
    const event = parseEvent(text);
    assert.equal(event.event, name);
    assert.equal(event.known, true);
    for (const [path, value] of expected[name]) assert.deepEqual(at(event, path), value, path.join('.'));

    const real = parseEvent(realTrafficForm(text, 'evt_01JHV3'));
    assert.equal(real.id, 'evt_01JHV3');
    assert.equal('event_type' in real, false);
    delete real.id;
    assert.deepEqual(real, event);

    const fromBytes = parseEvent(new TextEncoder().encode(text));
    const fromObject = parseEvent(JSON.parse(text));
    assert.deepEqual(fromBytes, event);
    assert.deepEqual(fromObject, event);
  });
}

test('an unknown event parses, keeps its data as sent and says it is unknown', () => {
  const event = parseEvent('{"event_type":"contact.created","id":"evt_9","data":{"tags":[1,"x"],"n":"2"},"org_id":"o-1","extra":true}');
  assert.deepEqual(event, { event: 'contact.created', id: 'evt_9', data: { tags: [1, 'x'], n: '2' }, org_id: 'o-1', extra: true, known: false });
});

test('envelope problems throw validation errors with their paths', () => {
  const cases = [
    ['{"data":{},"org_id":"o"}', ['event'], 'missing_field'],
    ['{"event":"ticket.updated","data":[],"org_id":"o"}', ['data'], 'invalid_type'],
    ['{"event":"ticket.updated","event_type":"ticket.created","data":{"ticket":{"ticket_id":"T"}},"org_id":"o"}', ['event_type'], 'conflicting_alias'],
    ['{"data":{"ticket":{"ticket_id":"T","priority":"9"}},"org_id":"o","event_type":"ticket.updated"}', ['data', 'ticket', 'priority'], 'out_of_range'],
  ];
  for (const [text, path, code] of cases) {
    const error = catchError(() => parseEvent(text));
    assert.ok(error instanceof PeriskopeError);
    assert.equal(error.kind, 'validation');
    assert.deepEqual(error.issues.map((i) => [i.path, i.code]), [[path, code]], text);
  }
  const syntax = catchError(() => parseEvent('{"event":"x.y",\n "data": {,}}'));
  assert.equal(syntax.kind, 'syntax');
  assert.equal(syntax.line, 2);
});

test('changedFields pairs previous_attributes with the current values', () => {
  assert.deepEqual(changedFields(parseEvent(fixture('ticket.updated.json'))), [
    { field: 'status', previous: 'open', current: 'inprogress' },
    { field: 'priority', previous: 2, current: 3 },
    { field: 'assignee', previous: 'priya@acme.example', current: 'arjun@acme.example' },
  ]);
  assert.deepEqual(changedFields(parseEvent(fixture('message.ack.updated.json'))), [{ field: 'ack', previous: '2', current: '3' }]);
  assert.deepEqual(changedFields(parseEvent(fixture('ticket.created.json'))), []);
  const missing = changedFields(parseEvent('{"event":"message.updated","data":{},"org_id":"o","previous_attributes":{"body":"old"}}'));
  assert.deepEqual(missing, [{ field: 'body', previous: 'old' }]);
});

// Vectors computed independently with OpenSSL:
//   printf '%s' "$body" | openssl dgst -sha256 -hmac "$key"
//   openssl dgst -sha256 -hmac 'psk_live_4f9a2c7e1b' < tests/fixtures/events/ticket.created.json
const BODY = '{"event":"message.created","data":{"body":"₹4,999 — ok ✓"},"org_id":"2997dd64-89bf-48d3-9a22-b314fca017e5"}';
const KEY = 'psk_live_4f9a2c7e1b';
const SIGNATURE = '742e1e9f4dc39369237e0c1b796708720d99657efd19e76b7878a3bba7fd6211';
const SIGNATURE_UTF8_KEY = '806b89259ff5b131ac0927927c2b96ba0e116d530ba84a5fe94835d225bbea47'; // key 'clé-secrète-κλειδί'
const FIXTURE_SIGNATURE = 'a386cd3e9aa2a6c8ad4f606d190f0289be8ba1a571dc7786de2bd167c6fd8ed9';

test('verifyWebhookSignature accepts the right signature over text or bytes', () => {
  assert.equal(verifyWebhookSignature(BODY, SIGNATURE, KEY), true);
  assert.equal(verifyWebhookSignature(Buffer.from(BODY, 'utf8'), SIGNATURE, KEY), true);
  assert.equal(verifyWebhookSignature(new TextEncoder().encode(BODY).buffer, SIGNATURE, KEY), true);
  assert.equal(verifyWebhookSignature(BODY, SIGNATURE_UTF8_KEY, 'clé-secrète-κλειδί'), true);
  assert.equal(verifyWebhookSignature(readFileSync(new URL('../fixtures/events/ticket.created.json', import.meta.url)), FIXTURE_SIGNATURE, KEY), true);
  assert.equal(verifyWebhookSignature(BODY, SIGNATURE.toUpperCase(), KEY), true);
  assert.equal(verifyWebhookSignature(BODY, ` ${SIGNATURE}\n`, KEY), true);
  assert.equal(verifyWebhookSignature(BODY, [SIGNATURE], KEY), true);
});

// Jest's environments, iframes and Node's vm give typed arrays whose class is another realm's.
test('verifyWebhookSignature reads bytes from another realm', () => {
  const bytes = vm.runInNewContext(`new Uint8Array(${JSON.stringify([...Buffer.from(BODY, 'utf8')])})`);
  assert.equal(bytes instanceof Uint8Array, false, 'test bug: the same realm');
  assert.equal(verifyWebhookSignature(bytes, SIGNATURE, KEY), true);
  assert.equal(verifyWebhookSignature(bytes.buffer, SIGNATURE, KEY), true);
  assert.equal(verifyWebhookSignature(bytes, SIGNATURE.replace(/^./, '0'), KEY), false);
});

test('verifyWebhookSignature is false, never throwing, for anything else', () => {
  assert.equal(verifyWebhookSignature(BODY.replace('4,999', '5,999'), SIGNATURE, KEY), false, 'tampered body');
  assert.equal(verifyWebhookSignature(BODY, SIGNATURE, KEY + 'x'), false, 'wrong key');
  for (const header of [undefined, null, '', '   ', 'sha256=' + SIGNATURE, SIGNATURE.slice(1), 'zz' + SIGNATURE.slice(2), [], [SIGNATURE, SIGNATURE], 42]) {
    assert.equal(verifyWebhookSignature(BODY, header, KEY), false, String(header));
  }
});

test('verifyWebhookSignature throws for programming errors: a parsed body or no key', () => {
  const parsedBody = catchError(() => verifyWebhookSignature(JSON.parse(BODY), SIGNATURE, KEY));
  assert.equal(parsedBody.kind, 'validation');
  assert.deepEqual(parsedBody.issues[0].path, ['rawBody']);
  for (const key of [undefined, '']) {
    assert.deepEqual(catchError(() => verifyWebhookSignature(BODY, SIGNATURE, key)).issues[0].path, ['signingKey']);
  }
});

test('verifyWebhookSignature takes several keys while they are rotated', async () => {
  const { createHmac } = await import('node:crypto');
  const body = '{"event":"ticket.updated","org_id":"o","data":{"ticket":{"ticket_id":"T"}}}';
  const sign = (key) => createHmac('sha256', key).update(body).digest('hex');
  assert.equal(verifyWebhookSignature(body, sign('old'), ['new', 'old']), true);
  assert.equal(verifyWebhookSignature(body, sign('new'), ['new', 'old']), true);
  assert.equal(verifyWebhookSignature(body, sign('other'), ['new', 'old']), false);
  for (const keys of [[], ['new', ''], ['new', 3]]) {
    assert.throws(() => verifyWebhookSignature(body, sign('new'), keys), (e) => e instanceof PeriskopeError && e.kind === 'validation' && e.issues[0].path[0] === 'signingKey');
  }
});
