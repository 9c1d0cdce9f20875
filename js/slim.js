// @ts-check
// periskope-wasm/slim: the bindings without the module inside, for apps that serve the .wasm as
// its own file (cached apart from the code, compiled while it downloads). Call `init()` once
// first: with no argument it fetches the .wasm next to this file, which webpack, Vite and Parcel
// emit on seeing the URL below; elsewhere pass its URL, a Response, its bytes or a compiled module.

import { createLoader, explain } from './instance.js';
import { PeriskopeError } from './api.js';

export * from './api.js';

const loader = createLoader(() => {
  throw new PeriskopeError(
    'init',
    'periskope-wasm/slim: the WebAssembly module is not loaded yet. Call `await init()` (or `await init(urlOrBytes)`, or ' +
      '`initSync({ module })`) once before using the package; the default entry, periskope-wasm, needs no init.',
    {},
  );
});

export const initSync = loader.initSync;

/**
 * @typedef {import('./instance.js').SyncInitInput} SyncInitInput
 * @typedef {RequestInfo | URL | Response | SyncInitInput} InitInput
 * @param {{ module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>} [input]
 */
export async function init(input) {
  if (loader.isReady()) return loader.initSync();
  let source = await (input && typeof input === 'object' && 'module_or_path' in input ? input.module_or_path : input);
  source ??= new URL('./periskope_wasm_bg.wasm', import.meta.url);
  if (typeof source === 'string' || source instanceof URL || (typeof Request === 'function' && source instanceof Request)) {
    try {
      source = await fetch(source);
    } catch (error) {
      throw new PeriskopeError('init', `periskope-wasm/slim: the WebAssembly module could not be fetched (${error})`, { cause: error });
    }
  }
  try {
    if (typeof Response === 'function' && source instanceof Response) {
      if (!source.ok) throw new PeriskopeError('init', `periskope-wasm/slim: fetching the WebAssembly module from ${source.url} answered ${source.status}`, {});
      // compileStreaming needs `Content-Type: application/wasm`; without it, compile the bytes.
      const type = source.headers.get('content-type') ?? '';
      source = type.startsWith('application/wasm') ? await WebAssembly.compileStreaming(source) : await source.arrayBuffer();
    }
    if (!(source instanceof WebAssembly.Module)) source = await WebAssembly.compile(/** @type {BufferSource} */ (source));
  } catch (error) {
    throw explain(error);
  }
  return loader.initSync({ module: source });
}
