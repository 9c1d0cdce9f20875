// @ts-check
// What every packaging test runs, in every bundler, runtime and extension, given the package as
// the user's code imported it: parse a ticket from text and from an object (and refuse a Map in
// one), validate a create request, parse a
// webhook event and verify its signature, one client call against the mock API, and an iterator
// over two pages (its methods are defined by the package's own JS, which a bundler must keep). The runner
// (tests/packaging/run.mjs) compares the result with what it expects and names the tool on a
// difference. The inputs come from inputs.js, which the runner writes into each project.

/**
 * @param {typeof import('periskope-wasm')} pkg
 * @param {{ ticketText: string, eventText: string, signature: string, signingKey: string, apiBase: string, apiKey: string }} inputs
 */
export async function smoke(pkg, inputs) {
  const info = pkg.parseTicketInfo(inputs.ticketText);
  const fromObject = pkg.parseTicketInfo(JSON.parse(inputs.ticketText));
  let refusal = 'no error';
  try {
    pkg.parseTicketInfo({ ticket: { ticket_id: 'A', custom_properties: new Map() } });
  } catch (error) {
    const e = /** @type {any} */ (error);
    refusal = `${e.constructor.name} ${e.kind} ${e.issues?.[0]?.path.join('.')} ${e.issues?.[0]?.received}`;
  }
  const request = pkg.validateCreateTicket({ chat_id: '+91 95378 51844', subject: ' Printer ', priority: 3 });
  const event = pkg.parseEvent(inputs.eventText);
  const valid = pkg.verifyWebhookSignature(inputs.eventText, inputs.signature, inputs.signingKey);
  const tampered = pkg.verifyWebhookSignature(inputs.eventText + ' ', inputs.signature, inputs.signingKey);
  let syntax = 'no error';
  try {
    pkg.parseTicketInfo('{"ticket":\n  {"ticket_id": }');
  } catch (error) {
    syntax = error instanceof pkg.PeriskopeError ? `${error.kind} at ${error.line}:${error.column}` : `not a PeriskopeError: ${error}`;
  }
  const client = new pkg.PeriskopeClient({ apiKey: inputs.apiKey, baseUrl: inputs.apiBase });
  const fetched = await client.getTicket('BKT-001');
  const paged = [];
  for await (const ticket of client.paginateTickets({ limit: 2 })) {
    paged.push(ticket.ticket_id);
    if (paged.length === 3) break;
  }
  return {
    parse: `${info.ticket.ticket_id} priority ${info.ticket.priority} due ${info.ticket.due_date}`,
    object: `${fromObject.ticket.ticket_id} priority ${fromObject.ticket.priority} due ${fromObject.ticket.due_date}`,
    refusal,
    validate: request.success ? `${request.data.chat_id} ${request.data.subject} ${request.data.priority}` : 'invalid',
    event: `${String(event.event)} known ${event.known}`,
    signature: `${valid} ${tampered}`,
    syntax,
    client: fetched.ticket.ticket_id,
    paged: paged.join(' '),
    events: pkg.WEBHOOK_EVENTS.length,
  };
}

/** What `smoke` returns when the package works. */
export const EXPECTED = {
  parse: 'BKT-001 priority 1 due null',
  object: 'BKT-001 priority 1 due null',
  refusal: 'PeriskopeError validation ticket.custom_properties Map',
  validate: '919537851844@c.us Printer 3',
  event: 'ticket.created known true',
  signature: 'true false',
  syntax: 'syntax at 2:17',
  client: 'BKT-001',
  paged: 'BKT-001 BKT-002 BKT-003',
  events: 20,
};

/** Runs `smoke`, turning a failure into a result that says what went wrong. */
export async function smokeResult(pkg, inputs) {
  try {
    return await smoke(pkg, inputs);
  } catch (error) {
    const e = /** @type {any} */ (error);
    return { failure: `${e?.name}: ${e?.message}`, kind: e?.kind ?? null };
  }
}
