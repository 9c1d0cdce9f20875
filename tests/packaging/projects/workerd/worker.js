// A Cloudflare Worker: wrangler resolves the package through its `workerd` condition. `/` runs
// the smoke script; `/webhooks` runs the webhook receiver's cases through its Fetch API handler.
import * as pkg from 'periskope-wasm';
import * as server from 'periskope-wasm/server';
import { smokeResult } from './smoke.js';
import { deliverByFetch, webhookScenarios } from './webhook-scenarios.mjs';
import inputs from './inputs.js';

export default {
  async fetch(request) {
    if (new URL(request.url).pathname === '/webhooks') return Response.json(await webhookScenarios(server, deliverByFetch));
    return Response.json(await smokeResult(pkg, inputs));
  },
};
