// Wasm memory never shrinks, so a leak per call or a copy made before a size check is memory
// the page loses for good. Memory is read from the instance the package already initialised:
// initSync returns its exports (memory included) instead of instantiating again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as pkg from 'periskope-wasm';
import { VALID } from '../hostile-cases.mjs';

const { memory } = pkg.initSync({ module: readFileSync(new URL('../../dist/periskope_wasm_bg.wasm', import.meta.url)) });
const MiB = 1024 * 1024;
const fixture = readFileSync(new URL('../fixtures/ticket-info.get-ticket.json', import.meta.url), 'utf8');
const event = readFileSync(new URL('../fixtures/event.ticket-created.docs-envelope.json', import.meta.url), 'utf8');

const INPUTS = [
  () => pkg.parseTicketInfo(fixture),
  () => pkg.parseTicketInfo(VALID),
  () => pkg.parseTicketInfo('{"ticket":{"ticket_id":"A","priority":NaN}}'),
  () => pkg.parseTicketInfo('{"ticket":{"priority":9,"x":1,"x":2}}'),
  () => pkg.parseTicketInfo(new TextEncoder().encode(fixture)),
  () => pkg.parseTicketList('[[[[[[[[[[', { maxDepth: 4 }),
  () => pkg.parseEvent(event),
  () => pkg.validateCreateTicket({ chat_id: 'nope', subject: '' }),
  () => pkg.verifyWebhookSignature(event, 'ab'.repeat(32), 'key'),
];

function run(count) {
  let errors = 0;
  for (let i = 0; i < count; i++) {
    try {
      INPUTS[i % INPUTS.length]();
    } catch (error) {
      assert.ok(error instanceof pkg.PeriskopeError, String(error));
      errors++;
    }
  }
  return errors;
}

test('the instance the package initialised exposes its memory', () => {
  assert.ok(memory instanceof WebAssembly.Memory);
  assert.equal(pkg.parseTicketInfo(VALID).ticket.priority, 2, 'initSync did not replace the instance');
});

test('100,000 parses of valid and invalid payloads leave wasm memory bounded', () => {
  run(2000); // the allocator's working set settles first
  const before = memory.buffer.byteLength;
  const errors = run(100000);
  const grown = memory.buffer.byteLength - before;
  assert.ok(errors > 30000 && errors < 70000, `both kinds ran (${errors} errors)`);
  // A leak of even a few bytes per call would pass 16 MiB: the fixture alone is 5 KB a call.
  assert.ok(grown <= 16 * MiB, `wasm memory grew by ${(grown / MiB).toFixed(1)} MiB`);
  console.log(`wasm memory: ${(before / MiB).toFixed(1)} MiB before, ${(memory.buffer.byteLength / MiB).toFixed(1)} MiB after 100,000 calls`);
});

// Found by this suite: bytes used to be copied into wasm memory before maxBytes was checked,
// so a refused 100 MB body grew the page's wasm memory by 100 MB for good.
test('a Uint8Array or ArrayBuffer over maxBytes is refused before it is copied into wasm memory', () => {
  const before = memory.buffer.byteLength;
  assert.throws(() => pkg.parseTicketList(new Uint8Array(100 * 1000 * 1000)), { kind: 'limit' });
  assert.throws(() => pkg.parseTicketList(new ArrayBuffer(100 * 1000 * 1000)), { kind: 'limit' });
  const grown = memory.buffer.byteLength - before;
  assert.ok(grown <= 16 * MiB, `refusing 100 MB bodies grew wasm memory by ${(grown / MiB).toFixed(1)} MiB`);
});
