// JSON.parse + valibot 1: the same checks and normalisations as periskope-wasm in its default
// (non-strict) mode. v.looseObject keeps unknown keys; optional fields may be absent or null;
// fields the package types as "any value" (metadata blobs) are not declared: a loose object
// passes them through unchecked, exactly as the package does.
import * as v from 'valibot';

export const name = 'valibot 1';
export const version = 'valibot@1';

// JSON number grammar: what a numeric string must hold once trimmed ("2", " 3 ", "1.5").
const NUMERIC = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

const opt = (schema) => v.nullish(schema); // absent, undefined or null
const str = opt(v.string());
const bool = opt(v.boolean());
const safeInt = v.pipe(v.number(), v.safeInteger());
const int = opt(safeInt);
const number = opt(v.number());
const stringArray = opt(v.array(v.string()));
const boolMap = opt(v.record(v.string(), v.boolean()));
// Custom properties: each organisation defines the values, so any JSON value is accepted (the package's lenient rule).
const propertiesMap = opt(v.record(v.string(), v.unknown()));
// Open enums: any string is kept (the known values are only documentation).
const openEnum = str;
// A date-time string or epoch milliseconds; "" becomes null.
const timestamp = opt(v.union([v.pipe(v.string(), v.transform((s) => (s === '' ? null : s))), v.number()]));
// A number, or a numeric string converted to the number.
const numericString = v.pipe(v.string(), v.trim(), v.regex(NUMERIC), v.transform(Number));
const numberLike = opt(v.union([v.number(), numericString]));
// 0..4 as a number or a numeric string, always a number after parsing.
const priority = opt(v.pipe(v.union([v.number(), numericString]), v.integer(), v.minValue(0), v.maxValue(4)));

export const ticket = v.looseObject({
  ticket_id: v.string(),
  org_id: str, chat_id: str, subject: str, status: openEnum, priority,
  assignee: str, assigned_by: str, raised_by: str,
  created_at: timestamp, due_date: timestamp, closed_at: timestamp, closed_by: str,
  first_assigned_at: timestamp, last_updated_at: timestamp, last_updated_by: str,
  is_deleted: bool, ticket_labels: str, label_ids: boolMap, labels: opt(v.array(v.unknown())),
  quoted_message_id: str, ticket_custom_properties: propertiesMap, custom_properties: propertiesMap,
  // closed_message, response_time, close_ticket_metadata, *_metadata: any value
});

const ticketMessage = v.looseObject({
  body: str, chat_id: str, org_phone: str, timestamp, media_path: str, message_id: str,
  sender_name: str, performed_by: str, sender_phone: str,
});

const chatMember = v.looseObject({
  org_id: str, chat_id: str, contact_id: str, org_phone: str, contact_name: str, contact_color: str,
  contact_image: str, contact_labels: str, is_admin: bool, is_super_admin: bool, is_internal: bool,
});

// The message key: {fromMe, _serialized} is renamed to {from_me, serialized}; both spellings at once is an error.
const ALIASES = [['fromMe', 'from_me'], ['_serialized', 'serialized']];
const messageKey = v.pipe(
  v.looseObject({ id: str, remote: str, from_me: bool, fromMe: bool, serialized: str, _serialized: str }),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const key = dataset.value;
    for (const [alias, canonical] of ALIASES) {
      if (!(alias in key)) continue;
      if (canonical in key) {
        addIssue({ message: `${canonical} is given twice (as ${canonical} and as ${alias})`, path: [{ type: 'object', origin: 'value', input: key, key: alias, value: key[alias] }] });
        return NEVER;
      }
      key[canonical] = key[alias];
      delete key[alias];
    }
    return key;
  }),
);

const deliveryInfo = v.looseObject({
  delivered: opt(v.record(v.string(), safeInt)), read: opt(v.record(v.string(), safeInt)),
  pending: stringArray, read_count: int, delivered_count: int,
});
const media = v.looseObject({ path: str, mimetype: str, filename: str, size: numberLike, thumbnail: str });
const pollInfo = v.looseObject({ pollName: str, pollOptions: stringArray });

export const message = v.looseObject({
  message_id: str, id: opt(messageKey), org_id: str, chat_id: str, org_phone: str, unique_id: str,
  message_type: openEnum, body: str, prev_body: str, timestamp, updated_at: timestamp,
  from: str, to: str, author: str, from_me: bool, sender_phone: str, performed_by: str, ack: str,
  delivery_info: opt(deliveryInfo), has_media: bool, media: opt(media), media_key: str,
  duration: numberLike, is_gif: bool, vcards: stringArray, poll_info: opt(pollInfo),
  order_id: str, token: str, fts: str, broadcast: bool, broadcast_id: str, is_status: bool,
  is_deleted: bool, is_starred: bool, is_ephemeral: bool, is_forwarded: bool, forwarding_score: numberLike,
  has_reaction: bool, has_quoted_msg: bool, quoted_message_id: str, mentioned_ids: stringArray,
  device_type: str, sent_message_id: str, message_ticket_id: str, flag_status: bool, flag_response_time: number,
  // location, links, poll_results, invite_v4, raw_data, flag_metadata: any value
});

export const chat = v.looseObject({
  chat_id: v.string(),
  org_id: str, org_phone: str, chat_name: str, chat_type: openEnum, chat_image: str,
  members: opt(v.record(v.string(), chatMember)), member_count: int, chat_labels: str,
  label_ids: boolMap, custom_properties: propertiesMap,
  created_at: timestamp, updated_at: timestamp, closed_at: timestamp,
  latest_message: opt(message), invite_link: str, is_muted: bool, is_exited: bool,
  group_description: str, message_unread_count: int, assigned_to: str, chat_access: boolMap,
  common_chats: stringArray, chat_org_phones: stringArray,
  info_admins_only: bool, messages_admins_only: bool, add_members_admins_only: bool,
  // flag_count_map, hubspot_metadata: any value
});

export const ticketInfo = v.looseObject({
  ticket,
  chat: opt(chat),
  message: opt(ticketMessage),
  attached_messages: opt(v.array(ticketMessage)),
});

export const ticketList = v.looseObject({ from: int, to: int, count: int, tickets: v.array(ticket) });

// A ticket.* webhook: the name in `event` or (as real traffic sends it) `event_type`, renamed to
// `event`; `known: true` added, as the package marks the events it knows.
const TICKET_EVENTS = ['ticket.created', 'ticket.updated', 'ticket.deleted'];
export const ticketEvent = v.pipe(
  v.looseObject({
    event: v.optional(v.picklist(TICKET_EVENTS)),
    event_type: v.optional(v.picklist(TICKET_EVENTS)),
    org_id: v.string(),
    data: ticketInfo,
    timestamp,
    id: str,
    previous_attributes: opt(v.record(v.string(), v.unknown())),
  }),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const e = dataset.value;
    if (e.event === undefined && e.event_type === undefined) {
      addIssue({ message: 'event (or event_type) is required in a webhook event' });
      return NEVER;
    }
    if (e.event_type !== undefined) {
      if (e.event !== undefined && e.event !== e.event_type) {
        addIssue({ message: 'event_type and event name different events' });
        return NEVER;
      }
      e.event = e.event_type;
      delete e.event_type;
    }
    e.known = true;
    return e;
  }),
);

/** Valid input: the parsed and normalised value (throws on invalid input, as `v.parse` does). */
export const parse = (schema) => (text) => v.parse(schema, JSON.parse(text));
/** Invalid input: every issue, as paths (arrays of keys and indexes). */
export const issues = (schema) => (text) => {
  const result = v.safeParse(schema, JSON.parse(text));
  return result.success ? [] : result.issues.map((issue) => (issue.path ?? []).map((item) => item.key));
};

// A create-ticket request: the same rules as bench/contenders/zod4.mjs's.
const PHONE = /^\+?[\d\s\-()]{6,}$/;
const CHAT_ID = /^\d+@[cg]\.us$/;
const isoDate = (d) => new Date(d).toISOString();
export const createTicket = v.pipe(
  v.strictObject({
    chat_id: v.pipe(v.string(), v.trim(), v.check((s) => CHAT_ID.test(s) || PHONE.test(s)), v.transform((s) => (CHAT_ID.test(s) ? s : `${s.replace(/\D/g, '')}@c.us`))),
    subject: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(500)),
    priority: v.optional(v.pipe(v.union([v.number(), v.pipe(v.string(), v.trim(), v.regex(/^\d+$/), v.transform(Number))]), v.integer(), v.minValue(1), v.maxValue(4), v.transform(String))),
    status: v.optional(v.picklist(['open', 'inprogress', 'closed', 'archived'])),
    due_date: v.optional(v.pipe(v.union([v.string(), v.number()]), v.check((d) => !Number.isNaN(new Date(d).getTime())), v.transform(isoDate))),
    assignee: v.optional(v.pipe(v.string(), v.email())),
    labels: v.optional(v.pipe(v.union([v.array(v.pipe(v.string(), v.trim())), v.pipe(v.string(), v.transform((s) => s.split(',').map((l) => l.trim())))]), v.transform((l) => l.filter(Boolean).join(', ')))),
    quoted_message_id: v.optional(v.pipe(v.string(), v.regex(/^[\w@.-]+$/))),
  }),
  v.transform(({ priority, status, labels, ...rest }) => ({ ...rest, priority: priority ?? '1', status: status ?? 'open', ...(labels ? { labels } : {}) })),
);

/** An already parsed value: the new, normalised value (throws on invalid input). */
export const parseObject = (schema) => (value) => v.parse(schema, value);
