import assert from 'node:assert/strict';

import { PeriskopeError } from 'periskope-wasm';

/** Awaits `promise`, which must reject with a `PeriskopeError`, and returns that error. */
export async function rejection(promise) {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof PeriskopeError, `expected a PeriskopeError, got ${error}`);
    return error;
  }
  assert.fail('expected the call to reject');
}
