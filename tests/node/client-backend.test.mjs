// The client against the user's own backend: no apiKey, the caller's own headers (static or a
// function called per attempt), and what the constructor refuses.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { PeriskopeClient, PeriskopeError } from 'periskope-wasm';

const servers = [];
after(() => servers.forEach((server) => server.close()));

/** A backend that records what it receives and answers with a ticket. */
async function backend() {
  const received = [];
  const server = createServer((req, res) => {
    received.push({ method: req.method, url: req.url, headers: req.headers });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ticket: { ticket_id: 'BKT-001', priority: '2' } }));
  });
  servers.push(server);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { received, url: `http://127.0.0.1:${server.address().port}/api/periskope` };
}

const validation = (pattern) => (error) => error instanceof PeriskopeError && error.kind === 'validation' && pattern.test(JSON.stringify(error.issues));

test('without apiKey the client sends no Authorization, and the headers option goes with every request', async () => {
  const { received, url } = await backend();
  let calls = 0;
  const client = new PeriskopeClient({ baseUrl: url, headers: { 'x-tenant': 'acme' } });
  const perRequest = new PeriskopeClient({ baseUrl: url, headers: async () => ({ authorization: `Bearer session-${++calls}` }) });
  assert.equal((await client.getTicket('BKT-001')).ticket.priority, 2);
  await perRequest.getTicket('BKT-001');
  await perRequest.listTickets({ limit: 1 }).catch(() => {});
  assert.equal(received[0].headers.authorization, undefined);
  assert.equal(received[0].headers['x-tenant'], 'acme');
  assert.equal(received[0].url, '/api/periskope/tickets/BKT-001');
  assert.equal(received[1].headers.authorization, 'Bearer session-1');
  assert.equal(received[2].headers.authorization, 'Bearer session-2', 'the function is called for each request');
});

test("a headers function that fails rejects the call, and nothing is sent", async () => {
  const { received, url } = await backend();
  const client = new PeriskopeClient({ baseUrl: url, maxRetries: 0, headers: () => Promise.reject(new Error('session expired')) });
  await assert.rejects(client.getTicket('BKT-001'), (error) => error instanceof PeriskopeError && /session expired/.test(error.message));
  assert.equal(received.length, 0);
});

test('the key is required for the Periskope API itself, and the client sets its own headers', () => {
  assert.throws(() => new PeriskopeClient({}), validation(/"apiKey".*"missing_field".*own backend/));
  assert.throws(() => new PeriskopeClient({ baseUrl: 'https://api.periskope.app/v1' }), validation(/"apiKey".*missing_field/));
  assert.throws(() => new PeriskopeClient({ apiKey: 'k', headers: { Authorization: 'Bearer x' } }), validation(/"headers","Authorization"/));
  assert.throws(() => new PeriskopeClient({ apiKey: 'k', headers: { 'x-phone': '919874532456' } }), validation(/"headers","x-phone"/));
  assert.throws(() => new PeriskopeClient({ baseUrl: 'https://my.app/api', headers: { 'x-retries': 3 } }), validation(/"invalid_type"/));
  assert.throws(() => new PeriskopeClient({ baseUrl: 'https://my.app/api', headers: new Map() }), validation(/"received":"Map"/));
  // Without the key, plain http to one's own backend is allowed; with it, only on loopback.
  assert.ok(new PeriskopeClient({ baseUrl: 'http://intranet.example/api/periskope' }));
  assert.throws(() => new PeriskopeClient({ apiKey: 'k', baseUrl: 'http://intranet.example/v1' }), validation(/"baseUrl"/));
});

test('a path as baseUrl needs a page to resolve against: outside one, the constructor says so', () => {
  assert.throws(() => new PeriskopeClient({ baseUrl: '/api/periskope' }), validation(/"baseUrl".*location/));
});
