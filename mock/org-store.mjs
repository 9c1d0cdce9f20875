// @ts-check
// The rest of the mock organisation around the tickets: full chats, their messages, private notes
// and contacts. Built from the ticket store so the two agree (every ticket's chat is a chat here,
// every ticket's message is in its chat's messages, every member is a contact), then grown to the
// sizes asked for. It draws from its own PRNG stream: the tickets of a seed stay what they were.
// Shapes and quirks follow docs/api-coverage.md: mixed timestamp forms, `true_`/`false_` message
// ids, `true_<uuid>_api` note ids, `label-<letters>` label ids.
import { readFileSync } from 'node:fs';
import { prng, hex, postgresTime, FIRST_NAMES, LAST_NAMES, AGENTS, LABELS } from './ticket-store.mjs';
import { normaliseChatId } from './org-checks.mjs';

const CHAT_FIXTURE = JSON.parse(readFileSync(new URL('../tests/fixtures/chat.json', import.meta.url), 'utf8'));
const MESSAGE_TEMPLATE = CHAT_FIXTURE.latest_message;

const LINES = [
  'Hi, is anyone there?', 'Thanks, received it', 'Can you share the invoice?', 'Order #{n} still not delivered',
  'Please call me back', 'Sure, done ✅', 'When will the refund reach my account?', 'Attaching the photo now',
  'We have escalated this to the warehouse', 'Your replacement ships tomorrow', 'Noted 👍', 'Is COD available?',
];
const NOTE_LINES = [
  'Customer prefers calls after 6pm', 'Refund approved by finance', 'Escalated to logistics, follow up Monday',
  'VIP account: reply within the hour', 'Asked for GST details twice', 'Duplicate of an older complaint',
];
const BUSINESS_NAMES = ['Acme Traders', 'Blue Dart Pickup', 'Sharma Electricals', 'Fresh Basket', 'Metro Pharma', 'Quick Couriers'];
const COLORS = ['#B4876E', '#FA6533', '#7D9EF1', '#DC2626', '#007BFC', '#10B981', '#A855F7'];
const MEDIA = [
  { message_type: 'image', mimetype: 'image/jpeg', extension: 'jpg' },
  { message_type: 'document', mimetype: 'application/pdf', extension: 'pdf' },
  { message_type: 'ptt', mimetype: 'audio/ogg; codecs=opus', extension: 'ogg' },
];
const CHAT_TYPE_FILTER = { group: 'group', individual: 'user', business: 'business' };
const END_OF_DATA = Date.UTC(2025, 11, 15);

const pad = (n, width = 2) => String(n).padStart(width, '0');
const isoSeconds = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
const isoMillis = (ms) => new Date(ms).toISOString().replace('Z', '+00:00');
/** Microsecond precision, as Postgres prints it: the milliseconds and three more digits. */
const isoMicros = (ms, micros) => new Date(ms).toISOString().replace(/Z$/, `${pad(micros, 3)}+00:00`);
const visible = (record) => Object.fromEntries(Object.entries(record).filter(([key]) => !key.startsWith('_')));
const byNewest = (a, b) => b._ms - a._ms || (a._id < b._id ? 1 : a._id > b._id ? -1 : 0);
const splitLabels = (text) => [...new Set(String(text ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean))];

function letters(random, length) {
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
}

function uuid(random) {
  const h = Array.from({ length: 32 }, () => '0123456789abcdef'[Math.floor(random() * 16)]);
  h[12] = '4';
  h[16] = '89ab'[Math.floor(random() * 4)];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Label ids are `label-` + letters. The seeded names keep the ids the ticket list already uses. */
function createLabelIds() {
  const ids = new Map(LABELS.map((name) => [name, `label-${name.padEnd(8, 'x')}`]));
  return (name) => {
    if (!ids.has(name)) {
      let hash = 2166136261;
      for (const ch of name) hash = Math.imul(hash ^ ch.codePointAt(0), 16777619);
      ids.set(name, `label-${letters(prng(hash), 16)}`);
    }
    return ids.get(name);
  };
}

/** One page of `items` with the 1-based, inclusive `from`/`to` the docs' examples show. */
function page(items, offset, limit) {
  const slice = items.slice(offset, offset + limit);
  return { slice, from: offset + 1, to: offset + slice.length, count: items.length };
}

/**
 * @param {object} options
 * @param {number} options.seed
 * @param {ReturnType<typeof import('./ticket-store.mjs').createTicketStore>} options.tickets
 * @param {number} [options.chats] at least this many chats in all (default: the tickets' chats + 4)
 * @param {number} [options.contacts] at least this many contacts in all (default: the chats' members + 6)
 */
export function createOrgStore({ seed, tickets, chats: chatTarget, contacts: contactTarget }) {
  // A different stream from the ticket store's: adding data here never changes a ticket.
  const random = prng((seed ^ 0x5bd1e995) >>> 0);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const between = (low, high) => low + Math.floor(random() * (high - low + 1));
  const { orgId, orgPhone } = tickets;
  const labelId = createLabelIds();

  const contacts = new Map();
  const chats = new Map();
  /** chat id -> messages, newest first once sorted */
  const messagesByChat = new Map();
  const messagesById = new Map();
  /** queue_id (the message's sent_message_id) -> message: forward and react accept either id */
  const messagesByQueueId = new Map();
  const allMessages = [];
  const notesByChat = new Map();
  const notesById = new Map();
  const allNotes = [];
  const unsorted = new Set();
  let chatsUnsorted = true;
  let adoptedTickets = 0;
  let queueDepth = 0;

  function sorted(list) {
    if (unsorted.has(list)) {
      list.sort(byNewest);
      unsorted.delete(list);
    }
    return list;
  }

  function unusedNumber(prefix, digits) {
    for (;;) {
      const id = `${prefix}${Array.from({ length: digits }, () => Math.floor(random() * 10)).join('')}`;
      if (!contacts.has(`${id}@c.us`) && !chats.has(`${id}@c.us`) && !chats.has(`${id}@g.us`)) return id;
    }
  }

  function imageUrl(id) {
    return `https://storage.googleapis.com/periskope-images/${orgId}%2F${encodeURIComponent(id)}.jpg?timestamp=${between(1736000000000, 1737999999999)}`;
  }

  // ---- contacts -------------------------------------------------------------------------------

  /**
   * @param {string} id
   * @param {{ name?: string, isInternal?: boolean | null, labels?: string[], type?: string }} [init]
   */
  function ensureContact(id, { name, isInternal = null, labels = [], type = 'user' } = {}) {
    let contact = contacts.get(id);
    if (contact) return contact;
    const ms = Date.UTC(2025, 0, 1) + Math.floor(random() * 3e10);
    contact = {
      contact_color: pick(COLORS), contact_id: id, contact_image: random() < 0.6 ? imageUrl(id) : null,
      contact_name: name ?? `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`, contact_type: type,
      is_imported: null, is_internal: isInternal, is_my_contact: random() < 0.3 ? true : null, is_wa_contact: random() < 0.7,
      label_ids: {}, labels: [], org_id: orgId, updated_at: isoMicros(ms, between(0, 999)),
      _chats: new Set(), _ms: ms, _id: id,
    };
    setContactLabels(contact, labels);
    contacts.set(id, contact);
    return contact;
  }

  function setContactLabels(contact, names) {
    contact.labels = names;
    contact.label_ids = Object.fromEntries(names.map((name) => [labelId(name), true]));
  }

  function touchContact(contact) {
    contact.updated_at = isoMicros(Date.now(), between(0, 999));
  }

  function contactOut(contact, withChats) {
    const out = visible(contact);
    return withChats ? { chat_ids: [...contact._chats].sort(), ...out } : out;
  }

  // ---- chats ----------------------------------------------------------------------------------

  function member(chatId, contact, admin) {
    return {
      org_id: orgId, chat_id: chatId, is_admin: admin, org_phone: orgPhone, contact_id: contact.contact_id,
      is_internal: contact.is_internal === true, contact_name: contact.contact_name, contact_color: contact.contact_color,
      contact_image: contact.contact_image, is_super_admin: admin,
    };
  }

  function addChat({ chatId, name, type, createdAt, memberIds, labelNames = [], image = null, messages = true }) {
    const isGroup = type === 'group';
    const assignee = random() < 0.6 ? pick(AGENTS) : null;
    const createdMs = Date.parse(createdAt);
    const chat = {
      org_id: orgId, chat_id: chatId, members: {}, is_muted: random() < 0.1, chat_name: name, chat_type: type, closed_at: null,
      is_exited: false, label_ids: Object.fromEntries(labelNames.map((l) => [labelId(l), true])), org_phone: orgPhone,
      chat_image: image, created_at: createdAt, updated_at: isoMicros(createdMs, between(0, 999)), assigned_to: assignee,
      chat_access: assignee ? { [assignee]: true } : null, invite_link: isGroup ? `https://chat.whatsapp.com/invite/${letters(random, 22)}` : null,
      common_chats: [], member_count: memberIds.length, flag_count_map: null, latest_message: null, chat_org_phones: [orgPhone],
      hubspot_metadata: {}, info_admins_only: isGroup ? false : null,
      custom_properties: random() < 0.3 ? { [`property-${letters(random, 16)}`]: pick(['gold', 'silver', 'new lead']) } : {},
      group_description: isGroup ? `${name}: orders and support` : null, message_unread_count: null,
      messages_admins_only: isGroup ? false : null, add_members_admins_only: isGroup ? false : null,
      _ms: createdMs, _id: chatId,
    };
    for (const id of memberIds) {
      const contact = contacts.get(id);
      chat.members[id] = member(chatId, contact, id === orgPhone || (!isGroup && id === chatId));
      contact._chats.add(chatId);
    }
    chats.set(chatId, chat);
    messagesByChat.set(chatId, []);
    notesByChat.set(chatId, []);
    chatsUnsorted = true;
    if (messages) seedChatContents(chat, memberIds);
    return chat;
  }

  /** A chat of the ticket store: same id, name, type, members and labels. */
  function adoptChat(subset) {
    for (const [id, m] of Object.entries(subset.members ?? {})) {
      ensureContact(id, { name: m.contact_name, isInternal: m.is_internal ?? null, labels: splitLabels(m.contact_labels) });
    }
    addChat({
      chatId: subset.chat_id, name: subset.chat_name, type: subset.chat_type, createdAt: subset.created_at,
      memberIds: Object.keys(subset.members ?? {}), labelNames: splitLabels(subset.chat_labels), image: subset.chat_image,
    });
  }

  function extraChat(type) {
    const createdAt = isoSeconds(Date.UTC(2025, 0, 1) - Math.floor(random() * 3e10));
    const labelNames = random() < 0.4 ? [pick(LABELS)] : [];
    if (type === 'group') {
      const chatId = `${unusedNumber('120363', 12)}@g.us`;
      const people = Array.from({ length: between(2, 5) }, () => ensureContact(`${unusedNumber('91', 10)}@c.us`));
      return addChat({ chatId, name: `${pick(LAST_NAMES)} family orders`, type, createdAt, labelNames, memberIds: [orgPhone, ...people.map((p) => p.contact_id)] });
    }
    const chatId = `${unusedNumber('91', 10)}@c.us`;
    const name = type === 'business' ? pick(BUSINESS_NAMES) : undefined;
    const contact = ensureContact(chatId, { name, type });
    return addChat({ chatId, name: contact.contact_name, type, createdAt, labelNames, image: contact.contact_image, memberIds: [orgPhone, chatId] });
  }

  // ---- messages -------------------------------------------------------------------------------

  /** The timestamp forms the API mixes: mostly ISO seconds, some Postgres style, some ISO millis. */
  function mixedTimestamp(ms) {
    const r = random();
    return r < 0.7 ? isoSeconds(ms) : r < 0.9 ? postgresTime(ms) : isoMillis(ms);
  }

  /**
   * @param {{ chatId: string, uniqueId: string, messageId?: string, fromMe: boolean, sender: string, body: string,
   *   ms: number, timestamp?: string, type?: string, media?: object | null, extra?: object }} fields
   */
  function fullMessage({ chatId, uniqueId, messageId, fromMe, sender, body, ms, timestamp, type = 'chat', media = null, extra = {} }) {
    const isGroup = chatId.endsWith('@g.us');
    const id = messageId ?? (fromMe ? `true_${chatId}_${uniqueId}` : isGroup ? `false_${chatId}_${uniqueId}_${sender}` : `false_${chatId}_${uniqueId}`);
    const delivered = fromMe ? { [chatId]: ms + between(500, 5000) } : null;
    return {
      ...MESSAGE_TEMPLATE,
      id: { id: uniqueId, remote: chatId, from_me: fromMe, serialized: id },
      ack: fromMe ? pick(['3', '4']) : null, fts: null, body, author: isGroup && !fromMe ? sender : null,
      org_id: orgId, chat_id: chatId, from_me: fromMe, org_phone: orgPhone, timestamp: timestamp ?? mixedTimestamp(ms),
      unique_id: uniqueId, message_id: id, updated_at: isoMillis(ms + 1000), message_type: type, media, has_media: media ? true : null,
      sender_phone: fromMe ? orgPhone : sender, performed_by: fromMe ? pick([...AGENTS, null]) : null,
      sent_message_id: fromMe ? uuid(random) : null, quoted_message_id: null, has_quoted_msg: null, message_ticket_id: null,
      delivery_info: delivered && { read: random() < 0.7 ? { [chatId]: ms + between(5000, 60000) } : {}, pending: [], delivered, read_count: 1, delivered_count: 1 },
      mentioned_ids: [],
      ...extra,
      _ms: ms, _id: id,
    };
  }

  function addMessage(message) {
    const list = messagesByChat.get(message.chat_id);
    list.push(message);
    unsorted.add(list);
    allMessages.push(message);
    unsorted.add(allMessages);
    messagesById.set(message.message_id, message);
    if (message.sent_message_id) messagesByQueueId.set(message.sent_message_id, message);
    const chat = chats.get(message.chat_id);
    if (!chat.latest_message || message._ms >= chat.latest_message._ms) {
      chat.latest_message = message;
      chat._ms = Math.max(chat._ms, message._ms);
      chat.updated_at = isoMicros(chat._ms + 1500, between(0, 999));
      chatsUnsorted = true;
    }
    return message;
  }

  function randomMedia(uniqueId) {
    const kind = pick(MEDIA);
    return {
      type: kind.message_type,
      media: {
        path: `/storage/v1/object/public/message-media/${orgId}/${orgPhone}/${uniqueId}.${kind.extension}`, size: between(4000, 900000),
        filename: `${uniqueId.toLowerCase()}.${kind.extension}`, mimetype: kind.mimetype,
        dimensions: kind.message_type === 'image' ? { ar: 1, width: 512, height: 512 } : { ar: null, width: null, height: null }, thumbnail: null,
      },
    };
  }

  function makeNote({ chatId, body, ms, performedBy, media = null, quoted = null, mentioned = [] }) {
    const id = uuid(random);
    return {
      message_id: `true_${id}_api`, org_id: orgId, ack: '3', body, from_me: true, message_type: media ? 'audio' : 'chat',
      chat_id: chatId, timestamp: isoMillis(ms), org_phone: orgPhone, performed_by: performedBy, prev_body: null,
      quoted_message_id: quoted, sender_phone: orgPhone, sent_message_id: id, updated_at: isoMillis(ms), is_private_note: true,
      media, unique_id: id, mentioned_ids: mentioned, is_deleted: null, _ms: ms, _id: id,
    };
  }

  function addNote(note) {
    const list = notesByChat.get(note.chat_id);
    list.push(note);
    unsorted.add(list);
    allNotes.push(note);
    unsorted.add(allNotes);
    notesById.set(note.message_id, note);
    notesById.set(note.unique_id, note);
    return note;
  }

  function seedChatContents(chat, memberIds) {
    const start = Date.parse(chat.created_at);
    const others = memberIds.filter((id) => id !== orgPhone);
    for (let i = between(2, 6); i > 0; i--) {
      const ms = start + Math.floor(random() * (END_OF_DATA - start));
      const uniqueId = `3EB0${hex(random, 36)}`;
      const fromMe = random() < 0.45 || others.length === 0;
      const withMedia = random() < 0.12 ? randomMedia(uniqueId) : null;
      addMessage(fullMessage({
        chatId: chat.chat_id, uniqueId, fromMe, sender: fromMe ? orgPhone : pick(others), ms,
        body: withMedia ? '' : pick(LINES).replace('{n}', String(between(1000, 9999))), type: withMedia?.type, media: withMedia?.media ?? null,
      }));
    }
    for (let i = random() < 0.5 ? 0 : between(1, 3); i > 0; i--) {
      const ms = start + Math.floor(random() * (END_OF_DATA - start));
      addNote(makeNote({ chatId: chat.chat_id, body: pick(NOTE_LINES), ms, performedBy: pick([...AGENTS, 'api']) }));
    }
  }

  /** A ticket's message becomes a full message of its chat, ids unchanged, so quoted ids resolve. */
  function adoptTicketMessage(ticket) {
    const m = ticket._message;
    if (!m || messagesById.has(m.message_id)) return;
    const [prefix, , ...rest] = m.message_id.split('_');
    addMessage(fullMessage({
      chatId: m.chat_id, uniqueId: rest.join('_') || m.message_id, messageId: m.message_id, fromMe: prefix === 'true',
      sender: m.sender_phone, body: m.body, ms: Date.parse(m.timestamp), timestamp: m.timestamp,
      extra: { sender_phone: m.sender_phone, message_ticket_id: ticket.ticket_id, performed_by: m.performed_by ?? null },
    }));
  }

  /** Catches up with the ticket store: chats and messages made by POST /tickets/create since. */
  function sync() {
    // Only POST /tickets/create adds chats to the ticket store, and it always adds a ticket too.
    const all = tickets.all();
    if (adoptedTickets === all.length) return;
    for (const [id, subset] of tickets.chats) if (!chats.has(id)) adoptChat(subset);
    while (adoptedTickets < all.length) adoptTicketMessage(all[adoptedTickets++]);
  }

  // ---- build ----------------------------------------------------------------------------------

  ensureContact(orgPhone, { name: tickets.chats.values().next().value?.members?.[orgPhone]?.contact_name ?? 'Support', isInternal: true });
  sync();
  const wantedChats = chatTarget ?? chats.size + 4;
  // The first extras are one of each type, so every chat_type filter finds something.
  for (let made = 0; chats.size < wantedChats; made++) {
    const roll = random();
    extraChat(['business', 'group', 'user'][made] ?? (roll < 0.6 ? 'user' : roll < 0.85 ? 'group' : 'business'));
  }
  const wantedContacts = contactTarget ?? contacts.size + 6;
  while (contacts.size < wantedContacts) ensureContact(`${unusedNumber('91', 10)}@c.us`);

  let chatOrder = [];
  function chatsNewestFirst() {
    if (chatsUnsorted) {
      chatOrder = [...chats.values()].sort(byNewest);
      chatsUnsorted = false;
    }
    return chatOrder;
  }

  function chatOut(chat, full) {
    const out = visible(chat);
    out.latest_message = chat.latest_message && visible(chat.latest_message);
    if (!full) {
      delete out.members;
      delete out.common_chats;
      if (chat.chat_type === 'group') out.member_add_mode = 'false';
      return out;
    }
    if (chat.chat_id.endsWith('@c.us')) out.common_chats = [...(contacts.get(chat.chat_id)?._chats ?? [chat.chat_id])].sort();
    return out;
  }

  function findMessage(id) {
    return messagesById.get(id) ?? messagesByQueueId.get(id);
  }

  function knownChat(chatId, createIfUser) {
    if (chats.has(chatId)) return chats.get(chatId);
    if (!createIfUser || !chatId.endsWith('@c.us')) return undefined;
    const contact = ensureContact(chatId, { name: 'New contact' });
    return addChat({ chatId, name: contact.contact_name, type: 'user', createdAt: isoSeconds(Date.now()), memberIds: [orgPhone, chatId], messages: false });
  }

  function storedMedia(media, uniqueId) {
    if (!media) return null;
    const base64 = typeof media.filedata === 'string' ? media.filedata.slice(media.filedata.indexOf(',') + 1) : '';
    return {
      path: media.url ?? `https://storage.googleapis.com/periskope-attachments/${orgId}%2F${encodeURIComponent(orgPhone)}%2F${uniqueId}%2F${encodeURIComponent(media.filename ?? 'file')}`,
      size: Math.floor((base64.length * 3) / 4), filename: media.filename ?? null, mimetype: media.mimetype ?? null,
      dimensions: { ar: null, width: null, height: null }, thumbnail: null,
    };
  }

  function mediaType(media) {
    if (['image', 'video', 'audio', 'document'].includes(media.type)) return media.type;
    const mime = String(media.mimetype ?? '');
    return mime.startsWith('image/') ? 'image' : mime.startsWith('video/') ? 'video' : mime.startsWith('audio/') ? 'audio' : 'document';
  }

  function sentMessage(chatId, fields) {
    const uniqueId = `3EB0${hex(random, 18)}`;
    const queueId = uuid(random);
    const ms = Date.now();
    const message = fullMessage({
      chatId, uniqueId, fromMe: true, sender: orgPhone, ms, timestamp: isoSeconds(ms), ...fields,
      extra: { ack: '1', performed_by: 'api', sent_message_id: queueId, delivery_info: null, ...fields.extra },
    });
    return addMessage(message);
  }

  function mentionsIn(text) {
    return [...String(text ?? '').matchAll(/@([^\s@]+@[^\s@]+\.[a-z]+)/gi)].map((m) => m[1]);
  }

  return {
    sync,
    /** Test hooks: the stored records (with their internal `_` fields). */
    chat: (id) => chats.get(id),
    contact: (id) => contacts.get(id),
    message: (id) => findMessage(id),
    note: (id) => notesById.get(id),
    get sizes() {
      return { chats: chats.size, contacts: contacts.size, messages: allMessages.length, notes: allNotes.length };
    },

    listChats({ offset, limit, chatType, label }) {
      const wantType = chatType === null ? null : CHAT_TYPE_FILTER[chatType];
      const list = chatsNewestFirst().filter((c) => (wantType === null || c.chat_type === wantType) && (label === null || c.label_ids[label]));
      const { slice, ...rest } = page(list, offset, limit);
      return { chats: slice.map((c) => chatOut(c, false)), ...rest };
    },
    getChat(id) {
      const chat = chats.get(normaliseChatId(id));
      return chat && chatOut(chat, true);
    },
    chatMessages(id, offset, limit) {
      const list = messagesByChat.get(normaliseChatId(id));
      if (!list) return undefined;
      return { count: list.length, messages: sorted(list).slice(offset, offset + limit).map(visible) };
    },
    allMessages(offset, limit) {
      const { slice, ...rest } = page(sorted(allMessages), offset, limit);
      return { count: rest.count, from: rest.from, messages: slice.map(visible), to: rest.to };
    },

    /** POST /message/send, body already checked: `{ missing }` for an unknown group, else the send result. */
    send(body) {
      const chatId = normaliseChatId(body.chat_id);
      if (!knownChat(chatId, true)) return { missing: chatId };
      const media = body.media ?? null;
      const poll = body.poll ?? null;
      const type = poll ? 'poll_creation' : media ? mediaType(media) : 'chat';
      const message = sentMessage(chatId, {
        body: body.message ?? '', type, media: null,
        extra: {
          quoted_message_id: body.reply_to ?? null, has_quoted_msg: body.reply_to ? true : null, poll_info: poll,
        },
      });
      message.media = storedMedia(media, message.unique_id);
      message.has_media = media ? true : null;
      const position = queueDepth++ % 3;
      return {
        sent: {
          queue_id: message.sent_message_id, queue_position: position, unique_id: message.unique_id,
          hint: `You can track message status using the fetch jobs api - /queue/jobs?queue_id=${message.sent_message_id}`,
        },
      };
    },
    forward(id, body) {
      const original = findMessage(id);
      if (!original) return { missing: id };
      const targets = body.forward_chat_ids.map(normaliseChatId);
      const unknown = targets.find((chatId) => !knownChat(chatId, true));
      if (unknown) return { missing: unknown };
      for (const chatId of targets) {
        sentMessage(chatId, {
          body: original.body, type: original.message_type, media: original.media,
          extra: { is_forwarded: true, forwarding_score: (Number(original.forwarding_score) || 0) + 1, has_media: original.has_media },
        });
      }
      return { forwarded: Object.fromEntries(targets.map((chatId) => [chatId, true])) };
    },
    react(id, body) {
      const message = findMessage(id);
      if (!message) return { missing: id };
      const uniqueId = `3EB0${hex(random, 18)}`;
      const ms = Date.now();
      const reactionId = `true_${message.chat_id}_${uniqueId}`;
      const reaction = {
        org_id: orgId, message_id: message.message_id, ack: null, id: { id: uniqueId, remote: message.chat_id, from_me: true, serialized: reactionId },
        orphan: null, reaction: body.reaction, read: true, reaction_id: reactionId, timestamp: isoMillis(ms), msg_id: { ...message.id },
        orphan_reason: null, sender_id: orgPhone, org_phone: orgPhone, chat_id: message.chat_id, unique_id: uniqueId,
      };
      message.reactions = [...(message.reactions ?? []).filter((r) => r.sender_id !== orgPhone), reaction];
      message.has_reaction = true;
      return { reacted: reaction };
    },

    createNote(body) {
      const chatId = normaliseChatId(body.chat_id);
      if (!chats.has(chatId)) return { missing: chatId };
      const note = makeNote({
        chatId, body: body.message ?? '', ms: Date.now(), performedBy: 'api', quoted: body.reply_to ?? null, mentioned: mentionsIn(body.message),
      });
      const echoed = body.media ? { mimetype: body.media.mimetype, filename: body.media.filename, filedata: body.media.filedata ?? body.media.url } : null;
      if (body.media) {
        note.message_type = mediaType(body.media);
        note.media = { path: storedMedia(body.media, note.unique_id).path, filename: body.media.filename ?? null, mimetype: body.media.mimetype ?? null };
      }
      addNote(note);
      // Just created, the docs' example echoes the media as sent; read back, it has a path.
      return { created: { success: true, message: 'Note created successfully', data: { ...visible(note), media: echoed } } };
    },
    chatNotes(id, query) {
      const list = notesByChat.get(normaliseChatId(id));
      return list && notesPage(sorted(list), query);
    },
    allNotes(query) {
      return notesPage(sorted(allNotes), query);
    },
    getNote(id) {
      const note = notesById.get(id);
      return note && visible(note);
    },

    listContacts(offset, limit) {
      const list = [...contacts.values()];
      const { slice, ...rest } = page(list, offset, limit);
      return { contacts: slice.map((c) => contactOut(c, false)), ...rest };
    },
    getContact(pathId) {
      const contact = contacts.get(`${pathId}@c.us`);
      return contact && contactOut(contact, true);
    },
    updateContact(pathId, body) {
      const contact = contacts.get(`${pathId}@c.us`);
      if (!contact) return { missing: pathId };
      if ('contact_name' in body) contact.contact_name = body.contact_name.trim();
      if ('is_internal' in body) contact.is_internal = body.is_internal;
      if ('labels' in body) setContactLabels(contact, splitLabels(body.labels));
      touchContact(contact);
      for (const chatId of contact._chats) {
        const entry = chats.get(chatId)?.members[contact.contact_id];
        if (entry) Object.assign(entry, { contact_name: contact.contact_name, is_internal: contact.is_internal === true });
      }
      return { contact: contactOut(contact, true) };
    },
    updateContactLabels(body) {
      const ids = body.contact_ids.map((id) => (id.endsWith('@c.us') ? id : `${id}@c.us`));
      const unknown = ids.find((id) => !contacts.has(id));
      if (unknown) return { missing: unknown };
      const names = splitLabels(body.labels);
      for (const id of ids) {
        setContactLabels(contacts.get(id), names);
        touchContact(contacts.get(id));
      }
      return { done: true };
    },
  };

  function notesPage(list, { offset, limit, start, end }) {
    const inRange = list.filter((n) => (start === null || n._ms >= start) && (end === null || n._ms <= end));
    const { slice, ...rest } = page(inRange, offset, limit);
    const asText = (ms) => (ms === null ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    return { from: rest.from, start_time: asText(start), end_time: asText(end), to: rest.to, count: rest.count, notes: slice.map(visible) };
  }
}
