// The paginate* iterators through the built package, against the mock on loopback: every item
// exactly once, the requests they make (lazily, one page at a time), when they stop, and how an
// AbortSignal, break and bad queries end them.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { PeriskopeClient, PeriskopeError } from 'periskope-wasm';
import { startMockPeriskope, DEFAULT_API_KEY } from '../../mock/periskope-mock.mjs';
import { rejection } from './rejection.mjs';

let server, mock, baseUrl;

before(async () => ({ server, mock, baseUrl } = await startMockPeriskope({ seed: 3, tickets: 5000, chats: 1200, contacts: 2600 })));
after(() => server?.close());
beforeEach(() => mock.reset());

const client = () => new PeriskopeClient({ apiKey: DEFAULT_API_KEY, baseUrl, phone: '918527184400' });
const requested = (prefix) => mock.requests.filter((r) => r.path.startsWith(prefix)).map((r) => r.path);


test('a 5,000-ticket mock walked with limit 500 gives exactly 5,000 distinct tickets in 10 requests', async () => {
  const seen = new Set();
  let count = 0;
  for await (const ticket of client().paginateTickets({ limit: 500 })) {
    seen.add(ticket.ticket_id);
    count++;
    assert.equal(typeof ticket.priority, 'number', 'each item is the parsed, normalised model');
  }
  assert.deepEqual([count, seen.size], [5000, 5000]);
  // The next offset is the offset sent plus the items received; the last page is full, but its
  // count (5,000, more than the page holds, so the total) says it is the last.
  assert.deepEqual(requested('/tickets'), Array.from({ length: 10 }, (_, page) => (page ? `/tickets?offset=${page * 500}&limit=500` : '/tickets?limit=500')));
});

test('pages are fetched lazily, one at a time, when the loop reaches them', async () => {
  const pages = client().paginateTickets({ limit: 100, offset: 4950 });
  assert.equal(mock.requests.length, 0, 'nothing before the first next()');
  await pages.next();
  assert.equal(mock.requests.length, 1);
  for (let i = 1; i < 50; i++) await pages.next();
  assert.equal(mock.requests.length, 1, 'the whole first page came from one request');
  // 4950 + 50 = 5000: a page shorter than the limit is the last, and nothing more is asked for.
  assert.deepEqual(await pages.next(), { value: undefined, done: true });
  assert.deepEqual(requested('/tickets'), ['/tickets?offset=4950&limit=100']);
});

test('an abort mid-way stops at once: the next item rejects with kind aborted, and nothing more is fetched', async () => {
  const controller = new AbortController();
  let taken = 0;
  const error = await rejection((async () => {
    for await (const ticket of client().paginateTickets({ limit: 500 }, { signal: controller.signal })) {
      taken++;
      if (taken === 700) controller.abort();
      assert.ok(ticket.ticket_id);
    }
  })());
  assert.equal(error.kind, 'aborted');
  assert.equal(taken, 700, 'not one item after the abort');
  assert.equal(requested('/tickets').length, 2);
});

test('an abort while a page is on its way rejects at once', async () => {
  const controller = new AbortController();
  const pages = client().paginateChats({ limit: 10 }, { signal: controller.signal });
  mock.queueResponses([{ delay: 5000, status: 200, body: { chats: [] } }]);
  const next = pages.next();
  while (mock.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  const started = Date.now();
  controller.abort();
  assert.equal((await rejection(next)).kind, 'aborted');
  assert.ok(Date.now() - started < 1000, 'the abort did not wait for the page');
  assert.deepEqual(await pages.next(), { value: undefined, done: true }, 'a rejected iterator is finished');
  const already = await rejection(client().paginateContacts({}, { signal: AbortSignal.abort() }).next());
  assert.equal(already.kind, 'aborted');
});

test('without a limit, an iterator asks for pages of 500', async () => {
  for await (const ticket of client().paginateTickets()) {
    assert.ok(ticket.ticket_id);
    break;
  }
  assert.deepEqual(requested('/tickets'), ['/tickets?limit=500']);
});

test('break ends the walk without another request', async () => {
  for await (const chat of client().paginateChats({ limit: 25 })) {
    assert.ok(chat.chat_id);
    break;
  }
  assert.deepEqual(requested('/chats'), ['/chats?limit=25']);
});

test('every list has its iterator, each item once, ids and queries as for its list method', async () => {
  const api = client();
  const { chats, contacts, messages, notes } = mock.org.sizes;
  const ids = async (items, id) => {
    const seen = new Set();
    let count = 0;
    for await (const item of items) {
      seen.add(item[id]);
      count++;
    }
    assert.equal(seen.size, count, 'no item twice');
    return count;
  };
  assert.equal(await ids(api.paginateChats({ limit: 500 }), 'chat_id'), chats);
  assert.equal(await ids(api.paginateContacts({ limit: 1000 }), 'contact_id'), contacts);
  assert.equal(await ids(api.paginateMessages({ limit: 2000 }), 'message_id'), messages);
  assert.equal(await ids(api.paginateNotes({ limit: 2000 }), 'message_id'), notes);
  const chatId = (await api.getTicket('BKT-002')).chat.chat_id;
  const expected = (await api.listChatMessages(chatId)).count;
  mock.requests.length = 0;
  assert.equal(await ids(api.paginateChatMessages(chatId, { limit: 2 }), 'message_id'), expected);
  assert.ok(requested('/chats/').every((path) => path.startsWith(`/chats/${encodeURIComponent(chatId)}/messages?`) && path.endsWith('limit=2')));
  const noteCount = (await api.listChatNotes(chatId)).count;
  assert.equal(await ids(api.paginateChatNotes(`+${chatId.replace('@c.us', '')}`, { limit: 1 }), 'message_id'), noteCount);
});

test('without a limit, pages of 500; a total equal to the limit costs one empty page', async () => {
  const api = client();
  let count = 0;
  for await (const contact of api.paginateContacts()) count += contact ? 1 : 0;
  assert.equal(count, mock.org.sizes.contacts);
  assert.ok(requested('/contacts').every((path) => /[?&]limit=500\b/.test(path)));
  mock.requests.length = 0;
  // 5,000 tickets, offset 4,500, limit 500: the page is full and count equals the page's items, so
  // it cannot prove to be the total: one more (empty) page ends the walk.
  mock.queueResponses([{ status: 200, body: { count: 500, tickets: Array.from({ length: 500 }, (_, i) => ({ ticket_id: `T-${i}` })) } }]);
  count = 0;
  for await (const ticket of api.paginateTickets({ offset: 4500 })) count += ticket ? 1 : 0;
  assert.equal(count, 500);
  assert.deepEqual(requested('/tickets'), ['/tickets?offset=4500&limit=500', '/tickets?offset=5000&limit=500']);
});

test('a count that is the page size, not the total, is not trusted: short pages end the walk', async () => {
  const page = (from, size) => ({ status: 200, body: { count: size, tickets: Array.from({ length: size }, (_, i) => ({ ticket_id: `T-${from + i}` })) } });
  mock.queueResponses([page(0, 3), page(3, 3), page(6, 2)]);
  const seen = [];
  for await (const ticket of client().paginateTickets({ limit: 3 })) seen.push(ticket.ticket_id);
  assert.deepEqual(seen, ['T-0', 'T-1', 'T-2', 'T-3', 'T-4', 'T-5', 'T-6', 'T-7']);
  assert.equal(requested('/tickets').length, 3);
});

test('an invalid query rejects on the first next() with the list method\'s issues, and sends nothing', async () => {
  const error = await rejection(client().paginateTickets({ limit: 0 }).next());
  assert.deepEqual([error.kind, error.issues[0].path], ['validation', ['limit']]);
  const scoped = await rejection(client().paginateChatMessages('not a chat', { offset: -1 }).next());
  assert.deepEqual(scoped.issues.map((i) => i.path.join('.')), ['chatId', 'query.offset']);
  const typed = await rejection(client().paginateChats('everything').next());
  assert.equal(typed.issues[0].code, 'invalid_type');
  assert.equal(mock.requests.length, 0);
});

test('an error on a later page rejects the walk after the items already given', async () => {
  mock.queueResponses([
    { status: 200, body: { tickets: [{ ticket_id: 'A' }, { ticket_id: 'B' }] } },
    { status: 401, body: { code: 'UNAUTHORIZED_ERROR', message: 'Invalid API key' } },
  ]);
  const seen = [];
  const error = await rejection((async () => {
    for await (const ticket of client().paginateTickets({ limit: 2 })) seen.push(ticket.ticket_id);
  })());
  assert.deepEqual(seen, ['A', 'B']);
  assert.deepEqual([error.kind, error.status], ['http', 401]);
});
