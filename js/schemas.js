// @ts-check
// Standard Schema v1 (https://standardschema.dev) for every validator and parser, so that form
// libraries, server frameworks and routers that take any Standard Schema (TanStack Form,
// react-hook-form, Hono, tRPC) take these. The functions are looked up at call time: this
// module is evaluated before the bindings it wraps are reachable through api.js.

import {
  PeriskopeError,
  parseChat,
  parseEvent,
  parseMessage,
  parseTicket,
  parseTicketInfo,
  parseTicketList,
  validateCreateNote,
  validateCreateTicket,
  validateForwardMessage,
  validateListChatsQuery,
  validateListNotesQuery,
  validateListQuery,
  validateListTicketsQuery,
  validatePhone,
  validateReaction,
  validateSendMessage,
  validateUpdateContact,
  validateUpdateTicket,
} from './api.js';

/** @param {(value: unknown) => { value: unknown } | { issues: readonly { message: string, path?: readonly PropertyKey[] }[] }} validate */
const schema = (validate) => Object.freeze({ '~standard': Object.freeze({ version: /** @type {const} */ (1), vendor: 'periskope-wasm', validate }) });

/** @param {() => (value: any) => { success: boolean, data?: unknown, issues?: any[] }} validator */
const fromValidator = (validator) =>
  schema((value) => {
    const result = validator()(value);
    return result.success ? { value: result.data } : { issues: /** @type {any[]} */ (result.issues) };
  });

/** @param {() => (value: any) => unknown} parser */
const fromParser = (parser) =>
  schema((value) => {
    try {
      return { value: parser()(value) };
    } catch (error) {
      if (!(error instanceof PeriskopeError)) throw error;
      const issues = /** @type {{ issues?: any[] }} */ (error).issues;
      // A syntax error or a limit has no issue list: it is one issue about the whole input.
      return { issues: issues?.length ? issues : [{ path: [], code: error.kind, message: error.message }] };
    }
  });

export const createTicketSchema = fromValidator(() => validateCreateTicket);
export const updateTicketSchema = fromValidator(() => validateUpdateTicket);
export const listTicketsQuerySchema = fromValidator(() => validateListTicketsQuery);
export const phoneSchema = fromValidator(() => validatePhone);
export const sendMessageSchema = fromValidator(() => validateSendMessage);
export const forwardMessageSchema = fromValidator(() => validateForwardMessage);
export const reactionSchema = fromValidator(() => validateReaction);
export const createNoteSchema = fromValidator(() => validateCreateNote);
export const updateContactSchema = fromValidator(() => validateUpdateContact);
export const listChatsQuerySchema = fromValidator(() => validateListChatsQuery);
export const listNotesQuerySchema = fromValidator(() => validateListNotesQuery);
export const listQuerySchema = fromValidator(() => validateListQuery);
export const ticketInfoSchema = fromParser(() => parseTicketInfo);
export const ticketSchema = fromParser(() => parseTicket);
export const ticketListSchema = fromParser(() => parseTicketList);
export const chatSchema = fromParser(() => parseChat);
export const messageSchema = fromParser(() => parseMessage);
export const webhookEventSchema = fromParser(() => parseEvent);
