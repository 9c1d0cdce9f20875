// The bindings wasm-bindgen generates (dist/periskope_wasm_bg.js), as the loaders use them.
/** Hands the bindings the instance's exports (or a stand-in until there is one). */
export function __wbg_set_wasm(exports: object): void;
/** The class wasm-bindgen generates; js/client.js extends it with the operations' methods. */
export { PeriskopeClient } from '../dist/api.js';
