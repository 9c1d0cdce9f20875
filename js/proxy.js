// @ts-check
// A proxy that keeps the API key on the server: a page's PeriskopeClient talks to a route of
// the user's own backend, which forwards only the endpoints it allows and adds the key and
// x-phone there. As a Fetch API handler and as Node middleware.

import { api } from './server-api.js';
import { CLIENT_ENDPOINTS } from './endpoints.js';
import { readNodeBody } from './node-body.js';

export { CLIENT_ENDPOINTS };

/** What a `:param(form)` of an allow rule must look like: the forms the client sends. */
const PARAMETER_FORMS = /** @type {Record<string, RegExp>} */ ({ digits: /^\d+$/, chat: /^\d+(?:-\d+)?@[cg]\.us$/ });

/** Response headers worth passing on to the page; the rest (cookies of the API's own) are not. */
const PASSED_ON = ['content-type', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-periskope-trace-id'];

/**
 * @typedef {{ method: string, pathname: string, search: string, contentType: string | null, clientPhone: string | null, body: Uint8Array<ArrayBuffer> | null }} Forwarded
 * @typedef {{ status: number, headers: Record<string, string>, body: Uint8Array<ArrayBuffer> | string }} ProxyAnswer
 */

/** @param {unknown} issuesAt @param {string} message */
const invalid = (issuesAt, message) => new api.PeriskopeError('validation', `createApiProxy: ${message}`, { issues: [{ path: [issuesAt], code: 'invalid_type', message }] });

/**
 * @param {{
 *   apiKey: string,
 *   phone?: string,
 *   allow?: readonly string[],
 *   basePath?: string,
 *   baseUrl?: string,
 *   fetch?: typeof fetch,
 *   maxBytes?: number,
 * }} options
 */
export function createApiProxy(options) {
  const { apiKey, allow = CLIENT_ENDPOINTS, basePath = '', baseUrl = 'https://api.periskope.app/v1', maxBytes = 1024 * 1024 } = options;
  if (typeof apiKey !== 'string' || apiKey === '') throw invalid('apiKey', 'expected the Periskope API key, a non-empty string');
  /** @type {string | null} */
  let phone = null;
  if (options.phone !== undefined) {
    const checked = api.validatePhone(options.phone);
    if (!checked.success) throw new api.PeriskopeError('validation', `createApiProxy: ${checked.issues[0].message}`, { issues: checked.issues.map((i) => ({ ...i, path: ['phone', ...i.path] })) });
    phone = checked.data;
  }
  const upstream = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  if (upstream.protocol !== 'https:' && !['localhost', '127.0.0.1', '[::1]'].includes(upstream.hostname)) {
    throw invalid('baseUrl', 'expected an https: URL (plain http: only on localhost), so that the key never travels in clear text');
  }
  const rules = allow.map((rule) => {
    const [method, path] = rule.trim().split(/\s+/);
    if (!method || !path?.startsWith('/')) throw invalid('allow', `expected entries like "GET /tickets/:id", got ${JSON.stringify(rule)}`);
    const segments = path.split('/').filter(Boolean).map((part) => {
      if (!part.startsWith(':')) return (/** @type {string} */ value) => value === part;
      const kind = part.match(/\((\w+)\)$/)?.[1];
      const form = kind ? PARAMETER_FORMS[kind] : /./;
      if (!form) throw invalid('allow', `unknown parameter form (${kind}) in ${JSON.stringify(rule)}: use (digits) or (chat)`);
      return (/** @type {string} */ value) => form.test(value);
    });
    return { method: method.toUpperCase(), segments };
  });
  const fetchUpstream = options.fetch ?? globalThis.fetch;
  const mount = basePath.replace(/\/+$/, '');

  /** @param {number} status @param {string} code @param {string} message @returns {ProxyAnswer} */
  const refuse = (status, code, message) => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, message, status }) });

  /**
   * Decides and forwards one request.
   * @param {Forwarded} request
   * @returns {Promise<ProxyAnswer>}
   */
  async function forward({ method, pathname, search, contentType, clientPhone, body }) {
    if (mount && pathname !== mount && !pathname.startsWith(`${mount}/`)) return refuse(404, 'NOT_FOUND', `not under ${mount}`);
    const raw = pathname.slice(mount.length).split('/').filter(Boolean);
    /** @type {string[]} */
    const segments = [];
    for (const segment of raw) {
      let decoded;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        return refuse(400, 'BAD_REQUEST', 'a path segment is not valid percent-encoding');
      }
      // No way around the allow list: no dot segments, no encoded separators.
      if (decoded === '.' || decoded === '..' || /[/\\]/.test(decoded)) return refuse(403, 'FORBIDDEN', 'the path is not allowed by this proxy');
      segments.push(decoded);
    }
    const allowed = rules.some(
      (rule) => rule.method === method && rule.segments.length === segments.length && rule.segments.every((matches, i) => matches(segments[i])),
    );
    if (!allowed) return refuse(403, 'FORBIDDEN', `${method} /${segments.join('/')} is not allowed by this proxy`);
    if (body && body.byteLength > maxBytes) return refuse(413, 'PAYLOAD_TOO_LARGE', `the body is larger than ${maxBytes} bytes`);

    /** @type {Record<string, string>} */
    const headers = { authorization: `Bearer ${apiKey}`, accept: 'application/json' };
    if (contentType && body) headers['content-type'] = contentType;
    const sentPhone = phone ?? (clientPhone ? api.validatePhone(clientPhone) : null);
    if (typeof sentPhone === 'string') headers['x-phone'] = sentPhone;
    else if (sentPhone?.success) headers['x-phone'] = sentPhone.data;
    const url = new URL(segments.map(encodeURIComponent).join('/') + search, upstream);
    let response;
    try {
      response = await fetchUpstream(url, { method, headers, body: body && method !== 'GET' && method !== 'HEAD' ? body : undefined });
    } catch {
      // The reason is not passed on: it could quote the request, and the request holds the key.
      return refuse(502, 'BAD_GATEWAY', 'the Periskope API could not be reached');
    }
    /** @type {Record<string, string>} */
    const passed = {};
    for (const name of PASSED_ON) {
      const value = response.headers.get(name);
      if (value !== null) passed[name] = value;
    }
    return { status: response.status, headers: passed, body: new Uint8Array(await response.arrayBuffer()) };
  }

  /** The Fetch API handler: Next.js route handlers, Hono, Cloudflare Workers, Deno, Bun. @param {Request} request */
  async function fetchHandler(request) {
    const url = new URL(request.url);
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : new Uint8Array(await request.arrayBuffer());
    const answer = await forward({
      method: request.method.toUpperCase(),
      pathname: url.pathname,
      search: url.search,
      contentType: request.headers.get('content-type'),
      clientPhone: request.headers.get('x-phone'),
      body,
    });
    return new Response(answer.status === 204 ? null : answer.body, { status: answer.status, headers: answer.headers });
  }

  /**
   * Node middleware, for node:http and Express (mount it before any body parser).
   * @param {import('./server.js').NodeRequestLike} req
   * @param {import('./server.js').NodeResponseLike} res
   */
  async function nodeHandler(req, res) {
    const url = new URL(req.url ?? '/', 'http://proxy.invalid');
    /** @type {Uint8Array<ArrayBuffer> | null} */
    let body = null;
    // A body past maxBytes is refused by forward(), after the allow list.
    if (req.method !== 'GET' && req.method !== 'HEAD') body = await readNodeBody(req, maxBytes);
    const header = (/** @type {string} */ name) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value[0] : value ?? null;
    };
    const answer = await forward({
      method: (req.method ?? 'GET').toUpperCase(),
      pathname: url.pathname,
      search: url.search,
      contentType: header('content-type'),
      clientPhone: header('x-phone'),
      body,
    });
    // A connection with the rest of a body still on it cannot carry another request.
    res.writeHead(answer.status, body && body.byteLength > maxBytes ? { ...answer.headers, connection: 'close' } : answer.headers);
    res.end(answer.status === 204 ? undefined : answer.body);
  }

  return { fetch: fetchHandler, node: nodeHandler };
}
