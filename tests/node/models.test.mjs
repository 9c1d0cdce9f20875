// The parsers through the built package, imported by its name as a user imports it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { PeriskopeError, parseChat, parseMessage, parseTicket, parseTicketInfo, parseTicketList, version } from 'periskope-wasm';

const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

function catchError(fn) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  assert.fail('expected a PeriskopeError');
}

// Jest's environments, iframes and Node's vm give typed arrays whose class is another realm's.
test('bytes from another realm are read as bytes', () => {
  const text = fixture('ticket-info.get-ticket.json');
  const bytes = vm.runInNewContext(`new Uint8Array(${JSON.stringify([...Buffer.from(text, 'utf8')])})`);
  assert.equal(bytes instanceof Uint8Array, false, 'test bug: the same realm');
  const expected = parseTicketInfo(text);
  assert.deepEqual(parseTicketInfo(bytes), expected);
  assert.deepEqual(parseTicketInfo(bytes.buffer), expected);
  const error = catchError(() => parseTicketInfo(bytes.subarray(0, 40)));
  assert.ok(error instanceof PeriskopeError);
  assert.equal(error.kind, 'syntax');
});

test('the package reports its version', () => {
  assert.match(version(), /^\d+\.\d+\.\d+$/);
});

test('the get-ticket fixture parses with its concrete values', () => {
  const info = parseTicketInfo(fixture('ticket-info.get-ticket.json'));
  assert.equal(info.ticket.ticket_id, 'BKT-001');
  assert.equal(info.ticket.priority, 1);
  assert.equal(info.ticket.due_date, null);
  assert.equal(info.chat.members['918527184400@c.us'].contact_name, 'Support');
  assert.equal(info.message.timestamp, '2025-01-24T05:11:08+00:00');
});

test('the chat fixture parses with members and delivery receipts', () => {
  const chat = parseChat(fixture('chat.json'));
  assert.equal(chat.chat_id, '919537851844@c.us');
  assert.equal(chat.members['919537851844@c.us'].contact_name, 'BK Local1');
  assert.equal(chat.latest_message.delivery_info.read['919537851844@c.us'], 1737976090690);
  assert.equal(chat.latest_message.id.from_me, true);
});

test('the docs envelope data parses leniently', () => {
  const envelope = JSON.parse(fixture('event.ticket-created.docs-envelope.json'));
  const info = parseTicketInfo(envelope.data);
  assert.equal(info.ticket.ticket_id, 'TICKET-12345');
  assert.equal(info.ticket.priority, 2);
  assert.equal(info.attached_messages.length, 2);
});

test("the docs' broken example is a syntax error at line 39, column 5", () => {
  const error = catchError(() => parseTicketInfo(fixture('ticket-info.docs-example.invalid.json')));
  assert.ok(error instanceof PeriskopeError);
  assert.ok(error instanceof Error);
  assert.equal(error.name, 'PeriskopeError');
  assert.equal(error.kind, 'syntax');
  assert.equal(error.line, 39);
  assert.equal(error.column, 5);
  assert.match(error.message, /expected ',' or '}'/);
});

test("an error's stack starts at the caller's call, not inside the module", () => {
  // Engines keep ten frames: the caller's should be among the first, and none the module's.
  function callersOwnFunction() {
    return parseTicketInfo('{"ticket":5}');
  }
  const error = catchError(callersOwnFunction);
  assert.ok(error instanceof PeriskopeError);
  const frames = error.stack.split('\n').filter((line) => line.trimStart().startsWith('at '));
  assert.ok(frames.slice(0, 3).some((frame) => frame.includes('callersOwnFunction')), error.stack);
  assert.ok(!error.stack.includes('wasm://'), error.stack);
});

test('lenient rules: numeric strings, empty dates, both message id forms', () => {
  const info = parseTicketInfo({ ticket: { ticket_id: 'T-1', priority: '4', due_date: '' } });
  assert.equal(info.ticket.priority, 4);
  assert.equal(info.ticket.due_date, null);
  const message = parseMessage({
    message_id: 'true_919537851844@c.us_3EB0AB',
    id: { id: '3EB0AB', remote: '919537851844@c.us', fromMe: true, _serialized: 'true_919537851844@c.us_3EB0AB' },
    forwarding_score: '3',
    duration: '12.5',
  });
  assert.deepEqual(message.id, { id: '3EB0AB', remote: '919537851844@c.us', from_me: true, serialized: 'true_919537851844@c.us_3EB0AB' });
  assert.equal(message.forwarding_score, 3);
  assert.equal(message.duration, 12.5);
  for (const ts of ['2025-01-26T13:46:21.670006+00:00', '2024-05-13 11:19:34+00', '2026-04-26 17:23:13.273371+05:30', 1737976090690]) {
    assert.equal(parseTicket({ ticket_id: 'T', created_at: ts }, { strict: true }).created_at, ts);
  }
});

test('strict rules report the exact path', () => {
  const cases = [
    [{ ticket: { ticket_id: 'T', is_deleted: 'yes' } }, ['ticket', 'is_deleted'], 'invalid_type'],
    [{ ticket: { ticket_id: 'T' }, chat: { chat_id: '1@c.us', members: [] } }, ['chat', 'members'], 'invalid_type'],
    [{ ticket: { subject: 'no id' } }, ['ticket', 'ticket_id'], 'missing_field'],
    [{ ticket: { ticket_id: 'T', priority: 5 } }, ['ticket', 'priority'], 'out_of_range'],
    [{ ticket: { ticket_id: 'T', priority: '-1' } }, ['ticket', 'priority'], 'out_of_range'],
  ];
  for (const [input, path, code] of cases) {
    const error = catchError(() => parseTicketInfo(input));
    assert.equal(error.kind, 'validation');
    assert.deepEqual(error.issues.map((i) => [i.path, i.code]), [[path, code]], JSON.stringify(input));
  }
});

test('strict mode also checks formats', () => {
  const input = { ticket: { ticket_id: 'T', assignee: 'not-an-email', created_at: 'yesterday', org_id: 'x' } };
  assert.equal(parseTicketInfo(input).ticket.assignee, 'not-an-email');
  const error = catchError(() => parseTicketInfo(input, { strict: true }));
  assert.deepEqual(error.issues.map((i) => i.path.join('.')).sort(), ['ticket.assignee', 'ticket.created_at', 'ticket.org_id']);
  assert.ok(error.issues.every((i) => i.code === 'invalid_format'));
});

test('unknown fields survive at every level and round-trip', () => {
  const input = JSON.parse(fixture('ticket-info.get-ticket.json'));
  input.extra_top = { nested: [1, { deep: true }] };
  input.ticket.new_field = 'kept';
  input.chat.members['918527184400@c.us'].future = 42;
  const once = parseTicketInfo(JSON.stringify(input));
  assert.equal(once.extra_top.nested[1].deep, true);
  assert.equal(once.ticket.new_field, 'kept');
  assert.equal(once.chat.members['918527184400@c.us'].future, 42);
  const twice = parseTicketInfo(JSON.stringify(once));
  assert.deepEqual(twice, once);
});

test('ticket lists parse', () => {
  const list = parseTicketList({ from: 0, to: 1, count: 2, tickets: [{ ticket_id: 'A', priority: '2', label_ids: { 'label-abc': true } }, { ticket_id: 'B' }] });
  assert.equal(list.tickets[0].priority, 2);
  assert.equal(list.count, 2);
});

test('maps are plain objects and __proto__ stays an own key', () => {
  const info = parseTicketInfo('{"ticket":{"ticket_id":"T","ticket_custom_properties":{"__proto__":"x"}}}');
  const props = info.ticket.ticket_custom_properties;
  assert.equal(Object.getPrototypeOf(props), Object.prototype);
  assert.ok(Object.hasOwn(props, '__proto__'));
  assert.equal(props.__proto__, 'x');
  assert.equal({}.polluted, undefined);
});

test('custom properties keep any JSON value leniently; strict mode wants a string or null', () => {
  const values = { n: 5, b: false, a: [1, 'x', null], o: { k: 'v', n: 2 }, z: null, s: 'hello' };
  const text = JSON.stringify({ from: 0, to: 0, count: 1, tickets: [{ ticket_id: 'A', custom_properties: values }] })
    .replace('"n":5', '"__proto__":{"polluted":true},"n":5');
  const list = parseTicketList(text);
  const props = list.tickets[0].custom_properties;
  const { ['__proto__']: proto, ...rest } = props;
  assert.deepEqual(rest, values);
  assert.equal(Object.getPrototypeOf(props), Object.prototype);
  assert.ok(Object.hasOwn(props, '__proto__'), '__proto__ stays an own data property');
  assert.deepEqual(proto, { polluted: true });
  assert.equal({}.polluted, undefined);
  assert.deepEqual(parseTicket({ ticket_id: 'T', ticket_custom_properties: values }).ticket_custom_properties, values);
  assert.deepEqual(parseChat({ chat_id: '919537851844@c.us', custom_properties: values }).custom_properties, values);

  const error = catchError(() => parseTicketList(text, { strict: true }));
  assert.ok(error instanceof PeriskopeError);
  const found = error.issues.map((i) => `${i.path.join('.')} ${i.code}`);
  assert.deepEqual(found.sort(), ['n', 'b', 'a', 'o', '__proto__'].map((k) => `tickets.0.custom_properties.${k} invalid_type`).sort());
  assert.deepEqual(parseTicket({ ticket_id: 'T', custom_properties: { s: 'hello', z: null } }, { strict: true }).custom_properties, { s: 'hello', z: null });
});
