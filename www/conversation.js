// A ticket's chat as an agent works in it: the conversation (its latest messages, newest last)
// with a reply box that sends through sendMessage, and the chat's private notes with a box that
// adds one through createNote. Each box is checked as it is typed by the validator the client
// itself runs before sending.
import { validateCreateNote, validateSendMessage } from '/dist/index.js';
import { api } from './api.js';
import { h } from './dom.js';
import { errorPanel, formatTime } from './format.js';
import { showFieldIssues } from './forms.js';
import { announce } from './status.js';

/** How many of the latest messages and notes are shown. */
const RECENT = 20;

/** The conversation and the notes of `chat`, loading; both sections in one fragment. */
export function conversationSections(chat) {
  const names = new Map(Object.values(chat.members ?? {}).map((m) => [m.contact_id, m.contact_name]));
  names.org = String(chat.org_phone ?? '').replace('@c.us', '');
  const conversation = h('section', { class: 'conversation', 'aria-labelledby': 'conversation-heading' },
    h('h3', { id: 'conversation-heading' }, 'Conversation'),
    h('ol', { class: 'bubbles', 'aria-live': 'polite' }, h('li', { class: 'muted' }, 'Loading messages…')),
    composer({
      id: 'reply', label: 'Reply', button: 'Send reply', placeholder: `Message ${chat.chat_name ?? chat.chat_id}`,
      validate: (message) => validateSendMessage({ chat_id: chat.chat_id, message }),
      send: async (message) => {
        const sent = await api.sendMessage({ chat_id: chat.chat_id, message });
        announce(`Reply sent (queue position ${sent.queue_position ?? 'unknown'}).`);
        await loadMessages(chat.chat_id, conversation, names);
      },
    }));
  const notes = h('section', { class: 'notes', 'aria-labelledby': 'notes-heading' },
    h('h3', { id: 'notes-heading' }, 'Private notes'),
    h('p', { class: 'hint' }, 'Seen by your team only, never sent on WhatsApp. @email mentions a colleague.'),
    h('ul', { class: 'note-list' }, h('li', { class: 'muted' }, 'Loading notes…')),
    composer({
      id: 'note', label: 'New note', button: 'Add note', placeholder: 'Refund approved, follow up Monday',
      validate: (message) => validateCreateNote({ chat_id: chat.chat_id, message }),
      send: async (message) => {
        await api.createNote({ chat_id: chat.chat_id, message });
        announce('Note added.');
        await loadNotes(chat.chat_id, notes);
      },
    }));
  loadMessages(chat.chat_id, conversation, names);
  loadNotes(chat.chat_id, notes);
  return [conversation, notes];
}

async function loadMessages(chatId, section, names) {
  const list = section.querySelector('.bubbles');
  try {
    const { messages } = await api.listChatMessages(chatId, { limit: RECENT });
    // The API lists newest first; a conversation reads oldest to newest.
    list.replaceChildren(...(messages.length ? [...messages].reverse().map((m) => bubble(m, names)) : [h('li', { class: 'muted' }, 'No messages yet.')]));
    list.scrollTop = list.scrollHeight;
  } catch (error) {
    list.replaceChildren(h('li', {}, errorPanel('Loading the conversation', error)));
  }
}

function bubble(message, names) {
  // Who sent it: the sender's phone when the API gives it (the organisation's own, or a member's),
  // otherwise from_me.
  const sender = String(message.sender_phone ?? '').replace('@c.us', '');
  const mine = sender ? sender === names.org : Boolean(message.from_me);
  const who = mine
    ? (message.performed_by && message.performed_by !== 'api' ? message.performed_by : 'You')
    : (names.get(`${sender}@c.us`) ?? (sender || 'Customer'));
  const media = message.media?.filename ?? (message.has_media ? message.message_type : null);
  return h('li', { class: mine ? 'bubble mine' : 'bubble theirs', 'data-message-id': message.message_id },
    message.body ? h('p', { class: 'body' }, message.body) : null,
    media ? h('p', { class: 'media' }, `📎 ${media}`) : null,
    h('p', { class: 'meta' }, [who, formatTime(message.timestamp)].filter(Boolean).join(' · ')));
}

async function loadNotes(chatId, section) {
  const list = section.querySelector('.note-list');
  try {
    const { notes } = await api.listChatNotes(chatId, { limit: RECENT });
    list.replaceChildren(...(notes.length
      ? notes.map((n) => h('li', { class: 'note', 'data-note-id': n.message_id },
        h('p', { class: 'body' }, n.body || (n.media?.filename ? `📎 ${n.media.filename}` : '(empty)')),
        h('p', { class: 'meta' }, [n.performed_by, formatTime(n.timestamp)].filter(Boolean).join(' · '))))
      : [h('li', { class: 'muted' }, 'No notes yet.')]));
  } catch (error) {
    list.replaceChildren(h('li', {}, errorPanel('Loading the notes', error)));
  }
}

/** A text box with a button, enabled only while `validate` accepts the text. */
function composer({ id, label, button, placeholder, validate, send }) {
  const input = h('textarea', { id: `${id}-message`, name: 'message', rows: 2, placeholder });
  const submit = h('button', { type: 'submit', class: 'primary', disabled: true }, button);
  const form = h('form', { class: 'form composer', method: 'post', action: '#', novalidate: true, 'aria-label': label },
    h('div', { class: 'field' }, h('label', { for: input.id }, label), input),
    submit);
  let touched = false;
  const check = () => {
    const result = validate(input.value);
    // An empty box is not an error until something was typed.
    showFieldIssues(form, result.success || !touched ? [] : result.issues.map((i) => ({ ...i, path: ['message'] })));
    submit.disabled = !result.success;
    return result.success;
  };
  input.addEventListener('input', () => {
    touched = true;
    check();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!check()) return;
    submit.disabled = true;
    form.querySelector('.error-panel')?.remove();
    try {
      await send(input.value);
      input.value = '';
      touched = false;
      check();
    } catch (error) {
      form.append(errorPanel(button, error));
      submit.disabled = false;
    }
  });
  return form;
}
