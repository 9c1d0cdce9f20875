//! A reaction to a message: the data of the `reaction.created` and `reaction.updated` events
//! (`ObjReactionType` of the official types, a `tbl_chat_reactions` row).

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::message_parts::{MessageKey, MESSAGE_KEY};
use super::values::{Nullable, Timestamp};
use crate::schema::{Field, Format, ObjectShape, Shape};

/// An emoji reaction someone put on a message.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Tsify)]
#[tsify(hashmap_as_object)]
pub struct Reaction {
    /// The reaction's own id; always present.
    pub reaction_id: String,
    /// The full id of the message reacted to: `true_919537851844@c.us_3EB0...`.
    #[serde(default)]
    #[tsify(optional)]
    pub message_id: Nullable<String>,
    /// The emoji; `""` when the reaction was removed.
    #[serde(default)]
    #[tsify(optional)]
    pub reaction: Nullable<String>,
    /// Who reacted: `{phone_number}@c.us`.
    #[serde(default)]
    #[tsify(optional)]
    pub sender_id: Nullable<String>,
    /// The chat the message is in.
    #[serde(default)]
    #[tsify(optional)]
    pub chat_id: Nullable<String>,
    /// The organisation that owns the WhatsApp account.
    #[serde(default)]
    #[tsify(optional)]
    pub org_id: Nullable<String>,
    /// The WhatsApp id of the organisation's account, `{phone_number}@c.us`.
    #[serde(default)]
    #[tsify(optional)]
    pub org_phone: Nullable<String>,
    /// The WhatsApp key of the reaction itself (snake_case whichever form the API sent).
    #[serde(default)]
    #[tsify(optional)]
    pub id: Nullable<MessageKey>,
    /// The WhatsApp key of the message reacted to (snake_case whichever form the API sent).
    #[serde(default)]
    #[tsify(optional)]
    pub msg_id: Nullable<MessageKey>,
    /// WhatsApp's delivery state of the reaction, as a number.
    #[serde(default)]
    #[tsify(optional)]
    pub ack: Nullable<f64>,
    /// Whether the reaction has been seen.
    #[serde(default)]
    #[tsify(optional)]
    pub read: Nullable<bool>,
    /// Non-zero when the reaction arrived before the message it reacts to.
    #[serde(default)]
    #[tsify(optional)]
    pub orphan: Nullable<f64>,
    /// Why the reaction is an orphan.
    #[serde(default)]
    #[tsify(optional)]
    pub orphan_reason: Nullable<String>,
    /// When the reaction was made.
    #[serde(default)]
    #[tsify(optional)]
    pub timestamp: Nullable<Timestamp>,
    /// The bare WhatsApp id of the reaction.
    #[serde(default)]
    #[tsify(optional)]
    pub unique_id: Nullable<String>,
}

pub static REACTION: ObjectShape = ObjectShape::new(
    "Reaction",
    &[
        Field::required("reaction_id", Shape::Str(Format::Text)),
        Field::optional("message_id", Shape::Str(Format::MessageId)),
        Field::optional("reaction", Shape::Str(Format::Text)),
        Field::optional("sender_id", Shape::Str(Format::Text)),
        Field::optional("chat_id", Shape::Str(Format::ChatId)),
        Field::optional("org_id", Shape::Str(Format::Uuid)),
        Field::optional("org_phone", Shape::Str(Format::ContactId)),
        Field::optional("id", Shape::Object(&MESSAGE_KEY)),
        Field::optional("msg_id", Shape::Object(&MESSAGE_KEY)),
        Field::optional("ack", Shape::Int),
        Field::optional("read", Shape::Bool),
        Field::optional("orphan", Shape::Int),
        Field::optional("orphan_reason", Shape::Str(Format::Text)),
        Field::optional("timestamp", Shape::Timestamp),
        Field::optional("unique_id", Shape::Str(Format::Text)),
    ],
);
