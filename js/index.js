// @ts-check
// The default entry, for every bundler, browser, worker, extension and server runtime: the
// WebAssembly module is inside it and is instantiated on first use, so no call to `init()` is
// needed (it is kept, optional, for code written for the slim entry).

import { createLoader } from './instance.js';
import { embeddedWasm } from './embedded.js';

export * from './api.js';
export const { init, initSync } = createLoader(embeddedWasm);
