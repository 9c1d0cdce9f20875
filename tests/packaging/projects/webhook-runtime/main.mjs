// The webhook receiver's Fetch API handler, in Bun and Deno (and Node), from periskope-wasm/server.
import * as pkg from 'periskope-wasm/server';
import { deliverByFetch, webhookScenarios } from './webhook-scenarios.mjs';

console.log(JSON.stringify(await webhookScenarios(pkg, deliverByFetch)));
