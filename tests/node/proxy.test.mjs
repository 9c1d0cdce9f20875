// createApiProxy of periskope-wasm/server, in front of the mock API: as node:http middleware
// and as a Fetch API handler. It forwards only what it allows, adds the key and x-phone itself,
// drops what the page sent in their place, and never lets the key out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import * as pkg from 'periskope-wasm/server';
import { startMockPeriskope, DEFAULT_API_KEY } from '../../mock/periskope-mock.mjs';

let api, nodeProxy, fetchProxy;
const servers = [];

before(async () => {
  api = await startMockPeriskope({ seed: 3, tickets: 30 });
  servers.push(api.server);
  const options = { apiKey: DEFAULT_API_KEY, phone: '+91 98745 32456', baseUrl: api.baseUrl, basePath: '/api/periskope' };
  const proxy = pkg.createApiProxy(options);
  const viaNode = createServer((req, res) => proxy.node(req, res));
  const viaFetch = createServer(async (req, res) => {
    // A minimal Fetch API host, as Next.js, Hono or Deno would be.
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = ['GET', 'HEAD'].includes(req.method) ? undefined : Buffer.concat(chunks);
    const response = await pkg.createApiProxy(options).fetch(new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers: req.headers, body }));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  for (const server of [viaNode, viaFetch]) {
    servers.push(server);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  }
  nodeProxy = `http://127.0.0.1:${viaNode.address().port}/api/periskope`;
  fetchProxy = `http://127.0.0.1:${viaFetch.address().port}/api/periskope`;
});

after(() => servers.forEach((server) => server.close()));

for (const [name, base] of [['node:http middleware', () => nodeProxy], ['Fetch API handler', () => fetchProxy]]) {
  test(`${name}: allowed calls reach the API with the key and x-phone added there, the page's own dropped`, async () => {
    api.mock.requests.length = 0;
    const list = await fetch(`${base()}/tickets?offset=0&limit=5`, { headers: { authorization: 'Bearer page-guess', cookie: 'session=1', 'x-phone': '911111111111' } });
    assert.equal(list.status, 200);
    assert.equal((await list.json()).tickets.length, 5);
    assert.ok(list.headers.get('x-ratelimit-limit'), 'rate-limit headers are passed on');
    const created = await fetch(`${base()}/tickets/create`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ chat_id: '919537851844@c.us', subject: 'Through the proxy' }) });
    assert.equal(created.status, 200);
    const { ticket } = await created.json();
    const patched = await fetch(`${base()}/tickets/${encodeURIComponent(ticket.ticket_id)}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 'closed' }) });
    assert.equal((await patched.json()).ticket.status, 'closed');
    assert.equal(api.mock.requests.length, 3);
    for (const request of api.mock.requests) {
      assert.equal(request.headers.authorization, `Bearer ${DEFAULT_API_KEY}`);
      assert.equal(request.headers['x-phone'], '919874532456');
      assert.equal(request.headers.cookie, undefined);
    }
  });

  test(`${name}: anything not allowed is answered 403 and never forwarded`, async () => {
    api.mock.requests.length = 0;
    const attempts = [
      ['DELETE', '/tickets/BKT-001'],
      ['POST', '/webhooks'],
      ['PATCH', '/contacts/labels'],
      ['POST', '/tickets'],
      ['GET', '/tickets/..%2Fwebhooks'],
      ['GET', '/tickets/%2e%2e'],
      ['GET', '/tickets/BKT-001/../../webhooks'],
    ];
    for (const [method, path] of attempts) {
      const response = await fetch(`${base()}${path}`, { method });
      assert.equal(response.status, 403, `${method} ${path}`);
      const body = await response.json();
      assert.equal(body.code, 'FORBIDDEN');
      assert.ok(!JSON.stringify(body).includes(DEFAULT_API_KEY));
    }
    assert.deepEqual(api.mock.requests, [], 'nothing reached the API');
    assert.equal((await fetch(base().replace('/api/periskope', '/elsewhere/tickets'))).status, 404);
  });

  test(`${name}: the key is in no answer, not even when the API is unreachable`, async () => {
    const answers = [];
    answers.push(await fetch(`${base()}/tickets/NOPE-404`));
    api.mock.queueResponses([{ status: 401, body: { code: 'UNAUTHORIZED_ERROR', message: 'bad key' } }]);
    answers.push(await fetch(`${base()}/tickets`));
    for (const response of answers) {
      const text = await response.text();
      assert.ok(!text.includes(DEFAULT_API_KEY), text);
      for (const value of response.headers.values()) assert.ok(!value.includes(DEFAULT_API_KEY));
    }
  });
}

test('node:http middleware: a body over maxBytes is a 413 on an allowed path, a 403 on any other, and never forwarded', async () => {
  api.mock.requests.length = 0;
  const proxy = pkg.createApiProxy({ apiKey: DEFAULT_API_KEY, baseUrl: api.baseUrl, maxBytes: 100 });
  const server = createServer((req, res) => proxy.node(req, res));
  servers.push(server);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const post = (path, size) => fetch(`http://127.0.0.1:${server.address().port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(size) });
  for (const size of [101, 1 << 20]) {
    const refused = await post('/tickets/create', size);
    assert.equal(refused.status, 413, `${size} bytes`);
    assert.equal((await refused.json()).code, 'PAYLOAD_TOO_LARGE');
    assert.equal((await post('/webhooks', size)).status, 403);
  }
  assert.deepEqual(api.mock.requests, [], 'nothing reached the API');
  assert.equal((await post('/tickets/create', 100)).status, 422, 'a body of exactly maxBytes is forwarded (and the API rejects it)');
});

test('an unreachable API is a 502 that quotes nothing of the request', async () => {
  const proxy = pkg.createApiProxy({ apiKey: 'secret-key-123', baseUrl: 'http://127.0.0.1:9/v1' });
  const response = await proxy.fetch(new Request('http://localhost/tickets'));
  assert.equal(response.status, 502);
  const text = await response.text();
  assert.ok(!text.includes('secret-key-123'));
  assert.match(text, /could not be reached/);
});

test('bad options are said at once: no key, a plain-http remote API, a malformed allow rule', () => {
  const isValidation = (pattern) => (error) => error instanceof pkg.PeriskopeError && error.kind === 'validation' && pattern.test(error.message);
  assert.throws(() => pkg.createApiProxy({ apiKey: '' }), isValidation(/API key/));
  assert.throws(() => pkg.createApiProxy({ apiKey: 'k', baseUrl: 'http://api.example.com/v1' }), isValidation(/https/));
  assert.throws(() => pkg.createApiProxy({ apiKey: 'k', allow: ['tickets'] }), isValidation(/GET \/tickets\/:id/));
  assert.throws(() => pkg.createApiProxy({ apiKey: 'k', phone: '12' }), isValidation(/phone|digits/i));
  assert.ok(pkg.CLIENT_ENDPOINTS.includes('GET /tickets/:ticketId') && pkg.CLIENT_ENDPOINTS.includes('POST /message/send'));
  assert.equal(pkg.CLIENT_ENDPOINTS.length, Object.getOwnPropertyNames(pkg.PeriskopeClient.prototype).filter((name) => !/^(constructor|paginate|free|__)/.test(name) && typeof pkg.PeriskopeClient.prototype[name] === 'function').length, 'one endpoint per client method');
});
