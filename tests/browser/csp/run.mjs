// Every kind of export once, under the strict policy: instantiation, parsing (JSON.parse plus
// patches), events, signatures and validation. An eval anywhere in the glue would be refused.
import { init, parseTicketInfo, parseEvent, changedFields, validateCreateTicket, verifyWebhookSignature } from '/dist/index.js';

await init();
const fixture = await (await fetch('/tests/fixtures/ticket-info.get-ticket.json')).text();
const event = await (await fetch('/tests/fixtures/event.ticket-created.docs-envelope.json')).text();
const info = parseTicketInfo(fixture);
const parsed = parseEvent(event);
const request = validateCreateTicket({ chat_id: '919537851844@c.us', subject: 'Refund' });
window.result = {
  ticketId: info.ticket.ticket_id,
  priority: info.ticket.priority,
  event: parsed.event,
  changed: changedFields(parsed).length,
  requestOk: request.success ?? request.ok ?? Boolean(request),
  signature: verifyWebhookSignature(event, '00'.repeat(32), 'key'),
  // Last, so its one violation proves the policy is enforced and the detector sees it.
  evalRefused: (() => {
    try {
      return new Function('return 1')() !== 1;
    } catch {
      return true;
    }
  })(),
};
