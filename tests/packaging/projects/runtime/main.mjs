// Node (import), Bun and Deno: the package imported by name, no init call.
import * as pkg from 'periskope-wasm';
import { smokeResult } from './smoke.js';
import inputs from './inputs.js';

console.log(JSON.stringify(await smokeResult(pkg, inputs)));
