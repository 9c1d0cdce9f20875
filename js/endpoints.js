// Generated from src/client/operations.rs: edit it there, then `UPDATE=1 cargo test` rewrites this file.
/** The endpoints PeriskopeClient calls, as `"METHOD /path/:param"`: what createApiProxy forwards unless told otherwise. */
export const CLIENT_ENDPOINTS = Object.freeze([
  'POST /tickets/create',
  'GET /tickets/:ticketId',
  'GET /tickets',
  'PATCH /tickets/:ticketId',
  'GET /chats',
  'GET /chats/:chatId(chat)',
  'GET /chats/:chatId(chat)/messages',
  'GET /chats/messages',
  'POST /message/send',
  'POST /message/:messageId/forward',
  'POST /message/:messageId/react',
  'POST /note/create',
  'GET /chats/:chatId(chat)/notes',
  'GET /notes',
  'GET /notes/:noteId',
  'GET /contacts',
  'GET /contacts/:contactId(digits)',
  'PATCH /contacts/:contactId(digits)',
]);
