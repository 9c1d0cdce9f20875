// A page whose backend holds the key: PeriskopeClient without apiKey, through createApiProxy
// mounted as node:http middleware and as a Fetch API handler, against the mock API. The key is
// in no page, request, response or storage; what the proxy does not allow never reaches the API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createApiProxy } from '../../dist/server.js';
import { startMockPeriskope } from '../../mock/periskope-mock.mjs';
import { createStaticServer } from '../../scripts/lib/static-server.mjs';
import { launchChromium, openPage } from '../../scripts/lib/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const API_KEY = 'sk-proxy-test-0123456789abcdef';
let api, browser;
const servers = [];

before(async () => {
  api = await startMockPeriskope({ seed: 5, tickets: 40, apiKey: API_KEY });
  servers.push(api.server);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

/** The page's origin: the static files, with the proxy mounted at /api/periskope by `mount`. */
async function site(mount) {
  const proxy = createApiProxy({ apiKey: API_KEY, baseUrl: api.baseUrl, basePath: '/api/periskope' });
  const files = createStaticServer({ mounts: { '/': root } });
  const handle = files.listeners('request')[0];
  const server = createServer((req, res) => (req.url.startsWith('/api/periskope') ? mount(proxy, req, res) : handle(req, res)));
  servers.push(server);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${server.address().port}`;
}

const viaNode = (proxy, req, res) => proxy.node(req, res);
async function viaFetch(proxy, req, res) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = ['GET', 'HEAD'].includes(req.method) ? undefined : Buffer.concat(chunks);
  const response = await proxy.fetch(new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers: req.headers, body }));
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

for (const [name, mount] of [['node:http middleware', viaNode], ['a Fetch API handler', viaFetch]]) {
  test(`the client works through the proxy as ${name}, and the key never reaches the page`, async () => {
    const base = await site(mount);
    api.mock.requests.length = 0;
    const { page, errors } = await openPage(browser);
    const seen = [];
    page.on('request', (request) => seen.push(`${request.method()} ${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ''}`));
    page.on('response', async (response) => seen.push(`${JSON.stringify(response.headers())} ${await response.text().catch(() => '')}`));
    await page.goto(`${base}/tests/browser/proxy/index.html`);
    const outcome = await page.waitForFunction(() => window.outcome, null, { timeout: 30_000 }).then((h) => h.jsonValue());
    assert.equal(outcome.failure, undefined, outcome.failure);
    assert.equal(outcome.listed, 5);
    assert.equal(outcome.got, true);
    assert.equal(outcome.updated, 'closed');
    assert.equal(outcome.notFound, 'http 404');
    assert.equal(outcome.forbidden, '403 FORBIDDEN');

    // Every call reached the API with the key the proxy added, and the page's own header was not forwarded.
    const paths = api.mock.requests.map((r) => `${r.method} ${r.path}`);
    assert.equal(paths.length, 5, paths.join('\n'));
    assert.ok(!paths.some((p) => p.includes('webhooks')), 'the forbidden call was not forwarded');
    for (const request of api.mock.requests) {
      assert.equal(request.headers.authorization, `Bearer ${API_KEY}`);
      assert.equal(request.headers['x-session'], undefined);
    }

    const storage = await page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie, html: document.documentElement.outerHTML }));
    const cookies = JSON.stringify(await page.context().cookies());
    for (const [what, text] of [['requests and responses', seen.join('\n')], ['storage, cookies and the page', storage + cookies], ['the error', outcome.errorText]]) {
      assert.ok(!text.includes(API_KEY), `the key is in ${what}`);
    }
    assert.ok(seen.some((line) => line.includes('"x-session":"session-42"')), 'the headers option reached the backend');
    assert.deepEqual(errors.filter((e) => !/404|403/.test(e)), []);
    await page.close();
  });
}
