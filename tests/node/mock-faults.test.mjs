// The mock's seeded random faults over real HTTP: off by default, each kind doing what it says,
// the same seed giving the same faults in the same order, canned responses still first, and a
// few thousand mixed calls (every route) that the mock survives. No wasm build needed.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startMockPeriskope, DEFAULT_API_KEY } from '../../mock/periskope-mock.mjs';
import { FAULT_KINDS } from '../../mock/faults.mjs';

let server, mock, baseUrl;

before(async () => ({ server, mock, baseUrl } = await startMockPeriskope({ seed: 5, tickets: 200 })));
after(() => server?.close());
beforeEach(() => {
  mock.setFaults(null);
  mock.reset();
});

const HEADERS = { authorization: `Bearer ${DEFAULT_API_KEY}`, 'x-phone': '918527184400', 'content-type': 'application/json' };

/** One call, reduced to what a client sees: a status and a body that parses, or the failure. */
async function outcome(path = '/chats?limit=5', init = {}, base = baseUrl) {
  let res;
  try {
    res = await fetch(`${base}${path}`, { headers: HEADERS, ...init });
  } catch {
    return { kind: 'connection-error' };
  }
  let text;
  try {
    text = await res.text();
  } catch {
    return { kind: 'body-cut', status: res.status };
  }
  if (!/json/.test(res.headers.get('content-type') ?? '') || text === '') return { kind: 'not-json', status: res.status, text, headers: res.headers };
  try {
    return { kind: 'json', status: res.status, json: JSON.parse(text), text, headers: res.headers };
  } catch {
    return { kind: 'bad-json', status: res.status, text, headers: res.headers };
  }
}

test('faults are off by default', async () => {
  for (let i = 0; i < 100; i++) assert.equal((await outcome()).status, 200);
  assert.deepEqual(mock.faultCounts, {});
});

test('each fault kind does what it says', async () => {
  const only = (kind, extra = {}) => mock.setFaults({ seed: 1, rate: 1, kinds: [kind], slowMs: 60, ...extra });

  only('reset');
  assert.equal((await outcome()).kind, 'connection-error');

  only('server-error');
  for (let i = 0; i < 12; i++) {
    const reply = await outcome();
    assert.ok([500, 502, 503, 504].includes(reply.status), String(reply.status));
  }

  only('rate-limit');
  const limited = await outcome();
  assert.equal(limited.status, 429);
  const retryAfter = limited.headers.get('retry-after');
  assert.ok(/^\d+$/.test(retryAfter) || !Number.isNaN(Date.parse(retryAfter)), retryAfter);
  assert.equal(limited.headers.get('x-ratelimit-remaining'), '0');

  only('slow');
  const started = Date.now();
  assert.equal((await outcome()).status, 200);
  assert.ok(Date.now() - started >= 15);

  mock.setFaults(null);
  const clean = await outcome('/chats/messages?limit=50');
  only('slow-body');
  const dribbled = await outcome('/chats/messages?limit=50');
  assert.deepEqual([dribbled.kind, dribbled.text], ['json', clean.text], 'a slow body still arrives whole');

  only('truncated');
  assert.deepEqual([(await outcome()).kind, (await outcome('/contacts')).kind], ['body-cut', 'body-cut']);

  only('invalid-json');
  const broken = await outcome();
  assert.deepEqual([broken.kind, broken.status], ['bad-json', 200]);

  assert.deepEqual(Object.keys(mock.faultCounts).sort(), [...FAULT_KINDS].sort());
});

test('a 429 comes in bursts: the requests right after it are limited too', async () => {
  mock.setFaults({ seed: 3, rate: 0.05, kinds: ['rate-limit'], burst: [3, 3] });
  const statuses = [];
  for (let i = 0; i < 200; i++) statuses.push((await outcome()).status);
  const first = statuses.indexOf(429);
  assert.ok(first >= 0, 'some 429 in 200 calls at 5%');
  assert.deepEqual(statuses.slice(first, first + 3), [429, 429, 429]);
});

test('the same fault seed gives the same faults in the same order; reset starts them again', async () => {
  const options = { seed: 11, rate: 0.3, kinds: FAULT_KINDS.filter((k) => k !== 'slow'), slowMs: 16 };
  const run = async (base) => {
    const seen = [];
    for (let i = 0; i < 150; i++) {
      const r = await outcome(i % 2 ? '/chats?limit=3' : '/contacts?limit=3', {}, base);
      seen.push(`${r.kind}:${r.status ?? '-'}`);
    }
    return seen;
  };
  mock.setFaults(options);
  const first = await run();
  assert.ok(first.some((s) => s !== 'json:200'), 'some faults happened');
  mock.reset();
  assert.deepEqual(await run(), first, 'reset restarts the fault sequence');
  const other = await startMockPeriskope({ seed: 5, tickets: 200, faults: options });
  try {
    assert.deepEqual(await run(other.baseUrl), first, 'a fresh mock with the same options faults the same requests');
  } finally {
    other.server.close();
  }
});

test('queued responses come before random faults; setFaults(null) turns them off', async () => {
  mock.setFaults({ rate: 1, kinds: ['reset'] });
  mock.queueResponses([{ status: 418, body: { code: 'TEAPOT' } }]);
  assert.equal((await outcome()).status, 418);
  assert.equal((await outcome()).kind, 'connection-error');
  mock.setFaults(null);
  assert.equal((await outcome()).status, 200);
});

// 3000 by default to keep `npm test` quick; PERISKOPE_SOAK_CALLS=10000 for the full soak.
const SOAK_CALLS = Number(process.env.PERISKOPE_SOAK_CALLS ?? 3000);

test(`soak: ${SOAK_CALLS} mixed calls over every route at a 25% fault rate; the mock keeps its data right`, async () => {
  mock.setFaults({ seed: 2024, rate: 0.25, slowMs: 12, burst: [2, 4] });
  const chatId = encodeURIComponent('919537851844@c.us');
  const calls = [
    () => outcome('/chats?limit=20'),
    () => outcome('/chats/messages?limit=20'),
    () => outcome(`/chats/${encodeURIComponent(mock.org.listChats({ offset: 0, limit: 1, chatType: null, label: null }).chats[0].chat_id)}/messages?limit=5`),
    () => outcome('/contacts?limit=20'),
    () => outcome('/notes?limit=5'),
    () => outcome('/tickets?limit=5'),
    () => outcome('/message/send', { method: 'POST', body: JSON.stringify({ chat_id: '919537851844', message: 'soak' }) }),
  ];
  const kinds = {};
  for (let i = 0; i < SOAK_CALLS; i++) {
    const r = await calls[i % calls.length]();
    const key = r.kind === 'json' ? `json:${r.status}` : r.kind;
    kinds[key] = (kinds[key] ?? 0) + 1;
    if (r.kind === 'json' && r.status === 200) assert.equal(typeof r.json, 'object');
  }
  for (const kind of FAULT_KINDS) assert.ok(mock.faultCounts[kind] > 0, `${kind} happened`);
  assert.ok(kinds['json:200'] > SOAK_CALLS / 2, JSON.stringify(kinds));
  for (const expected of ['connection-error', 'body-cut', 'bad-json', 'json:429']) assert.ok(kinds[expected] > 0, `${expected} seen: ${JSON.stringify(kinds)}`);
  mock.setFaults(null);
  const sent = await outcome(`/chats/${chatId}/messages?limit=1`);
  assert.equal(sent.json.messages[0].body, 'soak', 'sends that got through are in the chat');
});
