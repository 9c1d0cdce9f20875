// The form and URL input cases of tests/input-cases.mjs in Chromium, with the browser's own
// FormData, URLSearchParams, Map and Date.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { launchChromium, openPage } from '../../scripts/lib/chromium.mjs';
import { EXPECTED_INPUTS } from '../input-cases.mjs';

let server, browser;
after(async () => {
  await browser?.close();
  server?.close();
});

test('validators read plain objects, FormData and URLSearchParams, and refuse what they cannot read', async () => {
  server = createStaticServer({ mounts: { '/': fileURLToPath(new URL('../..', import.meta.url)) } });
  const base = await listen(server);
  browser = await launchChromium();
  const { page, errors } = await openPage(browser);
  await page.goto(`${base}/tests/browser/inputs/index.html`);
  const result = await page.waitForFunction(() => window.result).then((h) => h.jsonValue());
  assert.deepEqual(result, EXPECTED_INPUTS);
  assert.deepEqual(errors, []);
});
