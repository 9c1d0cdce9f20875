//! The short message of ticket info: the message a ticket was raised on, and attached messages.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::values::{Nullable, Timestamp};
use crate::schema::{Field, Format, ObjectShape, Shape};

/// A message as ticket info carries it (`message`, `attached_messages`): a summary of the full [`Message`](super::Message).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Tsify)]
#[tsify(hashmap_as_object)]
pub struct TicketMessage {
    /// The full message id: `true_919537851844@c.us_3EB0...`.
    #[serde(default)]
    #[tsify(optional)]
    pub message_id: Nullable<String>,
    /// The chat the message was sent in.
    #[serde(default)]
    #[tsify(optional)]
    pub chat_id: Nullable<String>,
    /// The text of the message.
    #[serde(default)]
    #[tsify(optional)]
    pub body: Nullable<String>,
    /// The WhatsApp id of the organisation's account.
    #[serde(default)]
    #[tsify(optional)]
    pub org_phone: Nullable<String>,
    /// When the message was sent.
    #[serde(default)]
    #[tsify(optional)]
    pub timestamp: Nullable<Timestamp>,
    /// Where the message's media is stored; `""` when there is none.
    #[serde(default)]
    #[tsify(optional)]
    pub media_path: Nullable<String>,
    /// The sender's display name.
    #[serde(default)]
    #[tsify(optional)]
    pub sender_name: Nullable<String>,
    /// The sender's phone, with or without `@c.us`.
    #[serde(default)]
    #[tsify(optional)]
    pub sender_phone: Nullable<String>,
    /// The email of the user who sent it from Periskope, if one did.
    #[serde(default)]
    #[tsify(optional)]
    pub performed_by: Nullable<String>,
}

pub static TICKET_MESSAGE: ObjectShape = ObjectShape::new(
    "TicketMessage",
    &[
        Field::optional("body", Shape::Str(Format::Text)),
        Field::optional("chat_id", Shape::Str(Format::ChatId)),
        Field::optional("org_phone", Shape::Str(Format::ContactId)),
        Field::optional("timestamp", Shape::Timestamp),
        Field::optional("media_path", Shape::Str(Format::Text)),
        Field::optional("message_id", Shape::Str(Format::MessageId)),
        Field::optional("sender_name", Shape::Str(Format::Text)),
        Field::optional("performed_by", Shape::Str(Format::Email)),
        Field::optional("sender_phone", Shape::Str(Format::Phone)),
    ],
);
