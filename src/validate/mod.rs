//! Request validation: what the caller is about to send, checked and normalised before it
//! leaves, with every problem reported at once (zod style).

mod create_ticket;
mod fields;
mod list_query;
mod object;
mod phone;
mod typescript;
mod update_ticket;

pub use create_ticket::{validate_create_ticket, CreateTicketRequest};
pub use fields::{RequestPriority, RequestStatus, MAX_SUBJECT_LENGTH};
pub use list_query::{validate_list_tickets_query, ListTicketsQuery, MAX_LIMIT};
pub use phone::validate_phone;
pub use typescript::TYPESCRIPT;
pub use update_ticket::{validate_update_ticket, UpdateTicketRequest};
