// npm run demo: serves the www/ dashboard, the built package and the mock Periskope API from one
// origin on 127.0.0.1, so the page needs no CORS and a strict CSP can say connect-src 'self'.
//
//   node www/serve.mjs [--csp] [--port N]      (or PORT=N, DEMO_CSP=1)
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createStaticServer, listen } from '../scripts/lib/static-server.mjs';
import { createMockPeriskope } from '../mock/periskope-mock.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = `${root}tests/fixtures`;

/** The policy the hardening work checks the page against: no inline script or style, no eval. */
export const STRICT_CSP =
  "script-src 'self' 'wasm-unsafe-eval'; default-src 'self'; style-src 'self'; connect-src 'self' https://api.periskope.app";

/** The samples the inspector offers, in this order; the family of an event is read from its name. */
const FAMILIES = ['ticket', 'message', 'chat', 'reaction', 'notification', 'phone', 'note'];
const familyOf = (event) =>
  event.startsWith('chat.notification.') ? 'notification'
    : event.startsWith('org.phone.') ? 'phone'
      : event.split('.')[0];

/**
 * Lists one event payload per family from tests/fixtures/events/ (and the top-level event.*.json),
 * read at request time so fixtures added by others appear without touching the page.
 */
async function listSamples() {
  const found = new Map();
  const folders = [['events/', `${fixtures}/events`], ['', fixtures]];
  for (const [prefix, folder] of folders) {
    const names = (await readdir(folder).catch(() => [])).filter((n) => n.endsWith('.json')).sort();
    for (const name of names) {
      if (!prefix && !name.startsWith('event.')) continue;
      const json = await readFile(`${folder}/${name}`, 'utf8').then(JSON.parse).catch(() => null);
      const event = json?.event ?? json?.event_type;
      if (typeof event !== 'string') continue;
      const family = familyOf(event);
      // An update shows the most: its card lists what changed (changedFields).
      const rank = (name) => (name.endsWith('.updated') ? 1 : 0) + (name === `${name.split('.')[0]}.updated` ? 1 : 0);
      const better = !found.has(family) || rank(event) > rank(found.get(family).event);
      if (FAMILIES.includes(family) && better) found.set(family, { family, event, url: `/fixtures/${prefix}${name}` });
    }
  }
  const samples = FAMILIES.filter((f) => found.has(f)).map((f) => found.get(f));
  samples.push({ family: 'invalid', event: "the docs' broken example", url: '/fixtures/ticket-info.docs-example.invalid.json' });
  return samples;
}

/**
 * Starts the demo in-process. `port` 0 picks a free port; a busy port falls back to a free one.
 * @returns {Promise<{ url: string, mock: ReturnType<typeof createMockPeriskope>, close: () => Promise<void> }>}
 */
export async function startDemoServer({ port = 0, csp = false, seed = 1, tickets = 2000, contacts = 2500 } = {}) {
  // Enough contacts that a search in the contacts view reads several pages.
  const mock = createMockPeriskope({ seed, tickets, contacts });
  const api = async (req, res) => {
    if (req.url === '/samples.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...(csp ? { 'content-security-policy': STRICT_CSP } : {}) });
      res.end(JSON.stringify(await listSamples()));
      return true;
    }
    return mock.handle(req, res);
  };
  const make = () =>
    createStaticServer({
      mounts: { '/': `${root}www`, '/dist/': `${root}dist`, '/fixtures/': fixtures },
      api,
      csp: csp ? STRICT_CSP : undefined,
    });
  let server = make();
  let base;
  try {
    base = await listen(server, port);
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || port === 0) throw error;
    server = make();
    base = await listen(server, 0);
  }
  return {
    url: `${base}/`,
    mock,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portArg = args.includes('--port') ? args[args.indexOf('--port') + 1] : undefined;
  const csp = args.includes('--csp') || ['1', 'true'].includes(process.env.DEMO_CSP ?? '');
  const { url } = await startDemoServer({ port: Number(portArg ?? process.env.PORT ?? 8080), csp });
  console.log(`periskope-wasm demo: ${url}${csp ? ' (strict Content-Security-Policy)' : ''}`);
  console.log('Serving the mock Periskope API at /v1 with 2,000 seeded tickets and 2,500 contacts. Ctrl-C to stop.');
}
