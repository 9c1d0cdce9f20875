import type { StandardSchemaV1 } from './standard-schema.js';
import type {
  Chat, CreateNoteInput, CreateNoteRequest, CreateTicketInput, CreateTicketRequest, ForwardMessageInput, ForwardMessageRequest, ListChatsQuery,
  ListChatsQueryInput, ListNotesQuery, ListNotesQueryInput, ListQuery, ListQueryInput, ListTicketsQuery, ListTicketsQueryInput, Message,
  PayloadInput, ReactionInput, ReactionRequest, SendMessageInput, SendMessageRequest, Ticket, TicketInfo, TicketList, UpdateContactInput,
  UpdateContactRequest, UpdateTicketInput, UpdateTicketRequest, WebhookEvent,
} from './api.js';


/** `validateCreateTicket` as a Standard Schema: `{ value }` is the request to send, `{ issues }` every problem. */
export declare const createTicketSchema: StandardSchemaV1<CreateTicketInput, CreateTicketRequest>;
/** `validateUpdateTicket` as a Standard Schema. */
export declare const updateTicketSchema: StandardSchemaV1<UpdateTicketInput, UpdateTicketRequest>;
/** `validateListTicketsQuery` as a Standard Schema (URL parameters as strings are read as numbers). */
export declare const listTicketsQuerySchema: StandardSchemaV1<ListTicketsQueryInput, ListTicketsQuery>;
/** `validatePhone` as a Standard Schema: the value is the `x-phone` form. */
export declare const phoneSchema: StandardSchemaV1<string | number, string>;
export declare const sendMessageSchema: StandardSchemaV1<SendMessageInput, SendMessageRequest>;
export declare const forwardMessageSchema: StandardSchemaV1<ForwardMessageInput, ForwardMessageRequest>;
export declare const reactionSchema: StandardSchemaV1<ReactionInput, ReactionRequest>;
export declare const createNoteSchema: StandardSchemaV1<CreateNoteInput, CreateNoteRequest>;
export declare const updateContactSchema: StandardSchemaV1<UpdateContactInput, UpdateContactRequest>;
export declare const listChatsQuerySchema: StandardSchemaV1<ListChatsQueryInput, ListChatsQuery>;
export declare const listNotesQuerySchema: StandardSchemaV1<ListNotesQueryInput, ListNotesQuery>;
export declare const listQuerySchema: StandardSchemaV1<ListQueryInput, ListQuery>;
/** `parseTicketInfo` as a Standard Schema: JSON text, bytes or a parsed object in, the normalised model out. */
export declare const ticketInfoSchema: StandardSchemaV1<PayloadInput, TicketInfo>;
export declare const ticketSchema: StandardSchemaV1<PayloadInput, Ticket>;
export declare const ticketListSchema: StandardSchemaV1<PayloadInput, TicketList>;
export declare const chatSchema: StandardSchemaV1<PayloadInput, Chat>;
export declare const messageSchema: StandardSchemaV1<PayloadInput, Message>;
/** `parseEvent` as a Standard Schema. */
export declare const webhookEventSchema: StandardSchemaV1<PayloadInput, WebhookEvent>;
