// A user's app: imports the package by name and lets Vite bundle it (and its .wasm asset).
import { init, parseTicketInfo, validateCreateTicket, PeriskopeError } from 'periskope-wasm';

await init();
const info = parseTicketInfo('{"ticket":{"ticket_id":"BKT-7","priority":"2","due_date":""}}');
const check = validateCreateTicket({ chat_id: '+91 95378 51844', subject: 'Refund' });
let kind = null;
try {
  parseTicketInfo('{"ticket":');
} catch (error) {
  kind = error instanceof PeriskopeError ? error.kind : 'not a PeriskopeError';
}
window.result = { ticketId: info.ticket.ticket_id, priority: info.ticket.priority, chatId: check.success ? check.data.chat_id : null, kind };
