// A Manifest V3 service worker (bundled by esbuild as the extension's background script): no
// top-level await, no dynamic import(), no init call.
import * as pkg from 'periskope-wasm';
import { smokeResult } from './smoke.js';
import inputs from './inputs.js';

globalThis.smokeResult = smokeResult(pkg, inputs);
