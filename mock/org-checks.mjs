// @ts-check
// The request checks of the chat, message, note and contact routes. Each returns the 422 `fields`
// map (`{ <field>: { message, value } }`, the only error body the docs show); an empty map means
// the request is acceptable. Rules come from docs/api-coverage.md; where the docs are silent the
// check is the loosest one that still rejects what cannot work, and the coverage doc says so.

const CHAT_ID = /^\d+(@c\.us|@g\.us)?$/;
const PHONE_HEADER = /^(\d{7,15}|phone-[a-z]{16})$/;
const CONTACT_PATH_ID = /^\d+$/;
const CONTACT_ID = /^\d+(@c\.us)?$/;

/** A user's number may come without `@c.us` (documented for send, forward and notes). */
export function normaliseChatId(text) {
  return /^\d+$/.test(text) ? `${text}@c.us` : text;
}

function collector() {
  /** @type {Record<string, { message: string, value: unknown }>} */
  const fields = {};
  const bad = (name, message, value) => {
    fields[name] ??= { message, value: value === undefined ? null : value };
  };
  return { fields, bad };
}

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmptyString = (value) => typeof value === 'string' && value.trim() !== '';

/** `x-phone`: digits (country code + number) or a `phone-` id; `required` on chat and message routes. */
export function checkPhone(value, required) {
  const { fields, bad } = collector();
  if (value === undefined) {
    if (required) bad('x-phone', 'The x-phone header is required: the phone to act with, e.g. 919876543210', null);
  } else if (!PHONE_HEADER.test(String(value))) {
    bad('x-phone', 'x-phone must be country code + number without + or spaces, or a phone id (phone-xxxxxxxxxxxxxxxx)', value);
  }
  return fields;
}

/**
 * `offset` and `limit` of a list route.
 * @returns {{ fields: Record<string, unknown> } | { offset: number, limit: number }}
 */
export function checkPaging(params, { defaultLimit, maxLimit }) {
  const { fields, bad } = collector();
  const offsetText = params.get('offset');
  const limitText = params.get('limit');
  const offset = offsetText === null ? 0 : Number(offsetText);
  const limit = limitText === null ? defaultLimit : Number(limitText);
  if (!Number.isInteger(offset) || offset < 0 || offsetText === '') bad('offset', 'offset must be a non-negative integer', offsetText);
  if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit || limitText === '') bad('limit', `limit must be an integer from 1 to ${maxLimit}`, limitText);
  return Object.keys(fields).length ? { fields } : { offset, limit };
}

/**
 * `start_time` / `end_time` of the note lists: a date (`2025-04-25`) or an ISO timestamp.
 * @returns {{ fields: Record<string, unknown> } | { start: number | null, end: number | null }}
 */
export function checkTimeRange(params) {
  const { fields, bad } = collector();
  const parse = (name) => {
    const text = params.get(name);
    if (text === null) return null;
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
    const ms = Date.parse(dateOnly ? `${text}T00:00:00Z` : text);
    // Date.parse rolls 2025-04-31 over to May 1st; a day that does not exist is an error.
    if (Number.isNaN(ms) || (dateOnly && new Date(ms).toISOString().slice(0, 10) !== text)) {
      bad(name, `${name} must be a date (YYYY-MM-DD) or an ISO 8601 timestamp`, text);
      return null;
    }
    return dateOnly && name === 'end_time' ? ms + 86399999 : ms;
  };
  const start = parse('start_time');
  const end = parse('end_time');
  return Object.keys(fields).length ? { fields } : { start, end };
}

function checkChatId(bad, value, name = 'chat_id') {
  if (typeof value !== 'string' || !CHAT_ID.test(value)) {
    bad(name, `${name} must be a group id (…@g.us) or a number with country code (@c.us optional)`, value);
  }
}

function isHttpUrl(text) {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

function checkMedia(bad, media) {
  if (media === undefined || media === null) return;
  if (!isObject(media)) return bad('media', 'media must be an object', media);
  const hasData = nonEmptyString(media.filedata);
  const hasUrl = nonEmptyString(media.url);
  if (!hasData && !hasUrl) return bad('media', 'You must specify either media.filedata or media.url', media);
  if (hasData && !/^data:[^;,]+;base64,/.test(media.filedata)) bad('media.filedata', 'filedata must be a base64 data URL (data:<mimetype>;base64,…)', media.filedata);
  if (hasUrl && !isHttpUrl(media.url)) bad('media.url', 'url must be an http or https URL', media.url);
  for (const key of ['type', 'mimetype', 'filename']) {
    if (key in media && typeof media[key] !== 'string') bad(`media.${key}`, `media.${key} must be a string`, media[key]);
  }
}

function checkPoll(bad, poll) {
  if (poll === undefined || poll === null) return;
  if (!isObject(poll)) return bad('poll', 'poll must be an object', poll);
  if (!nonEmptyString(poll.pollName)) bad('poll.pollName', 'poll.pollName is required', poll.pollName);
  const options = poll.pollOptions;
  if (!Array.isArray(options) || options.length === 0 || !options.every(nonEmptyString)) {
    bad('poll.pollOptions', 'poll.pollOptions must be a non-empty array of strings', options);
  }
  if ('options' in poll && poll.options !== null && !isObject(poll.options)) bad('poll.options', 'poll.options must be an object', poll.options);
}

/** POST /message/send. */
export function checkSend(body) {
  const { fields, bad } = collector();
  checkChatId(bad, body.chat_id);
  if ('message' in body && body.message !== null && typeof body.message !== 'string') bad('message', 'message must be a string', body.message);
  checkMedia(bad, body.media);
  checkPoll(bad, body.poll);
  const nothing = !nonEmptyString(body.message) && (body.media ?? null) === null && (body.poll ?? null) === null;
  if (nothing) bad('message', 'Nothing to send: give message, media or poll', body.message);
  if ('reply_to' in body && body.reply_to !== null && typeof body.reply_to !== 'string') bad('reply_to', 'reply_to must be a message id', body.reply_to);
  if ('hide_url_preview' in body && typeof body.hide_url_preview !== 'boolean') bad('hide_url_preview', 'hide_url_preview must be a boolean', body.hide_url_preview);
  return fields;
}

/** POST /message/{message_id}/forward. */
export function checkForward(body) {
  const { fields, bad } = collector();
  const ids = body.forward_chat_ids;
  if (!Array.isArray(ids) || ids.length === 0) bad('forward_chat_ids', 'forward_chat_ids must be a non-empty array of chat ids', ids);
  else ids.forEach((id, at) => checkChatId(bad, id, `forward_chat_ids.${at}`));
  return fields;
}

/** POST /message/{message_id}/react. */
export function checkReact(body) {
  const { fields, bad } = collector();
  if (!nonEmptyString(body.reaction)) bad('reaction', 'reaction is required: the emoji to add', body.reaction);
  return fields;
}

/** POST /note/create: the SDK sample's fields; the docs' required flags were not captured. */
export function checkNote(body) {
  const { fields, bad } = collector();
  checkChatId(bad, body.chat_id);
  if ('message' in body && body.message !== null && typeof body.message !== 'string') bad('message', 'message must be a string', body.message);
  checkMedia(bad, body.media);
  if (!nonEmptyString(body.message) && (body.media ?? null) === null) bad('message', 'A note needs message or media', body.message);
  if ('reply_to' in body && body.reply_to !== null && typeof body.reply_to !== 'string') bad('reply_to', 'reply_to must be a string', body.reply_to);
  return fields;
}

/** The `{contact_id}` of a path: "country_code + number … Do not include special characters". */
export function checkContactPathId(id) {
  const { fields, bad } = collector();
  if (!CONTACT_PATH_ID.test(id)) bad('contact_id', 'contact_id must be country code + number, digits only (no @c.us)', id);
  return fields;
}

/** PATCH /contacts/{contact_id}. */
export function checkContactUpdate(body) {
  const { fields, bad } = collector();
  if (!['contact_name', 'is_internal', 'labels'].some((key) => key in body)) bad('body', 'Nothing to update: give contact_name, is_internal or labels', null);
  if ('contact_name' in body && !nonEmptyString(body.contact_name)) bad('contact_name', 'contact_name must be a non-empty string', body.contact_name);
  if ('is_internal' in body && typeof body.is_internal !== 'boolean') bad('is_internal', 'is_internal must be a boolean', body.is_internal);
  if ('labels' in body && typeof body.labels !== 'string') bad('labels', 'labels must be a comma-separated string', body.labels);
  return fields;
}

/** PATCH /contacts/labels: both fields required. */
export function checkContactLabels(body) {
  const { fields, bad } = collector();
  if (typeof body.labels !== 'string') bad('labels', 'labels is required: a comma-separated string', body.labels);
  const ids = body.contact_ids;
  if (!Array.isArray(ids) || ids.length === 0) bad('contact_ids', 'contact_ids must be a non-empty array of contact ids', ids);
  else ids.forEach((id, at) => {
    if (typeof id !== 'string' || !CONTACT_ID.test(id)) bad(`contact_ids.${at}`, 'a contact id is country code + number (@c.us optional)', id);
  });
  return fields;
}
