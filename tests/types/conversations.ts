// The chat, message, note and contact methods and iterators as a dashboard uses them, checked by
// `tsc --noEmit` in strict mode: each result narrows to its model, each input is typed.
import { PeriskopeClient, validateSendMessage, validateListChatsQuery, validateUpdateContact } from 'periskope-wasm';
import type {
  Chat, ChatList, Contact, ContactList, CreateNoteInput, Message, MessageList, Note, NoteList, SendMessageInput, SendMessageRequest,
  SendMessageResult, ListChatsQuery, ListNotesQueryInput, MediaInput, PollInput, Ticket, UpdateContactInput, UpdateContactRequest,
  ValidationResult,
} from 'periskope-wasm';

const client = new PeriskopeClient({ apiKey: 'sk_test', phone: '919876543210' });
const signal = new AbortController().signal;

const chats: ChatList = await client.listChats({ limit: 100, chat_type: 'user', label: 'label-vip' });
const chat: Chat = await client.getChat(chats.chats[0]?.chat_id ?? '+91 95378 51844', { signal });
const messages: MessageList = await client.listChatMessages(chat.chat_id, { offset: '0', limit: 20 });
const latest: Message | undefined = messages.messages[0];
const everywhere: MessageList = await client.listMessages();

const media: MediaInput = { filedata: 'UklGRiQAAABXQVZF', mimetype: 'audio/wav', filename: 'beep.wav' };
const poll: PollInput = { pollName: 'Slot?', pollOptions: ['10am', '2pm'], options: { allowMultipleAnswers: true } };
const reply: SendMessageInput = { chat_id: chat.chat_id, message: 'On its way', reply_to: latest?.message_id ?? null, media, poll };
const sent: SendMessageResult = await client.sendMessage(reply);
const queueId: string | null | undefined = sent.queue_id;
const forwarded: Record<string, boolean> | null = await client.forwardMessage(queueId ?? '', { forward_chat_ids: [chat.chat_id] });
const reacted: Message | null = await client.reactToMessage(queueId ?? '', { reaction: '👍' });

const draft: CreateNoteInput = { chat_id: chat.chat_id, message: 'Refund approved @priya@periskope.app' };
const note: Note = await client.createNote(draft);
const range: ListNotesQueryInput = { start_time: new Date(), end_time: '2025-04-26', limit: 500 };
const notes: NoteList = await client.listChatNotes(chat.chat_id, range);
const again: Note = await client.getNote(note.message_id);
const allNotes: NoteList = await client.listNotes(null);

const contacts: ContactList = await client.listContacts({ limit: 50 });
const contact: Contact = await client.getContact(contacts.contacts[0]?.contact_id ?? '919537851844');
const change: UpdateContactInput = { contact_name: 'Asha Rao', labels: ['vip', 'refund'], is_internal: false };
const changed: Contact = await client.updateContact(contact.contact_id, change);
const chatIds: string[] | null | undefined = changed.chat_ids;

// The iterators yield the items of their list's model.
for await (const ticket of client.paginateTickets({ limit: 500 }, { signal })) {
  const id: string = ticket.ticket_id;
  const typed: Ticket = ticket;
  console.log(id, typed.priority);
}
for await (const each of client.paginateChats({ chat_type: 'group' })) {
  const id: string = each.chat_id;
  console.log(id);
}
for await (const message of client.paginateChatMessages(chat.chat_id, { limit: 100 })) {
  const body: string | null | undefined = message.body;
  console.log(body);
}
const walk = client.paginateContacts();
const first: IteratorResult<Contact, void> = await walk.next();
await walk.return();
for await (const each of client.paginateMessages()) console.log(each.message_id);
for await (const each of client.paginateNotes()) console.log(each.message_id);
for await (const each of client.paginateChatNotes(chat.chat_id)) console.log(each.body);

// The validators narrow to what is sent.
const checked: ValidationResult<SendMessageRequest> = validateSendMessage(reply);
if (checked.success) {
  const chatId: string = checked.data.chat_id;
  const data: string | undefined = checked.data.media?.filedata;
  console.log(chatId, data);
}
const query = validateListChatsQuery({ chat_type: 'user' });
if (query.success) {
  const filter: ListChatsQuery['chat_type'] = query.data.chat_type;
  const individual: 'group' | 'individual' | 'business' | undefined = filter;
  console.log(individual);
}
const update: ValidationResult<UpdateContactRequest> = validateUpdateContact(change);
if (update.success) {
  const labels: string | undefined = update.data.labels;
  console.log(labels);
}

// @ts-expect-error getChat resolves to a chat, not a page of chats
const wrongChat: ChatList = await client.getChat('919537851844@c.us');
// @ts-expect-error a message needs its chat
await client.sendMessage({ message: 'Hi' });
// @ts-expect-error a forward needs the chats to forward to
await client.forwardMessage('id', {});
// @ts-expect-error a poll's answers are an array
await client.sendMessage({ chat_id: '919537851844', poll: { pollName: 'Q', pollOptions: 'a' } });
// @ts-expect-error contact updates do not take a chat_id
await client.updateContact('919537851844', { chat_id: 'x' });
// @ts-expect-error the iterators yield notes, not pages of notes
for await (const page of client.paginateChatNotes('919537851844')) { const wrong: NoteList = page; console.log(wrong); }
// @ts-expect-error chat_type is one of the filter's values
await client.listChats({ chat_type: 'channel' });

console.log(everywhere, sent, forwarded, reacted, notes, again, allNotes, chatIds, first, wrongChat);
