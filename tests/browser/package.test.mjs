// The built package in headless Chromium, loaded by a plain <script type="module"> page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { launchChromium, openPage } from '../../scripts/lib/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server, base, browser;

before(async () => {
  server = createStaticServer({ mounts: { '/': root } });
  base = await listen(server);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('a plain module page awaits init() and parses', async () => {
  const { page, errors } = await openPage(browser);
  await page.goto(`${base}/tests/browser/package.html`);
  const result = await page.waitForFunction(() => window.result).then((handle) => handle.jsonValue());
  assert.equal(result.ticketId, 'BKT-001');
  assert.equal(result.priority, 1);
  assert.equal(result.dueDate, null);
  assert.deepEqual(result.syntax, { isPeriskopeError: true, kind: 'syntax', line: 39, column: 5 });
  assert.match(result.version, /^\d+\.\d+\.\d+$/);
  assert.deepEqual(errors, []);
  await page.close();
});

// An iframe's objects, bytes and FormData are of another realm than the page's.
test("an iframe's parsed object, bytes and form are read as the page's are", async () => {
  const { page, errors } = await openPage(browser);
  await page.goto(`${base}/tests/browser/package.html`);
  await page.waitForFunction(() => window.result);
  const result = await page.evaluate(async () => {
    const pkg = await import('/dist/index.js');
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const other = /** @type {any} */ (frame.contentWindow);
    const text = await (await fetch('/tests/fixtures/ticket-info.get-ticket.json')).text();
    const object = other.JSON.parse(text);
    const bytes = new other.TextEncoder().encode(text);
    const form = new other.FormData();
    form.append('chat_id', '919537851844@c.us');
    form.append('subject', 'S');
    const same = JSON.stringify(pkg.parseTicketInfo(text));
    return {
      foreign: Object.getPrototypeOf(object) !== Object.prototype && !(bytes instanceof Uint8Array) && !(form instanceof FormData),
      object: JSON.stringify(pkg.parseTicketInfo(object)) === same,
      bytes: JSON.stringify(pkg.parseTicketInfo(bytes)) === same,
      buffer: JSON.stringify(pkg.parseTicketInfo(bytes.buffer)) === same,
      plain: pkg.validateCreateTicket(other.JSON.parse('{"chat_id":"919537851844@c.us","subject":"S"}')).success,
      form: JSON.stringify(pkg.validateCreateTicket(form)),
    };
  });
  assert.deepEqual(result, { foreign: true, object: true, bytes: true, buffer: true, plain: true, form: result.form });
  assert.equal(JSON.parse(result.form).success, true, result.form);
  assert.deepEqual(errors, []);
  await page.close();
});
