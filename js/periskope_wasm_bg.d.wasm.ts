// What wrangler and workerd give for a .wasm import: the compiled module.
declare const wasmModule: WebAssembly.Module;
export default wasmModule;
