// A soak of the client: 10,000 calls over every method and iterator against the mock, with its
// seeded random faults on (connection resets, 5xx with JSON, HTML or empty bodies, 429 bursts
// with Retry-After, slow answers, bodies dribbled or cut, invalid JSON). Every call must settle
// with a result or a PeriskopeError, nothing may be left unhandled, the API key must appear in
// no error and no log line, and wasm memory must stay flat once warm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as pkg from 'periskope-wasm';
import { startMockPeriskope, DEFAULT_API_KEY } from '../../mock/periskope-mock.mjs';
import { FAULT_KINDS } from '../../mock/faults.mjs';

const { PeriskopeClient, PeriskopeError } = pkg;
const { memory } = pkg.initSync({ module: readFileSync(new URL('../../dist/periskope_wasm_bg.wasm', import.meta.url)) });
const CALLS = 10_000;
const IN_FLIGHT = 32;
let server, mock, baseUrl;

before(async () => ({ server, mock, baseUrl } = await startMockPeriskope({
  seed: 11, tickets: 400, faults: { seed: 2024, rate: 0.15, slowMs: 60, burst: [2, 4] },
})));
after(() => server?.close());

/** Every call of the soak, by number: a method of the client with inputs that fit the mock. */
function plan(api, ids) {
  const chatId = ids.chats[0];
  const contact = ids.contacts[0].replace('@c.us', '');
  const message = ids.messages[0];
  const take = async (items, most) => {
    let n = 0;
    for await (const item of items) if (++n >= most || !item) break;
    return n;
  };
  return [
    () => api.getTicket(`BKT-${String(1 + (ids.n % 400)).padStart(3, '0')}`),
    () => api.listTickets({ offset: ids.n % 350, limit: 20 }),
    () => api.createTicket({ chat_id: chatId, subject: `Soak ${ids.n}` }),
    () => api.updateTicket('BKT-002', { status: ids.n % 2 ? 'open' : 'inprogress' }),
    () => api.listChats({ limit: 10, chat_type: ['group', 'user', 'business'][ids.n % 3] }),
    () => api.getChat(ids.chats[ids.n % ids.chats.length]),
    () => api.listChatMessages(chatId, { limit: 5 }),
    () => api.listMessages({ limit: 10, offset: ids.n % 100 }),
    () => api.sendMessage({ chat_id: chatId, message: `Reply ${ids.n}` }),
    () => api.forwardMessage(message, { forward_chat_ids: [ids.chats[1]] }),
    () => api.reactToMessage(message, { reaction: ['👍', '🎉', '❤️'][ids.n % 3] }),
    () => api.createNote({ chat_id: chatId, message: `Note ${ids.n}` }),
    () => api.listChatNotes(chatId, { limit: 5 }),
    () => api.listNotes({ limit: 5 }),
    () => api.getNote(ids.note),
    () => api.listContacts({ limit: 10, offset: ids.n % 200 }),
    () => api.getContact(contact),
    () => api.updateContact(contact, { labels: ids.n % 2 ? 'vip' : ['refund', 'vip'] }),
    () => take(api.paginateChats({ limit: 8 }), 12),
    () => take(api.paginateChatMessages(chatId, { limit: 2 }), 5),
    // Invalid input: rejected before anything is sent.
    () => api.sendMessage({ chat_id: 'nobody', message: '' }),
  ];
}

test('10,000 calls with random faults: each settles, nothing unhandled, the key nowhere, wasm memory flat', async () => {
  const unhandled = [];
  const onUnhandled = (reason) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  const logged = [];
  const originals = {};
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    originals[level] = console[level];
    console[level] = (...args) => logged.push(args.map(String).join(' '));
  }
  const api = new PeriskopeClient({ apiKey: DEFAULT_API_KEY, baseUrl, phone: '918527184400', maxRetries: 1, timeoutMs: 4000 });
  try {
    // What the calls need, read without faults.
    mock.setFaults(null);
    const chats = (await api.listChats({ limit: 5, chat_type: 'user' })).chats.map((c) => c.chat_id);
    const contacts = (await api.listContacts({ limit: 5, offset: 3 })).contacts.map((c) => c.contact_id);
    const messages = (await api.listChatMessages(chats[0], { limit: 1 })).messages.map((m) => m.message_id);
    const note = (await api.createNote({ chat_id: chats[0], message: 'soak' })).message_id;
    const ids = { chats, contacts, messages, note, n: 0 };
    const calls = plan(api, ids);
    mock.setFaults({ seed: 2024, rate: 0.15, slowMs: 60, burst: [2, 4] });

    const outcomes = { result: 0 };
    const leaks = [];
    let memoryAfterWarmUp = 0;
    let next = 0;
    const worker = async () => {
      while (next < CALLS) {
        const number = next++;
        ids.n = number;
        if (number === 2000) memoryAfterWarmUp = memory.buffer.byteLength;
        try {
          await calls[number % calls.length]();
          outcomes.result++;
        } catch (error) {
          if (!(error instanceof PeriskopeError)) throw new Error(`call ${number} rejected with ${error?.stack ?? error}`);
          outcomes[error.kind] = (outcomes[error.kind] ?? 0) + 1;
          const texts = [error.message, error.stack, JSON.stringify(error), String(error), ...Object.values(error).map((v) => JSON.stringify(v))];
          if (texts.some((t) => String(t).includes(DEFAULT_API_KEY))) leaks.push(error);
        }
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const seconds = (Date.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 50));

    const settled = Object.values(outcomes).reduce((a, b) => a + b, 0);
    assert.equal(settled, CALLS, 'every call settled');
    assert.deepEqual(unhandled, [], 'no unhandled rejection');
    assert.deepEqual(leaks, [], 'no error carries the key');
    assert.ok(!logged.some((line) => line.includes(DEFAULT_API_KEY)), 'no log line carries the key');
    const grown = memory.buffer.byteLength - memoryAfterWarmUp;
    assert.equal(grown, 0, `wasm memory grew by ${grown} bytes over the last ${CALLS - 2000} calls`);
    // The faults happened, of every kind, and the client met them as the kinds it reports.
    const faults = mock.faultCounts;
    for (const kind of FAULT_KINDS) assert.ok(faults[kind] > 0, `no ${kind} fault was served: ${JSON.stringify(faults)}`);
    assert.ok(outcomes.result > CALLS / 2, JSON.stringify(outcomes));
    for (const kind of ['http', 'network', 'validation', 'syntax']) assert.ok(outcomes[kind] > 0, `no ${kind} error: ${JSON.stringify(outcomes)}`);
    originals.log(`# soak: ${CALLS} calls in ${seconds.toFixed(1)} s, ${JSON.stringify(outcomes)}; faults ${JSON.stringify(faults)}; wasm memory ${memory.buffer.byteLength / 1024} KiB`);
  } finally {
    Object.assign(console, originals);
    process.off('unhandledRejection', onUnhandled);
  }
});
