// The mock's data: tickets, chats and messages generated from the fixtures with a seeded PRNG,
// so a seed always gives the same organisation. Shapes follow real traffic, quirks included:
// a few `""` due dates, string priorities ("2"), `null` assignees, Postgres-style timestamps.
import { readFileSync } from 'node:fs';

const fixture = (name) => JSON.parse(readFileSync(new URL(`../tests/fixtures/${name}`, import.meta.url), 'utf8'));

const STATUSES = ['open', 'open', 'open', 'inprogress', 'inprogress', 'closed', 'archived'];
const SUBJECTS = [
  'Refund not received', 'Order arrived damaged', 'Cannot log in to the app', 'Invoice needs GST number',
  'Delivery delayed', 'Wrong size shipped', 'Payment failed twice', 'Change delivery address',
  'Subscription renewal question', 'Bulk order quote', 'Warranty claim', 'App crashes on checkout',
];
export const FIRST_NAMES = ['Aarav', 'Diya', 'Kabir', 'Meera', 'Rohan', 'Ananya', 'Vihaan', 'Isha', 'Arjun', 'Sara', 'Neel', 'Tara'];
export const LAST_NAMES = ['Sharma', 'Patel', 'Iyer', 'Khan', 'Reddy', 'Gupta', 'Das', 'Mehta'];
export const AGENTS = ['bharat@periskope.app', 'priya@periskope.app', 'support@periskope.app', 'ops@periskope.app'];
export const LABELS = ['billing', 'delivery', 'vip', 'bug', 'refund', 'urgent'];
const MAX_LIMIT = 2000;

/** mulberry32: small, fast and the same everywhere. */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, width = 2) => String(n).padStart(width, '0');
export const postgresTime = (ms) => new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '+00');
export const hex = (random, length) => Array.from({ length }, () => '0123456789ABCDEF'[Math.floor(random() * 16)]).join('');

export function createTicketStore({ seed = 1, count = 2000 } = {}) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const base = fixture('ticket-info.get-ticket.json');
  const orgId = base.ticket.org_id;
  const orgPhone = base.chat.org_phone;
  const supportMember = base.chat.members[orgPhone];
  const chats = new Map();
  const tickets = [];
  const start = Date.UTC(2025, 0, 1);

  function makeChat(chatId, name) {
    const isGroup = chatId.endsWith('@g.us');
    const members = { [orgPhone]: { ...supportMember, chat_id: chatId } };
    const customer = isGroup ? `91${Math.floor(7e9 + random() * 2e9)}@c.us` : chatId;
    members[customer] = {
      ...base.chat.members['919537851844@c.us'],
      chat_id: chatId, contact_id: customer, contact_name: name, contact_image: null,
      contact_labels: random() < 0.3 ? pick(LABELS) : '',
    };
    const chat = {
      ...base.chat, chat_id: chatId, chat_name: isGroup ? `${name} & team` : name, chat_type: isGroup ? 'group' : 'user',
      chat_image: null, chat_labels: random() < 0.4 ? `${pick(LABELS)}, ${pick(LABELS)}` : '', members,
      created_at: new Date(start - Math.floor(random() * 3e10)).toISOString().replace('.000Z', '+00:00'),
    };
    chats.set(chatId, chat);
    return chat;
  }

  for (let i = 0; i < Math.max(8, Math.ceil(count / 25)); i++) {
    const name = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    const chatId = i % 9 === 8 ? `120363${Math.floor(1e11 + random() * 8e11)}@g.us` : `91${Math.floor(7e9 + random() * 2e9)}@c.us`;
    makeChat(chatId, name);
  }
  const chatIds = [...chats.keys()];

  function customerOf(chatId) {
    const members = Object.keys(chats.get(chatId)?.members ?? {});
    return members.find((id) => id !== orgPhone) ?? chatId;
  }

  function messageFor(chatId, text, ms) {
    const id = hex(random, 40);
    return {
      ...base.message, body: text, chat_id: chatId, message_id: `true_${chatId}_${id}`,
      sender_name: chats.get(chatId)?.chat_name ?? 'Customer', sender_phone: customerOf(chatId).replace('@c.us', ''),
      timestamp: new Date(ms).toISOString().replace('.000Z', '+00:00'),
    };
  }

  function priorityValue() {
    const p = Math.floor(random() * 5);
    return random() < 0.05 ? String(p || 2) : p; // real traffic sometimes carries "2"
  }

  function dueDate(createdMs) {
    const r = random();
    if (r < 0.04) return '';
    if (r < 0.3) return null;
    const due = createdMs + Math.floor(1 + random() * 14) * 86400000;
    return r < 0.65 ? postgresTime(due) : new Date(due).toISOString().slice(0, 10);
  }

  for (let i = 1; i <= count; i++) {
    const chatId = pick(chatIds);
    const createdMs = start + Math.floor(random() * 3e10);
    const status = pick(STATUSES);
    const assignee = random() < 0.2 ? null : pick(AGENTS);
    const labels = random() < 0.5 ? [] : [pick(LABELS)];
    const message = messageFor(chatId, pick(SUBJECTS).toLowerCase() + ', please help', createdMs - 60000);
    tickets.push({
      ticket_id: `BKT-${pad(i, 3)}`, org_id: orgId, chat_id: chatId, subject: pick(SUBJECTS), status,
      priority: priorityValue(), assignee, assigned_by: assignee ? pick(AGENTS) : null, raised_by: random() < 0.5 ? pick(AGENTS) : null,
      due_date: dueDate(createdMs), closed_at: status === 'closed' ? postgresTime(createdMs + 7200000) : null,
      closed_by: status === 'closed' ? pick(AGENTS) : null, closed_message: null,
      created_at: postgresTime(createdMs), first_assigned_at: assignee ? postgresTime(createdMs + 300000) : null,
      last_updated_at: postgresTime(createdMs + 600000), last_updated_by: pick(AGENTS), is_deleted: false,
      quoted_message_id: message.message_id.split('_').pop(), labels, custom_properties: {},
      _message: message,
    });
  }
  const byId = new Map(tickets.map((t) => [t.ticket_id, t]));
  let nextNumber = count + 1;

  function listItem(t) {
    const { _message, labels, ...rest } = t;
    return { ...rest, label_ids: Object.fromEntries(labels.map((l) => [`label-${l.padEnd(8, 'x')}`, true])), labels: [], response_time: null };
  }

  function info(id) {
    const t = byId.get(id);
    if (!t) return undefined;
    const { _message, labels, chat_id, last_updated_at, last_updated_by, custom_properties, ...ticket } = t;
    return {
      attached_messages: [],
      chat: chats.get(chat_id),
      message: _message,
      ticket: { ...ticket, ticket_labels: labels.join(', '), ticket_custom_properties: custom_properties },
    };
  }

  return {
    /** The organisation the data belongs to, for the stores built beside this one. */
    orgId,
    orgPhone,
    /** The ticket-info chat of every chat a ticket points at, in creation order (read-only use). */
    chats,
    /** Every raw ticket in creation order, `_message` included (read-only use). */
    all: () => tickets,
    /** How many tickets there are now. */
    get size() {
      return tickets.length;
    },
    /** The raw stored ticket (test hook). */
    get: (id) => byId.get(id),
    info,
    list(offsetText, limitText) {
      const fields = {};
      const offset = offsetText === null ? 0 : Number(offsetText);
      const limit = limitText === null ? 100 : Number(limitText);
      if (!Number.isInteger(offset) || offset < 0) fields.offset = { message: 'offset must be a non-negative integer', value: offsetText };
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) fields.limit = { message: `limit must be an integer from 1 to ${MAX_LIMIT}`, value: limitText };
      if (Object.keys(fields).length) return { fields };
      const page = tickets.slice(offset, offset + limit).map(listItem);
      return { page: { from: offset, to: offset + Math.max(page.length - 1, 0), count: tickets.length, tickets: page } };
    },
    create(body) {
      const fields = checkFields(body, true);
      if (Object.keys(fields).length) return { fields };
      let chatId = body.chat_id;
      if (/^\d+$/.test(chatId)) chatId += '@c.us';
      if (!chats.has(chatId)) makeChat(chatId, 'New contact');
      const createdMs = Date.now();
      const id = `BKT-${pad(nextNumber++, 3)}`;
      const t = {
        ticket_id: id, org_id: orgId, chat_id: chatId, subject: body.subject, status: body.status ?? 'open',
        priority: body.priority === undefined ? 1 : Number(body.priority), assignee: body.assignee ?? null, assigned_by: null,
        raised_by: null, due_date: body.due_date ?? null, closed_at: null, closed_by: null, closed_message: null,
        created_at: new Date(createdMs).toISOString().replace('Z', '+00:00'), first_assigned_at: null,
        last_updated_at: postgresTime(createdMs), last_updated_by: null, is_deleted: false,
        quoted_message_id: body.quoted_message_id ?? null, labels: splitLabels(body.labels), custom_properties: {},
        _message: messageFor(chatId, body.subject, createdMs),
      };
      tickets.push(t);
      byId.set(id, t);
      return { info: info(id) };
    },
    update(id, body) {
      const t = byId.get(id);
      if (!t) return { missing: true };
      const fields = checkFields(body, false);
      if (Object.keys(fields).length) return { fields };
      for (const key of ['subject', 'assignee', 'status', 'due_date']) if (key in body) t[key] = body[key];
      if ('priority' in body) t.priority = Number(body.priority);
      if ('labels' in body) t.labels = splitLabels(body.labels);
      t.last_updated_at = postgresTime(Date.now());
      return { info: info(id) };
    },
  };
}

function splitLabels(text) {
  return typeof text === 'string' ? text.split(',').map((l) => l.trim().toLowerCase()).filter(Boolean) : [];
}

/** The checks the real API documents, with its 422 `fields` format. */
function checkFields(body, creating) {
  const fields = {};
  const bad = (name, message) => (fields[name] = { message, value: body[name] ?? null });
  if (creating) {
    if (typeof body.chat_id !== 'string' || !/^\d+(@c\.us|@g\.us)?$/.test(body.chat_id)) bad('chat_id', 'chat_id must be a phone number or a chat id');
    if (typeof body.subject !== 'string' || !body.subject.trim()) bad('subject', 'subject is required');
  } else {
    const known = ['subject', 'assignee', 'due_date', 'priority', 'status', 'labels'];
    if (!known.some((k) => k in body)) bad('body', 'Nothing to update');
    if ('subject' in body && (typeof body.subject !== 'string' || !body.subject.trim())) bad('subject', 'subject must not be empty');
  }
  if ('priority' in body && ![1, 2, 3, 4].includes(Number(body.priority))) bad('priority', 'priority must be 1, 2, 3 or 4');
  if ('status' in body && !['open', 'inprogress', 'closed', 'archived'].includes(body.status)) bad('status', 'status must be open, inprogress, closed or archived');
  if ('due_date' in body && body.due_date !== null && Number.isNaN(Date.parse(String(body.due_date).replace(' ', 'T').replace(/\+00$/, 'Z')))) {
    bad('due_date', 'due_date must be a date');
  }
  if ('assignee' in body && body.assignee !== null && !/^[^@\s]+@[^@\s]+$/.test(String(body.assignee))) bad('assignee', 'assignee must be an email');
  if ('labels' in body && typeof body.labels !== 'string') bad('labels', 'labels must be a comma-separated string');
  return fields;
}
