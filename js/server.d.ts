export * from './index.js';
import type { KnownWebhookEvent, WebhookEvent, WebhookEventName } from './index.js';

/** What a webhook delivery is answered with. */
export interface WebhookAnswer {
  status: number;
  body: { ok?: true; duplicate?: true; error?: string };
}

/** A handler per event name, typed by the event's data, and `'*'` for every event (unknown ones included). */
export type WebhookHandlers = { [N in WebhookEventName]?: (event: Extract<KnownWebhookEvent, { event: N }>) => unknown } & {
  '*'?: (event: WebhookEvent) => unknown;
};

export interface WebhookHandlerOptions {
  /** The signing key from the Periskope console, or several while rotating: a delivery signed with any of them is accepted. */
  signingKeys?: string | readonly string[];
  /** The same as `signingKeys` with one key. */
  signingKey?: string;
  on?: WebhookHandlers;
  /** Larger bodies are answered 413 (default 5 MiB). */
  maxBytes?: number;
  /** Redeliveries of an event `id` seen within `ttlMs` (default one hour; at most `size` ids, default 10,000) are answered 200 without calling the handlers again; `false` calls them every time. */
  dedupe?: false | { size?: number; ttlMs?: number };
  /** Called with what a handler threw (the delivery is answered 500); default `console.error`. */
  onError?: (error: unknown, event?: WebhookEvent) => void;
}

/** The parts of a Node request the middleware reads (node:http's IncomingMessage, Express's Request). */
export interface NodeRequestLike extends AsyncIterable<Uint8Array> {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
  /** What a body parser left: a string or bytes (`express.raw()`, `express.text()`) are used as the raw body. */
  body?: unknown;
}

/** The parts of a Node response the middleware writes. */
export interface NodeResponseLike {
  writeHead(status: number, headers?: Record<string, string>): unknown;
  end(body?: string | Uint8Array): unknown;
}

export interface WebhookReceiver {
  /** Adds a handler for one event, or `'*'` for every event. */
  on<N extends WebhookEventName>(name: N, handler: (event: Extract<KnownWebhookEvent, { event: N }>) => unknown): WebhookReceiver;
  on(name: '*', handler: (event: WebhookEvent) => unknown): WebhookReceiver;
  /** Verifies, parses and dispatches one delivery, for any other server. */
  receive(delivery: { body: string | Uint8Array | ArrayBuffer; signature: string | readonly string[] | null | undefined }): Promise<WebhookAnswer>;
  /** The Fetch API handler: Cloudflare Workers, Deno, Bun, Next.js route handlers, Hono. */
  fetch(request: Request): Promise<Response>;
  /** Node middleware (node:http, Express): reads the raw body, or takes the one express.raw() left. */
  node(req: NodeRequestLike, res: NodeResponseLike): Promise<void>;
}

/**
 * A receiver for Periskope webhooks: verifies the `x-periskope-signature` of each delivery against
 * the signing keys, parses it, calls the handlers for its event and then `'*'`, and answers 401
 * (bad signature), 400 (not a webhook event), 500 (a handler threw) or 200 (handled, or a
 * redelivery of an event id seen recently).
 */
export declare function createWebhookHandler(options: WebhookHandlerOptions): WebhookReceiver;

export interface ApiProxyOptions {
  /** The Periskope API key: it stays on the server, in the requests the proxy makes. */
  apiKey: string;
  /** The phone to act with (`x-phone`), normalised as `validatePhone` does; without it, a valid `x-phone` from the page is passed on. */
  phone?: string;
  /**
   * The endpoints forwarded, as `"METHOD /path/:param"`; default `CLIENT_ENDPOINTS`. A parameter may require a form,
   * `:id(digits)` or `:id(chat)` (`919537851844@c.us`), so that it cannot name another endpoint. Anything else is
   * answered 403 and not forwarded.
   */
  allow?: readonly string[];
  /** Where the proxy is mounted, e.g. `/api/periskope`: removed from the path before matching. */
  basePath?: string;
  /** Default `https://api.periskope.app/v1`; `http:` only on localhost. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Larger request bodies are answered 413 (default 1 MiB). */
  maxBytes?: number;
}

export interface ApiProxy {
  fetch(request: Request): Promise<Response>;
  node(req: NodeRequestLike, res: NodeResponseLike): Promise<void>;
}

/** The endpoints `PeriskopeClient` calls, as `"METHOD /path/:param"`. */
export declare const CLIENT_ENDPOINTS: readonly string[];
/**
 * A proxy for a page's `PeriskopeClient`: forwards the allowed endpoints to the API with the key
 * and `x-phone` added here, drops the page's own `Authorization` and cookies, and never puts the
 * key in an answer.
 */
export declare function createApiProxy(options: ApiProxyOptions): ApiProxy;
