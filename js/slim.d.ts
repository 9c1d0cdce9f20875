export * from './api.js';
export type { InitInput, SyncInitInput, InitOutput } from './index.js';
import type { InitInput, SyncInitInput, InitOutput } from './index.js';

/**
 * Loads the WebAssembly module: await it once before any other call (until then every call
 * throws a `PeriskopeError` of kind `'init'`). With no argument it fetches
 * `periskope_wasm_bg.wasm` next to this file, which webpack, Vite and Parcel emit; otherwise
 * pass the module's URL, a `Response`, its bytes or a compiled `WebAssembly.Module`.
 */
export declare function init(input?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
/** Instantiates from the module's bytes or a compiled module, synchronously. */
export declare function initSync(input: { module: SyncInitInput } | SyncInitInput): InitOutput;
