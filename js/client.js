// @ts-check
// PeriskopeClient: the class wasm-bindgen generates (the constructor, which checks the options
// and keeps the key inside the module, and the core's answers to what a call needs: its request,
// what an answer resolves to, whether to retry), with one method per operation of the table in
// src/client/operations.rs, an async iterator over the items of each list, and the I/O of a
// call: fetch, the timeout, the caller's AbortSignal and the waits between attempts. A subclass,
// not a patch of the generated class, so that bundlers which drop modules without side effects
// keep this one: it defines the class that is exported.

import { PeriskopeClient as GeneratedClient } from './periskope_wasm_bg.js';
import { PeriskopeError } from './api.js';

// Generated from src/client/operations.rs: edit it there, then `UPDATE=1 cargo test` rewrites this block.
/** The client's methods, numbered as the operations of the table. */
const OPERATIONS = [
  'createTicket',
  'getTicket',
  'listTickets',
  'updateTicket',
  'listChats',
  'getChat',
  'listChatMessages',
  'listMessages',
  'sendMessage',
  'forwardMessage',
  'reactToMessage',
  'createNote',
  'listChatNotes',
  'listNotes',
  'getNote',
  'listContacts',
  'getContact',
  'updateContact',
];
/** @type {[iterator: string, list: string, itemsKey: string, takesId: number][]} */
const PAGINATORS = [
  ['paginateTickets', 'listTickets', 'tickets', 0],
  ['paginateChats', 'listChats', 'chats', 0],
  ['paginateChatMessages', 'listChatMessages', 'messages', 1],
  ['paginateMessages', 'listMessages', 'messages', 0],
  ['paginateChatNotes', 'listChatNotes', 'notes', 1],
  ['paginateNotes', 'listNotes', 'notes', 0],
  ['paginateContacts', 'listContacts', 'contacts', 0],
];
// End of the generated block.

export class PeriskopeClient extends GeneratedClient {
  /** @param {any} options */
  constructor(options) {
    super(options);
    // Checked by the constructor above: a function when given.
    /** @type {typeof fetch | undefined} */
    this.$fetch = options.fetch ?? undefined;
    /** @type {(() => unknown) | undefined} */
    this.$headers = typeof options.headers === 'function' ? options.headers : undefined;
  }
}

/** @param {import('./api.js').PeriskopeErrorKind} kind @param {string} message */
const failure = (kind, message) => new PeriskopeError(kind, message, {});

/**
 * A failed fetch's message, with its cause (Node puts the reason, `ECONNREFUSED`, there). An
 * error of another realm counts (Node's fetch under a test runner's environment gives those),
 * and one whose reading throws is no message.
 * @param {any} error
 */
function reason(error) {
  /** @param {any} value @returns {string | undefined} */
  const text = (value) => {
    try {
      const isError = value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
      return (isError ? String(value.message) : typeof value === 'string' ? value : '') || undefined;
    } catch {
      return undefined;
    }
  };
  let cause;
  try {
    cause = text(error?.cause);
  } catch {}
  return `${text(error) ?? 'the request failed'}${cause ? ` (${cause})` : ''}`;
}

/**
 * One call of operation `operation`: its request from the core, then attempts until the core's
 * answer or its refusal to retry; the timeout and the caller's signal end it at once, also
 * during a wait.
 * @param {any} client @param {number} operation @param {unknown[]} args
 */
async function call(client, operation, args) {
  const [method, url, headerPairs, body, optionsAt] = client.__request(operation, ...args);
  const signal = /** @type {any} */ (args[optionsAt])?.signal;
  if (signal?.aborted) throw failure('aborted', 'the request was aborted');
  const timeoutMs = client.__timeoutMs;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const abort = () => controller.abort();
  signal?.addEventListener?.('abort', abort);
  /** @type {Promise<void>} */
  const interrupted = new Promise((resolve) => controller.signal.addEventListener('abort', () => resolve()));
  /**
   * What `promise` settles to, unless the call is interrupted first (then it throws).
   * @param {() => any} start
   * @returns {Promise<{ value?: any, error?: any, failed: boolean }>}
   */
  const race = async (start) => {
    const settled = await Promise.race([
      Promise.resolve().then(start).then((value) => ({ value, failed: false }), (error) => ({ error, failed: true })),
      interrupted.then(() => ({ failed: true })),
    ]);
    if (controller.signal.aborted) {
      throw timedOut ? failure('timeout', `the request took longer than ${timeoutMs} ms`) : failure('aborted', 'the request was aborted');
    }
    return settled;
  };
  const network = (/** @type {string} */ message) => failure('network', client.__redact(message));
  try {
    for (let attempt = 1; ; attempt++) {
      /** @type {Record<string, string>} */
      const headers = {};
      if (client.$headers) {
        // The caller's own first, so that the client's (the key, x-phone) are what is sent.
        const own = await race(client.$headers);
        if (own.failed) throw network(`the headers option's function failed: ${reason(own.error)}`);
        if (!own.value || typeof own.value !== 'object') throw network("the headers option's function returned no object of headers");
        for (const [name, value] of Object.entries(own.value)) headers[name] = String(value);
      }
      for (let i = 0; i < headerPairs.length; i += 2) headers[headerPairs[i]] = headerPairs[i + 1];
      const fetchWith = client.$fetch ?? globalThis.fetch;
      const response = await race(() => fetchWith.call(globalThis, url, { method, headers, body, signal: controller.signal }));
      let status = 0;
      /** @type {string[]} */
      let answerHeaders = [];
      /** @type {any} */
      let error;
      if (response.failed) {
        error = network(`could not reach the Periskope API: ${reason(response.error)}`);
      } else if (!(response.value?.status >= 100 && response.value.status <= 599)) {
        error = network('could not reach the Periskope API: fetch resolved to something that is not a Response');
      } else {
        status = response.value.status;
        answerHeaders = [...response.value.headers].flat();
        const text = await race(() => response.value.text());
        if (text.failed) error = network(`could not reach the Periskope API: the connection failed while reading the response: ${reason(text.error)}`);
        else if (typeof text.value !== 'string') error = network('could not reach the Periskope API: the response body could not be read as text');
        else {
          try {
            return client.__answer(operation, status, answerHeaders, text.value);
          } catch (answered) {
            error = answered;
          }
        }
        if (error?.kind === 'network') status = 0;
      }
      const wait = client.__retry(operation, attempt, status, answerHeaders, Math.random(), Date.now());
      if (wait < 0) throw error;
      await race(() => new Promise((resolve) => setTimeout(resolve, wait)));
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener?.('abort', abort);
  }
}

/** @param {string} name @param {Function} method */
const define = (name, method) => Object.defineProperty(PeriskopeClient.prototype, name, { value: method, writable: true, configurable: true });

OPERATIONS.forEach((name, operation) =>
  define(name, /** @this {any} */ function (/** @type {unknown[]} */ ...args) {
    return call(this, operation, args.slice(0, 3));
  }),
);

for (const [name, list, key, scoped] of PAGINATORS) {
  define(name, /** @this {any} */ function (/** @type {unknown} */ a, /** @type {unknown} */ b, /** @type {unknown} */ c) {
    return scoped ? items(this[list].bind(this, a), key, b, c) : items(this[list].bind(this), key, a, b);
  });
}

/**
 * The items of a list, page after page, each page fetched when the loop reaches it; where the
 * next starts, and whether there is one, is the core's answer (`src/client/paging.rs`).
 * @param {(query: unknown, options: unknown) => Promise<any>} list
 * @param {string} key
 * @param {any} query
 * @param {any} options
 */
async function* items(list, key, query, options) {
  // Statics of the generated class that its declaration leaves out: they are not the package's API.
  const paging = /** @type {any} */ (GeneratedClient);
  const signal = options?.signal;
  // Anything but an object goes as it is, for the list's own validation to reject.
  let request = query == null ? {} : query;
  if (typeof request === 'object' && !Array.isArray(request)) request = { ...request, limit: request.limit ?? paging.__defaultPageLimit };
  for (;;) {
    const page = await list(request, options);
    const received = page[key];
    for (const item of received) {
      if (signal?.aborted) throw failure('aborted', 'the request was aborted');
      yield item;
    }
    // The list validated the query it sent: offset and limit are whole numbers, or their digits.
    const next = paging.__nextOffset(Number(request.offset ?? 0), Number(request.limit), received.length, page.count);
    if (next < 0) return;
    request = { ...request, offset: next };
  }
}
