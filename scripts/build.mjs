// npm run build: cargo (release, wasm32) -> wasm-bindgen (web target, one module for every
// environment) -> wasm-opt (from the npm binaryen package) -> the package entry points in dist/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const name = 'periskope_wasm';
// Several builds at once (parallel test runs, a demo and a test) must not interleave their
// writes to dist/: take a lock directory, waiting for a running build to finish.
const lock = join(root, 'target', '.build-lock');
mkdirSync(join(root, 'target'), { recursive: true });
for (let waited = 0; ; waited += 250) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > 10 * 60 * 1000) rmSync(lock, { recursive: true, force: true });
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  }
}
process.on('exit', () => rmSync(lock, { recursive: true, force: true }));

const run = (cmd, args, env = {}) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--lib']);

rmSync(dist, { recursive: true, force: true });
run('wasm-bindgen', [
  '--target', 'web',
  '--out-dir', dist,
  '--out-name', name,
  join(root, 'target/wasm32-unknown-unknown/release', `${name}.wasm`),
]);

// The glue repeats every Rust doc comment as JSDoc; dist/index.d.ts keeps the docs, so the
// shipped JS drops comments and whitespace and shortens local names (exports keep theirs): 7.5 -> 4.1 KB gzipped
// (3.2 KB once the import names are short, below).
const { transformSync } = await import('esbuild');
const glueFile = join(dist, `${name}.js`);
const glue = readFileSync(glueFile, 'utf8');
const minified = transformSync(glue, { format: 'esm', minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: true, legalComments: 'none' }).code;
if (!minified.includes(`new URL("${name}_bg.wasm",import.meta.url)`)) throw new Error('the glue lost the wasm URL bundlers look for');
writeFileSync(glueFile, minified);

const wasmFile = join(dist, `${name}_bg.wasm`);
const wasmOpt = join(root, 'node_modules/binaryen/bin/wasm-opt');
run(wasmOpt, [wasmFile, '-o', wasmFile, '-O3', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-mutable-globals', '--enable-simd', '--enable-reference-types', '--enable-multivalue', '--strip-debug', '--strip-producers', '--strip-target-features']);

const { shortenImportNames } = await import('./short-import-names.mjs');
const short = shortenImportNames(readFileSync(wasmFile), readFileSync(glueFile, 'utf8'), `./${name}_bg.js`);
writeFileSync(wasmFile, short.wasm);
writeFileSync(glueFile, short.glue);

// The snippet modules (js/*.js and the events list) are downloaded with the glue: shipped
// without comments and whitespace too. Identifiers are kept: PeriskopeError's class name shows.
for (const file of readdirSync(join(dist, 'snippets'), { recursive: true }).filter((f) => f.endsWith('.js'))) {
  const full = join(dist, 'snippets', file);
  writeFileSync(full, transformSync(readFileSync(full, 'utf8'), { format: 'esm', minifyWhitespace: true, minifySyntax: true, legalComments: 'none' }).code);
}

// The error class lives in a wasm-bindgen snippet; the entries re-export that very module so
// `instanceof PeriskopeError` holds for errors made inside wasm.
const findFile = (dir, file) => {
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) {
      const found = findFile(full, file);
      if (found) return found;
    } else if (entry === file) return full;
  }
  return undefined;
};
const errorModule = findFile(join(dist, 'snippets'), 'periskope-error.js');
if (!errorModule) throw new Error('wasm-bindgen did not emit the periskope-error.js snippet');
copyFileSync(join(root, 'js/periskope-error.d.ts'), errorModule.replace(/\.js$/, '.d.ts'));
const errorImport = './' + relative(dist, errorModule).split('\\').join('/');
// WEBHOOK_EVENTS is a value, which wasm-bindgen cannot export: it lives in a snippet too.
const eventsModule = findFile(join(dist, 'snippets'), 'webhook-events.js');
if (!eventsModule) throw new Error('wasm-bindgen did not emit the webhook-events.js snippet');
const eventsImport = './' + relative(dist, eventsModule).split('\\').join('/');

writeFileSync(join(dist, 'index.js'), `// Browsers, workers and bundlers: await init() (or call initSync) once before using the package.
export * from './${name}.js';
export { default as init } from './${name}.js';
export { PeriskopeError } from '${errorImport}';
export { WEBHOOK_EVENTS } from '${eventsImport}';
`);

writeFileSync(join(dist, 'node.js'), `// Node: the module is instantiated on import, so no init call is needed.
import { readFileSync } from 'node:fs';
import { initSync } from './${name}.js';

initSync({ module: readFileSync(new URL('./${name}_bg.wasm', import.meta.url)) });

export * from './${name}.js';
export { PeriskopeError } from '${errorImport}';
export { WEBHOOK_EVENTS } from '${eventsImport}';

/** Already done in Node; kept so that code shared with browsers can await it. */
export async function init() {}
`);

const glueTypes = readFileSync(join(dist, `${name}.d.ts`), 'utf8');
if (!glueTypes.includes('export default function __wbg_init')) throw new Error('unexpected wasm-bindgen .d.ts layout');
writeFileSync(join(dist, 'index.d.ts'), `export * from './${name}.js';
export { PeriskopeError } from '${errorImport}';
export type { ErrorPosition, PeriskopeIssue, PeriskopeErrorKind, RateLimit } from '${errorImport}';
import type { InitInput, InitOutput } from './${name}.js';
/**
 * Loads the WebAssembly module. Await it once before any other call in browsers and workers
 * (it fetches \`${name}_bg.wasm\` next to this file unless given the module or its bytes).
 * In Node the module is ready on import and this resolves at once.
 */
export declare function init(moduleOrPath?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput | void>;
`);

mkdirSync(dist, { recursive: true });
rmSync(join(dist, '.gitignore'), { force: true });
console.log(`built ${relative(root, wasmFile)} (${statSync(wasmFile).size} bytes)`);
