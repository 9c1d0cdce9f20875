//! Request validation: what the caller is about to send, checked and normalised before it
//! leaves, with every problem reported at once (zod style).

#[macro_use]
mod request;

mod fields;
mod object;
mod phone;
mod requests;
mod rules;
mod tickets;
mod typescript;

pub(crate) use fields::chat_id;
pub use fields::{RequestPriority, RequestStatus, MAX_SUBJECT_LENGTH};
pub use phone::validate_phone;
pub use request::{FieldRule, Nulls, RequestShape, Rule};
pub use requests::{
    validate_create_note, validate_forward_message, validate_list_chats_query, validate_list_notes_query, validate_list_query,
    validate_reaction, validate_send_message, validate_update_contact, CreateNote, ForwardMessage, ListChatsQuery, ListNotesQuery,
    ListQuery, Reaction, SendMessage, UpdateContact, CREATE_NOTE, FORWARD_MESSAGE, LIST_CHATS_QUERY, LIST_NOTES_QUERY, LIST_QUERY,
    REACTION, REQUEST_SHAPES, SEND_MESSAGE, TYPESCRIPT as REQUESTS_TYPESCRIPT, UPDATE_CONTACT,
};
pub use rules::{LONG_TEXT, MAX_LIMIT, MEDIA, POLL};
pub use tickets::{validate_create_ticket, validate_list_tickets_query, validate_update_ticket, CREATE_TICKET, UPDATE_TICKET};
pub use typescript::TYPESCRIPT;
