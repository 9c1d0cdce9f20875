// The entries' own functions: init is optional in the default entry, slim's initSync needs the module.
import * as main from 'periskope-wasm';
import * as slim from 'periskope-wasm/slim';
import type { InitOutput } from 'periskope-wasm';

const ready: InitOutput = main.initSync();
const memory: WebAssembly.Memory = ready.memory;
await main.init();

await slim.init();
await slim.init(new URL('https://example.com/periskope_wasm_bg.wasm'));
await slim.init(fetch('/periskope_wasm_bg.wasm'));
slim.initSync({ module: new Uint8Array(8) });
// @ts-expect-error slim's initSync needs the module or its bytes
slim.initSync();

// The same API from both entries.
const fromSlim: ReturnType<typeof slim.parseTicket> = main.parseTicket('{"ticket_id":"T-1"}');
const kind: slim.PeriskopeErrorKind = 'init';
export { memory, fromSlim, kind };
