//! Ticket info: what create, get and update return, and the data of `ticket.*` events.

use super::chat::Chat;
use super::ticket::Ticket;
use super::ticket_message::TicketMessage;

model! {
    /// A ticket with the chat and the message it was raised on.
    pub struct TicketInfo as TICKET_INFO {
        /// The ticket itself; always present, with its `ticket_id`.
        ticket: required Object(Ticket),
        /// The chat the ticket was raised in (a subset of the chat object, with `chat_labels`).
        chat: Object(Chat),
        /// The message the ticket was raised on.
        message: Object(TicketMessage),
        /// Messages attached to the ticket since.
        attached_messages: Array(Object(TicketMessage)),
    }
}
