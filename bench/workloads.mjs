// The benchmark's inputs, generated deterministically from tests/fixtures/ (same bytes on
// every run and every machine): one ticket info, a ticket.updated webhook, a list of 2,000
// tickets, a chat with 1,000 members and an invalid ticket info with 10 problems.
import { readFileSync } from 'node:fs';

const fixture = (name) => readFileSync(new URL(`../tests/fixtures/${name}`, import.meta.url), 'utf8');

/** mulberry32: a small seeded PRNG, so the generated payloads never change. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORG = '2997dd64-89bf-48d3-9a22-b314fca017e5';
const WORDS = ['refund', 'delivery', 'late', 'order', 'invoice', 'payment', 'broken', 'login', 'issue', 'with', 'the',
  'app', 'cannot', 'access', 'account', 'urgent', 'please', 'help', 'update', 'address', 'group', 'invite', 'link'];
const AGENTS = ['bharat@periskope.app', 'support@periskope.app', 'anita@hashlabs.dev', 'manager@example.com'];
const STATUSES = ['open', 'open', 'inprogress', 'closed', 'archived', 'snoozed']; // 'snoozed': a value the API may add later
const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const digits = (rnd, n) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
const sentence = (rnd, n) => Array.from({ length: n }, () => pick(rnd, WORDS)).join(' ');
const iso = (ms) => new Date(ms).toISOString().replace('Z', '+00:00');
const postgres = (ms) => new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '+00');

/** One ticket with the variety real lists have: every lenient form the parser normalises. */
function ticket(rnd, index, base) {
  const created = Date.UTC(2025, 0, 1) + Math.floor(rnd() * 90 * 86400e3);
  const status = pick(rnd, STATUSES);
  const closed = status === 'closed' || status === 'archived';
  const chat = `91${digits(rnd, 10)}@c.us`;
  const labels = {};
  for (let i = Math.floor(rnd() * 3); i > 0; i--) labels[`label-${digits(rnd, 6)}abcdefghij`.slice(0, 22)] = true;
  const t = {
    ...base,
    ticket_id: `BKT-${String(index + 1).padStart(5, '0')}`,
    org_id: ORG,
    chat_id: chat,
    subject: sentence(rnd, 3 + Math.floor(rnd() * 8)),
    status,
    // numbers, numeric strings (with spaces) and null, as the API sends them
    priority: pick(rnd, [0, 1, 2, 3, 4, '1', '2', ' 3 ', '4', null]),
    assignee: pick(rnd, [...AGENTS, null]),
    assigned_by: pick(rnd, ['', ...AGENTS]),
    raised_by: pick(rnd, [null, ...AGENTS]),
    created_at: pick(rnd, [iso(created), postgres(created), created]),
    due_date: pick(rnd, ['', '', null, iso(created + 3 * 86400e3), created + 86400e3]),
    closed_at: closed ? iso(created + 2 * 86400e3) : null,
    closed_by: closed ? pick(rnd, AGENTS) : null,
    closed_message: closed ? { body: sentence(rnd, 6), sent: rnd() < 0.5 } : null,
    first_assigned_at: pick(rnd, [null, iso(created + 60e3)]),
    last_updated_at: iso(created + 3600e3),
    last_updated_by: pick(rnd, AGENTS),
    is_deleted: rnd() < 0.02,
    ticket_labels: Object.keys(labels).join(', '),
    label_ids: labels,
    labels: Object.keys(labels).map((id) => ({ id, name: pick(rnd, WORDS), color: `#${digits(rnd, 6)}` })),
    quoted_message_id: pick(rnd, [null, `3EB0${digits(rnd, 16)}`, `true_${chat}_3EB0${digits(rnd, 16)}`]),
    ticket_custom_properties: rnd() < 0.5 ? {} : { 'property-tlkudzxmhjkgoktm': pick(rnd, ['hello', null, 'VIP']) },
    custom_properties: { 'Custom Property 1': pick(rnd, ['hello', null]), Region: pick(rnd, ['IN', 'EU', 'US']) },
    response_time: rnd() < 0.5 ? null : Math.floor(rnd() * 86400),
    close_ticket_metadata: closed ? { reason: pick(rnd, WORDS) } : null,
    hubspot_metadata: rnd() < 0.2 ? { deal_id: digits(rnd, 10), synced: true } : {},
    freshdesk_metadata: null,
    zohodesk_metadata: null,
    // a field this package does not know: kept as it is
    sla_breached: rnd() < 0.1,
  };
  return t;
}

function ticketList(count) {
  const rnd = prng(8);
  const base = JSON.parse(fixture('ticket-info.get-ticket.json')).ticket;
  const tickets = Array.from({ length: count }, (_, i) => ticket(rnd, i, base));
  return JSON.stringify({ from: 0, to: count - 1, count, tickets });
}

function bigChat(memberCount) {
  const rnd = prng(1000);
  const chat = JSON.parse(fixture('chat.json'));
  const template = Object.values(chat.members)[0];
  const members = {};
  for (let i = 0; i < memberCount; i++) {
    const id = `91${digits(rnd, 10)}@c.us`;
    members[id] = {
      ...template,
      contact_id: id,
      contact_name: rnd() < 0.1 ? null : `${pick(rnd, WORDS)} ${pick(rnd, WORDS)}`.replace(/^./, (c) => c.toUpperCase()),
      contact_color: `#${digits(rnd, 6)}`,
      contact_image: rnd() < 0.3 ? null : `https://storage.googleapis.com/periskope-images/${ORG}%2F${id.replace('@', '%40')}.jpg`,
      contact_labels: pick(rnd, ['', 'label1, label2', null]),
      is_admin: rnd() < 0.05,
      is_super_admin: false,
      is_internal: rnd() < 0.02,
    };
  }
  // the message key as some traffic sends it ({fromMe, _serialized}), numeric strings for numbers
  const { from_me: fromMe, serialized, ...key } = chat.latest_message.id;
  const latest = { ...chat.latest_message, id: { ...key, fromMe, _serialized: serialized }, forwarding_score: '0', duration: '12' };
  return JSON.stringify({ ...chat, chat_type: 'group', chat_id: '120363329861739657@g.us', members, member_count: memberCount, latest_message: latest });
}

function ticketUpdatedEvent() {
  const data = JSON.parse(fixture('ticket-info.get-ticket.json'));
  return JSON.stringify({
    event: 'ticket.updated',
    data,
    org_id: ORG,
    timestamp: '2025-01-26T13:47:02+00:00',
    previous_attributes: { status: 'open' },
  });
}

/** The get-ticket fixture with 10 problems, each one issue for this package (valid JSON syntax). */
function invalidTicketInfo() {
  const info = JSON.parse(fixture('ticket-info.get-ticket.json'));
  info.ticket.priority = 7; // 1 out of range
  info.ticket.status = 3; // 2 not a string
  info.ticket.is_deleted = 'no'; // 3 not a boolean
  info.ticket.due_date = true; // 4 not a date-time or epoch ms
  info.ticket.label_ids = { 'label-xbitdvipqshahdcu': 'true' }; // 5 map value not a boolean
  delete info.chat.chat_id; // 6 required field missing
  info.chat.is_muted = 'false'; // 7 not a boolean
  info.chat.members['918527184400@c.us'].is_admin = 1; // 8 not a boolean
  info.message.body = 42; // 9 not a string
  info.attached_messages = [null]; // 10 array items are not nullable
  return JSON.stringify(info);
}

/** A create-ticket request as a form gives it: a number for the priority, labels as an array, a local date. */
function createTicketRequest() {
  return {
    chat_id: '919537851844@c.us',
    subject: '  Refund for order 1234 ',
    priority: 3,
    status: 'inprogress',
    due_date: '2025-04-20T10:00:00+05:30',
    assignee: 'bharat@periskope.app',
    labels: ['Refund', 'VIP'],
    quoted_message_id: '3EB0ABB7C973860FC19E',
  };
}

/**
 * Every workload: `text` is what each contender gets; `parse` names this package's function;
 * `schema` names the contenders' schema (bench/contenders/*.mjs export one per name); `object`:
 * every contender gets `JSON.parse(text)`, parsed once, instead of the text; `validator`: the
 * package function returns `{ success, data, issues }` instead of throwing.
 */
export function workloads() {
  return [
    { id: 'ticket-info', title: 'ticket info (get-ticket fixture)', text: fixture('ticket-info.get-ticket.json'), parse: 'parseTicketInfo', schema: 'ticketInfo', valid: true },
    { id: 'event', title: 'ticket.updated webhook event', text: ticketUpdatedEvent(), parse: 'parseEvent', schema: 'ticketEvent', valid: true },
    { id: 'ticket-list', title: 'ticket list, 2,000 tickets', text: ticketList(2000), parse: 'parseTicketList', schema: 'ticketList', valid: true },
    { id: 'chat', title: 'chat with 1,000 members', text: bigChat(1000), parse: 'parseChat', schema: 'chat', valid: true },
    { id: 'invalid', title: 'invalid ticket info, 10 problems', text: invalidTicketInfo(), parse: 'parseTicketInfo', schema: 'ticketInfo', valid: false, problems: 10 },
    // The same payloads already parsed (what `await response.json()`, a form or a message gives):
    // every contender gets the same object, and must return a new one and leave it unchanged.
    { id: 'ticket-info-object', title: 'ticket info, given as an object', text: fixture('ticket-info.get-ticket.json'), object: true, parse: 'parseTicketInfo', schema: 'ticketInfo', valid: true },
    { id: 'ticket-list-object', title: 'ticket list, 2,000 tickets, given as an object', text: ticketList(2000), object: true, parse: 'parseTicketList', schema: 'ticketList', valid: true },
    { id: 'create-ticket-object', title: 'create-ticket request, given as an object', text: JSON.stringify(createTicketRequest()), object: true, parse: 'validateCreateTicket', validator: true, schema: 'createTicket', valid: true },
  ];
}

/**
 * Small payloads that probe each rule of the README's table, checked before timing: every
 * contender must accept and normalise them as this package does, or reject them too.
 * `blind: true` marks what a JSON.parse-based validator cannot see (expected to differ).
 */
export function edgeCases() {
  const t = (extra) => JSON.stringify({ ticket_id: 'T-1', ...extra });
  const m = (extra) => JSON.stringify({ message_id: 'true_1@c.us_3EB0', ...extra });
  return [
    ['priority "2"', 'ticket', t({ priority: '2' })],
    ['priority " 3 "', 'ticket', t({ priority: ' 3 ' })],
    ['priority "\\t4\\n"', 'ticket', t({ priority: '\t4\n' })],
    ['priority "1e0"', 'ticket', t({ priority: '1e0' })],
    ['priority 2.0', 'ticket', '{"ticket_id":"T-1","priority":2.0}'],
    ['priority "2.5"', 'ticket', t({ priority: '2.5' })],
    ['priority "high"', 'ticket', t({ priority: 'high' })],
    ['priority ""', 'ticket', t({ priority: '' })],
    ['priority 5', 'ticket', t({ priority: 5 })],
    ['priority -1', 'ticket', t({ priority: -1 })],
    ['priority null', 'ticket', t({ priority: null })],
    ['due_date ""', 'ticket', t({ due_date: '' })],
    ['due_date epoch ms', 'ticket', t({ due_date: 1737976090690 })],
    ['due_date Postgres style', 'ticket', t({ due_date: '2024-05-13 11:19:34+00' })],
    ['due_date true', 'ticket', t({ due_date: true })],
    ['ticket_id missing', 'ticket', JSON.stringify({ subject: 'x' })],
    ['ticket_id null', 'ticket', JSON.stringify({ ticket_id: null })],
    ['ticket_id 7', 'ticket', JSON.stringify({ ticket_id: 7 })],
    ['status "snoozed" (open enum)', 'ticket', t({ status: 'snoozed' })],
    ['unknown fields kept', 'ticket', t({ extra: { a: [1, { b: null }] }, hubspot_metadata: { deal: 1 } })],
    ['label_ids value null', 'ticket', t({ label_ids: { x: null } })],
    ['label_ids value "true"', 'ticket', t({ label_ids: { x: 'true' } })],
    ['custom_properties value null', 'ticket', t({ custom_properties: { x: null } })],
    ['custom_properties values of any type (organisation-defined)', 'ticket', t({ custom_properties: { n: 5, b: true, a: [1], o: { k: 'v' } } })],
    ['labels: array of anything', 'ticket', t({ labels: [1, 'a', null, { id: 'l' }] })],
    ['labels: not an array', 'ticket', t({ labels: {} })],
    ['root not an object', 'ticket', '[]'],
    ['key {fromMe, _serialized}', 'message', m({ id: { id: '3EB0', remote: '1@c.us', fromMe: true, _serialized: 'true_1@c.us_3EB0' } })],
    ['key {from_me, serialized}', 'message', m({ id: { id: '3EB0', from_me: false, serialized: 'false_1@c.us_3EB0' } })],
    ['key fromMe: null', 'message', m({ id: { fromMe: null } })],
    ['key fromMe and from_me', 'message', m({ id: { from_me: true, fromMe: false } })],
    ['key fromMe "yes"', 'message', m({ id: { fromMe: 'yes' } })],
    ['forwarding_score "3"', 'message', m({ forwarding_score: '3' })],
    ['duration " 12.5 "', 'message', m({ duration: ' 12.5 ' })],
    ['duration "abc"', 'message', m({ duration: 'abc' })],
    ['duration ""', 'message', m({ duration: '' })],
    ['duration "0x10"', 'message', m({ duration: '0x10' })],
    ['media.size "2048"', 'message', m({ media: { size: '2048', mimetype: 'image/jpeg' } })],
    ['flag_response_time "1" (Number, not NumberLike)', 'message', m({ flag_response_time: '1' })],
    ['flag_response_time 1.5', 'message', m({ flag_response_time: 1.5 })],
    ['delivery_info.read value 1.5', 'message', m({ delivery_info: { read: { '1@c.us': 1.5 } } })],
    ['delivery_info.read_count 2^53+1', 'message', '{"message_id":"x","delivery_info":{"read_count":9007199254740993}}'],
    ['vcards item null', 'message', m({ vcards: [null] })],
    ['message_type "future_type"', 'message', m({ message_type: 'future_type' })],
    ['timestamp 1.5 (non-strict)', 'message', m({ timestamp: 1.5 })],
    ['duplicate key', 'ticket', '{"ticket_id":"a","ticket_id":"b"}', { blind: true }],
    ['duplicate map key', 'ticket', '{"ticket_id":"a","label_ids":{"x":true,"x":false}}', { blind: true }],
  ].map(([title, model, text, flags]) => ({ title, model, text, parse: model === 'ticket' ? 'parseTicket' : 'parseMessage', ...flags }));
}
