// @ts-check
// The API the server handlers (webhooks.js, proxy.js) call: that of the entry serving them, so
// that they use its instance and its PeriskopeError. server.js hands over the default entry's,
// server-workerd.js the workerd entry's. Not imported from here: the default entry is one bundled
// file, and workerd must not load it.

/** @typedef {Pick<typeof import('./api.js'), 'PeriskopeError' | 'parseEvent' | 'verifyWebhookSignature' | 'validatePhone'>} EntryApi */

/** @type {EntryApi} */
export let api;

/** Called once by the server entry, with its entry's API. @param {EntryApi} entry */
export function useApi(entry) {
  api = entry;
}
