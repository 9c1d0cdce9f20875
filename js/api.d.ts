// The generated export list (dist/api.js): the API wasm-bindgen generates from the Rust types.
export * from '../dist/api.js';
