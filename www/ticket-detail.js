// One ticket from getTicket: its facts, its chat's conversation and private notes (conversation.js),
// inline edits through updateTicket, the chat's members and the ticket's messages.
import { validateUpdateTicket } from '/dist/index.js';
import { api } from './api.js';
import { conversationSections } from './conversation.js';
import { byId, details, h } from './dom.js';
import { dayValue, errorPanel, formatDay, formatTime, labelsOf, priorityName, statusName, STATUSES, PRIORITIES } from './format.js';
import { showFieldIssues } from './forms.js';
import { announce } from './status.js';

const pane = () => byId('ticket-detail');
/** The conversation shown, kept while the same chat is shown: an edit re-renders the facts, not the chat. */
let conversation = { chatId: null, sections: [] };

/** Loads and shows a ticket; `onChange(ticket)` hears about saved edits. */
export async function openTicket(id, { onChange, info } = {}) {
  conversation = { chatId: null, sections: [] };
  pane().hidden = false;
  pane().replaceChildren(h('p', { class: 'muted' }, `Loading ${id}…`));
  try {
    render(info ?? (await api.getTicket(id)), onChange);
    pane().querySelector('h2').focus();
  } catch (error) {
    pane().replaceChildren(closeButton(), errorPanel(`Loading ${id}`, error));
  }
}

export function closeTicket() {
  pane().hidden = true;
  pane().replaceChildren();
  conversation = { chatId: null, sections: [] };
}

const closeButton = () => h('a', { class: 'close', href: '#tickets' }, 'Close', h('span', { class: 'visually-hidden' }, ' ticket'));

function render(info, onChange) {
  const { ticket, chat, message, attached_messages: attached } = info;
  const labels = labelsOf(ticket);
  pane().replaceChildren(
    h('header', { class: 'detail-head' },
      h('p', { class: 'ticket-id' }, ticket.ticket_id),
      h('h2', { tabindex: '-1' }, ticket.subject ?? '(no subject)'),
      closeButton()),
    details([
      ['Status', h('span', { class: `badge status-${ticket.status}` }, statusName(ticket.status))],
      ['Priority', h('span', { class: `priority p${ticket.priority ?? 0}` }, priorityName(ticket.priority))],
      ['Assignee', ticket.assignee ?? 'Unassigned'],
      ['Due', formatDay(ticket.due_date) || 'No due date'],
      ['Labels', labels.length ? h('ul', { class: 'chips' }, labels.map((l) => h('li', {}, l))) : 'None'],
      ['Raised', formatTime(ticket.created_at)],
    ]),
    ...(chat ? conversationOf(chat) : []),
    editForm(ticket, onChange),
    chat ? chatSection(chat) : null,
    messagesSection(message, attached ?? []));
  // Moving the kept conversation back into the pane resets its scroll: the newest is at the bottom.
  for (const list of pane().querySelectorAll('.bubbles')) list.scrollTop = list.scrollHeight;
}

function editForm(ticket, onChange) {
  const option = (name, value, text) => h('option', { value, selected: String(value) === String(ticket[name]) }, text);
  // A status the API added after this page was written is kept as an option, so it is not "changed" by opening the form.
  const known = ticket.status in STATUSES ? STATUSES : { ...STATUSES, [ticket.status]: statusName(ticket.status) };
  const statuses = Object.entries(known).map(([value, text]) => option('status', value, text));
  // 0 ("none") is a value tickets have but requests cannot set: offered only when it is current.
  const priorities = PRIORITIES.map((text, value) => (value || ticket.priority === 0 ? option('priority', value, text) : null));
  const form = h('form', { class: 'form edit-form', method: 'post', action: '#', novalidate: true, 'aria-label': `Edit ${ticket.ticket_id}` },
    h('h3', {}, 'Edit'),
    h('div', { class: 'field-row' },
      field('Status', h('select', { id: 'edit-status', name: 'status' }, statuses)),
      field('Priority', h('select', { id: 'edit-priority', name: 'priority' }, priorities)),
      field('Due date', h('input', { id: 'edit-due_date', name: 'due_date', type: 'date', value: dayValue(ticket.due_date) }))),
    field('Assignee email', h('input', { id: 'edit-assignee', name: 'assignee', type: 'email', value: ticket.assignee ?? '', autocomplete: 'off' })),
    h('button', { type: 'submit', class: 'primary', disabled: true }, 'Save changes'));

  // Only what changed is sent: the API keeps the rest, and an unchanged field cannot fail.
  const patch = () => {
    const values = Object.fromEntries(new FormData(form));
    const changes = {};
    if (values.status !== ticket.status) changes.status = values.status;
    if (Number(values.priority) !== ticket.priority) changes.priority = values.priority;
    if (values.assignee !== (ticket.assignee ?? '')) changes.assignee = values.assignee;
    if (values.due_date !== dayValue(ticket.due_date)) changes.due_date = values.due_date || null;
    return changes;
  };
  const check = () => {
    const changes = patch();
    const result = Object.keys(changes).length ? validateUpdateTicket(changes) : null;
    showFieldIssues(form, result?.success === false ? result.issues : []);
    form.querySelector('button').disabled = !result?.success;
    return result;
  };
  form.addEventListener('input', check);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!check()?.success) return;
    const changes = patch();
    form.querySelector('button').disabled = true;
    try {
      const info = await api.updateTicket(ticket.ticket_id, changes);
      render(info, onChange);
      pane().querySelector('h2').focus();
      announce(`Saved ${ticket.ticket_id}: ${Object.keys(changes).join(', ')} changed.`);
      onChange?.(info.ticket);
    } catch (error) {
      form.append(errorPanel(`Saving ${ticket.ticket_id}`, error));
      if (error.issues) showFieldIssues(form, error.issues);
      form.querySelector('button').disabled = false;
    }
  });
  return form;
}

function conversationOf(chat) {
  if (conversation.chatId !== chat.chat_id) conversation = { chatId: chat.chat_id, sections: conversationSections(chat) };
  return conversation.sections;
}

const field = (text, control) => h('div', { class: 'field' }, h('label', { for: control.id }, text), control);

function chatSection(chat) {
  const members = Object.values(chat.members ?? {});
  return h('section', { class: 'chat', 'aria-labelledby': 'chat-heading' },
    h('h3', { id: 'chat-heading' }, 'Chat'),
    details([['Name', chat.chat_name], ['Type', chat.chat_type], ['Chat id', h('code', {}, chat.chat_id)], ['Labels', chat.chat_labels]]),
    h('h4', {}, `Members (${members.length})`),
    h('ul', { class: 'members' }, members.map((m) => h('li', {},
      h('span', { class: 'member-name' }, m.contact_name || m.contact_id),
      ' ', h('code', {}, m.contact_id ?? ''),
      m.is_internal ? h('span', { class: 'tag' }, 'team') : null,
      m.is_admin ? h('span', { class: 'tag' }, 'admin') : null))));
}

function messagesSection(message, attached) {
  const quote = (m) => h('figure', { class: 'message' },
    h('blockquote', {}, m.body || h('span', { class: 'muted' }, m.media_path ? 'Media' : '(empty)')),
    h('figcaption', {}, [m.sender_name || m.sender_phone || 'Unknown sender', formatTime(m.timestamp)].filter(Boolean).join(' · ')));
  return h('section', { class: 'messages', 'aria-labelledby': 'messages-heading' },
    h('h3', { id: 'messages-heading' }, 'Messages'),
    h('h4', {}, 'Quoted message'),
    message ? quote(message) : h('p', { class: 'muted' }, 'None'),
    h('h4', {}, `Attached messages (${attached.length})`),
    attached.length ? attached.map(quote) : h('p', { class: 'muted' }, 'None'));
}
