// require('periskope-wasm') from CommonJS TypeScript: the self-contained .d.cts.
import periskope = require('periskope-wasm');

const info: periskope.TicketInfo = periskope.parseTicketInfo('{"ticket":{"ticket_id":"T-1"}}');
const result = periskope.validateCreateTicket({ chat_id: '919537851844@c.us', subject: 'Refund' });
if (result.success) {
  const chatId: string = result.data.chat_id;
  void chatId;
}
const error: periskope.PeriskopeError | undefined = undefined;
// @ts-expect-error the priority of a parsed ticket is a number
const priority: string = info.ticket.priority;
export = { info, error, priority };
