// What an installer and a strict Content-Security-Policy see of the package: no install
// scripts that would run on users' machines, no eval in the shipped glue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

test('package.json has no install-time scripts', () => {
  for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish', 'preprepare', 'postprepare']) {
    assert.equal(manifest.scripts?.[hook], undefined, `scripts.${hook} would run on every install`);
  }
});

test('the package has no runtime dependencies to audit beyond itself', () => {
  assert.deepEqual(Object.keys(manifest.dependencies ?? {}), []);
  assert.deepEqual(Object.keys(manifest.optionalDependencies ?? {}), []);
});

test("the shipped JavaScript never evaluates strings (script-src without 'unsafe-eval' works)", () => {
  const files = readdirSync(new URL('dist/', root), { recursive: true }).filter((f) => /\.m?js$/.test(f));
  assert.ok(files.length >= 3, `dist/ holds the glue (${files.join(', ')})`);
  for (const file of files) {
    const source = readFileSync(new URL(`dist/${file}`, root), 'utf8');
    assert.doesNotMatch(source, /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*['"`]/, `dist/${file}`);
    assert.doesNotMatch(source, /setTimeout\s*\(\s*['"`]|setInterval\s*\(\s*['"`]/, `dist/${file} passes a string to a timer`);
  }
});

test('the bindings supply every import of the wasm module, under the short names the build gives them', async () => {
  const bytes = readFileSync(new URL('dist/periskope_wasm_bg.wasm', root));
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(bytes));
  const fromBindings = imports.filter((i) => i.module === './periskope_wasm_bg.js');
  assert.ok(fromBindings.length > 20, `${fromBindings.length} imports from the bindings`);
  for (const { name } of fromBindings) assert.match(name, /^\$[0-9a-z]+$/, 'a short import name (scripts/short-import-names.mjs)');
  const bindings = await import(new URL('dist/periskope_wasm_bg.js', root).href);
  for (const { name } of fromBindings) assert.equal(typeof bindings[name], 'function', `the bindings export ${name}`);
  const { parseTicket } = await import('periskope-wasm');
  assert.equal(parseTicket('{"ticket_id":"T-1","priority":"2"}').priority, 2, 'and the module runs with them');
});
