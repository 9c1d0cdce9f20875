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
