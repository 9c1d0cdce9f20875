// JSON.parse + zod 4: the same checks and normalisations as periskope-wasm in its default
// (non-strict) mode. Loose objects keep unknown keys; optional fields may be absent or null;
// fields the package types as "any value" (metadata blobs) are not declared: a loose object
// passes them through unchecked, exactly as the package does.
import { z } from 'zod';

export const name = 'zod 4';
export const version = 'zod@4';

// JSON number grammar: what a numeric string must hold once trimmed ("2", " 3 ", "1.5").
const NUMERIC = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

const opt = (schema) => schema.nullable().optional();
const str = opt(z.string());
const bool = opt(z.boolean());
const int = opt(z.int()); // z.int(): a safe integer
const number = opt(z.number());
const stringArray = opt(z.array(z.string()));
const boolMap = opt(z.record(z.string(), z.boolean()));
// Custom properties: each organisation defines the values, so any JSON value is accepted (the package's lenient rule).
const propertiesMap = opt(z.record(z.string(), z.unknown()));
// Open enums: any string is kept (the known values are only documentation).
const openEnum = str;
// A date-time string or epoch milliseconds; "" becomes null.
const timestamp = opt(z.union([z.string().transform((s) => (s === '' ? null : s)), z.number()]));
// A number, or a numeric string converted to the number.
const numberLike = opt(z.union([z.number(), z.string().trim().regex(NUMERIC).transform(Number)]));
// 0..4 as a number or a numeric string, always a number after parsing.
const priorityValue = z.int().min(0).max(4);
const priority = opt(z.union([priorityValue, z.string().trim().regex(NUMERIC).transform(Number).pipe(priorityValue)]));

export const ticket = z.looseObject({
  ticket_id: z.string(),
  org_id: str, chat_id: str, subject: str, status: openEnum, priority,
  assignee: str, assigned_by: str, raised_by: str,
  created_at: timestamp, due_date: timestamp, closed_at: timestamp, closed_by: str,
  first_assigned_at: timestamp, last_updated_at: timestamp, last_updated_by: str,
  is_deleted: bool, ticket_labels: str, label_ids: boolMap, labels: opt(z.array(z.unknown())),
  quoted_message_id: str, ticket_custom_properties: propertiesMap, custom_properties: propertiesMap,
  // closed_message, response_time, close_ticket_metadata, *_metadata: any value
});

const ticketMessage = z.looseObject({
  body: str, chat_id: str, org_phone: str, timestamp, media_path: str, message_id: str,
  sender_name: str, performed_by: str, sender_phone: str,
});

const chatMember = z.looseObject({
  org_id: str, chat_id: str, contact_id: str, org_phone: str, contact_name: str, contact_color: str,
  contact_image: str, contact_labels: str, is_admin: bool, is_super_admin: bool, is_internal: bool,
});

// The message key: {fromMe, _serialized} is renamed to {from_me, serialized}; both spellings at once is an error.
const ALIASES = [['fromMe', 'from_me'], ['_serialized', 'serialized']];
const messageKey = z
  .looseObject({ id: str, remote: str, from_me: bool, fromMe: bool, serialized: str, _serialized: str })
  .transform((key, ctx) => {
    for (const [alias, canonical] of ALIASES) {
      if (!(alias in key)) continue;
      if (canonical in key) {
        ctx.issues.push({ code: 'custom', message: `${canonical} is given twice (as ${canonical} and as ${alias})`, path: [alias], input: key });
        continue;
      }
      key[canonical] = key[alias];
      delete key[alias];
    }
    return key;
  });

const deliveryInfo = z.looseObject({
  delivered: opt(z.record(z.string(), z.int())), read: opt(z.record(z.string(), z.int())),
  pending: stringArray, read_count: int, delivered_count: int,
});
const media = z.looseObject({ path: str, mimetype: str, filename: str, size: numberLike, thumbnail: str });
const pollInfo = z.looseObject({ pollName: str, pollOptions: stringArray });

export const message = z.looseObject({
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

export const chat = z.looseObject({
  chat_id: z.string(),
  org_id: str, org_phone: str, chat_name: str, chat_type: openEnum, chat_image: str,
  members: opt(z.record(z.string(), chatMember)), member_count: int, chat_labels: str,
  label_ids: boolMap, custom_properties: propertiesMap,
  created_at: timestamp, updated_at: timestamp, closed_at: timestamp,
  latest_message: opt(message), invite_link: str, is_muted: bool, is_exited: bool,
  group_description: str, message_unread_count: int, assigned_to: str, chat_access: boolMap,
  common_chats: stringArray, chat_org_phones: stringArray,
  info_admins_only: bool, messages_admins_only: bool, add_members_admins_only: bool,
  // flag_count_map, hubspot_metadata: any value
});

export const ticketInfo = z.looseObject({
  ticket,
  chat: opt(chat),
  message: opt(ticketMessage),
  attached_messages: opt(z.array(ticketMessage)),
});

export const ticketList = z.looseObject({ from: int, to: int, count: int, tickets: z.array(ticket) });

// A ticket.* webhook: the name in `event` or (as real traffic sends it) `event_type`, renamed to
// `event`; `known: true` added, as the package marks the events it knows.
const TICKET_EVENTS = ['ticket.created', 'ticket.updated', 'ticket.deleted'];
export const ticketEvent = z.looseObject({
  event: z.enum(TICKET_EVENTS).optional(),
  event_type: z.enum(TICKET_EVENTS).optional(),
  org_id: z.string(),
  data: ticketInfo,
  timestamp,
  id: str,
  previous_attributes: opt(z.record(z.string(), z.unknown())),
}).transform((e, ctx) => {
  if (e.event === undefined && e.event_type === undefined) ctx.issues.push({ code: 'custom', message: 'event (or event_type) is required in a webhook event', path: ['event'], input: e });
  else if (e.event_type !== undefined) {
    if (e.event !== undefined && e.event !== e.event_type) ctx.issues.push({ code: 'custom', message: 'event_type and event name different events', path: ['event_type'], input: e });
    e.event = e.event_type;
    delete e.event_type;
  }
  e.known = true;
  return e;
});

/** Valid input: the parsed and normalised value (throws on invalid input, as `schema.parse` does). */
export const parse = (schema) => (text) => schema.parse(JSON.parse(text));
/** Invalid input: every issue, as paths (arrays of keys and indexes). */
export const issues = (schema) => (text) => {
  const result = schema.safeParse(JSON.parse(text));
  return result.success ? [] : result.error.issues.map((issue) => issue.path);
};

// A create-ticket request (`validateCreateTicket`): a strict object; chat_id a full chat id or
// a phone number (to `<digits>@c.us`); subject trimmed, 1 to 500 characters; priority 1..4 as a
// number or numeric string, sent as a string ("1" by default); status one of four ("open" by
// default); due_date any date JS reads, sent as toISOString; labels an array or a comma string.
const PHONE = /^\+?[\d\s\-()]{6,}$/;
const CHAT_ID = /^\d+@[cg]\.us$/;
const requestPriority = z.union([z.int(), z.string().trim().regex(/^\d+$/).transform(Number)]).pipe(z.int().min(1).max(4)).transform(String);
export const createTicket = z
  .strictObject({
    chat_id: z.string().trim().refine((s) => CHAT_ID.test(s) || PHONE.test(s)).transform((s) => (CHAT_ID.test(s) ? s : `${s.replace(/\D/g, '')}@c.us`)),
    subject: z.string().trim().min(1).max(500),
    priority: requestPriority.optional(),
    status: z.enum(['open', 'inprogress', 'closed', 'archived']).optional(),
    due_date: z.union([z.string(), z.number()]).transform((d, ctx) => {
      const date = new Date(d);
      if (Number.isNaN(date.getTime())) ctx.addIssue({ code: 'custom', message: 'not a date' });
      return Number.isNaN(date.getTime()) ? z.NEVER : date.toISOString();
    }).optional(),
    assignee: z.email().optional(),
    labels: z.union([z.array(z.string().trim()), z.string().transform((s) => s.split(',').map((l) => l.trim()))]).transform((l) => l.filter(Boolean).join(', ')).optional(),
    quoted_message_id: z.string().regex(/^[\w@.-]+$/).optional(),
  })
  .transform(({ priority, status, labels, ...rest }) => ({ ...rest, priority: priority ?? '1', status: status ?? 'open', ...(labels ? { labels } : {}) }));

/** An already parsed value: the new, normalised value (throws on invalid input). */
export const parseObject = (schema) => (value) => schema.parse(value);
