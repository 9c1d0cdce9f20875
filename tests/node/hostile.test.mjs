// The hostile inputs of tests/hostile-cases.mjs against the built package in Node, one module
// instance for all of them, each followed by a valid parse on that same instance.
import { test } from 'node:test';
import * as pkg from 'periskope-wasm';
import { CASES, stillWorks } from '../hostile-cases.mjs';

for (const hostile of CASES) {
  test(hostile.name, async () => {
    await hostile.run(pkg);
    stillWorks(pkg);
  });
}
