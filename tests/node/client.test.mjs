// PeriskopeClient through the built package, against the mock Periskope API on loopback: what
// each method sends (checked on the server side) and every way a call can fail.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { PeriskopeClient, PeriskopeError } from 'periskope-wasm';
import { startMockPeriskope, DEFAULT_API_KEY, FREE_PLAN_API_KEY } from '../../mock/periskope-mock.mjs';
import { rejection } from './rejection.mjs';

let server, mock, baseUrl;
const KEY = DEFAULT_API_KEY;

before(async () => ({ server, mock, baseUrl } = await startMockPeriskope({ seed: 42, tickets: 300 })));
after(() => server?.close());
beforeEach(() => mock.reset());

const client = (options = {}) => new PeriskopeClient({ apiKey: KEY, baseUrl, ...options });


/** Every text a careless app might log or send to an error tracker. */
function assertKeyAbsent(error, key = KEY) {
  const texts = [error.message, error.stack, JSON.stringify(error), String(error)];
  for (const name of Object.getOwnPropertyNames(error)) texts.push(JSON.stringify(error[name]) ?? String(error[name]));
  for (const text of texts) assert.ok(!String(text).includes(key), `the API key leaked into: ${text}`);
}

test('getTicket sends GET /tickets/{id} with the key, the phone and an encoded id, and normalises the answer', async () => {
  const api = client({ phone: '+91 98745 32456' });
  const info = await api.getTicket('BKT-007');
  assert.equal(info.ticket.ticket_id, 'BKT-007');
  assert.equal(typeof info.ticket.priority, 'number');
  const [request] = mock.requests;
  assert.equal(request.method, 'GET');
  assert.equal(request.path, '/tickets/BKT-007');
  assert.equal(request.headers.authorization, `Bearer ${KEY}`);
  assert.equal(request.headers['x-phone'], '919874532456');
  assert.equal(request.body, '');

  await rejection(api.getTicket('a/b?c#d'));
  assert.equal(mock.requests[1].path, '/tickets/a%2Fb%3Fc%23d');
});

test('string priorities and "" due dates from the server come back normalised', async () => {
  const raw = mock.tickets.get('BKT-001');
  raw.priority = '2';
  raw.due_date = '';
  const info = await client().getTicket('BKT-001');
  assert.equal(info.ticket.priority, 2);
  assert.equal(info.ticket.due_date, null);
});

test('listTickets sends the query and resolves to a TicketList; no x-phone without a phone', async () => {
  const page = await client().listTickets({ offset: 10, limit: 25 });
  assert.equal(page.tickets.length, 25);
  assert.equal(page.tickets[0].ticket_id, 'BKT-011');
  assert.equal(page.count, 300);
  assert.ok(page.tickets.every((t) => typeof t.priority === 'number' && t.due_date !== ''));
  const [request] = mock.requests;
  assert.deepEqual([request.method, request.path, request.headers['x-phone']], ['GET', '/tickets?offset=10&limit=25', undefined]);
  await client().listTickets();
  assert.equal(mock.requests[1].path, '/tickets');
});

test('createTicket POSTs the validated JSON body', async () => {
  const info = await client().createTicket({ chat_id: '919537851844@c.us', subject: 'Refund not received', priority: 3, labels: 'Billing, VIP' });
  assert.equal(info.ticket.subject, 'Refund not received');
  assert.equal(info.ticket.priority, 3);
  const [request] = mock.requests;
  assert.equal(request.method, 'POST');
  assert.equal(request.path, '/tickets/create');
  assert.match(request.headers['content-type'], /^application\/json/);
  const body = JSON.parse(request.body);
  assert.equal(body.chat_id, '919537851844@c.us');
  assert.equal(body.subject, 'Refund not received');
  assert.equal(info.ticket.ticket_labels, 'billing, vip');
});

test('updateTicket PATCHes /tickets/{id} with the changes', async () => {
  const info = await client().updateTicket('BKT-003', { status: 'closed', due_date: null });
  assert.equal(info.ticket.status, 'closed');
  assert.equal(info.ticket.due_date, null);
  const [request] = mock.requests;
  assert.deepEqual([request.method, request.path], ['PATCH', '/tickets/BKT-003']);
  assert.deepEqual(JSON.parse(request.body), { status: 'closed', due_date: null });
});

test('invalid input rejects with kind validation and sends nothing', async () => {
  const api = client();
  const created = await rejection(api.createTicket({ subject: '' }));
  assert.equal(created.kind, 'validation');
  const paths = created.issues.map((issue) => issue.path.join('.'));
  assert.ok(paths.includes('chat_id') && paths.includes('subject'), paths.join());
  const id = await rejection(api.getTicket(''));
  assert.deepEqual([id.kind, id.issues[0].path], ['validation', ['ticketId']]);
  const list = await rejection(api.listTickets({ limit: 5000 }));
  assert.equal(list.kind, 'validation');
  const update = await rejection(api.updateTicket('BKT-001', { priority: 9 }));
  assert.equal(update.kind, 'validation');
  assert.equal(mock.requests.length, 0);
});

test('the constructor refuses an empty key, clear-text URLs and a bad phone', () => {
  const thrown = (options) => {
    try {
      new PeriskopeClient(options);
    } catch (error) {
      assert.ok(error instanceof PeriskopeError);
      return error;
    }
    assert.fail('expected the constructor to throw');
  };
  assert.equal(thrown({ apiKey: '' }).kind, 'validation');
  const insecure = thrown({ apiKey: 'secret-123', baseUrl: 'http://api.periskope.app/v1' });
  assert.deepEqual([insecure.kind, insecure.issues[0].path], ['validation', ['baseUrl']]);
  assertKeyAbsent(insecure, 'secret-123');
  assert.deepEqual(thrown({ apiKey: 'k', phone: '12' }).issues[0].path[0], 'phone');
  assert.equal(thrown({ apiKey: 'k', timeoutMs: -1 }).kind, 'validation');
  // The key lives in wasm memory, not on the object.
  const api = client();
  assert.ok(!JSON.stringify(Object.entries(Object.getOwnPropertyDescriptors(api))).includes(KEY));
  assert.ok(!Object.keys(api).some((k) => String(api[k]).includes(KEY)));
});

test('a JSON error body gives status, code, quoted message, traceId and rateLimit', async () => {
  const error = await rejection(client({ apiKey: FREE_PLAN_API_KEY }).getTicket('BKT-001'));
  assert.equal(error.kind, 'http');
  assert.equal(error.status, 401);
  assert.equal(error.code, 'UNAUTHORIZED_ERROR');
  assert.match(error.message, /"APIs available only for active pro and enterprise plans\."/);
  assert.match(error.traceId, /^trace-42-\d+$/);
  assert.equal(error.rateLimit.limit, 300);
  assert.equal(typeof error.rateLimit.remaining, 'number');
  assert.ok(error.rateLimit.reset instanceof Date);
  assert.ok(Math.abs(error.rateLimit.reset.getTime() - Date.now()) < 120_000);
  assertKeyAbsent(error, FREE_PLAN_API_KEY);
});

test('HTML and empty error bodies still carry status, traceId and rateLimit', async () => {
  mock.queueResponses([
    { status: 500, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>500 Internal Server Error</h1></body></html>' },
    { status: 403, body: '' },
  ]);
  const html = await rejection(client().getTicket('BKT-001'));
  assert.deepEqual([html.kind, html.status, html.code], ['http', 500, undefined]);
  assert.match(html.message, /HTML/);
  assert.match(html.traceId, /^trace-/);
  assert.equal(html.rateLimit.limit, 300);
  const empty = await rejection(client().getTicket('BKT-001'));
  assert.deepEqual([empty.kind, empty.status], ['http', 403]);
  assert.match(empty.message, /empty body/);
  assert.ok(empty.rateLimit.reset instanceof Date);
});

test('the documented 422 fields become issues', async () => {
  mock.queueResponses([{
    status: 422,
    body: { code: 'VALIDATION_ERROR', fields: { chat_id: { message: 'Chat not found', value: '919537851844@c.us' } }, message: 'Validation failed', name: 'Validation Error', status: 422 },
  }]);
  const rejected = await rejection(client().createTicket({ chat_id: '919537851844@c.us', subject: 'Refund' }));
  assert.deepEqual([rejected.kind, rejected.status, rejected.code], ['http', 422, 'VALIDATION_ERROR']);
  assert.deepEqual(rejected.issues.map((i) => [i.path, i.message]), [[['chat_id'], 'Chat not found']]);
});

test('a malformed 2xx body is a validation or syntax error that says it came from the server', async () => {
  mock.queueResponses([{ status: 200, body: { ticket: { ticket_id: 'BKT-1', priority: 9 } } }, { status: 200, body: '<html>oops</html>' }]);
  const invalid = await rejection(client().getTicket('BKT-1'));
  assert.equal(invalid.kind, 'validation');
  assert.equal(invalid.fromServer, true);
  assert.match(invalid.message, /server's response/);
  assert.deepEqual(invalid.issues[0].path, ['ticket', 'priority']);
  const syntax = await rejection(client().getTicket('BKT-1'));
  assert.deepEqual([syntax.kind, syntax.fromServer], ['syntax', true]);
});

test('a dropped connection is a network error, retried for GET', async () => {
  mock.queueResponses([{ drop: true }, { drop: true }, { drop: true }]);
  const error = await rejection(client({ maxRetries: 2 }).getTicket('BKT-001'));
  assert.equal(error.kind, 'network');
  assert.equal(mock.requests.length, 3);
  const refused = await rejection(new PeriskopeClient({ apiKey: KEY, baseUrl: 'http://127.0.0.1:1/v1', maxRetries: 0 }).getTicket('BKT-001'));
  assert.equal(refused.kind, 'network');
  assertKeyAbsent(refused);
});

test('timeoutMs rejects with kind timeout', async () => {
  mock.queueResponses([{ delay: 2000, status: 200, body: {} }]);
  const started = Date.now();
  const error = await rejection(client({ timeoutMs: 150 }).getTicket('BKT-001'));
  assert.equal(error.kind, 'timeout');
  assert.ok(Date.now() - started < 1500, 'the timeout must not wait for the server');
});

test('an AbortSignal rejects with kind aborted, before sending when already aborted', async () => {
  const aborted = await rejection(client().getTicket('BKT-001', { signal: AbortSignal.abort() }));
  assert.equal(aborted.kind, 'aborted');
  assert.equal(mock.requests.length, 0);
  mock.queueResponses([{ delay: 2000, status: 200, body: {} }]);
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 100);
  const error = await rejection(client().getTicket('BKT-001', { signal: controller.signal }));
  assert.equal(error.kind, 'aborted');
});

test('a 429 on GET is retried after Retry-After and then succeeds', async () => {
  mock.queueResponses([{ status: 429, headers: { 'retry-after': '1' }, body: { code: 'RATE_LIMIT', message: 'Too many requests' } }]);
  const started = Date.now();
  const page = await client().listTickets({ limit: 3 });
  const elapsed = Date.now() - started;
  assert.equal(page.tickets.length, 3);
  assert.equal(mock.requests.length, 2);
  assert.ok(elapsed >= 900, `waited only ${elapsed} ms despite Retry-After: 1`);
  assert.ok(elapsed < 10_000);
});

test('a 429 that persists rejects with retryAfter once retries run out', async () => {
  const limited = { status: 429, headers: { 'retry-after': '0' }, body: '' };
  mock.queueResponses([limited, limited]);
  const error = await rejection(client({ maxRetries: 1 }).getTicket('BKT-001'));
  assert.deepEqual([error.kind, error.status, error.retryAfter], ['http', 429, 0]);
  assert.equal(mock.requests.length, 2);
});

test('POST and PATCH are never retried', async () => {
  mock.queueResponses([{ status: 503, body: '' }, { status: 429, headers: { 'retry-after': '0' }, body: '' }, { drop: true }]);
  const created = await rejection(client().createTicket({ chat_id: '919537851844', subject: 'Once only' }));
  assert.deepEqual([created.kind, created.status], ['http', 503]);
  const updated = await rejection(client().updateTicket('BKT-001', { subject: 'Once only' }));
  assert.deepEqual([updated.kind, updated.status], ['http', 429]);
  const dropped = await rejection(client().createTicket({ chat_id: '919537851844', subject: 'Once only' }));
  assert.equal(dropped.kind, 'network');
  assert.equal(mock.requests.length, 3);
});

test('aborting during a retry wait rejects promptly', async () => {
  mock.queueResponses([{ status: 503, headers: { 'retry-after': '20' }, body: '' }]);
  const controller = new AbortController();
  const call = client().getTicket('BKT-001', { signal: controller.signal });
  while (mock.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setTimeout(resolve, 100));
  const started = Date.now();
  controller.abort();
  const error = await rejection(call);
  assert.equal(error.kind, 'aborted');
  assert.ok(Date.now() - started < 1000, 'abort must not wait for the retry');
  assert.equal(mock.requests.length, 1);
});

test('a caller-supplied fetch is used, and the key stays out of every error', async () => {
  const seen = [];
  const fetch = (url, init) => {
    seen.push([url, init.method]);
    return globalThis.fetch(url, init);
  };
  const api = new PeriskopeClient({ apiKey: 'sk_live_do_not_leak', baseUrl, fetch, maxRetries: 0 });
  const error = await rejection(api.getTicket('BKT-001'));
  assert.deepEqual(seen, [[`${baseUrl}/tickets/BKT-001`, 'GET']]);
  assert.equal(error.status, 401);
  assertKeyAbsent(error, 'sk_live_do_not_leak');

  mock.queueResponses([{ status: 401, body: { code: 'UNAUTHORIZED_ERROR', message: 'Invalid key sk_live_do_not_leak' } }]);
  assertKeyAbsent(await rejection(api.getTicket('BKT-001')), 'sk_live_do_not_leak');
  const throwing = new PeriskopeClient({ apiKey: 'sk_live_do_not_leak', baseUrl, maxRetries: 0, fetch: () => { throw new TypeError('bad header Bearer sk_live_do_not_leak'); } });
  const thrown = await rejection(throwing.getTicket('BKT-001'));
  assert.equal(thrown.kind, 'network');
  assertKeyAbsent(thrown, 'sk_live_do_not_leak');
});

// Node's fetch under a test runner's environment rejects with errors of another realm.
test("a failed fetch's message and cause are kept when the error is another realm's, and a hostile one is no message", async () => {
  const foreign = vm.runInNewContext('new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:9") })');
  assert.equal(foreign instanceof Error, false, 'test bug: the same realm');
  const api = new PeriskopeClient({ apiKey: KEY, baseUrl, maxRetries: 0, fetch: () => Promise.reject(foreign) });
  const error = await rejection(api.getTicket('BKT-001'));
  assert.equal(error.kind, 'network');
  assert.match(error.message, /could not reach the Periskope API: fetch failed \(connect ECONNREFUSED 127\.0\.0\.1:9\)/);
  const hostile = new Proxy(new Error('x'), { get() { throw new Error('trap says no'); } });
  const refused = await rejection(new PeriskopeClient({ apiKey: KEY, baseUrl, maxRetries: 0, fetch: () => Promise.reject(hostile) }).getTicket('BKT-001'));
  assert.ok(refused instanceof PeriskopeError);
  assert.match(refused.message, /could not reach the Periskope API: the request failed/);
});
