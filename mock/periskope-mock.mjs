// An in-process mock of the Periskope API for tests and the demo: tickets, chats, messages, private
// notes and contacts (docs/api-coverage.md says what each route does and where that comes from),
// deterministic data seeded from tests/fixtures/, the documented error bodies, rate-limit and trace
// headers, CORS, hooks to queue canned answers (any status, headers, body, delay, or a dropped
// connection), and an opt-in seeded random-fault mode for soak tests.
//
// `handle(req, res)` takes plain node:http objects so any server can mount it next to other routes.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createTicketStore } from './ticket-store.mjs';
import { createOrgStore } from './org-store.mjs';
import { createFaults, corruptJson } from './faults.mjs';
import {
  checkPhone, checkPaging, checkTimeRange, checkSend, checkForward, checkReact, checkNote,
  checkContactPathId, checkContactUpdate, checkContactLabels,
} from './org-checks.mjs';

export const DEFAULT_API_KEY = 'mock-periskope-key';
/** An API key the mock accepts but answers as an organisation without a paid plan (a 401 that is not a bad key). */
export const FREE_PLAN_API_KEY = 'mock-free-plan-key';
/** An `x-phone` whose phone server is switched off: the other documented 401. */
export const OFFLINE_PHONE = '910000000000';

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, x-periskope-trace-id, Retry-After',
};
const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  'access-control-allow-methods': 'GET, POST, PATCH, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, x-phone',
  'access-control-max-age': '600',
};

/**
 * @param {object} [options]
 * @param {number} [options.seed] PRNG seed: the same seed gives the same tickets, chats, messages, notes and contacts
 * @param {number} [options.tickets] how many tickets to generate (default 2000)
 * @param {number} [options.chats] at least this many chats (default: the tickets' chats and 4 more)
 * @param {number} [options.contacts] at least this many contacts (default: the chats' members and 6 more)
 * @param {string} [options.apiKey] the key the mock accepts (default DEFAULT_API_KEY)
 * @param {string} [options.basePath] where the API is mounted (default '/v1')
 * @param {number} [options.rateLimit] requests per 60 s window announced in X-RateLimit-Limit (default 300)
 * @param {Parameters<typeof createFaults>[0] | null} [options.faults] random faults for soak tests (default none)
 */
export function createMockPeriskope({
  seed = 1, tickets = 2000, chats, contacts, apiKey = DEFAULT_API_KEY, basePath = '/v1', rateLimit = 300, faults: faultOptions = null,
} = {}) {
  let store = createTicketStore({ seed, count: tickets });
  let org = createOrgStore({ seed, tickets: store, chats, contacts });
  let faults = faultOptions ? createFaults(faultOptions) : null;
  /** How the next answer to a response is spoiled (slow-body, truncated, invalid-json). */
  const spoiled = new WeakMap();
  const requests = [];
  let queue = [];
  let traceCounter = 0;
  let window = { start: 0, used: 0 };

  function rateHeaders() {
    const nowSeconds = Math.floor(Date.now() / 1000);
    if (nowSeconds - window.start >= 60) window = { start: nowSeconds, used: 0 };
    window.used += 1;
    return {
      'x-ratelimit-limit': String(rateLimit),
      'x-ratelimit-remaining': String(Math.max(0, rateLimit - window.used)),
      'x-ratelimit-reset': String(window.start + 60),
      'x-periskope-trace-id': `trace-${seed}-${++traceCounter}`,
    };
  }

  function send(res, status, body, extraHeaders = {}) {
    const headers = { ...CORS_HEADERS, ...rateHeaders(), ...extraHeaders };
    let text = body;
    if (body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array)) {
      text = JSON.stringify(body);
      headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    for (const [name, value] of Object.entries(headers)) if (value === null) delete headers[name];
    const spoil = spoiled.get(res);
    if (spoil && text !== undefined && text.length > 0) return sendSpoiled(res, status, headers, text, spoil);
    res.writeHead(status, headers);
    res.end(text);
  }

  function sendSpoiled(res, status, headers, text, spoil) {
    const bytes = Buffer.from(text);
    if (spoil.kind === 'invalid-json') {
      const broken = Buffer.from(corruptJson(text));
      res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(broken.length) });
      res.end(broken);
      return;
    }
    // Announcing the full length and sending half makes the cut visible to the client as such.
    res.writeHead(status, { ...headers, 'content-length': String(bytes.length) });
    if (spoil.kind === 'truncated') {
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
      return;
    }
    const size = Math.ceil(bytes.length / spoil.chunks);
    const dribble = (at) => {
      if (res.destroyed) return;
      if (at + size >= bytes.length) return void res.end(bytes.subarray(at));
      res.write(bytes.subarray(at, at + size));
      setTimeout(dribble, spoil.delay, at + size);
    };
    dribble(0);
  }

  /** Runs a random fault; true when it answered the request itself. */
  async function answerFault(req, res, fault) {
    switch (fault.kind) {
      case 'reset':
        // An RST, not a clean close: what a dropped load balancer connection looks like.
        if (typeof req.socket.resetAndDestroy === 'function') req.socket.resetAndDestroy();
        else req.socket.destroy();
        return true;
      case 'server-error':
        send(res, fault.status, fault.body, fault.retryAfter === null ? {} : { 'retry-after': fault.retryAfter });
        return true;
      case 'rate-limit':
        send(res, 429, fault.body, { 'retry-after': fault.retryAfter, 'x-ratelimit-remaining': '0' });
        return true;
      case 'slow':
        await sleep(fault.delay);
        return false;
      default:
        spoiled.set(res, fault);
        return false;
    }
  }

  async function answerQueued(req, res, canned) {
    if (canned.delay) await sleep(canned.delay);
    if (canned.drop) {
      req.socket.destroy();
      return;
    }
    send(res, canned.status ?? 200, canned.body, canned.headers ?? {});
  }

  async function handle(req, res) {
    const url = new URL(req.url, 'http://mock.invalid');
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return false;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, PREFLIGHT_HEADERS);
      res.end();
      return true;
    }
    const body = await readBody(req);
    const path = url.pathname.slice(basePath.length) + url.search;
    requests.push({ method: req.method, path, headers: { ...req.headers }, body });

    const canned = queue.shift();
    if (canned) {
      await answerQueued(req, res, canned);
      return true;
    }
    const fault = faults?.next();
    if (fault && (await answerFault(req, res, fault))) return true;

    const auth = req.headers.authorization ?? '';
    if (auth === `Bearer ${FREE_PLAN_API_KEY}`) {
      send(res, 401, { code: 'UNAUTHORIZED_ERROR', message: 'APIs available only for active pro and enterprise plans.' });
      return true;
    }
    if (auth !== `Bearer ${apiKey}`) {
      send(res, 401, { code: 'UNAUTHORIZED_ERROR', message: 'Invalid API key', status: 401 });
      return true;
    }
    if (req.headers['x-phone'] === OFFLINE_PHONE) {
      send(res, 401, {
        code: 'UNAUTHORIZED_ERROR',
        message: 'Your phone server instance is switched off. Please call the /phone/restart endpoint to restart the phone',
        status: 401,
      });
      return true;
    }
    route(req.method, url, body, req.headers, res);
    return true;
  }

  function route(method, url, body, headers, res) {
    const segments = url.pathname.slice(basePath.length).split('/').filter(Boolean);
    if (segments[0] !== 'tickets') return routeOrg(method, segments, url.searchParams, body, headers, res);
    if (segments.length > 2) return send(res, 404, notFound('Route not found'));
    if (segments.length === 1) {
      if (method !== 'GET') return send(res, 405, notFound('Method not allowed'));
      const result = store.list(url.searchParams.get('offset'), url.searchParams.get('limit'));
      return result.fields ? send(res, 422, validationError(result.fields)) : send(res, 200, result.page);
    }
    if (segments[1] === 'create' && method === 'POST') {
      const parsed = parseJson(body);
      if (parsed.fields) return send(res, 422, validationError(parsed.fields));
      const result = store.create(parsed.value);
      return result.fields ? send(res, 422, validationError(result.fields)) : send(res, 200, result.info);
    }
    const id = decodeURIComponent(segments[1]);
    if (method === 'GET') {
      const info = store.info(id);
      return info ? send(res, 200, info) : send(res, 404, notFound(`Ticket ${id} not found`));
    }
    if (method === 'PATCH') {
      const parsed = parseJson(body);
      if (parsed.fields) return send(res, 422, validationError(parsed.fields));
      const result = store.update(id, parsed.value);
      if (result.missing) return send(res, 404, notFound(`Ticket ${id} not found`));
      return result.fields ? send(res, 422, validationError(result.fields)) : send(res, 200, result.info);
    }
    return send(res, 405, notFound('Method not allowed'));
  }

  /** Chats, messages, notes and contacts: find the route, check x-phone, then its handler. */
  function routeOrg(method, segments, query, rawBody, headers, res) {
    const matches = ORG_ROUTES.map((r) => ({ r, params: matchPath(r.path, segments) })).filter((m) => m.params);
    if (!matches.length) return send(res, 404, notFound('Route not found'));
    const found = matches.find((m) => m.r.method === method);
    if (!found) return send(res, 405, notFound('Method not allowed'));
    const phoneFields = checkPhone(headers['x-phone'], found.r.phone === 'required');
    if (Object.keys(phoneFields).length) return send(res, 422, validationError(phoneFields));
    let body = {};
    if (method !== 'GET') {
      const parsed = parseJson(rawBody);
      if (parsed.fields) return send(res, 422, validationError(parsed.fields));
      body = parsed.value;
    }
    org.sync();
    const reply = found.r.handle({ org, params: found.params, query, body });
    return send(res, reply.status, reply.body);
  }

  return {
    handle,
    /** Every request received under the base path except CORS preflights: `{ method, path, headers, body }`. */
    requests,
    /** Forgets the log and the queue, regenerates the data from the seed and restarts the random faults. */
    reset() {
      requests.length = 0;
      queue = [];
      store = createTicketStore({ seed, count: tickets });
      org = createOrgStore({ seed, tickets: store, chats, contacts });
      faults = faultOptions ? createFaults(faultOptions) : null;
    },
    /**
     * Turns the seeded random faults on (`{ seed, rate, kinds, slowMs, burst }`, see faults.mjs) or
     * off (`null`). Queued responses still come first.
     */
    setFaults(options) {
      faultOptions = options;
      faults = options ? createFaults(options) : null;
    },
    /** How many faults of each kind were served since the faults were last set (or the last reset). */
    get faultCounts() {
      return { ...(faults?.counts ?? {}) };
    },
    /**
     * Answers the next requests, in order, with these instead of the API:
     * `{ status?, headers?, body?, delay?, drop? }`. `body` is sent as is when a string (HTML, empty),
     * as JSON otherwise; a header set to `null` is left out; `drop: true` destroys the connection.
     */
    queueResponses(responses) {
      queue.push(...responses);
    },
    get tickets() {
      return store;
    },
    /** The chats, messages, notes and contacts (test hooks: `chat(id)`, `message(id)`, `note(id)`, `contact(id)`, `sizes`). */
    get org() {
      org.sync();
      return org;
    },
    apiKey,
  };
}

function notFound(message) {
  return { code: 'NOT_FOUND_ERROR', message, name: 'Not Found', status: 404 };
}

function validationError(fields) {
  return { code: 'VALIDATION_ERROR', fields, message: 'Validation failed', name: 'Validation Error', status: 422 };
}

const ok = (body) => ({ status: 200, body });
const missing = (what, id) => ({ status: 404, body: notFound(`${what} ${id} not found`) });
const invalid = (fields) => ({ status: 422, body: validationError(fields) });
const hasFields = (result) => result && typeof result === 'object' && 'fields' in result;
const anyFields = (fields) => Object.keys(fields).length > 0;

/** A path pattern's `:name` segments, or null when `segments` do not fit it. */
function matchPath(pattern, segments) {
  const parts = pattern.split('/').filter(Boolean);
  if (parts.length !== segments.length) return null;
  const params = {};
  for (const [at, part] of parts.entries()) {
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(segments[at]);
    else if (part !== segments[at]) return null;
  }
  return params;
}

/** Largest page the list routes accept: documented for chats and a chat's messages, assumed elsewhere. */
const MAX_PAGE = 2000;

// `phone`: 'required' where the docs mark x-phone required (chats, messages), else checked only when sent.
// Literal paths come before `:param` ones: /chats/messages is not a chat.
const ORG_ROUTES = [
  { method: 'GET', path: '/chats', phone: 'required', handle: ({ org, query }) => {
    const paging = checkPaging(query, { defaultLimit: 1000, maxLimit: MAX_PAGE });
    const chatType = query.get('chat_type');
    const fields = hasFields(paging) ? { ...paging.fields } : {};
    if (chatType !== null && !['group', 'individual', 'business'].includes(chatType)) {
      fields.chat_type = { message: 'chat_type must be group, individual or business', value: chatType };
    }
    if (anyFields(fields)) return invalid(fields);
    return ok(org.listChats({ ...paging, chatType, label: query.get('label') }));
  } },
  { method: 'GET', path: '/chats/messages', phone: 'required', handle: ({ org, query }) => {
    const paging = checkPaging(query, { defaultLimit: 2000, maxLimit: MAX_PAGE });
    return hasFields(paging) ? invalid(paging.fields) : ok(org.allMessages(paging.offset, paging.limit));
  } },
  { method: 'GET', path: '/chats/:chatId', phone: 'required', handle: ({ org, params }) => {
    const chat = org.getChat(params.chatId);
    return chat ? ok(chat) : missing('Chat', params.chatId);
  } },
  { method: 'GET', path: '/chats/:chatId/messages', phone: 'required', handle: ({ org, params, query }) => {
    const paging = checkPaging(query, { defaultLimit: 1000, maxLimit: MAX_PAGE });
    if (hasFields(paging)) return invalid(paging.fields);
    const result = org.chatMessages(params.chatId, paging.offset, paging.limit);
    return result ? ok(result) : missing('Chat', params.chatId);
  } },
  { method: 'GET', path: '/chats/:chatId/notes', phone: 'required', handle: ({ org, params, query }) => {
    const range = noteQuery(query);
    if (hasFields(range)) return invalid(range.fields);
    const result = org.chatNotes(params.chatId, range);
    return result ? ok(result) : missing('Chat', params.chatId);
  } },
  { method: 'POST', path: '/message/send', phone: 'required', handle: ({ org, body }) => {
    const fields = checkSend(body);
    if (anyFields(fields)) return invalid(fields);
    const result = org.send(body);
    return result.missing ? missing('Chat', result.missing) : ok(result.sent);
  } },
  { method: 'POST', path: '/message/:messageId/forward', phone: 'required', handle: ({ org, params, body }) => {
    const fields = checkForward(body);
    if (anyFields(fields)) return invalid(fields);
    const result = org.forward(params.messageId, body);
    if (result.missing) return missing(result.missing === params.messageId ? 'Message' : 'Chat', result.missing);
    return ok(result.forwarded);
  } },
  { method: 'POST', path: '/message/:messageId/react', phone: 'required', handle: ({ org, params, body }) => {
    const fields = checkReact(body);
    if (anyFields(fields)) return invalid(fields);
    const result = org.react(params.messageId, body);
    return result.missing ? missing('Message', result.missing) : { status: 204, body: undefined };
  } },
  { method: 'POST', path: '/note/create', phone: 'optional', handle: ({ org, body }) => {
    const fields = checkNote(body);
    if (anyFields(fields)) return invalid(fields);
    const result = org.createNote(body);
    return result.missing ? missing('Chat', result.missing) : ok(result.created);
  } },
  { method: 'GET', path: '/notes', phone: 'optional', handle: ({ org, query }) => {
    const range = noteQuery(query);
    return hasFields(range) ? invalid(range.fields) : ok(org.allNotes(range));
  } },
  { method: 'GET', path: '/notes/:noteId', phone: 'optional', handle: ({ org, params }) => {
    const note = org.getNote(params.noteId);
    return note ? ok(note) : missing('Note', params.noteId);
  } },
  { method: 'GET', path: '/contacts', phone: 'optional', handle: ({ org, query }) => {
    const paging = checkPaging(query, { defaultLimit: 1000, maxLimit: MAX_PAGE });
    return hasFields(paging) ? invalid(paging.fields) : ok(org.listContacts(paging.offset, paging.limit));
  } },
  { method: 'PATCH', path: '/contacts/labels', phone: 'optional', handle: ({ org, body }) => {
    const fields = checkContactLabels(body);
    if (anyFields(fields)) return invalid(fields);
    const result = org.updateContactLabels(body);
    return result.missing ? missing('Contact', result.missing) : { status: 204, body: undefined };
  } },
  { method: 'GET', path: '/contacts/:contactId', phone: 'optional', handle: ({ org, params }) => {
    const fields = checkContactPathId(params.contactId);
    if (anyFields(fields)) return invalid(fields);
    const contact = org.getContact(params.contactId);
    return contact ? ok(contact) : missing('Contact', params.contactId);
  } },
  { method: 'PATCH', path: '/contacts/:contactId', phone: 'optional', handle: ({ org, params, body }) => {
    const fields = { ...checkContactPathId(params.contactId), ...checkContactUpdate(body) };
    if (anyFields(fields)) return invalid(fields);
    const result = org.updateContact(params.contactId, body);
    return result.missing ? missing('Contact', result.missing) : ok(result.contact);
  } },
];

/** The note lists' query: offset, limit (default 500) and the start_time/end_time filter. */
function noteQuery(query) {
  const paging = checkPaging(query, { defaultLimit: 500, maxLimit: MAX_PAGE });
  const range = checkTimeRange(query);
  const fields = { ...(hasFields(paging) ? paging.fields : {}), ...(hasFields(range) ? range.fields : {}) };
  return anyFields(fields) ? { fields } : { ...paging, ...range };
}

function parseJson(text) {
  try {
    const value = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return { value };
  } catch {}
  return { fields: { body: { message: 'The body must be a JSON object', value: text } } };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Starts a node:http server for the mock on 127.0.0.1 and resolves to `{ server, mock, baseUrl }`. */
export async function startMockPeriskope(options = {}, port = 0) {
  const mock = createMockPeriskope(options);
  const server = createServer(async (req, res) => {
    if (!(await mock.handle(req, res))) {
      res.writeHead(404, { 'content-type': 'text/plain', ...CORS_HEADERS });
      res.end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { server, mock, baseUrl: `http://127.0.0.1:${server.address().port}${options.basePath ?? '/v1'}` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const number = (name) => (arg(name) === undefined ? undefined : Number(arg(name)));
  const faultRate = number('faults');
  const { baseUrl } = await startMockPeriskope(
    {
      seed: Number(arg('seed', '1')), tickets: Number(arg('tickets', '2000')), chats: number('chats'), contacts: number('contacts'),
      apiKey: arg('key', DEFAULT_API_KEY), faults: faultRate ? { rate: faultRate, seed: Number(arg('fault-seed', '1')) } : null,
    },
    Number(arg('port', '8787')),
  );
  console.log(`mock Periskope API on ${baseUrl} (API key: the --key you passed, or the mock's default)`);
}

