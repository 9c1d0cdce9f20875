// JSON.parse + ajv 8 (compiled, allErrors): the same checks and normalisations as periskope-wasm
// in its default (non-strict) mode, as one JSON Schema with $defs. Objects declare
// `additionalProperties: true` (unknown keys kept); optional fields are nullable and simply not
// `required`. The three lenient forms are custom keywords (ajv's way to extend JSON Schema),
// each `modifying` the parsed value in place, as ajv's own `coerceTypes` and `useDefaults` do:
//   emptyStringToNull  a date-time "" becomes null
//   numericString      a string holding a number (JSON grammar, trimmed) becomes the number,
//                      optionally integer and within bounds (the priority's 0..4)
//   renameAliases      {fromMe, _serialized} become {from_me, serialized}; both spellings is an error
// Fields the package types as "any value" (metadata blobs) are not declared.
// ajv-formats is not needed: formats are checked only in the package's strict mode.
import AjvModule from 'ajv';

const Ajv = AjvModule.default ?? AjvModule;

export const name = 'ajv 8';
export const version = 'ajv@8';

const NUMERIC = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// useDefaults only serves the webhook's `known: true`: no other schema has a default.
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, useDefaults: true });

ajv.addKeyword({
  keyword: 'emptyStringToNull',
  type: 'string',
  schemaType: 'boolean',
  modifying: true,
  errors: false,
  validate(enabled, data, _schema, cxt) {
    if (enabled && data === '' && cxt) cxt.parentData[cxt.parentDataProperty] = null;
    return true;
  },
});

ajv.addKeyword({
  keyword: 'numericString',
  type: 'string',
  schemaType: ['boolean', 'object'],
  modifying: true,
  errors: true,
  validate: function numericString(rule, data, _schema, cxt) {
    const trimmed = data.trim();
    const value = NUMERIC.test(trimmed) ? Number(trimmed) : NaN;
    const bounds = typeof rule === 'object' ? rule : {};
    const ok = !Number.isNaN(value) && (!bounds.integer || Number.isInteger(value))
      && !(value < bounds.minimum) && !(value > bounds.maximum);
    if (!ok) {
      numericString.errors = [{ keyword: 'numericString', message: 'must be a number or a numeric string' + (bounds.integer ? ` from ${bounds.minimum} to ${bounds.maximum}` : ''), params: {} }];
      return false;
    }
    if (cxt) cxt.parentData[cxt.parentDataProperty] = value;
    return true;
  },
});

ajv.addKeyword({
  keyword: 'renameAliases',
  type: 'object',
  schemaType: 'object',
  modifying: true,
  errors: true,
  validate: function renameAliases(aliases, data, _schema, cxt) {
    const errors = [];
    for (const alias in aliases) {
      if (!(alias in data)) continue;
      const canonical = aliases[alias];
      if (canonical in data) {
        errors.push({ keyword: 'renameAliases', instancePath: `${cxt?.instancePath ?? ''}/${alias}`, message: `${canonical} is given twice (as ${canonical} and as ${alias})`, params: { alias, canonical } });
        continue;
      }
      data[canonical] = data[alias];
      delete data[alias];
    }
    renameAliases.errors = errors;
    return errors.length === 0;
  },
});

const nullable = (type) => ({ type: [type, 'null'] });
const str = nullable('string');
const bool = nullable('boolean');
const int = { type: ['integer', 'null'], minimum: -MAX_SAFE, maximum: MAX_SAFE };
const number = nullable('number');
const openEnum = str; // any string: the known values are only documentation
const timestamp = { type: ['string', 'number', 'null'], emptyStringToNull: true };
const numberLike = { type: ['number', 'string', 'null'], numericString: true };
const priority = { type: ['integer', 'string', 'null'], minimum: 0, maximum: 4, numericString: { integer: true, minimum: 0, maximum: 4 } };
const stringArray = { type: ['array', 'null'], items: { type: 'string' } };
const boolMap = { type: ['object', 'null'], additionalProperties: { type: 'boolean' } };
// Custom properties: each organisation defines the values, so any JSON value is accepted (the package's lenient rule).
const propertiesMap = { type: ['object', 'null'] };
const ref = (name, isNullable = true) => (isNullable ? { anyOf: [{ type: 'null' }, { $ref: `#/$defs/${name}` }] } : { $ref: `#/$defs/${name}` });
const object = (properties, required = []) => ({ type: 'object', properties, required, additionalProperties: true });

const $defs = {
  ticket: object({
    ticket_id: { type: 'string' },
    org_id: str, chat_id: str, subject: str, status: openEnum, priority,
    assignee: str, assigned_by: str, raised_by: str,
    created_at: timestamp, due_date: timestamp, closed_at: timestamp, closed_by: str,
    first_assigned_at: timestamp, last_updated_at: timestamp, last_updated_by: str,
    is_deleted: bool, ticket_labels: str, label_ids: boolMap, labels: { type: ['array', 'null'] },
    quoted_message_id: str, ticket_custom_properties: propertiesMap, custom_properties: propertiesMap,
  }, ['ticket_id']),
  ticketMessage: object({
    body: str, chat_id: str, org_phone: str, timestamp, media_path: str, message_id: str,
    sender_name: str, performed_by: str, sender_phone: str,
  }),
  chatMember: object({
    org_id: str, chat_id: str, contact_id: str, org_phone: str, contact_name: str, contact_color: str,
    contact_image: str, contact_labels: str, is_admin: bool, is_super_admin: bool, is_internal: bool,
  }),
  messageKey: {
    ...object({ id: str, remote: str, from_me: bool, fromMe: bool, serialized: str, _serialized: str }),
    renameAliases: { fromMe: 'from_me', _serialized: 'serialized' },
  },
  deliveryInfo: object({
    delivered: { type: ['object', 'null'], additionalProperties: { type: 'integer', minimum: -MAX_SAFE, maximum: MAX_SAFE } },
    read: { type: ['object', 'null'], additionalProperties: { type: 'integer', minimum: -MAX_SAFE, maximum: MAX_SAFE } },
    pending: stringArray, read_count: int, delivered_count: int,
  }),
  media: object({ path: str, mimetype: str, filename: str, size: numberLike, thumbnail: str }),
  pollInfo: object({ pollName: str, pollOptions: stringArray }),
  message: object({
    message_id: str, id: ref('messageKey'), org_id: str, chat_id: str, org_phone: str, unique_id: str,
    message_type: openEnum, body: str, prev_body: str, timestamp, updated_at: timestamp,
    from: str, to: str, author: str, from_me: bool, sender_phone: str, performed_by: str, ack: str,
    delivery_info: ref('deliveryInfo'), has_media: bool, media: ref('media'), media_key: str,
    duration: numberLike, is_gif: bool, vcards: stringArray, poll_info: ref('pollInfo'),
    order_id: str, token: str, fts: str, broadcast: bool, broadcast_id: str, is_status: bool,
    is_deleted: bool, is_starred: bool, is_ephemeral: bool, is_forwarded: bool, forwarding_score: numberLike,
    has_reaction: bool, has_quoted_msg: bool, quoted_message_id: str, mentioned_ids: stringArray,
    device_type: str, sent_message_id: str, message_ticket_id: str, flag_status: bool, flag_response_time: number,
  }),
  chat: object({
    chat_id: { type: 'string' },
    org_id: str, org_phone: str, chat_name: str, chat_type: openEnum, chat_image: str,
    members: { type: ['object', 'null'], additionalProperties: { $ref: '#/$defs/chatMember' } },
    member_count: int, chat_labels: str, label_ids: boolMap, custom_properties: propertiesMap,
    created_at: timestamp, updated_at: timestamp, closed_at: timestamp,
    latest_message: ref('message'), invite_link: str, is_muted: bool, is_exited: bool,
    group_description: str, message_unread_count: int, assigned_to: str, chat_access: boolMap,
    common_chats: stringArray, chat_org_phones: stringArray,
    info_admins_only: bool, messages_admins_only: bool, add_members_admins_only: bool,
  }, ['chat_id']),
  ticketInfo: object({
    ticket: ref('ticket', false),
    chat: ref('chat'),
    message: ref('ticketMessage'),
    attached_messages: { type: ['array', 'null'], items: { $ref: '#/$defs/ticketMessage' } },
  }, ['ticket']),
};

const compile = (root) => ajv.compile({ $defs, ...root });

export const ticketInfo = compile({ $ref: '#/$defs/ticketInfo' });
export const ticket = compile({ $ref: '#/$defs/ticket' });
export const chat = compile({ $ref: '#/$defs/chat' });
export const message = compile({ $ref: '#/$defs/message' });
export const ticketList = compile(object({ from: int, to: int, count: int, tickets: { type: 'array', items: { $ref: '#/$defs/ticket' } } }, ['tickets']));
// A ticket.* webhook: the name in `event` or (as real traffic sends it) `event_type`, renamed to
// `event` (renameAliases; both spellings at once is reported even when equal, where the package
// accepts equal names); `known: true` added by ajv's own `useDefaults`, as the package marks the events it knows.
const TICKET_EVENTS = ['ticket.created', 'ticket.updated', 'ticket.deleted'];
export const ticketEvent = compile({
  ...object({
    event: { type: 'string', enum: TICKET_EVENTS },
    event_type: { type: 'string', enum: TICKET_EVENTS },
    org_id: { type: 'string' },
    data: { $ref: '#/$defs/ticketInfo' },
    timestamp,
    id: str,
    previous_attributes: { type: ['object', 'null'] },
    known: { const: true, default: true },
  }, ['org_id', 'data']),
  anyOf: [{ required: ['event'] }, { required: ['event_type'] }],
  renameAliases: { event_type: 'event' },
});

class ValidationError extends Error {
  constructor(errors) {
    super(ajv.errorsText(errors));
    this.errors = errors;
  }
}

/** Valid input: the parsed value, normalised in place by the validator (throws on invalid input). */
export const parse = (validate) => (text) => {
  const data = JSON.parse(text);
  if (!validate(data)) throw new ValidationError(validate.errors);
  return data;
};

const pointer = (path) => (path === '' ? [] : path.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')));
/** Invalid input: every issue, as paths (a missing property's path ends with its name). */
export const issues = (validate) => (text) => {
  if (validate(JSON.parse(text))) return [];
  return validate.errors.map((e) => (e.keyword === 'required' ? [...pointer(e.instancePath), e.params.missingProperty] : pointer(e.instancePath)));
};

// A create-ticket request: the rules of bench/contenders/zod4.mjs's, checked by the schema; the
// normalisations JSON Schema cannot say (phone to chat id, ISO date, labels, defaults) are
// done after, by hand, into a new object, as an ajv user would write them.
const CHAT_ID = /^\d+@[cg]\.us$/;
const requestSchema = ajv.compile({
  type: 'object',
  additionalProperties: false,
  required: ['chat_id', 'subject'],
  properties: {
    chat_id: { type: 'string', pattern: '^(\\d+@[cg]\\.us|\\+?[\\d\\s\\-()]{6,})$' },
    subject: { type: 'string', pattern: '\\S', maxLength: 500 },
    priority: { anyOf: [{ type: 'integer', minimum: 1, maximum: 4 }, { type: 'string', pattern: '^\\s*[1-4]\\s*$' }] },
    status: { enum: ['open', 'inprogress', 'closed', 'archived'] },
    due_date: { type: ['string', 'number'] },
    assignee: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' },
    labels: { anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string' }] },
    quoted_message_id: { type: 'string', pattern: '^[\\w@.-]+$' },
  },
});
export const createTicket = (data) => {
  if (!requestSchema(data)) return false;
  const date = data.due_date === undefined ? undefined : new Date(data.due_date);
  if (date && Number.isNaN(date.getTime())) return false;
  const chat = data.chat_id.trim();
  const labels = data.labels === undefined ? '' : (Array.isArray(data.labels) ? data.labels : data.labels.split(',')).map((l) => l.trim()).filter(Boolean).join(', ');
  createTicket.result = {
    chat_id: CHAT_ID.test(chat) ? chat : `${chat.replace(/\D/g, '')}@c.us`,
    subject: data.subject.trim(),
    priority: String(Number(data.priority ?? 1)),
    status: data.status ?? 'open',
    ...(date ? { due_date: date.toISOString() } : {}),
    ...(data.assignee !== undefined ? { assignee: data.assignee } : {}),
    ...(labels ? { labels } : {}),
    ...(data.quoted_message_id !== undefined ? { quoted_message_id: data.quoted_message_id } : {}),
  };
  return true;
};
createTicket.errors = null;

/**
 * An already parsed value: the new, normalised value (throws on invalid input). The compiled
 * validators normalise in place, so they get a copy: the caller's object must not change.
 */
export const parseObject = (validate) => (value) => {
  const data = validate === createTicket ? value : structuredClone(value);
  if (!validate(data)) throw new ValidationError(validate.errors ?? requestSchema.errors);
  return validate === createTicket ? createTicket.result : data;
};
