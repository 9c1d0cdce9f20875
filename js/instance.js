// @ts-check
// The one WebAssembly instance behind the bindings. The bindings (periskope_wasm_bg.js, from
// wasm-bindgen) call into whatever object `__wbg_set_wasm` gave them; until the module is
// instantiated that object is a stand-in whose first property read instantiates it
// synchronously, so no entry needs an `init()` call where the module is at hand. Where it is
// not (the slim entry before `init`), or where the environment refuses WebAssembly (a Content
// Security Policy), the read throws a PeriskopeError that says what to do, instead of a
// TypeError from inside the glue.

import * as bindings from './periskope_wasm_bg.js';
import { imports } from './imports.js';
import { PeriskopeError } from './api.js';

/** @typedef {{ readonly memory: WebAssembly.Memory }} InitOutput */
/** @typedef {BufferSource | WebAssembly.Module} SyncInitInput */

/** @type {(WebAssembly.Exports & InitOutput) | undefined} */
let instantiated;
/** Why the environment refused WebAssembly: kept, since it will refuse again, and every call should say why. */
/** @type {PeriskopeError | undefined} */
let refused;

/** Turns the environment's refusal into an error that says what to change. @param {unknown} error */
export function explain(error) {
  if (error instanceof PeriskopeError) return error;
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const protocol = /** @type {any} */ (globalThis).location?.protocol ?? '';
  let advice = `the WebAssembly module could not be instantiated`;
  if (/Content.Security.Policy|\bCSP\b|unsafe-eval/i.test(reason)) {
    advice = protocol.endsWith('-extension:')
      ? "the extension's Content Security Policy blocks WebAssembly: in manifest.json, set content_security_policy.extension_pages to " +
        `"script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" ('wasm-unsafe-eval' allows WebAssembly, not eval)`
      : "the page's Content Security Policy blocks WebAssembly: add 'wasm-unsafe-eval' to its script-src, " +
        `e.g. "script-src 'self' 'wasm-unsafe-eval'" (it allows WebAssembly, not eval)`;
  } else if (/disallowed by embedder/i.test(reason)) {
    advice =
      "this runtime compiles no WebAssembly from bytes (Cloudflare Workers, edge runtimes): import the package with the 'workerd' " +
      'export condition (wrangler does), or use periskope-wasm/slim and initSync({ module }) with the .wasm imported as a WebAssembly.Module';
  }
  return new PeriskopeError('init', `periskope-wasm: ${advice}. (${reason})`, { cause: error });
}

/** @param {() => SyncInitInput} source @returns {InitOutput} */
function instantiate(source) {
  if (instantiated) return instantiated;
  if (refused) throw refused;
  let input;
  try {
    input = source();
  } catch (error) {
    // A PeriskopeError says what is missing (the slim entry's module): not the environment's doing.
    if (error instanceof PeriskopeError) throw error;
    throw (refused = explain(error));
  }
  try {
    const module = input instanceof WebAssembly.Module ? input : new WebAssembly.Module(input);
    const instance = new WebAssembly.Instance(module, /** @type {any} */ (imports));
    const exports = /** @type {WebAssembly.Exports & InitOutput} */ (instance.exports);
    bindings.__wbg_set_wasm(exports);
    /** @type {() => void} */ (exports.__wbindgen_start)();
    return (instantiated = exports);
  } catch (error) {
    throw (refused = explain(error));
  }
}

/**
 * Installs the stand-in and returns the entry's `init` and `initSync`.
 * @param {() => SyncInitInput} entryModule the module or its bytes, when the caller gives none (may throw a PeriskopeError saying what is missing)
 */
export function createLoader(entryModule) {
  bindings.__wbg_set_wasm(new Proxy({}, { get: (_, name) => /** @type {any} */ (instantiate(entryModule))[name] }));

  /**
   * Instantiates now (otherwise it happens on first use), from `input` or the entry's own
   * module; returns the exports, or those of the instance already made.
   * @param {{ module: SyncInitInput } | SyncInitInput} [input]
   */
  const initSync = (input) => {
    const given = input && 'module' in input ? input.module : input;
    return instantiate(given ? () => given : entryModule);
  };

  /** `initSync`, as a promise. @param {{ module: SyncInitInput } | SyncInitInput} [input] */
  const init = async (input) => initSync(input);

  return { init, initSync, isReady: () => instantiated !== undefined };
}
