// The mock's chat, message, note and contact routes over real HTTP (node:http + fetch), without
// the wasm build: shapes, paging bounds, the x-phone rule, errors, and that sends and edits show up
// where the real API would show them. docs/api-coverage.md is the spec these follow.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startMockPeriskope, createMockPeriskope, DEFAULT_API_KEY, FREE_PLAN_API_KEY, OFFLINE_PHONE } from '../../mock/periskope-mock.mjs';
import { createTicketStore } from '../../mock/ticket-store.mjs';

const PHONE = '918527184400';
let server, mock, baseUrl;

before(async () => ({ server, mock, baseUrl } = await startMockPeriskope({ seed: 42, tickets: 300 })));
after(() => server?.close());
beforeEach(() => mock.reset());

/** One request; `phone: null` leaves x-phone out. The JSON body is parsed when there is one. */
async function call(method, path, { body, phone = PHONE, key = DEFAULT_API_KEY } = {}) {
  const headers = { authorization: `Bearer ${key}` };
  if (phone !== null) headers['x-phone'] = phone;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: text && /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : undefined };
}
const get = (path, options) => call('GET', path, options);
const post = (path, body, options) => call('POST', path, { ...options, body });
const patch = (path, body, options) => call('PATCH', path, { ...options, body });

/** Every timestamp form the API mixes, as epoch ms. */
const toMs = (t) => (typeof t === 'number' ? t : Date.parse(String(t).replace(' ', 'T').replace(/\+00$/, '+00:00')));
const assertNewestFirst = (times) => times.forEach((t, i) => i === 0 || assert.ok(toMs(times[i - 1]) >= toMs(t), `${times[i - 1]} before ${t}`));
const enc = encodeURIComponent;

function assertValidation(reply, field) {
  assert.equal(reply.status, 422, reply.text);
  assert.equal(reply.json.code, 'VALIDATION_ERROR');
  assert.equal(reply.json.status, 422);
  assert.ok(field in reply.json.fields, `expected fields.${field} in ${reply.text}`);
  assert.equal(typeof reply.json.fields[field].message, 'string');
}

function assertNotFound(reply) {
  assert.equal(reply.status, 404, reply.text);
  assert.deepEqual(Object.keys(reply.json).sort(), ['code', 'message', 'name', 'status']);
  assert.equal(reply.json.code, 'NOT_FOUND_ERROR');
}

async function allChats(query = '') {
  const { json } = await get(`/chats?limit=2000${query}`);
  return json.chats;
}

test('GET /chats: the documented page, every ticket chat in it, newest first', async () => {
  const { status, json, headers } = await get('/chats');
  assert.equal(status, 200);
  assert.deepEqual(Object.keys(json).sort(), ['chats', 'count', 'from', 'to']);
  assert.equal(json.count, json.chats.length);
  assert.deepEqual([json.from, json.to], [1, json.chats.length]);
  assert.ok(headers.get('x-periskope-trace-id') && headers.get('x-ratelimit-limit'));
  const ids = new Set(json.chats.map((c) => c.chat_id));
  for (const t of mock.tickets.list('0', '300').page.tickets) assert.ok(ids.has(t.chat_id), `ticket ${t.ticket_id}'s chat ${t.chat_id}`);
  for (const chat of json.chats) {
    assert.match(chat.chat_id, /^\d+@(c|g)\.us$/);
    assert.equal('members' in chat, false, 'list items carry no members, as in the docs example');
    for (const id of Object.keys(chat.label_ids)) assert.match(id, /^label-[a-z]+$/);
  }
  assertNewestFirst(json.chats.map((c) => c.updated_at));
});

test('GET /chats pages partition the list; the limit is 1..2000 and offset is non-negative', async () => {
  const everything = await allChats();
  const seen = [];
  for (let offset = 0; ; offset += 10) {
    const { json } = await get(`/chats?offset=${offset}&limit=10`);
    assert.equal(json.count, everything.length);
    if (json.chats.length === 0) {
      assert.ok(offset >= everything.length);
      break;
    }
    assert.deepEqual([json.from, json.to], [offset + 1, offset + json.chats.length]);
    seen.push(...json.chats.map((c) => c.chat_id));
  }
  assert.deepEqual(seen, everything.map((c) => c.chat_id));
  for (const bad of ['0', '2001', '-1', 'abc', '1.5', '']) assertValidation(await get(`/chats?limit=${bad}`), 'limit');
  assertValidation(await get('/chats?offset=-1'), 'offset');
  assert.equal((await get('/chats?limit=2000')).status, 200);
  assert.equal((await get('/chats?limit=1')).json.chats.length, 1);
});

test('GET /chats filters by chat_type (group, individual = user, business) and by label id', async () => {
  const expect = { group: 'group', individual: 'user', business: 'business' };
  for (const [filter, type] of Object.entries(expect)) {
    const chats = await allChats(`&chat_type=${filter}`);
    assert.ok(chats.length > 0, filter);
    assert.ok(chats.every((c) => c.chat_type === type), filter);
  }
  assert.ok((await allChats('&chat_type=group')).every((c) => c.chat_id.endsWith('@g.us') && c.member_add_mode === 'false'));
  assertValidation(await get('/chats?chat_type=user'), 'chat_type');
  const labelled = (await allChats()).find((c) => Object.keys(c.label_ids).length);
  const label = Object.keys(labelled.label_ids)[0];
  const chats = await allChats(`&label=${label}`);
  assert.ok(chats.some((c) => c.chat_id === labelled.chat_id));
  assert.ok(chats.every((c) => c.label_ids[label] === true));
  assert.deepEqual(await allChats('&label=label-nosuchlabel'), []);
});

test('chat and message routes require x-phone (422 in the validation shape); digits or a phone id', async () => {
  for (const path of ['/chats', '/chats/messages', `/chats/${enc('919537851844@c.us')}`]) {
    assertValidation(await get(path, { phone: null }), 'x-phone');
  }
  assertValidation(await post('/message/send', { chat_id: '919537851844', message: 'hi' }, { phone: null }), 'x-phone');
  assertValidation(await get('/chats', { phone: '+91 98745 32456' }), 'x-phone');
  assert.equal((await get('/chats', { phone: 'phone-bqzvyibhmwkaergr' })).status, 200);
  // Notes by id and contacts do not need it; the tickets never did.
  assert.equal((await get('/contacts', { phone: null })).status, 200);
  assert.equal((await get('/tickets', { phone: null })).status, 200);
});

test('GET /chats/{chat_id}: the full chat; members are contacts; names agree with the ticket info', async () => {
  const ticket = mock.tickets.list('0', '1').page.tickets[0];
  const { status, json } = await get(`/chats/${enc(ticket.chat_id)}`);
  assert.equal(status, 200);
  assert.equal(json.chat_id, ticket.chat_id);
  assert.equal(json.chat_name, mock.tickets.info(ticket.ticket_id).chat.chat_name);
  assert.deepEqual(Object.keys(json.members).sort(), Object.keys(mock.tickets.info(ticket.ticket_id).chat.members).sort());
  assert.equal(json.member_count, Object.keys(json.members).length);
  for (const id of Object.keys(json.members)) {
    const contact = await get(`/contacts/${id.replace('@c.us', '')}`);
    assert.equal(contact.status, 200);
    assert.ok(contact.json.chat_ids.includes(ticket.chat_id));
  }
  assert.equal(json.latest_message.chat_id, ticket.chat_id);
  assert.ok(Array.isArray(json.common_chats));
  // The @ may come encoded or not; a user's number may come without @c.us.
  assert.equal((await get(`/chats/${ticket.chat_id}`)).status, 200);
  if (ticket.chat_id.endsWith('@c.us')) assert.equal((await get(`/chats/${ticket.chat_id.replace('@c.us', '')}`)).json.chat_id, ticket.chat_id);
  assertNotFound(await get('/chats/910000000001@c.us'));
});

test('GET /chats/{chat_id}/messages: {count, messages}, newest first, paged, quoted ticket messages present', async () => {
  const tickets = mock.tickets.list('0', '300').page.tickets.filter((t) => t.quoted_message_id).slice(0, 10);
  for (const ticket of tickets) {
    const { status, json } = await get(`/chats/${enc(ticket.chat_id)}/messages?limit=2000`);
    assert.equal(status, 200);
    assert.deepEqual(Object.keys(json).sort(), ['count', 'messages']);
    assert.equal(json.count, json.messages.length);
    assertNewestFirst(json.messages.map((m) => m.timestamp));
    const quoted = json.messages.find((m) => m.unique_id === ticket.quoted_message_id);
    assert.ok(quoted, `${ticket.ticket_id} quotes ${ticket.quoted_message_id}`);
    assert.equal(quoted.message_ticket_id, ticket.ticket_id);
    for (const m of json.messages) {
      assert.equal(m.chat_id, ticket.chat_id);
      assert.match(m.message_id, /^(true|false)_\d+@(c|g)\.us_[0-9A-F]+(_\d+@c\.us)?$/);
      assert.equal(m.id.serialized, m.message_id);
    }
  }
  const chatId = tickets[0].chat_id;
  const full = (await get(`/chats/${enc(chatId)}/messages`)).json;
  const first = (await get(`/chats/${enc(chatId)}/messages?offset=0&limit=2`)).json;
  const second = (await get(`/chats/${enc(chatId)}/messages?offset=2&limit=2`)).json;
  assert.deepEqual([...first.messages, ...second.messages].map((m) => m.message_id), full.messages.slice(0, 4).map((m) => m.message_id));
  assertValidation(await get(`/chats/${enc(chatId)}/messages?limit=2001`), 'limit');
  assertNotFound(await get(`/chats/${enc('910000000001@c.us')}/messages`));
});

test('GET /chats/messages: every message, newest first across chats, default limit 2000', async () => {
  const { json } = await get('/chats/messages');
  assert.deepEqual(Object.keys(json).sort(), ['count', 'from', 'messages', 'to']);
  assert.equal(json.count, mock.org.sizes.messages);
  assert.equal(json.messages.length, Math.min(2000, json.count));
  assertNewestFirst(json.messages.map((m) => m.timestamp));
  assert.ok(new Set(json.messages.map((m) => m.chat_id)).size > 1);
  const forms = new Set(json.messages.map((m) => (/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+00$/.test(m.timestamp) ? 'postgres' : /\.\d{3}\+00:00$/.test(m.timestamp) ? 'millis' : 'iso')));
  assert.deepEqual([...forms].sort(), ['iso', 'millis', 'postgres'], 'the timestamp forms the API mixes');
  const page = (await get('/chats/messages?offset=5&limit=3')).json;
  assert.deepEqual(page.messages.map((m) => m.message_id), json.messages.slice(5, 8).map((m) => m.message_id));
  assert.deepEqual([page.from, page.to], [6, 8]);
  assertValidation(await get('/chats/messages?limit=0'), 'limit');
});

test('POST /message/send answers {queue_id, queue_position, …} and the message joins its chat', async () => {
  const chatId = (await allChats('&chat_type=individual'))[5].chat_id;
  const sent = await post('/message/send', { chat_id: chatId.replace('@c.us', ''), message: 'Your refund is on its way' });
  assert.equal(sent.status, 200, sent.text);
  assert.match(sent.json.queue_id, /^[0-9a-f-]{36}$/);
  assert.equal(typeof sent.json.queue_position, 'number');
  const { json } = await get(`/chats/${enc(chatId)}/messages?limit=1`);
  const [message] = json.messages;
  assert.equal(message.body, 'Your refund is on its way');
  assert.equal(message.sent_message_id, sent.json.queue_id, 'the docs map queue_id to sent_message_id');
  assert.equal(message.message_id, `true_${chatId}_${sent.json.unique_id}`);
  assert.equal(message.from_me, true);
  assert.equal((await get('/chats/messages?limit=1')).json.messages[0].message_id, message.message_id);
  const top = (await get('/chats?limit=1')).json.chats[0];
  assert.equal(top.chat_id, chatId, 'the chat with the newest message comes first');
  assert.equal(top.latest_message.message_id, message.message_id);
});

test('POST /message/send: media, polls and replies are stored; unknown numbers open a chat, unknown groups 404', async () => {
  const [chat] = await allChats('&chat_type=group');
  const quoted = (await get(`/chats/${enc(chat.chat_id)}/messages?limit=1`)).json.messages[0];
  const image = await post('/message/send', {
    chat_id: chat.chat_id, message: 'see photo', reply_to: quoted.message_id,
    media: { type: 'image', mimetype: 'image/png', filename: 'a.png', filedata: 'data:image/png;base64,iVBORw0KGgo=' },
  });
  assert.equal(image.status, 200, image.text);
  const [stored] = (await get(`/chats/${enc(chat.chat_id)}/messages?limit=1`)).json.messages;
  assert.equal(stored.message_type, 'image');
  assert.equal(stored.media.filename, 'a.png');
  assert.equal(stored.quoted_message_id, quoted.message_id);
  const poll = await post('/message/send', { chat_id: chat.chat_id, poll: { pollName: 'Slot?', pollOptions: ['10am', '4pm'], options: { allowMultipleAnswers: false } } });
  assert.equal(poll.status, 200, poll.text);
  assert.equal((await get(`/chats/${enc(chat.chat_id)}/messages?limit=1`)).json.messages[0].message_type, 'poll_creation');
  const fresh = await post('/message/send', { chat_id: '919999900001', message: 'hello' });
  assert.equal(fresh.status, 200);
  assert.equal((await get('/chats/919999900001@c.us')).json.latest_message.body, 'hello');
  assertNotFound(await post('/message/send', { chat_id: '120363000000000001@g.us', message: 'hi' }));
});

test('POST /message/send validates as the docs describe', async () => {
  const chat_id = '919537851844@c.us';
  assertValidation(await post('/message/send', { message: 'hi' }), 'chat_id');
  assertValidation(await post('/message/send', { chat_id: 'someone', message: 'hi' }), 'chat_id');
  assertValidation(await post('/message/send', { chat_id }), 'message');
  assertValidation(await post('/message/send', { chat_id, message: 42 }), 'message');
  assertValidation(await post('/message/send', { chat_id, media: { mimetype: 'image/png' } }), 'media');
  assertValidation(await post('/message/send', { chat_id, media: { filedata: 'iVBORw0KGgo=' } }), 'media.filedata');
  assertValidation(await post('/message/send', { chat_id, media: { url: 'ftp://x/y.png' } }), 'media.url');
  assertValidation(await post('/message/send', { chat_id, poll: { pollName: 'x', pollOptions: [] } }), 'poll.pollOptions');
  assertValidation(await post('/message/send', { chat_id, message: 'hi', reply_to: 5 }), 'reply_to');
  assertValidation(await post('/message/send', 'not json'), 'body');
  assert.equal((await post('/message/send', { chat_id, media: { url: 'https://example.com/a.pdf', filename: 'a.pdf' } })).status, 200);
});

test('POST /message/{id}/forward: a map of chat ids, copies in each chat; by message id or queue id', async () => {
  const [source, a, b] = await allChats('&chat_type=individual');
  const original = (await get(`/chats/${enc(source.chat_id)}/messages?limit=1`)).json.messages[0];
  const reply = await post(`/message/${enc(original.message_id)}/forward`, { forward_chat_ids: [a.chat_id, b.chat_id.replace('@c.us', '')] });
  assert.equal(reply.status, 200, reply.text);
  assert.deepEqual(reply.json, { [a.chat_id]: true, [b.chat_id]: true });
  for (const chat of [a, b]) {
    const [copy] = (await get(`/chats/${enc(chat.chat_id)}/messages?limit=1`)).json.messages;
    assert.equal(copy.body, original.body);
    assert.equal(copy.is_forwarded, true);
  }
  const sent = (await post('/message/send', { chat_id: source.chat_id, message: 'forward me' })).json;
  assert.equal((await post(`/message/${sent.queue_id}/forward`, { forward_chat_ids: [a.chat_id] })).status, 200);
  assertValidation(await post(`/message/${enc(original.message_id)}/forward`, { forward_chat_ids: [] }), 'forward_chat_ids');
  assertValidation(await post(`/message/${enc(original.message_id)}/forward`, { forward_chat_ids: ['nobody'] }), 'forward_chat_ids.0');
  assertNotFound(await post('/message/true_1@c.us_NOPE/forward', { forward_chat_ids: [a.chat_id] }));
});

test('POST /message/{id}/react: 204 and the reaction shows on the message', async () => {
  const [chat] = await allChats();
  const target = (await get(`/chats/${enc(chat.chat_id)}/messages?limit=1`)).json.messages[0];
  const reply = await post(`/message/${enc(target.message_id)}/react`, { reaction: '👍' });
  assert.equal(reply.status, 204);
  assert.equal(reply.text, '');
  const [after] = (await get(`/chats/${enc(chat.chat_id)}/messages?limit=1`)).json.messages;
  assert.equal(after.has_reaction, true);
  assert.equal(after.reactions.at(-1).reaction, '👍');
  assert.equal(after.reactions.at(-1).message_id, target.message_id);
  assertValidation(await post(`/message/${enc(target.message_id)}/react`, {}), 'reaction');
  assertNotFound(await post('/message/true_1@c.us_NOPE/react', { reaction: '👍' }));
});

test('notes: create answers the documented envelope; the note is listed in its chat and readable by id', async () => {
  const [chat] = await allChats('&chat_type=group');
  const created = await post('/note/create', {
    chat_id: chat.chat_id, message: 'Call back @priya@periskope.app tomorrow',
    media: { type: 'audio', mimetype: 'audio/wav', filename: 'beep.wav', filedata: 'data:audio/wav;base64,UklGRg==' },
  });
  assert.equal(created.status, 200, created.text);
  assert.deepEqual([created.json.success, created.json.message], [true, 'Note created successfully']);
  const note = created.json.data;
  assert.match(note.message_id, /^true_[0-9a-f-]{36}_api$/);
  assert.equal(note.sent_message_id, note.unique_id);
  assert.equal(note.is_private_note, true);
  assert.deepEqual(note.mentioned_ids, ['priya@periskope.app']);
  assert.equal(note.media.filedata, 'data:audio/wav;base64,UklGRg==', 'just created, the media is echoed');
  const listed = (await get(`/chats/${enc(chat.chat_id)}/notes`)).json;
  assert.deepEqual(Object.keys(listed).sort(), ['count', 'end_time', 'from', 'notes', 'start_time', 'to']);
  assert.equal(listed.notes[0].message_id, note.message_id);
  assertNewestFirst(listed.notes.map((n) => n.timestamp));
  const read = await get(`/notes/${note.message_id}`, { phone: null });
  assert.equal(read.status, 200);
  assert.equal(read.json.body, note.body);
  assert.match(read.json.media.path, /^https:\/\//, 'read back, the media has a path');
  assertNotFound(await get('/notes/true_00000000-0000-4000-8000-000000000000_api'));
  assertNotFound(await post('/note/create', { chat_id: '120363000000000001@g.us', message: 'x' }));
  assertValidation(await post('/note/create', { chat_id: chat.chat_id }), 'message');
  assertValidation(await post('/note/create', { message: 'x' }), 'chat_id');
});

test('note lists: default limit 500, paging, start_time/end_time filters, bad dates rejected', async () => {
  const all = (await get('/notes')).json;
  assert.equal(all.count, mock.org.sizes.notes);
  assert.equal(all.notes.length, Math.min(500, all.count));
  assert.deepEqual([all.start_time, all.end_time], [null, null]);
  const middle = all.notes[Math.floor(all.notes.length / 2)];
  const cut = new Date(toMs(middle.timestamp)).toISOString();
  const newer = (await get(`/notes?start_time=${cut}`)).json;
  assert.ok(newer.notes.length > 0 && newer.notes.every((n) => toMs(n.timestamp) >= toMs(cut)));
  assert.equal(newer.start_time, cut.replace(/\.\d{3}Z$/, 'Z'));
  const day = cut.slice(0, 10);
  const upTo = (await get(`/notes?end_time=${day}`)).json;
  assert.ok(upTo.notes.every((n) => toMs(n.timestamp) <= Date.parse(`${day}T23:59:59.999Z`)));
  // The docs' own example, 2025-04-31, is not a date.
  assertValidation(await get('/notes?end_time=2025-04-31'), 'end_time');
  assertValidation(await get('/notes?start_time=yesterday'), 'start_time');
  assertValidation(await get('/notes?limit=0'), 'limit');
  assertNotFound(await get(`/chats/${enc('910000000001@c.us')}/notes`));
});

test('GET /contacts pages the contacts; GET /contacts/{digits} adds chat_ids', async () => {
  const { json } = await get('/contacts?limit=2000');
  assert.equal(json.count, mock.org.sizes.contacts);
  assert.ok(json.contacts.every((c) => !('chat_ids' in c) && /^\d+@c\.us$/.test(c.contact_id)));
  const page = (await get('/contacts?offset=3&limit=4')).json;
  assert.deepEqual(page.contacts.map((c) => c.contact_id), json.contacts.slice(3, 7).map((c) => c.contact_id));
  const member = json.contacts.find((c) => !c.is_internal && mock.org.contact(c.contact_id)._chats.size > 0);
  const one = await get(`/contacts/${member.contact_id.replace('@c.us', '')}`, { phone: null });
  assert.equal(one.status, 200);
  assert.ok(one.json.chat_ids.length > 0);
  for (const chatId of one.json.chat_ids) assert.ok((await get(`/chats/${enc(chatId)}`)).json.members[member.contact_id]);
  assertValidation(await get(`/contacts/${enc(member.contact_id)}`), 'contact_id');
  assertNotFound(await get('/contacts/910000000001'));
  assertValidation(await get('/contacts?limit=2001'), 'limit');
});

test('PATCH /contacts/{id} and PATCH /contacts/labels update what later reads return', async () => {
  const [, target, other] = (await get('/contacts')).json.contacts;
  const digits = target.contact_id.replace('@c.us', '');
  const updated = await patch(`/contacts/${digits}`, { contact_name: 'Meera (VIP)', is_internal: false, labels: 'VIP, Hot Lead' });
  assert.equal(updated.status, 200, updated.text);
  assert.equal(updated.json.contact_name, 'Meera (VIP)');
  assert.deepEqual(updated.json.labels, ['vip', 'hot lead'], 'labels are case-insensitive');
  assert.equal(Object.keys(updated.json.label_ids).length, 2);
  for (const id of Object.keys(updated.json.label_ids)) assert.match(id, /^label-[a-z]+$/);
  assert.equal((await get(`/contacts/${digits}`)).json.contact_name, 'Meera (VIP)');
  for (const chatId of updated.json.chat_ids) assert.equal((await get(`/chats/${enc(chatId)}`)).json.members[target.contact_id].contact_name, 'Meera (VIP)');
  assertValidation(await patch(`/contacts/${digits}`, {}), 'body');
  assertValidation(await patch(`/contacts/${digits}`, { is_internal: 'yes' }), 'is_internal');
  assertNotFound(await patch('/contacts/910000000001', { contact_name: 'x' }));

  const bulk = await patch('/contacts/labels', { labels: 'Billing', contact_ids: [target.contact_id, other.contact_id.replace('@c.us', '')] });
  assert.equal(bulk.status, 204, bulk.text);
  for (const c of [target, other]) assert.deepEqual((await get(`/contacts/${c.contact_id.replace('@c.us', '')}`)).json.labels, ['billing'], 'replaced, not added');
  assertValidation(await patch('/contacts/labels', { contact_ids: [target.contact_id] }), 'labels');
  assertValidation(await patch('/contacts/labels', { labels: 'x', contact_ids: [] }), 'contact_ids');
  assertNotFound(await patch('/contacts/labels', { labels: 'x', contact_ids: ['910000000001'] }));
});

test('the new routes share the ticket routes\' auth, errors, CORS and canned responses', async () => {
  assert.equal((await get('/chats', { key: 'wrong' })).status, 401);
  const plan = await get('/contacts', { key: FREE_PLAN_API_KEY });
  assert.deepEqual([plan.status, plan.json.code], [401, 'UNAUTHORIZED_ERROR']);
  assert.equal((await get('/chats', { phone: OFFLINE_PHONE })).status, 401);
  assert.equal((await call('DELETE', '/chats')).status, 405);
  assert.equal((await call('PUT', '/contacts/919537851844', { body: {} })).status, 405);
  assert.equal((await get('/nothing/here')).status, 404);
  const preflight = await fetch(`${baseUrl}/chats`, { method: 'OPTIONS' });
  assert.equal(preflight.status, 204);
  assert.match(preflight.headers.get('access-control-allow-headers'), /x-phone/);
  const reply = await get('/chats?limit=1');
  assert.equal(reply.headers.get('access-control-allow-origin'), '*');
  mock.queueResponses([{ status: 503, body: '<html>down</html>' }, { status: 429, headers: { 'retry-after': '3' }, body: '' }, { drop: true }]);
  assert.equal((await get('/chats/messages')).status, 503);
  const limited = await post('/message/send', { chat_id: '919537851844', message: 'hi' });
  assert.deepEqual([limited.status, limited.headers.get('retry-after')], [429, '3']);
  await assert.rejects(get('/contacts'));
  assert.equal((await get('/contacts')).status, 200);
  assert.deepEqual(mock.requests.slice(0, 2).map((r) => [r.method, r.path]), [['GET', '/chats'], ['GET', '/contacts']]);
});

test('the same seed gives the same organisation; the tickets are what the ticket store alone gives', () => {
  const a = createMockPeriskope({ seed: 9, tickets: 200 });
  const b = createMockPeriskope({ seed: 9, tickets: 200 });
  const c = createMockPeriskope({ seed: 10, tickets: 200 });
  const snapshot = (m) => JSON.stringify([
    m.org.listChats({ offset: 0, limit: 2000, chatType: null, label: null }),
    m.org.allMessages(0, 2000), m.org.listContacts(0, 2000), m.org.allNotes({ offset: 0, limit: 2000, start: null, end: null }),
  ]);
  assert.equal(snapshot(a), snapshot(b));
  assert.notEqual(snapshot(a), snapshot(c));
  assert.equal(JSON.stringify(a.tickets.list('0', '200')), JSON.stringify(createTicketStore({ seed: 9, count: 200 }).list('0', '200')));
  a.reset();
  assert.equal(snapshot(a), snapshot(b));
});

test('a large store for paging: 5000 tickets, 3000 chats, 10000 contacts, pages of 2000', async () => {
  const big = await startMockPeriskope({ seed: 3, tickets: 5000, chats: 3000, contacts: 10000 });
  try {
    const fetchAll = async (path, key) => {
      const items = [];
      for (let offset = 0; ; offset += 2000) {
        const res = await fetch(`${big.baseUrl}${path}${path.includes('?') ? '&' : '?'}offset=${offset}&limit=2000`, { headers: { authorization: `Bearer ${DEFAULT_API_KEY}`, 'x-phone': PHONE } });
        const page = (await res.json())[key];
        items.push(...page);
        if (page.length < 2000) return items;
      }
    };
    const chats = await fetchAll('/chats', 'chats');
    assert.equal(chats.length, 3000);
    assert.equal(new Set(chats.map((c) => c.chat_id)).size, 3000);
    const contacts = await fetchAll('/contacts', 'contacts');
    assert.equal(new Set(contacts.map((c) => c.contact_id)).size, 10000);
    const messages = await fetchAll('/chats/messages', 'messages');
    assert.equal(messages.length, big.mock.org.sizes.messages);
    assert.ok(messages.length > 5000);
    assert.equal(new Set(messages.map((m) => m.message_id)).size, messages.length);
    assertNewestFirst(messages.map((m) => m.timestamp));
  } finally {
    big.server.close();
  }
});
