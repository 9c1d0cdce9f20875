// Jest as most projects run it: CommonJS, so `require('periskope-wasm')` gets the package's
// CommonJS build. node.test.cjs runs in Jest's default Node environment, jsdom.test.cjs in the
// jsdom one, which React dashboards test in.
module.exports = { testMatch: ['**/*.test.cjs'] };
