// The one PeriskopeClient the page uses, and how long the package spends on each answer.
import { PeriskopeClient } from '/dist/index.js';

/**
 * The built-in mock answers at this origin; its demo key is public and grants nothing real. Its
 * chat and message routes want the phone to act with (`x-phone`), as the API documents.
 */
export const MOCK = { baseUrl: `${location.origin}/v1`, apiKey: 'mock-periskope-key', phone: '918527184400' };

let client;
let connection;
let bodyReadAt = 0;

/**
 * Reads the whole body before handing the response to the client, so the time from here until
 * the client's promise settles is the package parsing and validating it (not the network).
 */
async function timedFetch(input, init) {
  const response = await fetch(input, init);
  const body = [204, 205, 304].includes(response.status) ? null : await response.arrayBuffer();
  bodyReadAt = performance.now();
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/**
 * Replaces the client. The key lives only in the client (the package keeps it private) and in
 * this closure: never in storage or the URL. Throws a PeriskopeError for invalid settings.
 */
export function connect({ baseUrl, apiKey, phone }) {
  // One retry: a person watching a spinner would rather see the error and its reset time than wait.
  client = new PeriskopeClient({ apiKey, baseUrl, phone: phone || undefined, fetch: timedFetch, maxRetries: 1 });
  connection = { baseUrl, phone, mock: baseUrl === MOCK.baseUrl && apiKey === MOCK.apiKey };
  document.dispatchEvent(new CustomEvent('connection', { detail: connection }));
}

export const currentConnection = () => connection;

/** Runs one call and reports `{ result, parseMs }`. */
export async function timed(call) {
  const result = await call(client);
  return { result, parseMs: performance.now() - bodyReadAt };
}

export const api = {
  listTickets: (query, options) => timed((c) => c.listTickets(query, options)),
  getTicket: (id) => client.getTicket(id),
  createTicket: (input) => client.createTicket(input),
  updateTicket: (id, patch) => client.updateTicket(id, patch),
  listChatMessages: (chatId, query) => client.listChatMessages(chatId, query),
  sendMessage: (message) => client.sendMessage(message),
  listChatNotes: (chatId, query) => client.listChatNotes(chatId, query),
  createNote: (note) => client.createNote(note),
  paginateContacts: (query, options) => client.paginateContacts(query, options),
};
