// A browser app using the slim entry: webpack emits the .wasm it finds in `new URL(..., import.meta.url)`.
import * as pkg from 'periskope-wasm/slim';
import { smokeResult } from './smoke.js';
import inputs from './inputs.js';

let beforeInit = 'no error';
try {
  pkg.parseTicket('{"ticket_id":"T-1"}');
} catch (error) {
  beforeInit = error instanceof pkg.PeriskopeError ? `${error.kind}: ${error.message}` : `not a PeriskopeError: ${error}`;
}
pkg
  .init()
  .then(() => smokeResult(pkg, inputs))
  .then((result) => {
    window.smokeResult = { ...result, beforeInit };
  });
