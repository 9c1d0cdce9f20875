// @ts-check
// periskope-wasm/server: the package, plus what runs on a server: a webhook receiver and a
// proxy that keeps the API key off the page (both as Fetch API handlers and Node middleware).
// Kept out of the default entry, which browsers download.

import * as entry from './index.js';
import { useApi } from './server-api.js';

useApi(entry);

export * from './index.js';
export { createWebhookHandler } from './webhooks.js';
export { createApiProxy, CLIENT_ENDPOINTS } from './proxy.js';
