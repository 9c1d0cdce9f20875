// A browser app: imports the package by name, with no init call and no bundler configuration.
import * as pkg from 'periskope-wasm';
import { smokeResult } from './smoke.js';
import inputs from './inputs.js';

smokeResult(pkg, inputs).then((result) => {
  window.smokeResult = result;
});
