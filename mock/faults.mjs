// @ts-check
// Random faults for soak tests: what a long run against the real API meets now and then. Off
// unless asked for; every draw comes from a seeded PRNG, so the same seed and the same order of
// requests give the same faults. Kinds:
//   reset         the connection is reset before any byte of the answer
//   server-error  500/502/503/504 with a JSON, HTML or empty body (5xx bodies are undocumented)
//   rate-limit    a burst of 429s with Retry-After (seconds, sometimes an HTTP date) on the next requests
//   slow          the real answer, late
//   slow-body     the real answer, its body dribbled in chunks
//   truncated     the real status and headers, half the body, then the connection is cut
//   invalid-json  the real status, a JSON content type and a body that is not JSON
import { prng } from './ticket-store.mjs';

export const FAULT_KINDS = Object.freeze(['reset', 'server-error', 'rate-limit', 'slow', 'slow-body', 'truncated', 'invalid-json']);

/**
 * @param {object} [options]
 * @param {number} [options.seed] PRNG seed (default 1)
 * @param {number} [options.rate] share of requests that meet a fault, 0..1 (default 0.1)
 * @param {readonly string[]} [options.kinds] which kinds to draw from (default all)
 * @param {number} [options.slowMs] the longest delay of `slow` and of `slow-body` as a whole (default 300)
 * @param {[number, number]} [options.burst] how many requests in a row a 429 burst lasts (default [2, 5])
 */
export function createFaults({ seed = 1, rate = 0.1, kinds = FAULT_KINDS, slowMs = 300, burst = [2, 5] } = {}) {
  const unknown = kinds.filter((kind) => !FAULT_KINDS.includes(kind));
  if (unknown.length) throw new Error(`unknown fault kinds: ${unknown.join(', ')}`);
  const random = prng(seed);
  const between = (low, high) => low + Math.floor(random() * (high - low + 1));
  /** @type {Record<string, number>} */
  const counts = Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0]));
  let burstLeft = 0;
  let burstRetryAfter = '1';

  function rateLimited() {
    burstLeft -= 1;
    return { kind: 'rate-limit', retryAfter: burstRetryAfter, body: random() < 0.5 ? { message: 'Too many requests' } : '' };
  }

  function draw(kind) {
    switch (kind) {
      case 'server-error': {
        const status = [500, 502, 503, 504][between(0, 3)];
        const form = between(0, 2);
        const body = form === 0 ? { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong' } : form === 1 ? `<html><body><h1>${status}</h1></body></html>` : '';
        return { kind, status, body, retryAfter: status === 503 && random() < 0.5 ? String(between(0, 2)) : null };
      }
      case 'rate-limit':
        burstLeft = between(burst[0], burst[1]);
        // Retry-After is delta-seconds or an HTTP date (RFC 9110); both reach clients.
        burstRetryAfter = random() < 0.8 ? String(between(0, 2)) : new Date(Date.now() + 1000).toUTCString();
        return rateLimited();
      case 'slow':
        return { kind, delay: between(slowMs / 3, slowMs) };
      case 'slow-body':
        return { kind, chunks: between(3, 8), delay: Math.max(1, Math.floor(slowMs / 8)) };
      default:
        return { kind };
    }
  }

  return {
    counts,
    /** The fault for the next request, or null. */
    next() {
      const fault = burstLeft > 0 ? rateLimited() : random() < rate ? draw(kinds[Math.floor(random() * kinds.length)]) : null;
      if (fault) counts[fault.kind] += 1;
      return fault;
    },
  };
}

/** A body that is not JSON, whatever the JSON was: cut short, or an HTML page instead. */
export function corruptJson(text) {
  return text.length > 2 ? text.slice(0, Math.ceil(text.length / 2)) : '<html><body>Bad Gateway</body></html>';
}
