// The webhook receiver of periskope-wasm/server through every Node way in: the Fetch API
// handler, node:http middleware, and Express (express.raw, and the express.json mistake).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import vm from 'node:vm';
import express from 'express';
import * as pkg from 'periskope-wasm/server';
import { EXPECTED_OUTCOMES, deliverByFetch, sign, webhookScenarios } from '../webhook-scenarios.mjs';

const servers = [];
after(() => servers.forEach((server) => server.close()));

/** Serves whatever receiver the scenario made last, so each scenario's receiver is the one mounted. */
async function serveReceivers(mount) {
  let current = null;
  const server = mount((...args) => current.node(...args));
  servers.push(server);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/webhooks/periskope`;
  return async (receiver, { method = 'POST', body, signature }) => {
    current = receiver;
    const headers = signature === undefined ? { 'content-type': 'application/json' } : { 'x-periskope-signature': signature, 'content-type': 'application/json' };
    const response = await fetch(url, { method, headers, body: method === 'GET' ? undefined : body });
    return { status: response.status, body: await response.json() };
  };
}

test('the Fetch API handler answers every case', async () => {
  assert.deepEqual(await webhookScenarios(pkg, deliverByFetch), EXPECTED_OUTCOMES);
});

test('node:http middleware answers every case', async () => {
  const deliver = await serveReceivers((handle) => createServer((req, res) => handle(req, res)));
  assert.deepEqual(await webhookScenarios(pkg, deliver), EXPECTED_OUTCOMES);
});

test('Express with express.raw() answers every case', async () => {
  const deliver = await serveReceivers((handle) => {
    const app = express();
    app.all('/webhooks/periskope', express.raw({ type: 'application/json' }), handle);
    return createServer(app);
  });
  assert.deepEqual(await webhookScenarios(pkg, deliver), EXPECTED_OUTCOMES);
});

test('Express behind express.json(): a 500 that says how to mount it, not a silent 401', async () => {
  const logged = [];
  const receiver = pkg.createWebhookHandler({ signingKey: 'key-new', onError: (error) => logged.push(error.message) });
  const app = express();
  app.post('/hook', express.json(), receiver.node);
  const server = createServer(app);
  servers.push(server);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const body = JSON.stringify({ event: 'ticket.updated', org_id: 'o', data: { ticket: { ticket_id: 'T-1' } } });
  const response = await fetch(`http://127.0.0.1:${server.address().port}/hook`, {
    method: 'POST', body, headers: { 'content-type': 'application/json', 'x-periskope-signature': await sign(body, 'key-new') },
  });
  assert.equal(response.status, 500);
  assert.match((await response.json()).error, /before express\.json\(\), or give it express\.raw/);
  assert.equal(logged.length, 1);
});

// Under Jest, a body parser's Buffer is another realm's Uint8Array than the package sees.
test('node middleware takes a raw body from another realm', async () => {
  const received = [];
  const receiver = pkg.createWebhookHandler({ signingKey: 'key-new', on: { 'ticket.updated': (event) => received.push(event.data.ticket.ticket_id) } });
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    req.body = vm.runInNewContext(`new Uint8Array(${JSON.stringify([...Buffer.concat(chunks)])})`);
    assert.equal(req.body instanceof Uint8Array, false, 'test bug: the same realm');
    receiver.node(req, res);
  });
  servers.push(server);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const body = JSON.stringify({ event: 'ticket.updated', org_id: 'o', data: { ticket: { ticket_id: 'T-1' } } });
  const response = await fetch(`http://127.0.0.1:${server.address().port}/hook`, {
    method: 'POST', body, headers: { 'content-type': 'application/json', 'x-periskope-signature': await sign(body, 'key-new') },
  });
  assert.deepEqual({ status: response.status, body: await response.json() }, { status: 200, body: { ok: true } });
  assert.deepEqual(received, ['T-1']);
});

test('a body over maxBytes is refused before it is read in full', async () => {
  const receiver = pkg.createWebhookHandler({ signingKey: 'key', maxBytes: 100 });
  const answer = await deliverByFetch(receiver, { body: 'x'.repeat(101), signature: 'ab' });
  assert.deepEqual(answer, { status: 413, body: { error: 'the body is larger than 100 bytes' } });
});

test('node:http middleware refuses a body over maxBytes, one chunk past the limit or a megabyte past it', async () => {
  const deliver = await serveReceivers((handle) => createServer((req, res) => handle(req, res)));
  const receiver = pkg.createWebhookHandler({ signingKey: 'key', maxBytes: 100 });
  for (const size of [101, 1 << 20]) {
    const answer = await deliver(receiver, { body: 'x'.repeat(size), signature: 'ab' });
    assert.deepEqual(answer, { status: 413, body: { error: 'the body is larger than 100 bytes' } }, `${size} bytes`);
  }
  assert.equal((await deliver(receiver, { body: 'x'.repeat(100), signature: 'ab' })).status, 401, 'a body of exactly maxBytes is read');
});

test('redeliveries are remembered in bounded memory: the oldest id is forgotten first', async () => {
  const handled = [];
  const receiver = pkg.createWebhookHandler({ signingKey: 'k', dedupe: { size: 2 }, on: { '*': (event) => handled.push(event.id) } });
  const deliver = async (id) => {
    const body = JSON.stringify({ event_type: 'invoice.paid', id, org_id: 'o', data: {} });
    return (await receiver.receive({ body, signature: await sign(body, 'k') })).body;
  };
  for (const id of ['a', 'b', 'c', 'a', 'c']) await deliver(id);
  // a and b were seen, c pushed a out, so a runs again; c is still remembered.
  assert.deepEqual(handled, ['a', 'b', 'c', 'a']);
});

test('no signing key is a programming error, said at once', () => {
  assert.throws(() => pkg.createWebhookHandler({ signingKeys: [] }), (error) => error instanceof pkg.PeriskopeError && error.kind === 'validation' && /signingKeys/.test(error.message));
});
