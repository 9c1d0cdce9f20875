// npm run build: cargo (release, wasm32) -> wasm-bindgen (the bindings, for any loader) ->
// wasm-opt (from the npm binaryen package) -> dist/: the entries of js/, the generated export
// list, the module compressed into the default entry, a CommonJS build and the types.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const staging = join(root, 'target', 'dist-staging');
const name = 'periskope_wasm';
const bindingsFile = `${name}_bg.js`;
const wasmFileName = `${name}_bg.wasm`;

// Several builds at once (parallel test runs, a demo and a test) must not interleave their
// writes to dist/: take a lock directory, waiting for a running build to finish.
const lock = join(root, 'target', '.build-lock');
mkdirSync(join(root, 'target'), { recursive: true });
for (;;) {
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
const read = (file) => readFileSync(file, 'utf8');
const { transformSync, buildSync } = await import('esbuild');
/** Shipped JS has no comments or whitespace and short local names; exports keep theirs. */
const minify = (code) => transformSync(code, { format: 'esm', minify: true, legalComments: 'none' }).code;

run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--lib']);

// Everything is made in a staging folder and moved into place at the end, so that a test or
// a server reading dist/ never sees half a build.
rmSync(staging, { recursive: true, force: true });
run('wasm-bindgen', ['--target', 'bundler', '--out-dir', staging, '--out-name', name, join(root, 'target/wasm32-unknown-unknown/release', `${name}.wasm`)]);
const out = (file) => join(staging, file);

// wasm-bindgen's own entry imports the .wasm as an ES module, which only some bundlers do; the
// loaders in js/ replace it. Its export list is the package's API, kept as api.js.
const generatedEntry = read(out(`${name}.js`));
const apiNames = generatedEntry.match(/export\s*\{([^}]*)\}\s*from\s*"\.\/periskope_wasm_bg\.js"/)?.[1].split(',').map((n) => n.trim()).filter(Boolean);
if (!apiNames?.length) throw new Error(`unexpected layout of wasm-bindgen's ${name}.js`);
const apiTypes = read(out(`${name}.d.ts`));
for (const file of [`${name}.js`, `${name}.d.ts`, `${wasmFileName}.d.ts`, '.gitignore']) rmSync(out(file), { force: true });

const wasmOpt = join(root, 'node_modules/binaryen/bin/wasm-opt');
run(wasmOpt, [out(wasmFileName), '-o', out(wasmFileName), '-O3', '--enable-bulk-memory', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-mutable-globals', '--enable-simd', '--enable-reference-types', '--enable-multivalue', '--strip-debug', '--strip-producers', '--strip-target-features']);

// Every error an export throws is the core's parts (js/periskope-error.js) until the glue throws
// it: `thrown` makes the PeriskopeError there, so that its stack starts at the caller's call.
const errorImport = /^import \{ createPeriskopeError \} from '(\.\/snippets\/[^']+\/js\/periskope-error\.js)';$/m;
const glueThrow = /throw (takeFromExternrefTable0\(ret\[1\]\));/g;
const generatedGlue = read(out(bindingsFile));
const throwsInGlue = generatedGlue.match(/\bthrow\b/g)?.length ?? 0;
const throwsOfErrors = generatedGlue.match(glueThrow)?.length ?? 0;
// The one other throw is wasm-bindgen's own (`__wbindgen_throw`), which the core never calls.
if (!errorImport.test(generatedGlue) || throwsOfErrors === 0 || throwsInGlue !== throwsOfErrors + 1) {
  throw new Error(`unexpected layout of wasm-bindgen's error throws (${throwsOfErrors} of ${throwsInGlue} throws recognised)`);
}
writeFileSync(out(bindingsFile), generatedGlue
  .replace(errorImport, "import { createPeriskopeError, thrown } from '$1';")
  .replace(glueThrow, 'throw thrown($1);'));

const { shortenImportNames, shortenExportNames } = await import('./short-import-names.mjs');
const shortImports = shortenImportNames(readFileSync(out(wasmFileName)), read(out(bindingsFile)), `./${bindingsFile}`);
const short = shortenExportNames(shortImports.wasm, shortImports.bindings);
writeFileSync(out(wasmFileName), short.wasm);
writeFileSync(out(bindingsFile), minify(short.bindings));
const wasm = readFileSync(out(wasmFileName));

// The snippet modules (js/interop.js, the error class, the events list) are imported by the
// bindings. PeriskopeError names itself (js/periskope-error.js), so no identifier need be kept.
const snippets = readdirSync(out('snippets'), { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => join('snippets', f));
for (const file of snippets) writeFileSync(out(file), minify(read(out(file))));
const snippet = (file) => {
  const found = snippets.filter((f) => basename(f) === file);
  if (found.length !== 1) throw new Error(`wasm-bindgen emitted ${found.length} snippets named ${file}, expected one`);
  return './' + found[0].split('\\').join('/');
};

// PeriskopeClient is the class of js/client.js: the generated one with the operations' methods.
if (!apiNames.includes('PeriskopeClient')) throw new Error(`wasm-bindgen's ${name}.js no longer exports PeriskopeClient`);
writeFileSync(out('api.js'), minify(`export { ${apiNames.filter((n) => n !== 'PeriskopeClient').join(', ')} } from './${bindingsFile}';
export { PeriskopeClient } from './client.js';
export { PeriskopeError } from '${snippet('periskope-error.js')}';
export { WEBHOOK_EVENTS } from '${snippet('webhook-events.js')}';
export * from './schemas.js';
`));

// The import object the module is instantiated with: the bindings, and the snippets whose
// functions wasm-bindgen lets the module call directly (no shim in the bindings between).
const importedModules = [...new Set(WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((i) => i.module))];
if (!importedModules.includes(`./${bindingsFile}`)) throw new Error('the module imports nothing from the bindings: unexpected wasm-bindgen output');
for (const module of importedModules) if (!existsSync(out(module))) throw new Error(`the module imports ${module}, which wasm-bindgen did not emit`);
writeFileSync(out('imports.js'), minify(`${importedModules.map((module, i) => `import * as m${i} from '${module}';`).join('\n')}
export const imports = { ${importedModules.map((module, i) => `'${module}': m${i}`).join(', ')} };
`));

// The entries and their loaders are real files under js/: the ones js/tsconfig.json type-checks
// (the wasm-bindgen snippets beside them are emitted by wasm-bindgen).
const shippedFiles = JSON.parse(read(join(root, 'js/tsconfig.json')).replace(/^\s*\/\/.*$/gm, '')).files;
for (const file of shippedFiles) {
  writeFileSync(out(file), minify(read(join(root, 'js', file))));
}

// The default entry carries the module: LZMA-compressed (Python's lzma, the reference
// encoder at its strongest: 11 KB smaller than zopfli's DEFLATE), then base64, which gzip
// brings back to about the compressed size; and the decoder that unpacks it, a small wasm
// module of its own (unpack/). Checked by unpacking it as the entry does.
// RUSTFLAGS replaces the main crate's (.cargo/config.toml: SIMD, inlining); a small stack keeps
// the decoder's memory small (its model is static).
run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--manifest-path', join(root, 'unpack/Cargo.toml')], { RUSTFLAGS: '-C link-arg=-zstack-size=65536' });
const unpackerFile = join(root, 'target/unpack.wasm');
run(wasmOpt, [join(root, 'unpack/target/wasm32-unknown-unknown/release/periskope_wasm_unpack.wasm'), '-o', unpackerFile, '-O3',
  '--enable-bulk-memory', '--enable-sign-ext', '--enable-mutable-globals', '--enable-nontrapping-float-to-int', '--strip-debug', '--strip-producers', '--strip-target-features']);
const lzma = `import lzma, sys
data = sys.stdin.buffer.read()
filters = [{"id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME, "lc": 3, "lp": 0, "pb": 0}]
sys.stdout.buffer.write(lzma.compress(data, format=lzma.FORMAT_RAW, filters=filters))`;
const compressed = execFileSync('python3', ['-c', lzma], { input: wasm, maxBuffer: 64 << 20 });
writeFileSync(out('wasm-embedded.js'), `export const compressedWasm=${JSON.stringify(compressed.toString('base64'))};
export const unpackerWasm=${JSON.stringify(readFileSync(unpackerFile).toString('base64'))};
export const wasmLength=${wasm.length};
`);
const { embeddedWasm } = await import(pathToFileURL(out('embedded.js')).href);
if (Buffer.compare(Buffer.from(embeddedWasm()), wasm) !== 0) throw new Error('the embedded module does not unpack to the module');

// require('periskope-wasm'): the default entry as one CommonJS file (Jest, older Node, CJS bundles).
// Jest's jsdom environment has no TextEncoder or TextDecoder, which the bindings make as the file
// loads: there they are Node's own, through process.getBuiltinModule, which no bundler follows.
const textCodecs = 'var{TextEncoder,TextDecoder}=globalThis.TextEncoder?globalThis:globalThis.process?.getBuiltinModule?.("node:util")??{};';
buildSync({ entryPoints: [out('index.js')], bundle: true, format: 'cjs', platform: 'neutral', outfile: out('index.cjs'), minify: true, legalComments: 'none', logLevel: 'error', banner: { js: textCodecs } });
// Each browser entry as one ES module beside the module it carries, embeds, fetches or imports
// (which gzips better in a file of its own): a page without a bundler makes two requests instead
// of a dozen, and downloads less than the modules gzipped apart (bench/README.md, items 28 and
// 30). server.js and server-workerd.js import their entry's file and hand its API to the
// handlers through server-api.js, so they share its instance and PeriskopeError.
for (const [entry, external] of [['index.js', './wasm-embedded.js'], ['slim.js', null], ['workerd.js', `./${wasmFileName}`]]) {
  const bundled = out(entry.replace('.js', '.bundled.js'));
  buildSync({ entryPoints: [out(entry)], bundle: true, format: 'esm', platform: 'neutral', outfile: bundled, external: external ? [external] : [], minify: true, legalComments: 'none', logLevel: 'error' });
  renameSync(bundled, out(entry));
}
if (!read(out('slim.js')).includes(`new URL("./${wasmFileName}",import.meta.url)`)) {
  throw new Error('slim.js lost the `new URL(..., import.meta.url)` that webpack, Vite and Parcel look for');
}
if (!read(out('workerd.js')).includes(`from"./${wasmFileName}"`)) throw new Error('workerd.js no longer imports the .wasm as a module, which wrangler compiles');

// Types: the API as wasm-bindgen generates it from the Rust types, the error class, the
// Standard Schema types as @standard-schema/spec ships them, the schema objects, and each
// entry's init. api.d.ts is one self-contained file, so that index.d.cts can be too: CommonJS
// types cannot re-export ES module ones.
// The error module's generated block repeats unions the bindings also declare (IssueCode): one
// file can declare each name once, so a union already in the API types is left out.
const declared = new Set([...apiTypes.matchAll(/^export (?:type|interface|declare \w+) (\w+)/gm)].map((m) => m[1]));
const errorTypes = read(join(root, 'js/periskope-error.d.ts')).replace(/(?:\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n)?export type (\w+) =[^;]*;\n/g, (block, name) => (declared.has(name) ? '' : block));
const specTypes = read(join(root, 'node_modules/@standard-schema/spec/dist/index.d.ts'));
const schemaTypes = read(join(root, 'js/schemas.d.ts')).replace(/^import type [\s\S]*?;\n/gm, '');
writeFileSync(out('api.d.ts'), [apiTypes, errorTypes, specTypes, schemaTypes].join('\n'));
const indexTypes = read(join(root, 'js/index.d.ts'));
writeFileSync(out('index.d.ts'), indexTypes);
writeFileSync(out('slim.d.ts'), read(join(root, 'js/slim.d.ts')));
writeFileSync(out('server.d.ts'), read(join(root, 'js/server.d.ts')));
writeFileSync(out('index.d.cts'), `${read(out('api.d.ts'))}\n${indexTypes.replace("export * from './api.js';\n", '')}`);

rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
console.log(`built dist/: ${wasmFileName} ${kb(wasm.length)} (${kb(gzipSync(wasm, { level: 9 }).length)} gzipped), default entry module compressed to ${kb(compressed.length)}`);
