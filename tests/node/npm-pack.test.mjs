// The package as published: what `npm pack` ships, and an install into an empty folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installPackedPackage, packedFiles } from '../../scripts/lib/packed-package.mjs';
import { moduleGraph } from '../../scripts/size.mjs';

const root = new URL('../..', import.meta.url).pathname;
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

test('npm pack ships only the built package, the README and the licences', () => {
  const files = packedFiles();
  const outside = files.filter((f) => !f.startsWith('dist/') && !['README.md', 'LICENSE-MIT', 'LICENSE-APACHE', 'package.json'].includes(f));
  assert.deepEqual(outside, []);
  for (const required of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/slim.js', 'dist/slim.d.ts', 'dist/workerd.js', 'dist/server.js', 'dist/server-workerd.js', 'dist/server.d.ts', 'dist/periskope_wasm_bg.wasm']) {
    assert.ok(files.includes(required), `${required} is packed`);
  }
  // Every module an entry of package.json loads is packed, and no module that none loads (the
  // build bundles the modules of index.js, slim.js and workerd.js into those files).
  const loaded = new Set();
  for (const entry of JSON.stringify(packageJson.exports).match(/\.\/dist\/[^"]+\.c?js(?=")/g) ?? []) moduleGraph(entry.slice('./dist/'.length), loaded);
  for (const file of loaded) assert.ok(files.includes(`dist/${file}`), `dist/${file}, which an entry loads, is packed`);
  const modules = files.filter((f) => /\.c?js$/.test(f));
  assert.deepEqual(modules.filter((f) => !loaded.has(f.slice('dist/'.length))), [], 'every packed module is loaded by an entry');
  assert.ok(loaded.size > 10, `${loaded.size} modules and files loaded by the entries`);
});

test('the packed package installs into an empty folder and imports by name in Node', () => {
  const folder = installPackedPackage();
  const script = "import('periskope-wasm').then(m => console.log(JSON.stringify(Object.keys(m).sort())))";
  const exports = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: folder, encoding: 'utf8' }));
  for (const name of ['PeriskopeClient', 'PeriskopeError', 'WEBHOOK_EVENTS', 'init', 'initSync', 'parseEvent', 'parseTicketInfo', 'validateCreateTicket', 'verifyWebhookSignature', 'version']) {
    assert.ok(exports.includes(name), `${name} is exported (got ${exports.join(', ')})`);
  }
  const parsed = execFileSync(process.execPath, ['--input-type=module', '-e',
    "import { parseTicketInfo } from 'periskope-wasm'; console.log(parseTicketInfo({ ticket: { ticket_id: 'T-1', priority: '3' } }).ticket.priority)"],
    { cwd: folder, encoding: 'utf8' });
  assert.equal(parsed.trim(), '3');
});
