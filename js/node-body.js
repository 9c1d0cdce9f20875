// @ts-check
// The raw body of a Node request (node:http, Express), for the handlers of periskope-wasm/server.

/**
 * Reads `req` to its end, or stops once more than `maxBytes` have come and leaves the rest
 * unread: the caller refuses a body longer than `maxBytes`, after whatever it checks first, and
 * closes the connection.
 * @param {AsyncIterable<Uint8Array>} req
 * @param {number} maxBytes
 * @returns {Promise<Uint8Array<ArrayBuffer>>}
 */
export async function readNodeBody(req, maxBytes) {
  /** @type {Uint8Array[]} */
  const chunks = [];
  let length = 0;
  for await (const chunk of req) {
    chunks.push(chunk);
    length += chunk.length;
    if (length > maxBytes) break;
  }
  const body = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.length;
  }
  return body;
}
