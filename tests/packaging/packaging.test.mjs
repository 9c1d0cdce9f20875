// The package as users get it, in every bundler, runtime and extension the README names: `npm
// pack`, the tarball installed into a fresh project per tool, the project built with that tool's
// plain setup and run (browser builds in Chromium, runtimes directly), each running
// tests/packaging/smoke.js against the mock API. One test per tool, named after it.
//
// The tools are installed once into target/packaging/ from tests/packaging/tools/ (its lock
// file pins them), and again only when that lock changes; each project is made afresh under it,
// so a project resolves the package from its own node_modules and the tools from the folder above.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash, createHmac } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startMockPeriskope, DEFAULT_API_KEY } from '../../mock/periskope-mock.mjs';
import { CHROMIUM_ARGS, launchChromium, openPage } from '../../scripts/lib/chromium.mjs';
import { createStaticServer, listen } from '../../scripts/lib/static-server.mjs';
import { EXPECTED } from './smoke.js';
import { EXPECTED_OUTCOMES } from '../webhook-scenarios.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const work = join(root, 'target', 'packaging');
const bin = (tool) => join(work, 'node_modules', '.bin', tool);
const SIGNING_KEY = 'whsec-packaging-test';
const execFileAsync = promisify(execFile);

let tarball, api, browser;
const closers = [];

/**
 * Runs a command to completion and resolves to its output (quoted when it fails). Never
 * synchronous: the mock API answers from this process while the command runs.
 */
async function run(cmd, args, cwd, env = {}) {
  try {
    const { stdout } = await execFileAsync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 10 * 60 * 1000, maxBuffer: 64 << 20 });
    return stdout;
  } catch (error) {
    throw new Error(`${[cmd, ...args].join(' ')} failed:\n${String(error.stdout ?? '').slice(-3000)}\n${String(error.stderr ?? '').slice(-3000)}`);
  }
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts a long-running command (a dev server) and resolves once `url` answers. */
async function startServer(cmd, args, cwd, url, env = {}) {
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  };
  closers.push(stop);
  for (const started = Date.now(); Date.now() - started < 180_000; ) {
    if (child.exitCode !== null) throw new Error(`${cmd} ${args.join(' ')} exited with ${child.exitCode}:\n${output.slice(-3000)}`);
    const ok = await fetch(url).then((r) => r.status < 500, () => false);
    if (ok) return { stop, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`${cmd} ${args.join(' ')} did not answer at ${url}:\n${output.slice(-3000)}`);
}

/** A fresh project for `name`: the files of projects/<project>, smoke.js, inputs.js, and the packed package installed. */
async function project(name, from = name) {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(here, 'projects', from), dir, { recursive: true });
  cpSync(join(here, 'smoke.js'), join(dir, 'smoke.js'));
  cpSync(join(root, 'tests/webhook-scenarios.mjs'), join(dir, 'webhook-scenarios.mjs'));
  const eventText = readFileSync(join(root, 'tests/fixtures/event.ticket-created.docs-envelope.json'), 'utf8');
  const inputs = {
    ticketText: readFileSync(join(root, 'tests/fixtures/ticket-info.get-ticket.json'), 'utf8'),
    eventText,
    signature: createHmac('sha256', SIGNING_KEY).update(eventText).digest('hex'),
    signingKey: SIGNING_KEY,
    apiBase: api.baseUrl,
    apiKey: DEFAULT_API_KEY,
  };
  writeFileSync(join(dir, 'inputs.js'), `export default ${JSON.stringify(inputs, null, 2)};\n`);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `smoke-${name}`, private: true, type: 'module' }, null, 2));
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], dir);
  return dir;
}

/** Serves `dir`, opens `page` in Chromium and returns what the page put in window.smokeResult. */
async function resultOfPage(url) {
  const { page, errors } = await openPage(browser);
  try {
    await page.goto(url);
    const result = await page.waitForFunction(() => window.smokeResult, null, { timeout: 60_000 }).then((h) => h.jsonValue());
    return { result, errors };
  } finally {
    await page.close();
  }
}

async function serve(dir) {
  const server = createStaticServer({ mounts: { '/': dir } });
  closers.push(() => server.close());
  return listen(server);
}

/** The smoke result must be EXPECTED, plus whatever `extra` the tool's test adds. */
function assertSmoke(result, extra = {}) {
  assert.deepEqual(result, { ...EXPECTED, ...extra });
}

before(async () => {
  mkdirSync(work, { recursive: true });
  const lock = readFileSync(join(here, 'tools', 'package-lock.json'));
  const stamp = join(work, '.tools-lock-hash');
  const want = createHash('sha256').update(lock).digest('hex');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want || !existsSync(join(work, 'node_modules'))) {
    cpSync(join(here, 'tools', 'package.json'), join(work, 'package.json'));
    cpSync(join(here, 'tools', 'package-lock.json'), join(work, 'package-lock.json'));
    await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], work);
    writeFileSync(stamp, want);
  }
  const packed = mkdtempSync(join(work, 'tarball-'));
  closers.push(() => rmSync(packed, { recursive: true, force: true }));
  const [report] = JSON.parse(await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packed], root));
  tarball = join(packed, report.filename);
  api = await startMockPeriskope({ seed: 1, tickets: 20 });
  closers.push(() => api.server.close());
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const close of closers.reverse()) close();
});

// Runtimes: the package imported by name, no build step.

test('node (import)', async () => {
  const dir = await project('node-esm', 'runtime');
  assertSmoke(JSON.parse(await run(process.execPath, ['main.mjs'], dir)));
});

test('node (require)', async () => {
  const dir = await project('node-cjs');
  assertSmoke(JSON.parse(await run(process.execPath, ['main.cjs'], dir)), { resolved: 'index.cjs' });
});

// Jest as most projects run it (CommonJS), in its Node and jsdom environments, whose realms are
// not the package's: Node's own objects, bytes and errors come from another realm there, and
// jsdom has no TextEncoder.
test('jest 30 (require, the node and jsdom environments)', async () => {
  const dir = await project('jest');
  for (const file of ['smoke', 'inputs']) await run(bin('esbuild'), [`${file}.js`, '--format=cjs', '--log-level=error', `--outfile=${file}.cjs`], dir);
  const report = JSON.parse(await run(bin('jest'), ['--ci', '--json'], dir));
  const outcomes = report.testResults.flatMap((file) => file.assertionResults.map((t) => `${t.status}: ${t.title}`)).sort();
  assert.deepEqual(outcomes, [
    'passed: a form\'s FormData, and Node\'s bytes',
    'passed: the smoke test',
    'passed: the smoke test, with no TextEncoder in the environment',
    'passed: what Node\'s own APIs give: another realm\'s objects and errors, and Buffers',
  ]);
});

// Vitest's DOM environments, in which Vite dashboards test: jsdom's and happy-dom's FormData,
// bytes and objects.
test('vitest 4 (the jsdom and happy-dom environments)', async () => {
  const dir = await project('vitest');
  await run(bin('vitest'), ['run', '--reporter=json', '--outputFile=report.json'], dir);
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
  const outcomes = report.testResults.flatMap((file) => file.assertionResults.map((t) => `${t.status}: ${file.name.split('/').pop()}: ${t.title}`)).sort();
  const tests = ['the environment\'s FormData, URLSearchParams, encoded bytes and parsed objects', 'the smoke test'];
  assert.deepEqual(outcomes, ['happy-dom.spec.js', 'jsdom.spec.js'].flatMap((file) => tests.map((title) => `passed: ${file}: ${title}`)));
});

// TypeScript, as a project that installed the package type-checks it: every entry resolves to its
// declarations under node10 (what CommonJS projects get), bundler and NodeNext resolution.
test('typescript (node10, bundler and NodeNext module resolution)', async () => {
  const dir = await project('typescript');
  for (const resolution of ['node10', 'bundler', 'nodenext']) await run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', `tsconfig.${resolution}.json`], dir);
});

test('bun', async () => {
  const dir = await project('bun', 'runtime');
  assertSmoke(JSON.parse(await run(bin('bun'), ['main.mjs'], dir)));
});

test('deno', async () => {
  const dir = await project('deno', 'runtime');
  assertSmoke(JSON.parse(await run(bin('deno'), ['run', '--allow-read', '--allow-net', '--allow-env', 'main.mjs'], dir, { DENO_NO_UPDATE_CHECK: '1' })));
});

test('bun: the webhook receiver of periskope-wasm/server as a Fetch API handler', async () => {
  const dir = await project('bun-webhooks', 'webhook-runtime');
  assert.deepEqual(JSON.parse(await run(bin('bun'), ['main.mjs'], dir)), EXPECTED_OUTCOMES);
});

test('deno: the webhook receiver of periskope-wasm/server as a Fetch API handler', async () => {
  const dir = await project('deno-webhooks', 'webhook-runtime');
  assert.deepEqual(JSON.parse(await run(bin('deno'), ['run', '--allow-read', '--allow-env', 'main.mjs'], dir, { DENO_NO_UPDATE_CHECK: '1' })), EXPECTED_OUTCOMES);
});

// Browser builds: each tool's plain command, the output served and opened in Chromium.

/** The page that loads a bundle: `script` is the bundle's path, as a module or a classic script. */
function writePage(dir, script, type = 'module') {
  writeFileSync(join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><script ${type === 'module' ? 'type="module" ' : ''}src="${script}"></script>\n`);
}

async function assertBrowserBundle(dir, extra = {}) {
  const { result, errors } = await resultOfPage(`${await serve(dir)}/index.html`);
  assertSmoke(result, extra);
  assert.deepEqual(errors, []);
}

test('webpack 5', async () => {
  const dir = await project('webpack');
  await run(bin('webpack'), ['./main.js', '--mode', 'production', '--output-path', 'out'], dir);
  writePage(join(dir, 'out'), 'main.js', 'classic');
  await assertBrowserBundle(join(dir, 'out'));
});

const BEFORE_INIT = 'init: periskope-wasm/slim: the WebAssembly module is not loaded yet. Call `await init()` (or `await init(urlOrBytes)`, or `initSync({ module })`) once before using the package; the default entry, periskope-wasm, needs no init.';

test('webpack 5, periskope-wasm/slim (the .wasm as an asset, init() first)', async () => {
  const dir = await project('webpack-slim');
  await run(bin('webpack'), ['./main.js', '--mode', 'production', '--output-path', 'out'], dir);
  writePage(join(dir, 'out'), 'main.js', 'classic');
  await assertBrowserBundle(join(dir, 'out'), { beforeInit: BEFORE_INIT });
});

test('rollup 4 with @rollup/plugin-node-resolve', async () => {
  const dir = await project('rollup');
  await run(bin('rollup'), ['-c'], dir);
  writePage(dir, 'out/main.js');
  await assertBrowserBundle(dir);
});

test('esbuild --bundle --format=esm', async () => {
  const dir = await project('esbuild-esm', 'esbuild');
  await run(bin('esbuild'), ['main.js', '--bundle', '--format=esm', '--outfile=out/main.js'], dir);
  writePage(dir, 'out/main.js');
  await assertBrowserBundle(dir);
});

test('esbuild --bundle --format=iife', async () => {
  const dir = await project('esbuild-iife', 'esbuild');
  await run(bin('esbuild'), ['main.js', '--bundle', '--format=iife', '--outfile=out/main.js'], dir);
  writePage(dir, 'out/main.js', 'classic');
  await assertBrowserBundle(dir);
});

test('vite (production build)', async () => {
  const dir = await project('vite-build', 'vite');
  await run(bin('vite'), ['build', '--logLevel', 'warn'], dir);
  await assertBrowserBundle(join(dir, 'dist'));
});

test('vite (dev server)', async () => {
  const dir = await project('vite-dev', 'vite');
  const port = await freePort();
  await startServer(bin('vite'), ['--port', String(port), '--strictPort', '--host', '127.0.0.1'], dir, `http://127.0.0.1:${port}/`);
  const { result, errors } = await resultOfPage(`http://127.0.0.1:${port}/`);
  assertSmoke(result);
  assert.deepEqual(errors, []);
});

test('parcel 2', async () => {
  const dir = await project('parcel');
  await run(bin('parcel'), ['build', 'index.html', '--no-source-maps', '--log-level', 'warn'], dir);
  await assertBrowserBundle(join(dir, 'dist'));
});

for (const [name, flags] of [['next.js 16 (turbopack)', []], ['next.js 16 (webpack)', ['--webpack']]]) {
  test(`${name}: a client component in the browser and a route handler on the server`, async () => {
    const dir = await project(flags.length ? 'next-webpack' : 'next-turbopack', 'next');
    const env = { NEXT_TELEMETRY_DISABLED: '1' };
    await run(bin('next'), ['build', ...flags], dir, env);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    await startServer(bin('next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], dir, `${base}/api/smoke`, env);
    assertSmoke(await (await fetch(`${base}/api/smoke`)).json());
    const { page, errors } = await openPage(browser);
    try {
      await page.goto(`${base}/`);
      const text = await page.waitForFunction(() => document.querySelector('#smoke')?.textContent, null, { timeout: 60_000 }).then((h) => h.jsonValue());
      assertSmoke(JSON.parse(text));
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
}

test('cloudflare workers (wrangler dev on workerd), and the webhook receiver there', async () => {
  const dir = await project('workerd');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const env = { WRANGLER_SEND_METRICS: 'false', CI: 'true', WRANGLER_LOG_PATH: join(dir, 'wrangler-logs'), HOME: dir };
  await startServer(bin('wrangler'), ['dev', '--port', String(port), '--ip', '127.0.0.1', '--local'], dir, url, env);
  assertSmoke(await (await fetch(url)).json());
  assert.deepEqual(await (await fetch(`${url}webhooks`)).json(), EXPECTED_OUTCOMES);
});

// A Manifest V3 extension: the service worker bundled by esbuild, loaded unpacked in Chromium.

async function extensionResult(dir) {
  await run(bin('esbuild'), ['background.js', '--bundle', '--format=iife', '--outfile=background.bundle.js'], dir);
  const profile = mkdtempSync(join(work, 'chromium-profile-'));
  closers.push(() => rmSync(profile, { recursive: true, force: true }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
    return await worker.evaluate(() => globalThis.smokeResult);
  } finally {
    await context.close();
  }
}

test('chromium MV3 extension service worker', async () => {
  const dir = await project('extension');
  assertSmoke(await extensionResult(dir));
});

test("chromium MV3 extension without 'wasm-unsafe-eval': the error says which manifest line to add", async () => {
  const dir = await project('extension-default-csp', 'extension');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  delete manifest.content_security_policy;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const result = await extensionResult(dir);
  assert.equal(result.kind, 'init', JSON.stringify(result));
  assert.match(result.failure, /^PeriskopeError: /);
  assert.match(result.failure, /'wasm-unsafe-eval'/);
  assert.match(result.failure, /content_security_policy\.extension_pages/);
});

// A plain static page: <script type="module"> importing the package's files, no tool at all.

test('a static page importing dist/index.js with <script type="module">', async () => {
  const dir = await project('static-page');
  const { result, errors } = await resultOfPage(`${await serve(dir)}/index.html`);
  assertSmoke(result);
  assert.deepEqual(errors, []);
});

test('a static page importing dist/slim.js: a call before init() names init()', async () => {
  const dir = await project('static-page-slim', 'static-page');
  const { result, errors } = await resultOfPage(`${await serve(dir)}/slim.html`);
  assertSmoke(result, { beforeInit: BEFORE_INIT });
  assert.deepEqual(errors, []);
});
