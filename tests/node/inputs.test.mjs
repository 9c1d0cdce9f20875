// Form and URL inputs, and what is refused, in Node (the same cases run in Chromium).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as pkg from 'periskope-wasm';
import { EXPECTED_INPUTS, inputCases } from '../input-cases.mjs';

test('validators read plain objects, FormData and URLSearchParams, and refuse what they cannot read', () => {
  assert.deepEqual(inputCases(pkg), EXPECTED_INPUTS);
});
