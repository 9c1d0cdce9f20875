// Jest as most projects run it: CommonJS, so `require('periskope-wasm')` gets the package's
// CommonJS build. node.spec.cjs runs in Jest's default Node environment, jsdom.spec.cjs in the
// jsdom one, which React dashboards test in.
module.exports = { testMatch: ['**/*.spec.cjs'] };
