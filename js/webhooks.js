// @ts-check
// A webhook receiver: the glue every team writes around parseEvent and verifyWebhookSignature
// (read the raw body, verify, parse, dispatch on the event, answer, drop redeliveries), as a
// Fetch API handler and as Node middleware. @octokit/webhooks is the model.

import { api } from './server-api.js';
import { readNodeBody } from './node-body.js';

/** @typedef {import('./api.js').WebhookEvent} WebhookEvent */
/** @typedef {{ status: number, body: Record<string, unknown> }} Answer */

const SIGNATURE_HEADER = 'x-periskope-signature';
const encoder = new TextEncoder();

/**
 * Remembers event ids for `ttlMs`, at most `size` of them (the oldest is forgotten first), so
 * that memory stays bounded however many deliveries arrive.
 * @param {{ size?: number, ttlMs?: number }} options
 */
function recentIds({ size = 10_000, ttlMs = 60 * 60 * 1000 }) {
  /** @type {Map<string, number>} */
  const seen = new Map();
  return {
    /** @param {string} id */
    has(id) {
      const expires = seen.get(id);
      if (expires === undefined) return false;
      if (expires > Date.now()) return true;
      seen.delete(id);
      return false;
    },
    /** @param {string} id */
    add(id) {
      seen.delete(id);
      seen.set(id, Date.now() + ttlMs);
      while (seen.size > size) seen.delete(/** @type {string} */ (seen.keys().next().value));
    },
    /** @param {string} id */
    delete(id) {
      seen.delete(id);
    },
  };
}

/**
 * A receiver for Periskope webhooks: verifies each delivery's signature against any of the
 * signing keys (several while rotating), parses it, calls the handlers for its event (then the
 * catch-all '*', which also gets unknown events), and answers: 401 for a bad signature, 400 for
 * a body that is not a webhook event, 500 when a handler throws, 200 otherwise, including for a
 * redelivery of an event id seen recently, whose handlers are not called again.
 * @param {{
 *   signingKeys?: string | readonly string[],
 *   signingKey?: string,
 *   on?: Record<string, ((event: any) => unknown) | undefined>,
 *   maxBytes?: number,
 *   dedupe?: false | { size?: number, ttlMs?: number },
 *   onError?: (error: unknown, event?: WebhookEvent) => void,
 * }} options
 */
export function createWebhookHandler(options) {
  const keys = [options.signingKeys ?? options.signingKey ?? []].flat().filter((key) => typeof key === 'string' && key !== '');
  if (keys.length === 0) {
    throw new api.PeriskopeError('validation', 'createWebhookHandler needs signingKeys: the signing key (or keys, while rotating) from the Periskope console', {
      issues: [{ path: ['signingKeys'], code: 'missing_field', message: 'expected one or more non-empty signing keys' }],
    });
  }
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const recent = options.dedupe === false ? null : recentIds(options.dedupe ?? {});
  const onError = options.onError ?? ((error) => console.error('periskope-wasm webhook handler failed:', error));
  /** @type {Map<string, ((event: any) => unknown)[]>} */
  const handlers = new Map();

  /** @param {string} name an event name, or '*' for every event (unknown ones included) @param {(event: any) => unknown} handler */
  function on(name, handler) {
    handlers.set(name, [...(handlers.get(name) ?? []), handler]);
    return receiver;
  }

  /**
   * Verifies, parses and dispatches one delivery; resolves to the answer to send.
   * @param {{ body: string | Uint8Array | ArrayBuffer, signature: string | readonly string[] | null | undefined }} delivery
   * @returns {Promise<Answer>}
   */
  async function receive({ body, signature }) {
    const bytes = typeof body === 'string' ? encoder.encode(body) : body instanceof ArrayBuffer ? new Uint8Array(body) : body;
    if (bytes.byteLength > maxBytes) return { status: 413, body: { error: `the body is larger than ${maxBytes} bytes` } };
    if (!api.verifyWebhookSignature(bytes, signature, keys)) return { status: 401, body: { error: `missing or invalid ${SIGNATURE_HEADER}` } };
    /** @type {WebhookEvent} */
    let event;
    try {
      event = api.parseEvent(bytes);
    } catch (error) {
      return { status: 400, body: { error: error instanceof Error ? error.message : String(error) } };
    }
    const id = typeof event.id === 'string' && event.id !== '' ? event.id : null;
    if (id && recent?.has(id)) return { status: 200, body: { ok: true, duplicate: true } };
    if (id) recent?.add(id);
    try {
      for (const handler of [...(handlers.get(String(event.event)) ?? []), ...(handlers.get('*') ?? [])]) await handler(event);
    } catch (error) {
      // Not remembered: the sender retries a failed delivery, and it should then run again.
      if (id) recent?.delete(id);
      onError(error, event);
      return { status: 500, body: { error: 'the webhook handler failed' } };
    }
    return { status: 200, body: { ok: true } };
  }

  /** The Fetch API handler: Cloudflare Workers, Deno, Bun, Next.js route handlers, Hono. @param {Request} request */
  async function fetchHandler(request) {
    /** @param {Answer} answer */
    const respond = ({ status, body }) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (request.method !== 'POST') return respond({ status: 405, body: { error: 'webhooks are POSTed' } });
    if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return respond({ status: 413, body: { error: `the body is larger than ${maxBytes} bytes` } });
    return respond(await receive({ body: new Uint8Array(await request.arrayBuffer()), signature: request.headers.get(SIGNATURE_HEADER) }));
  }

  /**
   * Node middleware, for node:http and Express: reads the raw body itself, or takes the one
   * `express.raw()` / `express.text()` left in `req.body`.
   * @param {import('./server.js').NodeRequestLike} req
   * @param {import('./server.js').NodeResponseLike} res
   */
  async function nodeHandler(req, res) {
    /** @param {Answer} answer @param {boolean} [unreadRest] */
    const respond = ({ status, body }, unreadRest = false) => {
      // A connection with the rest of a body still on it cannot carry another request.
      res.writeHead(status, unreadRest ? { 'content-type': 'application/json', connection: 'close' } : { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST') return respond({ status: 405, body: { error: 'webhooks are POSTed' } });
    let body = req.body;
    // Not `instanceof`: under Jest, Node's Buffer is another realm's Uint8Array.
    if (body !== undefined && typeof body !== 'string' && Object.prototype.toString.call(body) !== '[object Uint8Array]') {
      // express.json() (or another parser) consumed the bytes the signature is over.
      const error = new Error('the request body was already parsed: mount the webhook handler before express.json(), or give it express.raw({ type: "application/json" })');
      onError(error);
      return respond({ status: 500, body: { error: error.message } });
    }
    let unreadRest = false;
    if (body === undefined) {
      const read = await readNodeBody(req, maxBytes);
      // A body past maxBytes is refused by receive().
      unreadRest = read.byteLength > maxBytes;
      body = read;
    }
    respond(await receive({ body: /** @type {string | Uint8Array} */ (body), signature: req.headers[SIGNATURE_HEADER] }), unreadRest);
  }

  const receiver = { on, receive, fetch: fetchHandler, node: nodeHandler };
  for (const [name, handler] of Object.entries(options.on ?? {})) if (handler) on(name, handler);
  return receiver;
}
