// The same calls from a page and from a dedicated worker: the client against the mock API on
// another origin, so every request is a real cross-origin fetch (preflight included).
import { init, PeriskopeClient, PeriskopeError } from '/dist/index.js';

const describe = (error) => ({
  isPeriskopeError: error instanceof PeriskopeError,
  kind: error.kind,
  status: error.status,
  code: error.code,
  traceId: error.traceId,
  rateLimitLimit: error.rateLimit?.limit,
  resetIsDate: error.rateLimit?.reset instanceof Date,
  issuePaths: error.issues?.map((i) => i.path),
  leaked: [error.message, error.stack, JSON.stringify(error)].some((t) => String(t).includes(apiKeyOf.value)),
});
const apiKeyOf = { value: '' };

async function settle(promise) {
  try {
    return { ok: await promise };
  } catch (error) {
    return { error: describe(error) };
  }
}

export async function run({ apiBase, apiKey }) {
  await init();
  apiKeyOf.value = apiKey;
  const api = new PeriskopeClient({ apiKey, baseUrl: apiBase, phone: '+91 98745 32456' });
  const info = await api.getTicket('BKT-002');
  const page = await api.listTickets({ offset: 0, limit: 5 });
  const created = await api.createTicket({ chat_id: '919537851844@c.us', subject: 'From the browser', priority: 2 });
  const updated = await api.updateTicket(created.ticket.ticket_id, { status: 'inprogress' });
  const missing = await settle(api.getTicket('NOPE-1'));
  const invalid = await settle(api.createTicket({ subject: '' }));
  const badKey = await settle(new PeriskopeClient({ apiKey: `${apiKey}-wrong`, baseUrl: apiBase }).getTicket('BKT-002'));
  const aborted = await settle(api.getTicket('BKT-002', { signal: AbortSignal.abort() }));
  const unreachable = await settle(new PeriskopeClient({ apiKey, baseUrl: 'http://127.0.0.1:1/v1', maxRetries: 0 }).getTicket('BKT-002'));
  return {
    ticketId: info.ticket.ticket_id,
    priorityType: typeof info.ticket.priority,
    pageSize: page.tickets.length,
    createdSubject: created.ticket.subject,
    updatedStatus: updated.ticket.status,
    missing: missing.error,
    invalid: invalid.error,
    badKey: badKey.error,
    aborted: aborted.error,
    unreachable: unreachable.error,
  };
}
