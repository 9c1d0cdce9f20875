//! A chat notification (someone joined, left, changed the subject...): the data of the
//! `chat.notification.created` event (`ObjChatNotificationType`, a `tbl_chat_notifications` row).

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::message_parts::{MessageKey, MESSAGE_KEY};
use super::values::{Nullable, Timestamp};
use crate::schema::{Field, Format, ObjectShape, Shape};

/// A system notification shown in a chat, such as a member added to a group.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Tsify)]
#[tsify(hashmap_as_object)]
pub struct Notification {
    /// The notification's own id; always present.
    pub notification_id: String,
    /// What happened: `add`, `remove`, `promote`, `subject`... (WhatsApp's names, kept as sent).
    #[serde(default, rename = "type")]
    #[tsify(optional)]
    pub kind: Nullable<String>,
    /// The text WhatsApp shows for it, when there is one.
    #[serde(default)]
    #[tsify(optional)]
    pub body: Nullable<String>,
    /// Who caused it: `{phone_number}@c.us`.
    #[serde(default)]
    #[tsify(optional)]
    pub author: Nullable<String>,
    /// Who it is about (the members added, removed...).
    #[serde(default)]
    #[tsify(optional)]
    pub recipientids: Nullable<Vec<String>>,
    /// The chat it happened in.
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
    /// The WhatsApp key of the notification (snake_case whichever form the API sent).
    #[serde(default)]
    #[tsify(optional)]
    pub id: Nullable<MessageKey>,
    /// Whatever else WhatsApp attached, kept as sent.
    #[serde(default)]
    #[tsify(optional, type = "unknown")]
    pub metadata: serde_json::Value,
    /// When it happened.
    #[serde(default)]
    #[tsify(optional)]
    pub timestamp: Nullable<Timestamp>,
    /// The bare WhatsApp id of the notification.
    #[serde(default)]
    #[tsify(optional)]
    pub unique_id: Nullable<String>,
}

pub static NOTIFICATION: ObjectShape = ObjectShape::new(
    "Notification",
    &[
        Field::required("notification_id", Shape::Str(Format::Text)),
        Field::optional("type", Shape::Str(Format::Text)),
        Field::optional("body", Shape::Str(Format::Text)),
        Field::optional("author", Shape::Str(Format::Text)),
        Field::optional("recipientids", Shape::Array(&Shape::Str(Format::Text))),
        Field::optional("chat_id", Shape::Str(Format::ChatId)),
        Field::optional("org_id", Shape::Str(Format::Uuid)),
        Field::optional("org_phone", Shape::Str(Format::ContactId)),
        Field::optional("id", Shape::Object(&MESSAGE_KEY)),
        Field::optional("metadata", Shape::Any),
        Field::optional("timestamp", Shape::Timestamp),
        Field::optional("unique_id", Shape::Str(Format::Text)),
    ],
);
