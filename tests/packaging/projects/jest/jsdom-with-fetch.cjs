// jsdom has no fetch: tests that call an API give it Node's, as this common recipe does.
const { TestEnvironment } = require('jest-environment-jsdom');

module.exports = class extends TestEnvironment {
  constructor(...args) {
    super(...args);
    Object.assign(this.global, { fetch, Response, Request, Headers });
  }
};
