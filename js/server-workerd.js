// @ts-check
// periskope-wasm/server on Cloudflare Workers: the same, over the workerd entry's instance.

import * as entry from './workerd.js';
import { useApi } from './server-api.js';

useApi(entry);

export * from './workerd.js';
export { createWebhookHandler } from './webhooks.js';
export { createApiProxy, CLIENT_ENDPOINTS } from './proxy.js';
