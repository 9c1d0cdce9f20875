// @ts-check
// Cloudflare Workers (the `workerd` export condition): workerd refuses to compile WebAssembly
// from bytes, so the module is imported as a compiled `WebAssembly.Module`, which wrangler does
// for any `.wasm` import. Instantiated on first use, like the default entry.

import { createLoader } from './instance.js';
import wasmModule from './periskope_wasm_bg.wasm';

export * from './api.js';
export const { init, initSync } = createLoader(() => wasmModule);
