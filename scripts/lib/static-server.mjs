// A small static file server for the demo and the browser tests: serves files under `root`,
// answers `api` first when given, and can send a Content-Security-Policy.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.ts': 'text/plain; charset=utf-8', '.map': 'application/json',
};

/**
 * @param {object} options
 * @param {Record<string, string>} options.mounts URL prefix -> folder, e.g. { '/': 'www', '/dist/': 'dist' }
 * @param {(req, res) => boolean | Promise<boolean>} [options.api] handles a request and returns true, or returns false
 * @param {string} [options.csp] Content-Security-Policy header for every response
 */
export function createStaticServer({ mounts, api, csp }) {
  const prefixes = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length);
  return createServer(async (req, res) => {
    try {
      if (api && (await api(req, res))) return;
      const url = new URL(req.url, 'http://localhost');
      let path = decodeURIComponent(url.pathname);
      const mount = prefixes.find(([prefix]) => path.startsWith(prefix));
      if (!mount || (req.method !== 'GET' && req.method !== 'HEAD')) return notFound(res);
      const folder = resolve(mount[1]);
      let file = resolve(join(folder, path.slice(mount[0].length)));
      if (!file.startsWith(folder + sep) && file !== folder) return notFound(res);
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (!body) return notFound(res);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (csp) headers['content-security-policy'] = csp;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

/** Listens on 127.0.0.1 (port 0 picks a free one) and resolves to the base URL. */
export function listen(server, port = 0) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
  });
}
