//! Ticket info: what create, get and update return, and the data of `ticket.*` events.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::chat::{Chat, CHAT};
use super::ticket::{Ticket, TICKET};
use super::ticket_message::{TicketMessage, TICKET_MESSAGE};
use super::values::Nullable;
use crate::schema::{Field, ObjectShape, Shape};

/// A ticket with the chat and the message it was raised on.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Tsify)]
#[tsify(hashmap_as_object)]
pub struct TicketInfo {
    /// The ticket itself; always present, with its `ticket_id`.
    pub ticket: Ticket,
    /// The chat the ticket was raised in (a subset of the chat object, with `chat_labels`).
    #[serde(default)]
    #[tsify(optional)]
    pub chat: Nullable<Chat>,
    /// The message the ticket was raised on.
    #[serde(default)]
    #[tsify(optional)]
    pub message: Nullable<TicketMessage>,
    /// Messages attached to the ticket since.
    #[serde(default)]
    #[tsify(optional)]
    pub attached_messages: Nullable<Vec<TicketMessage>>,
}

pub static TICKET_INFO: ObjectShape = ObjectShape::new(
    "TicketInfo",
    &[
        Field::required("ticket", Shape::Object(&TICKET)),
        Field::optional("chat", Shape::Object(&CHAT)),
        Field::optional("message", Shape::Object(&TICKET_MESSAGE)),
        Field::optional("attached_messages", Shape::Array(&Shape::Object(&TICKET_MESSAGE))),
    ],
);
