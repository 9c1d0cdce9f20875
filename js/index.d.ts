export * from './api.js';

/** What `init` loads the module from: its URL, a `Response`, its bytes or a compiled module. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;
/** What `initSync` instantiates: the module's bytes or a compiled module. */
export type SyncInitInput = BufferSource | WebAssembly.Module;
/** The instance's exports; `memory` is its linear memory. */
export interface InitOutput {
  readonly memory: WebAssembly.Memory;
}

/**
 * Optional: the module is inside this entry and is instantiated on first use. Awaiting `init()`
 * only moves that work (a few milliseconds) to a moment of your choosing, and rejects with a
 * `PeriskopeError` of kind `'init'` where the environment refuses WebAssembly (a Content Security
 * Policy without `'wasm-unsafe-eval'`). Given a URL, bytes or a module, it uses those instead.
 */
export declare function init(input?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
/** The synchronous form of `init`; returns the exports of the instance already made, if any. */
export declare function initSync(input?: { module: SyncInitInput } | SyncInitInput): InitOutput;
