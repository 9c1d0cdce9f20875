// The package and the demo dashboard under a strict Content-Security-Policy in Chromium: no
// 'unsafe-eval', no inline script. Violations are caught as events (an init script, which
// Chromium runs outside the policy) and as console errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { launchChromium, openPage } from '../../scripts/lib/chromium.mjs';
import { startDemoServer, STRICT_CSP } from '../../www/serve.mjs';

const POLICY = "script-src 'self' 'wasm-unsafe-eval'";
const root = fileURLToPath(new URL('../..', import.meta.url));
let server, base, demo, browser;

before(async () => {
  server = createStaticServer({ mounts: { '/': root }, csp: POLICY });
  base = await listen(server);
  demo = await startDemoServer({ port: 0, csp: true });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  await demo?.close();
});

async function openUnderPolicy(url) {
  const { page, errors } = await openPage(browser);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(url);
  return { page, errors, header: response.headers()['content-security-policy'] };
}

const cspErrors = (errors) => errors.filter((e) => /Content Security Policy|Refused to/i.test(e));

test(`the package works under "${POLICY}"`, async () => {
  const { page, errors, header } = await openUnderPolicy(`${base}/tests/browser/csp/index.html`);
  assert.equal(header, POLICY);
  const result = await page.waitForFunction(() => window.result).then((h) => h.jsonValue());
  assert.equal(result.ticketId, 'BKT-001');
  assert.equal(result.priority, 1);
  assert.equal(result.event, 'ticket.created');
  assert.equal(result.signature, false);
  assert.ok(result.requestOk);
  // The page's own probe, run after every export: refused, and the only violation seen.
  assert.equal(result.evalRefused, true, 'the policy is enforced on the page');
  assert.deepEqual(await page.evaluate(() => window.violations), ['script-src eval']);
  assert.deepEqual(errors.filter((e) => !/evaluate a string as JavaScript/.test(e)), []);
  await page.close();
});

test("without 'wasm-unsafe-eval', every call and init() name it, and the import itself does not fail", async () => {
  const blocking = createStaticServer({ mounts: { '/': root }, csp: "script-src 'self'" });
  try {
    const { page, errors } = await openUnderPolicy(`${await listen(blocking)}/tests/browser/csp/blocked.html`);
    const outcomes = await page.waitForFunction(() => window.result).then((h) => h.jsonValue());
    assert.equal(outcomes.length, 3);
    for (const outcome of outcomes) {
      assert.equal(outcome.isPeriskopeError, true, JSON.stringify(outcome));
      assert.equal(outcome.kind, 'init');
      assert.match(outcome.message, /Content Security Policy blocks WebAssembly: add 'wasm-unsafe-eval' to its script-src/);
    }
    assert.equal(new Set(outcomes.map((o) => o.message)).size, 1, 'the same error every time');
    assert.deepEqual(errors.filter((e) => !/Content Security Policy|WebAssembly/.test(e)), []);
    await page.close();
  } finally {
    blocking.close();
  }
});

test('the demo dashboard renders its tickets under its strict policy, with no violation', async () => {
  assert.match(STRICT_CSP, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.ok(!STRICT_CSP.includes("'unsafe-eval'") && !STRICT_CSP.includes("'unsafe-inline'"), STRICT_CSP);
  const { page, errors, header } = await openUnderPolicy(demo.url);
  assert.equal(header, STRICT_CSP);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForSelector('#ticket-table tbody tr');
  assert.equal(await page.locator('#ticket-table tbody tr').count(), 50);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(cspErrors(errors), []);
  assert.deepEqual(errors, []);
  await page.close();
});
