// The client's chat, message, note and contact methods through the built package, against the
// mock Periskope API on loopback: what each sends (checked on the server side), what each
// resolves to, and how each fails.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import {
  PeriskopeClient, PeriskopeError, validateCreateNote, validateListChatsQuery, validateListNotesQuery, validateListQuery,
  validateForwardMessage, validateReaction, validateSendMessage, validateUpdateContact,
} from 'periskope-wasm';
import { startMockPeriskope, DEFAULT_API_KEY } from '../../mock/periskope-mock.mjs';
import { rejection } from './rejection.mjs';

let server, mock, baseUrl;
const KEY = DEFAULT_API_KEY;
const PHONE = '+91 85271 84400';

before(async () => ({ server, mock, baseUrl } = await startMockPeriskope({ seed: 7, tickets: 120 })));
after(() => server?.close());
beforeEach(() => mock.reset());

const client = (options = {}) => new PeriskopeClient({ apiKey: KEY, baseUrl, phone: PHONE, ...options });
const last = () => mock.requests.at(-1);


/** The chat of a seeded ticket, and that ticket. */
async function ticketChat(api) {
  const { ticket, chat } = await api.getTicket('BKT-004');
  return { ticket, chatId: chat.chat_id };
}

test('listChats pages chats newest first with the filters normalised; each chat is a Chat', async () => {
  const api = client();
  const page = await api.listChats({ offset: '0', limit: 5, chat_type: 'User' });
  assert.deepEqual([last().method, last().path, last().headers['x-phone']], ['GET', '/chats?offset=0&limit=5&chat_type=individual', '918527184400']);
  assert.equal(page.chats.length, 5);
  assert.ok(page.chats.every((c) => c.chat_type === 'user' && typeof c.chat_id === 'string' && !('members' in c)));
  assert.equal(typeof page.count, 'number');
  const label = Object.keys(mock.org.chat(page.chats[0].chat_id).label_ids)[0] ?? 'label-refundxx';
  const labelled = await api.listChats({ label });
  assert.ok(labelled.chats.every((c) => c.label_ids[label] === true));
  const invalid = await rejection(api.listChats({ chat_type: 'channel', limit: 2001 }));
  assert.deepEqual(invalid.issues.map((i) => [i.path.join('.'), i.code]), [['limit', 'out_of_range'], ['chat_type', 'invalid_value']]);
});

test('getChat takes a number as typed; listChatMessages and listMessages are newest first', async () => {
  const api = client();
  const { ticket, chatId } = await ticketChat(api);
  const number = `+${chatId.slice(0, 2)} ${chatId.slice(2, 7)} ${chatId.slice(7, 12)}`;
  const chat = await api.getChat(number);
  assert.equal(last().path, `/chats/${encodeURIComponent(chatId)}`);
  assert.equal(chat.chat_id, chatId);
  assert.ok(Object.keys(chat.members).length >= 2);
  const messages = await api.listChatMessages(chatId, { limit: 50 });
  assert.equal(last().path, `/chats/${encodeURIComponent(chatId)}/messages?limit=50`);
  const times = messages.messages.map((m) => Date.parse(String(m.timestamp).replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')));
  assert.deepEqual(times, [...times].sort((a, b) => b - a));
  assert.ok(messages.messages.some((m) => m.message_ticket_id === ticket.ticket_id), "the ticket's message is in its chat");
  assert.ok(messages.messages.every((m) => typeof m.id.from_me === 'boolean' && 'serialized' in m.id), 'message keys are snake_case');
  const all = await api.listMessages({ limit: 3 });
  assert.deepEqual([last().path, all.messages.length], ['/chats/messages?limit=3', 3]);
  const missing = await rejection(api.getChat('120363000000000000@g.us'));
  assert.deepEqual([missing.kind, missing.status, missing.code], ['http', 404, 'NOT_FOUND_ERROR']);
});

test('sendMessage posts the normalised body and resolves to the queue position; the message joins its chat', async () => {
  const api = client();
  const { chatId } = await ticketChat(api);
  const sent = await api.sendMessage({ chat_id: chatId, message: 'Your refund is on its way', hide_url_preview: true });
  assert.deepEqual([last().method, last().path], ['POST', '/message/send']);
  assert.deepEqual(JSON.parse(last().body), { chat_id: chatId, message: 'Your refund is on its way', hide_url_preview: true });
  assert.match(sent.queue_id, /^[0-9a-f-]{36}$/);
  assert.equal(typeof sent.queue_position, 'number');
  const [newest] = (await api.listChatMessages(chatId, { limit: 1 })).messages;
  assert.deepEqual([newest.body, newest.sent_message_id, newest.from_me], ['Your refund is on its way', sent.queue_id, true]);

  await api.sendMessage({ chat_id: chatId, media: { filedata: 'UklGRiQAAABXQVZF', mimetype: 'audio/wav', filename: 'beep.wav' }, reply_to: newest.message_id });
  assert.deepEqual(JSON.parse(last().body).media, { filedata: 'data:audio/wav;base64,UklGRiQAAABXQVZF', mimetype: 'audio/wav', filename: 'beep.wav' });
  await api.sendMessage({ chat_id: chatId, poll: { pollName: ' Pickup slot? ', pollOptions: ['10am', ' 2pm'], options: { allowMultipleAnswers: false } } });
  assert.deepEqual(JSON.parse(last().body).poll, { pollName: 'Pickup slot?', pollOptions: ['10am', '2pm'], options: { allowMultipleAnswers: false } });

  const before = mock.requests.length;
  const empty = await rejection(api.sendMessage({ chat_id: chatId, message: '  ' }));
  assert.deepEqual(empty.issues.map((i) => [i.path, i.code]), [[[], 'empty']]);
  assert.equal(mock.requests.length, before, 'nothing was sent');
});

test('a send is never retried; a list is', async () => {
  const api = client({ maxRetries: 2 });
  const { chatId } = await ticketChat(api);
  mock.queueResponses([{ status: 503, body: '' }]);
  const failed = await rejection(api.sendMessage({ chat_id: chatId, message: 'once' }));
  assert.deepEqual([failed.kind, failed.status], ['http', 503]);
  mock.queueResponses([{ status: 503, headers: { 'retry-after': '0' }, body: '' }]);
  const page = await api.listChats({ limit: 1 });
  assert.equal(page.chats.length, 1);
  assert.deepEqual(mock.requests.slice(-2).map((r) => r.path), ['/chats?limit=1', '/chats?limit=1']);
});

test('forwardMessage resolves to the chats it reached; reactToMessage to null on 204, the reaction is on the message', async () => {
  const api = client();
  const { chatId } = await ticketChat(api);
  const [message] = (await api.listChatMessages(chatId, { limit: 1 })).messages;
  const other = (await api.listChats({ limit: 2 })).chats.map((c) => c.chat_id).find((id) => id !== chatId);
  const forwarded = await api.forwardMessage(message.message_id, { forward_chat_ids: [other, other] });
  assert.equal(last().path, `/message/${encodeURIComponent(message.message_id)}/forward`);
  assert.deepEqual(JSON.parse(last().body), { forward_chat_ids: [other] });
  assert.deepEqual(forwarded, { [other]: true });
  assert.equal(await api.reactToMessage(message.message_id, { reaction: '👍' }), null);
  assert.deepEqual(mock.org.message(message.message_id).reactions.map((r) => r.reaction), ['👍']);
  mock.queueResponses([{ status: 204 }]);
  assert.equal(await api.forwardMessage(message.message_id, { forward_chat_ids: other }), null);
  const invalid = await rejection(api.reactToMessage('', { reaction: '' }));
  assert.deepEqual(invalid.issues.map((i) => i.path.join('.')), ['messageId', 'reaction.reaction']);
});

test('createNote unwraps the documented envelope; the note is listed in its chat and found by id', async () => {
  const api = client();
  const { chatId } = await ticketChat(api);
  const note = await api.createNote({ chat_id: chatId, message: 'Refund approved @priya@periskope.app' });
  assert.deepEqual([last().method, last().path], ['POST', '/note/create']);
  assert.ok(!('success' in note) && !('data' in note), 'the envelope is gone');
  assert.equal(note.body, 'Refund approved @priya@periskope.app');
  assert.deepEqual(note.mentioned_ids, ['priya@periskope.app']);
  const page = await api.listChatNotes(chatId, { limit: 10, start_time: '2020-01-01' });
  assert.equal(last().path, `/chats/${encodeURIComponent(chatId)}/notes?limit=10&start_time=2020-01-01`);
  assert.equal(page.notes[0].message_id, note.message_id, 'newest first');
  const found = await api.getNote(note.message_id);
  assert.equal(found.body, note.body);
  const everywhere = await api.listNotes({ limit: 1 });
  assert.equal(everywhere.notes[0].message_id, note.message_id);

  // The page's text promises a bare array of notes: it reads as a page.
  mock.queueResponses([{ status: 200, body: [note] }]);
  assert.deepEqual((await api.listChatNotes(chatId)).notes.map((n) => n.message_id), [note.message_id]);
  const range = await rejection(api.listNotes({ start_time: '2025-04-31' }));
  assert.deepEqual(range.issues.map((i) => [i.path, i.code]), [[['start_time'], 'invalid_format']]);
});

test('contacts: list, get by number as typed (the path takes digits), update name, labels and the internal flag', async () => {
  const api = client({ phone: undefined });
  const page = await api.listContacts({ limit: 4 });
  assert.deepEqual([last().path, last().headers['x-phone'], page.contacts.length], ['/contacts?limit=4', undefined, 4]);
  const { contact_id: id } = page.contacts[1];
  const digits = id.replace('@c.us', '');
  const contact = await api.getContact(`+${digits}`);
  assert.equal(last().path, `/contacts/${digits}`);
  assert.ok(Array.isArray(contact.chat_ids));
  const updated = await api.updateContact(id, { contact_name: '  Asha Rao ', labels: ['VIP', 'vip', 'refund'], is_internal: true });
  assert.deepEqual([last().method, last().path], ['PATCH', `/contacts/${digits}`]);
  assert.deepEqual(JSON.parse(last().body), { contact_name: 'Asha Rao', is_internal: true, labels: 'VIP, refund' });
  assert.deepEqual([updated.contact_name, updated.is_internal, updated.labels], ['Asha Rao', true, ['vip', 'refund']]);
  const group = await rejection(api.getContact('120363312345678901@g.us'));
  assert.deepEqual(group.issues.map((i) => [i.path, i.code]), [[['contactId'], 'invalid_format']]);
  const nothing = await rejection(api.updateContact(id, {}));
  assert.deepEqual(nothing.issues.map((i) => [i.path, i.code]), [[['patch'], 'empty']]);
});

test('without a phone, the chat routes answer the documented 422 shape, read as issues', async () => {
  const error = await rejection(client({ phone: undefined }).listChats());
  assert.deepEqual([error.kind, error.status, error.code], ['http', 422, 'VALIDATION_ERROR']);
  assert.deepEqual(error.issues.map((i) => i.path), [['x-phone']]);
});

test('every new validator is exported, never throws, and returns what the client sends', () => {
  assert.deepEqual(validateSendMessage({ chat_id: '+91 95378 51844', message: 'Hi' }), { success: true, data: { chat_id: '919537851844@c.us', message: 'Hi' } });
  assert.deepEqual(validateForwardMessage({ forward_chat_ids: '919537851844' }), { success: true, data: { forward_chat_ids: ['919537851844@c.us'] } });
  assert.deepEqual(validateReaction({ reaction: '🎉' }), { success: true, data: { reaction: '🎉' } });
  assert.deepEqual(validateCreateNote({ chat_id: '919537851844@c.us', message: 'x' }).data, { chat_id: '919537851844@c.us', message: 'x' });
  assert.deepEqual(validateUpdateContact({ labels: [] }), { success: true, data: { labels: '' } });
  assert.deepEqual(validateListChatsQuery({ limit: '50', chat_type: 'user' }).data, { limit: 50, chat_type: 'individual' });
  assert.deepEqual(validateListQuery({ offset: 'first' }).issues.map((i) => [i.path, i.code]), [[['offset'], 'invalid_value']]);
  assert.deepEqual(validateListNotesQuery({ end_time: new Date(Date.UTC(2025, 3, 25, 10)) }).data, { end_time: '2025-04-25T10:00:00.000Z' });
  for (const validate of [validateSendMessage, validateCreateNote, validateUpdateContact, validateListChatsQuery]) {
    for (const input of [undefined, null, 5, 'x', [], { a: 1 }]) {
      const result = validate(input);
      assert.equal(result.success, false);
      assert.ok(result.issues.length > 0 && result.issues.every((i) => Array.isArray(i.path) && typeof i.message === 'string'));
    }
  }
});
