// The hostile inputs of tests/hostile-cases.mjs in headless Chromium: same cases, same rules,
// one page (one module instance) for all of them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { launchChromium, openPage } from '../../scripts/lib/chromium.mjs';
import { CASES } from '../hostile-cases.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server, browser, page, errors;

before(async () => {
  server = createStaticServer({ mounts: { '/': root } });
  const base = await listen(server);
  browser = await launchChromium();
  ({ page, errors } = await openPage(browser));
  await page.goto(`${base}/tests/browser/hostile/index.html`);
  await page.waitForFunction(() => window.ready === true);
});

after(async () => {
  await browser?.close();
  server?.close();
});

for (const hostile of CASES) {
  test(hostile.name, async () => {
    const result = await page.evaluate((name) => window.runCase(name), hostile.name);
    assert.equal(result.ok, true, result.message);
    assert.deepEqual(errors, [], 'no console errors or uncaught exceptions on the page');
  });
}
