// A readable card for each kind of webhook event, chosen by the family of its name.
import { changedFields } from '/dist/index.js';
import { details, h } from './dom.js';
import { formatTime, labelsOf, priorityName, statusName } from './format.js';

const FAMILY_CARDS = {
  ticket: ({ ticket, chat }) => [
    ['Ticket', ticket.ticket_id], ['Subject', ticket.subject], ['Status', statusName(ticket.status)],
    ['Priority', priorityName(ticket.priority)], ['Assignee', ticket.assignee ?? 'Unassigned'],
    ['Labels', labelsOf(ticket).join(', ')], ['Chat', chat?.chat_name ?? ticket.chat_id],
  ],
  message: (m) => [
    ['From', m.sender_phone ?? m.from], ['Chat', m.chat_id], ['Type', m.message_type], ['Body', m.body],
    ['Sent', formatTime(m.timestamp)], ['Delivery', m.ack], ['Ticket', m.message_ticket_id],
  ],
  chat: (c) => [
    ['Name', c.chat_name], ['Type', c.chat_type], ['Chat id', c.chat_id],
    ['Members', c.member_count ?? Object.keys(c.members ?? {}).length], ['Labels', c.chat_labels],
  ],
  reaction: (r) => [['Reaction', r.reaction], ['By', r.sender_id], ['On message', r.message_id], ['Chat', r.chat_id], ['At', formatTime(r.timestamp)]],
  notification: (n) => [['Type', n.type], ['Body', n.body], ['Author', n.author], ['Recipients', n.recipientids?.join(', ')], ['Chat', n.chat_id]],
  phone: (p) => [
    ['Phone', p.phone_name], ['Number', p.org_phone], ['Phone id', p.phone_id],
    ['Ready', p.is_ready === undefined || p.is_ready === null ? undefined : p.is_ready ? 'Yes' : 'No'], ['WhatsApp state', p.wa_state],
  ],
  note: (n) => [['Note', n.body], ['By', n.performed_by], ['Private', n.is_private_note ? 'Yes' : 'No'], ['Chat', n.chat_id], ['At', formatTime(n.timestamp)]],
};

export function familyOf(name) {
  if (name.startsWith('chat.notification.')) return 'notification';
  if (name.startsWith('org.phone.')) return 'phone';
  return name.split('.')[0];
}

/** The card for a parsed event: its kind's facts, the envelope, and what an update changed. */
export function eventCard(event) {
  const name = String(event.event);
  const family = event.known ? familyOf(name) : 'unknown';
  const facts = event.known && FAMILY_CARDS[family] ? FAMILY_CARDS[family](event.data) : [['Data', h('pre', {}, JSON.stringify(event.data, null, 2))]];
  const changes = changedFields(event);
  return h('article', { class: `event-card family-${family}`, 'aria-labelledby': 'event-name' },
    h('p', { class: 'event-family' }, event.known ? family : 'unknown event (kept as sent)'),
    h('h3', { id: 'event-name' }, name),
    details(facts.map(([term, value]) => [term, value === undefined || value === null ? value : typeof value === 'object' ? value : String(value)])),
    changes.length ? h('section', {},
      h('h4', {}, 'Changed'),
      h('table', { class: 'changes' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After'))),
        h('tbody', {}, changes.map((c) => h('tr', {}, h('th', { scope: 'row' }, c.field), h('td', {}, show(c.previous)), h('td', {}, show(c.current))))))) : null,
    h('footer', {}, details([['Organisation', event.org_id], ['Delivery id', event.id], ['Sent', formatTime(event.timestamp)]], 'facts small')));
}

const show = (value) => (value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));
