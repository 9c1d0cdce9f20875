// The package as published: what `npm pack` ships, and an install into an empty folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { installPackedPackage, packedFiles } from '../../scripts/lib/packed-package.mjs';

test('npm pack ships only the built package, the README and the licences', () => {
  const files = packedFiles();
  const outside = files.filter((f) => !f.startsWith('dist/') && !['README.md', 'LICENSE-MIT', 'LICENSE-APACHE', 'package.json'].includes(f));
  assert.deepEqual(outside, []);
  for (const required of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/slim.js', 'dist/slim.d.ts', 'dist/workerd.js', 'dist/server.js', 'dist/server-workerd.js', 'dist/server.d.ts', 'dist/periskope_wasm_bg.js', 'dist/periskope_wasm_bg.wasm']) {
    assert.ok(files.includes(required), `${required} is packed`);
  }
  assert.ok(files.some((f) => f.endsWith('/js/periskope-error.js')), 'the error class snippet is packed');
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
