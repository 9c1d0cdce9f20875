// Webhook types as a user sees them: narrowing on `event` types `data`, wrong accesses fail.
import {
  WEBHOOK_EVENTS,
  changedFields,
  parseEvent,
  verifyWebhookSignature,
  type ChangedField,
  type Message,
  type PhoneInfo,
  type Reaction,
  type TicketInfo,
  type WebhookEvent,
  type WebhookEventName,
} from 'periskope-wasm';

declare const body: string;
declare const header: string | string[] | undefined;

export function handle(): string {
  if (!verifyWebhookSignature(body, header, 'psk_live_4f9a2c7e1b')) return 'rejected';
  const e: WebhookEvent = parseEvent(body);

  if (e.event === 'ticket.updated') {
    const info: TicketInfo = e.data;
    const changes: ChangedField[] = changedFields(e);
    // @ts-expect-error ticket events carry ticket info, not a message body
    e.data.body;
    return `${info.ticket.ticket_id} ${e.data.ticket.priority ?? 0} ${changes.length}`;
  }

  switch (e.event) {
    case 'message.created':
    case 'message.flagged': {
      const message: Message = e.data;
      // @ts-expect-error a message has no ticket
      e.data.ticket;
      return message.body ?? '';
    }
    case 'reaction.updated': {
      const reaction: Reaction = e.data;
      const fromMe: boolean | null | undefined = e.data.msg_id?.from_me;
      // @ts-expect-error the key is normalised to from_me, fromMe is not in the type
      e.data.msg_id?.fromMe;
      return `${reaction.reaction_id} ${fromMe}`;
    }
    case 'org.phone.qr': {
      const phone: PhoneInfo = e.data;
      // @ts-expect-error phone data is not ticket info
      const wrong: TicketInfo = e.data;
      return phone.qr_code ?? wrong.ticket.ticket_id;
    }
    case 'note.created':
      return e.data.message_id;
  }

  if (!e.known) {
    // An unknown event's data is unknown: it must be checked before use.
    // @ts-expect-error data of an unknown event is not typed
    e.data.ticket;
    return String(e.event);
  }
  // @ts-expect-error not one of the 20 names
  if (e.event === 'ticket.exploded') return '';
  return e.org_id;
}

const names: readonly WebhookEventName[] = WEBHOOK_EVENTS;
const first: 'chat.created' = WEBHOOK_EVENTS[0];
// @ts-expect-error WEBHOOK_EVENTS is read-only
WEBHOOK_EVENTS.push('x');
// @ts-expect-error a typo in an event name is caught
const typo: WebhookEventName = 'ticket.update';
export { names, first, typo };
