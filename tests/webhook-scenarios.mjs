// The webhook receiver's cases, written once and run wherever a receiver runs: through node:http
// and Express middleware and the Fetch API handler in Node (tests/node/webhooks.test.mjs), and
// the Fetch API handler in Bun, Deno and workerd (tests/packaging/). Needs only Web APIs.

const encoder = new TextEncoder();

/** The lowercase hex HMAC-SHA256 of `body` keyed with `key`: what Periskope sends. */
export async function sign(body, key) {
  const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(body)));
  return [...mac].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const envelope = (event, id, data) => JSON.stringify({ event_type: event, id, org_id: '2997dd64-89bf-48d3-9a22-b314fca017e5', timestamp: '2025-01-26T13:46:21.670006+00:00', data });
const TICKET = { ticket: { ticket_id: 'BKT-042', priority: '3', status: 'open' } };

/** Delivers through the Fetch API handler (what Workers, Deno, Bun, Next.js and Hono call). */
export async function deliverByFetch(receiver, { method = 'POST', body, signature }) {
  const headers = signature === undefined ? {} : { 'x-periskope-signature': signature, 'content-type': 'application/json' };
  const response = await receiver.fetch(new Request('http://localhost/webhooks/periskope', { method, headers, body: method === 'GET' ? undefined : body }));
  return { status: response.status, body: await response.json() };
}

/**
 * Runs every case against receivers made by `pkg.createWebhookHandler` and delivered to by
 * `deliver(receiver, { method, body, signature })`, which resolves to `{ status, body }`.
 * Resolves to one line per case, to compare with EXPECTED_OUTCOMES.
 */
export async function webhookScenarios(pkg, deliver) {
  const outcomes = {};
  const seen = [];
  const errors = [];
  const receiver = pkg.createWebhookHandler({
    signingKeys: ['key-new', 'key-old'],
    onError: (error) => errors.push(String(error.message)),
    on: {
      'ticket.updated': (event) => seen.push(`ticket.updated ${event.data.ticket.ticket_id} priority ${event.data.ticket.priority}`),
      'note.created': () => {
        throw new Error('the database is down');
      },
    },
  });
  receiver.on('*', (event) => seen.push(`* ${String(event.event)} known ${event.known}`));
  const send = async (body, key, method) => {
    const answer = await deliver(receiver, { method, body, signature: key === null ? undefined : await sign(body, key) });
    return `${answer.status} ${JSON.stringify(answer.body)}`;
  };

  const updated = envelope('ticket.updated', 'evt-1', TICKET);
  outcomes.signed = await send(updated, 'key-new');
  outcomes.signedHandlers = seen.splice(0).join('; ');
  outcomes.rotatedKey = await send(envelope('ticket.updated', 'evt-2', TICKET), 'key-old');
  seen.length = 0;
  outcomes.redelivered = await send(updated, 'key-new');
  outcomes.redeliveredHandlers = seen.splice(0).join('; ') || 'none';
  outcomes.badSignature = await send(envelope('ticket.updated', 'evt-3', TICKET), 'key-unknown');
  outcomes.noSignature = await send(envelope('ticket.updated', 'evt-4', TICKET), null);
  outcomes.badSignatureHandlers = seen.splice(0).join('; ') || 'none';
  outcomes.malformed = await send('{"event_type":"ticket.updated",', 'key-new');
  outcomes.notAnEvent = await send(JSON.stringify({ event: 'ticket.updated', data: TICKET }), 'key-new');
  outcomes.unknownEvent = await send(envelope('invoice.paid', 'evt-5', { amount: 12 }), 'key-new');
  outcomes.unknownHandlers = seen.splice(0).join('; ');
  const failing = envelope('note.created', 'evt-6', { message_id: 'true_919537851844@c.us_3EB0AB' });
  outcomes.handlerThrows = await send(failing, 'key-new');
  outcomes.handlerErrors = errors.splice(0).join('; ');
  // A failed delivery is retried by the sender, and must then run again, not be taken for a duplicate.
  outcomes.retriedAfterFailure = await send(failing, 'key-new');
  errors.length = 0;
  seen.length = 0;
  outcomes.get = await send('', null, 'GET');
  return outcomes;
}

export const EXPECTED_OUTCOMES = {
  signed: '200 {"ok":true}',
  signedHandlers: 'ticket.updated BKT-042 priority 3; * ticket.updated known true',
  rotatedKey: '200 {"ok":true}',
  redelivered: '200 {"ok":true,"duplicate":true}',
  redeliveredHandlers: 'none',
  badSignature: '401 {"error":"missing or invalid x-periskope-signature"}',
  noSignature: '401 {"error":"missing or invalid x-periskope-signature"}',
  badSignatureHandlers: 'none',
  malformed: `400 {"error":"expected a property name in double quotes after ',' at line 1, column 32"}`,
  notAnEvent: '400 {"error":"org_id: org_id is required in a webhook event"}',
  unknownEvent: '200 {"ok":true}',
  unknownHandlers: '* invoice.paid known false',
  handlerThrows: '500 {"error":"the webhook handler failed"}',
  handlerErrors: 'the database is down',
  retriedAfterFailure: '500 {"error":"the webhook handler failed"}',
  get: '405 {"error":"webhooks are POSTed"}',
};
