// A Cloudflare Worker: wrangler resolves the package through its `workerd` condition.
import * as pkg from 'periskope-wasm';
import { smokeResult } from './smoke.js';
import inputs from './inputs.js';

export default {
  async fetch() {
    return Response.json(await smokeResult(pkg, inputs));
  },
};
