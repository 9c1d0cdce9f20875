// PeriskopeClient in headless Chromium, from a page and from a dedicated worker. The page is
// served from one origin and the mock API from another, so CORS (preflight, exposed headers)
// is really exercised, and answered by the mock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { launchChromium, openPage } from '../../scripts/lib/chromium.mjs';
import { startMockPeriskope, DEFAULT_API_KEY } from '../../mock/periskope-mock.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let pages, pagesBase, api, browser;

before(async () => {
  pages = createStaticServer({ mounts: { '/': root } });
  pagesBase = await listen(pages);
  api = await startMockPeriskope({ seed: 3, tickets: 200 });
  // Same host, another port: a different origin for the browser.
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  pages?.close();
  api?.server.close();
});

function checkScenario(result, where) {
  assert.equal(result.failure, undefined, `${where}: ${result.failure}`);
  assert.equal(result.ticketId, 'BKT-002', where);
  assert.equal(result.priorityType, 'number', where);
  assert.equal(result.pageSize, 5, where);
  assert.equal(result.createdSubject, 'From the browser', where);
  assert.equal(result.updatedStatus, 'inprogress', where);
  // The exposed headers reached the page: trace id and rate limit on a cross-origin error.
  assert.equal(result.missing.kind, 'http', where);
  assert.equal(result.missing.status, 404, where);
  assert.equal(result.missing.code, 'NOT_FOUND_ERROR', where);
  assert.match(result.missing.traceId, /^trace-3-\d+$/, where);
  assert.equal(result.missing.rateLimitLimit, 300, where);
  assert.equal(result.missing.resetIsDate, true, where);
  assert.equal(result.invalid.kind, 'validation', where);
  assert.ok(result.invalid.issuePaths.some((p) => p[0] === 'chat_id'), where);
  assert.equal(result.badKey.status, 401, where);
  assert.equal(result.badKey.leaked, false, where);
  assert.equal(result.aborted.kind, 'aborted', where);
  assert.equal(result.unreachable.kind, 'network', where);
  for (const error of [result.missing, result.invalid, result.badKey, result.aborted, result.unreachable]) {
    assert.equal(error.isPeriskopeError, true, where);
    assert.equal(error.leaked, false, where);
  }
}

test('the client works from a page and from a dedicated worker, cross-origin', async () => {
  const { page, errors } = await openPage(browser);
  await page.addInitScript((config) => (window.clientConfig = config), { apiBase: api.baseUrl, apiKey: DEFAULT_API_KEY });
  await page.goto(`${pagesBase}/tests/browser/client/page.html`);
  const result = await page.waitForFunction(() => window.result, null, { timeout: 30_000 }).then((h) => h.jsonValue(), (e) => ({ failure: `${e.message}; console: ${errors.join(' | ')}` }));
  assert.equal(result.failure, undefined, result.failure);
  checkScenario(result.page, 'page');
  checkScenario(result.worker, 'worker');
  assert.equal(result.worker.hasWindow, false);
  // Preflights were answered by the mock (OPTIONS is not logged); the calls themselves came from the browser.
  const origins = new Set(api.mock.requests.map((r) => r.headers.origin));
  assert.deepEqual([...origins], [pagesBase]);
  assert.ok(api.mock.requests.some((r) => r.method === 'PATCH'));
  // Chromium logs failed fetches (404, 401, refused) to the console; anything else is a bug.
  const unexpected = errors.filter((e) => !/Failed to load resource|ERR_CONNECTION_REFUSED|status of 40[14]/.test(e));
  assert.deepEqual(unexpected, []);
  await page.close();
});
