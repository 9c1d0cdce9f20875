// Uses PeriskopeClient as a dashboard would. Checked by `tsc --noEmit` in strict mode.
import { init, PeriskopeClient, PeriskopeError } from 'periskope-wasm';
import type {
  CreateTicketInput,
  PeriskopeClientOptions,
  RequestOptions,
  Ticket,
  TicketInfo,
  TicketList,
  UpdateTicketInput,
} from 'periskope-wasm';

await init();

const options: PeriskopeClientOptions = {
  apiKey: 'sk_test',
  phone: '+91 98745 32456',
  baseUrl: 'https://api.periskope.app/v1',
  fetch: (input, init) => fetch(input, init),
  timeoutMs: 10_000,
  maxRetries: 3,
};
const client = new PeriskopeClient(options);
const controller = new AbortController();
const perCall: RequestOptions = { signal: controller.signal };

const info: TicketInfo = await client.getTicket('BKT-001', perCall);
const subject: string | null | undefined = info.ticket.subject;
const page: TicketList = await client.listTickets({ offset: 0, limit: 100 });
const firstPage: TicketList = await client.listTickets();
const tickets: Ticket[] = [...page.tickets, ...firstPage.tickets];

const draft: CreateTicketInput = { chat_id: '919537851844@c.us', subject: 'Refund', priority: 2, labels: ['billing'] };
const created: TicketInfo = await client.createTicket(draft);
const change: UpdateTicketInput = { status: 'closed', due_date: null };
const updated: TicketInfo = await client.updateTicket(created.ticket.ticket_id, change, { signal: controller.signal });

try {
  await client.getTicket('BKT-404');
} catch (error) {
  if (error instanceof PeriskopeError && error.kind === 'http') {
    const status: number | undefined = error.status;
    const trace: string | undefined = error.traceId;
    const reset: Date | undefined = error.rateLimit?.reset;
    console.log(status, trace, reset?.toISOString(), error.code, error.retryAfter);
  }
}

// Without apiKey, against your own backend that adds it; your own headers, static or per request.
new PeriskopeClient({ baseUrl: '/api/periskope', headers: { 'x-session': 'abc' } });
new PeriskopeClient({ baseUrl: '/api/periskope', headers: async () => ({ authorization: `Bearer ${await Promise.resolve('session')}` }) });
// @ts-expect-error header values are strings
new PeriskopeClient({ baseUrl: '/api/periskope', headers: { 'x-retries': 3 } });
// @ts-expect-error subject is required to create a ticket
await client.createTicket({ chat_id: '919537851844@c.us' });
// @ts-expect-error getTicket resolves to ticket info, not a list
const wrong: TicketList = await client.getTicket('BKT-001');
// @ts-expect-error a signal must be an AbortSignal
await client.getTicket('BKT-001', { signal: 'stop' });

console.log(subject, tickets.length, updated.ticket.status, wrong);
