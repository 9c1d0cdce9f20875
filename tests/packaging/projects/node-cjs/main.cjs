// Node, CommonJS: require() by name gets the package's CommonJS build.
const pkg = require('periskope-wasm');

(async () => {
  const { smokeResult } = await import('./smoke.js');
  const { default: inputs } = await import('./inputs.js');
  const result = await smokeResult(pkg, inputs);
  console.log(JSON.stringify({ ...result, resolved: require.resolve('periskope-wasm').split(/[\\/]/).pop() }));
})();
