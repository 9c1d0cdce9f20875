//! Request validation: what the caller is about to send, checked and normalised before it
//! leaves, with every problem reported at once (zod style).

#[macro_use]
mod request;

mod create_ticket;
mod fields;
mod list_query;
mod object;
mod phone;
mod requests;
mod rules;
mod typescript;
mod update_ticket;

pub use create_ticket::{validate_create_ticket, CreateTicketRequest};
pub(crate) use fields::chat_id;
pub use fields::{RequestPriority, RequestStatus, MAX_SUBJECT_LENGTH};
pub use list_query::{validate_list_tickets_query, ListTicketsQuery, MAX_LIMIT};
pub use phone::validate_phone;
pub use request::{FieldRule, RequestShape, Rule};
pub use requests::{
    validate_create_note, validate_forward_message, validate_list_chats_query, validate_list_notes_query, validate_list_query,
    validate_reaction, validate_send_message, validate_update_contact, CreateNote, ForwardMessage, ListChatsQuery, ListNotesQuery,
    ListQuery, Reaction, SendMessage, UpdateContact, CREATE_NOTE, FORWARD_MESSAGE, LIST_CHATS_QUERY, LIST_NOTES_QUERY, LIST_QUERY,
    REACTION, REQUEST_SHAPES, SEND_MESSAGE, TYPESCRIPT as REQUESTS_TYPESCRIPT, UPDATE_CONTACT,
};
pub use rules::{LONG_TEXT, MEDIA, POLL};
pub use typescript::TYPESCRIPT;
pub use update_ticket::{validate_update_ticket, UpdateTicketRequest};
