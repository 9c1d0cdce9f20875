// The normalisations reach the result wherever they are: after non-ASCII text (offsets in
// UTF-16 units), under escaped keys, under `__proto__`, many at once, and in events' envelopes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEvent, parseMessage, parseTicketList } from 'periskope-wasm';

test('edits after non-ASCII text and under escaped keys land where they belong', () => {
  const text = `{"tick\\u0065ts":[
    {"ticket_id":"A","subject":"😀 ñandú \\u00e9","due_date":"","priority":" 3 "},
    {"ticket_id":"B","subject":"日本語","custom_properties":{"é":"ü"},"due_date":"2025-01-26T13:46:21Z","priority":"2"}
  ],"count":2}`;
  assert.deepEqual(parseTicketList(text), {
    tickets: [
      { ticket_id: 'A', subject: '😀 ñandú é', due_date: null, priority: 3 },
      { ticket_id: 'B', subject: '日本語', custom_properties: { é: 'ü' }, due_date: '2025-01-26T13:46:21Z', priority: 2 },
    ],
    count: 2,
  });
});

test('a thousand edits in one list all land', () => {
  const tickets = Array.from({ length: 1000 }, (_, i) => ({ ticket_id: `T-${i}`, subject: 'ü'.repeat(i % 7), due_date: '', priority: String(i % 5) }));
  const list = parseTicketList(JSON.stringify({ tickets }));
  assert.equal(list.tickets.length, 1000);
  list.tickets.forEach((ticket, i) => {
    assert.equal(ticket.due_date, null, `tickets[${i}].due_date`);
    assert.equal(ticket.priority, i % 5, `tickets[${i}].priority`);
    assert.equal(ticket.subject, 'ü'.repeat(i % 7));
  });
});

test('aliases are renamed, and a __proto__ key stays an own property', () => {
  const message = parseMessage('{"message_id":"m","__proto__":{"x":1},"id":{"fromMe":true,"_serialized":"true_1@c.us_ABC","id":"ABC"}}');
  assert.deepEqual(message.id, { id: 'ABC', from_me: true, serialized: 'true_1@c.us_ABC' });
  assert.ok(Object.hasOwn(message, '__proto__'));
  assert.equal(Object.getPrototypeOf(message), Object.prototype);
});

test('event envelopes: event_type renamed or dropped, known set or added', () => {
  const data = '{"ticket":{"ticket_id":"A","due_date":""}}';
  const renamed = parseEvent(`{"data":${data},"event_type":"ticket.updated","org_id":"2997dd64-89bf-48d3-9a22-b314fca017e5"}`);
  assert.equal(renamed.event, 'ticket.updated');
  assert.ok(!('event_type' in renamed));
  assert.equal(renamed.known, true);
  assert.equal(renamed.data.ticket.due_date, null);
  const both = parseEvent(`{"event_type":"ticket.updated","event":"ticket.updated","known":"yes","org_id":"2997dd64-89bf-48d3-9a22-b314fca017e5","data":${data}}`);
  assert.deepEqual(Object.keys(both).sort(), ['data', 'event', 'known', 'org_id']);
  assert.equal(both.known, true);
  const unknown = parseEvent('{"event":"ticket.exploded","org_id":"2997dd64-89bf-48d3-9a22-b314fca017e5","data":{"due_date":""}}');
  assert.equal(unknown.known, false);
  assert.deepEqual(unknown.data, { due_date: '' });
});
