// @ts-check
// periskope-wasm/server on Cloudflare Workers: the same, over the workerd entry's instance.

export * from './workerd.js';
export { createWebhookHandler } from './webhooks.js';
export { createApiProxy, CLIENT_ENDPOINTS } from './proxy.js';
