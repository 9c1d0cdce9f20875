// @ts-check
// PeriskopeClient: the class wasm-bindgen generates (the constructor, which checks the options
// and keeps the key inside the module, and `__call`), with one method per operation of the table
// in src/client/operations.rs, and an async iterator over the items of each list. A subclass,
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

/** The page size of an iterator when the query gives no `limit`. */
const DEFAULT_LIMIT = 500;

export class PeriskopeClient extends GeneratedClient {}

/** @param {string} name @param {Function} method */
const define = (name, method) => Object.defineProperty(PeriskopeClient.prototype, name, { value: method, writable: true, configurable: true });

OPERATIONS.forEach((name, operation) =>
  define(name, /** @this {any} */ function (/** @type {unknown} */ a, /** @type {unknown} */ b, /** @type {unknown} */ c) {
    return this.__call(operation, a, b, c);
  }),
);

for (const [name, list, key, scoped] of PAGINATORS) {
  define(name, /** @this {any} */ function (/** @type {unknown} */ a, /** @type {unknown} */ b, /** @type {unknown} */ c) {
    return scoped ? items(this[list].bind(this, a), key, b, c) : items(this[list].bind(this), key, a, b);
  });
}

/**
 * The items of a list, page after page. The next offset is the offset sent plus the items
 * received (the API's `from` and `to` are not used: the docs and the API disagree on them). It
 * stops after a page shorter than the limit, or when `count` shows it is the total (it exceeds
 * the items of the page) and the items received reach it: the docs also call `count` the number
 * of items returned, and a count equal to the page's items proves nothing either way.
 * @param {(query: unknown, options: unknown) => Promise<any>} list
 * @param {string} key
 * @param {any} query
 * @param {any} options
 */
async function* items(list, key, query, options) {
  const signal = options?.signal;
  // Anything but an object goes as it is, for the list's own validation to reject.
  let request = query == null ? {} : query;
  if (typeof request === 'object' && !Array.isArray(request)) request = { ...request, limit: request.limit ?? DEFAULT_LIMIT };
  for (;;) {
    const page = await list(request, options);
    const received = page[key];
    const end = Number(request.offset ?? 0) + received.length;
    for (const item of received) {
      if (signal?.aborted) throw new PeriskopeError('aborted', 'the request was aborted');
      yield item;
    }
    const { count } = page;
    if (received.length < Number(request.limit) || (typeof count === 'number' && count > received.length && count <= end)) return;
    request = { ...request, offset: end };
  }
}
