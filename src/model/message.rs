//! A full WhatsApp message: `chat.latest_message`, and the data of the `message.*` events.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::message_parts::{DeliveryInfo, Media, MessageKey, PollInfo, DELIVERY_INFO, MEDIA, MESSAGE_KEY, POLL_INFO};
use super::values::{MessageType, Nullable, Timestamp, MESSAGE_TYPES};
use crate::schema::{Field, Format, ObjectShape, Shape};

/// A WhatsApp message as Periskope stores it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Tsify)]
#[tsify(hashmap_as_object)]
pub struct Message {
    /// The full message id: `true_919537851844@c.us_3EB0...`.
    #[serde(default)]
    #[tsify(optional)]
    pub message_id: Nullable<String>,
    /// The WhatsApp key of the message, in snake_case form whichever form the API sent.
    #[serde(default)]
    #[tsify(optional)]
    pub id: Nullable<Box<MessageKey>>,
    /// The organisation that owns the WhatsApp account.
    #[serde(default)]
    #[tsify(optional)]
    pub org_id: Nullable<String>,
    /// The chat the message was sent in.
    #[serde(default)]
    #[tsify(optional)]
    pub chat_id: Nullable<String>,
    /// The WhatsApp id of the organisation's account.
    #[serde(default)]
    #[tsify(optional)]
    pub org_phone: Nullable<String>,
    /// The bare WhatsApp id of the message.
    #[serde(default)]
    #[tsify(optional)]
    pub unique_id: Nullable<String>,
    /// What the message carries: `chat`, `image`, `ptt`...
    #[serde(default)]
    #[tsify(optional)]
    pub message_type: Nullable<MessageType>,
    /// The text of the message, or the caption of its media.
    #[serde(default)]
    #[tsify(optional)]
    pub body: Nullable<String>,
    /// The text before the last edit.
    #[serde(default)]
    #[tsify(optional)]
    pub prev_body: Nullable<String>,
    /// When the message was sent.
    #[serde(default)]
    #[tsify(optional)]
    pub timestamp: Nullable<Timestamp>,
    /// When the message was last updated.
    #[serde(default)]
    #[tsify(optional)]
    pub updated_at: Nullable<Timestamp>,
    /// The sender's WhatsApp id.
    #[serde(default)]
    #[tsify(optional)]
    pub from: Nullable<String>,
    /// The recipient's WhatsApp id.
    #[serde(default)]
    #[tsify(optional)]
    pub to: Nullable<String>,
    /// The author in a group chat.
    #[serde(default)]
    #[tsify(optional)]
    pub author: Nullable<String>,
    /// Whether the organisation's phone sent it.
    #[serde(default)]
    #[tsify(optional)]
    pub from_me: Nullable<bool>,
    /// The sender's phone, with or without `@c.us`.
    #[serde(default)]
    #[tsify(optional)]
    pub sender_phone: Nullable<String>,
    /// The email of the user who sent it from Periskope, if one did.
    #[serde(default)]
    #[tsify(optional)]
    pub performed_by: Nullable<String>,
    /// WhatsApp's acknowledgement level, as a string (`"4"`).
    #[serde(default)]
    #[tsify(optional)]
    pub ack: Nullable<String>,
    /// Delivery and read receipts.
    #[serde(default)]
    #[tsify(optional)]
    pub delivery_info: Nullable<DeliveryInfo>,
    /// Whether the message carries media.
    #[serde(default)]
    #[tsify(optional)]
    pub has_media: Nullable<bool>,
    /// The media the message carries.
    #[serde(default)]
    #[tsify(optional)]
    pub media: Nullable<Media>,
    /// WhatsApp's media key.
    #[serde(default)]
    #[tsify(optional)]
    pub media_key: Nullable<String>,
    /// The length of audio or video in seconds; a number even when the API sent a string.
    #[serde(default)]
    #[tsify(optional)]
    pub duration: Nullable<f64>,
    /// Whether the video plays as a GIF.
    #[serde(default)]
    #[tsify(optional)]
    pub is_gif: Nullable<bool>,
    /// Contact cards the message carries.
    #[serde(default)]
    #[tsify(optional)]
    pub vcards: Nullable<Vec<String>>,
    /// A shared location, as the API gives it.
    #[serde(default)]
    #[tsify(optional, type = "unknown")]
    pub location: serde_json::Value,
    /// Links found in the body, as the API gives them.
    #[serde(default)]
    #[tsify(optional, type = "unknown")]
    pub links: serde_json::Value,
    /// The poll the message creates.
    #[serde(default)]
    #[tsify(optional)]
    pub poll_info: Nullable<PollInfo>,
    /// Votes by option, as the API gives them.
    #[serde(default)]
    #[tsify(optional, type = "unknown")]
    pub poll_results: serde_json::Value,
    /// A group invite, as the API gives it.
    #[serde(default)]
    #[tsify(optional, type = "unknown")]
    pub invite_v4: serde_json::Value,
    /// A WhatsApp Business order id.
    #[serde(default)]
    #[tsify(optional)]
    pub order_id: Nullable<String>,
    /// A WhatsApp token.
    #[serde(default)]
    #[tsify(optional)]
    pub token: Nullable<String>,
    /// Periskope's full-text search vector.
    #[serde(default)]
    #[tsify(optional)]
    pub fts: Nullable<String>,
    /// Raw WhatsApp data, as the API gives it.
    #[serde(default)]
    #[tsify(optional, type = "unknown")]
    pub raw_data: serde_json::Value,
    /// Whether the message was broadcast.
    #[serde(default)]
    #[tsify(optional)]
    pub broadcast: Nullable<bool>,
    /// The broadcast it belongs to.
    #[serde(default)]
    #[tsify(optional)]
    pub broadcast_id: Nullable<String>,
    /// Whether it is a status update.
    #[serde(default)]
    #[tsify(optional)]
    pub is_status: Nullable<bool>,
    /// Whether it was deleted.
    #[serde(default)]
    #[tsify(optional)]
    pub is_deleted: Nullable<bool>,
    /// Whether it is starred.
    #[serde(default)]
    #[tsify(optional)]
    pub is_starred: Nullable<bool>,
    /// Whether it disappears.
    #[serde(default)]
    #[tsify(optional)]
    pub is_ephemeral: Nullable<bool>,
    /// Whether it was forwarded.
    #[serde(default)]
    #[tsify(optional)]
    pub is_forwarded: Nullable<bool>,
    /// How many times it was forwarded; a number even when the API sent a string.
    #[serde(default)]
    #[tsify(optional)]
    pub forwarding_score: Nullable<f64>,
    /// Whether it has reactions.
    #[serde(default)]
    #[tsify(optional)]
    pub has_reaction: Nullable<bool>,
    /// Whether it quotes another message.
    #[serde(default)]
    #[tsify(optional)]
    pub has_quoted_msg: Nullable<bool>,
    /// The message it quotes.
    #[serde(default)]
    #[tsify(optional)]
    pub quoted_message_id: Nullable<String>,
    /// WhatsApp ids mentioned in the body.
    #[serde(default)]
    #[tsify(optional)]
    pub mentioned_ids: Nullable<Vec<String>>,
    /// The sender's device type.
    #[serde(default)]
    #[tsify(optional)]
    pub device_type: Nullable<String>,
    /// Periskope's id for a message it sent.
    #[serde(default)]
    #[tsify(optional)]
    pub sent_message_id: Nullable<String>,
    /// The ticket the message is attached to.
    #[serde(default)]
    #[tsify(optional)]
    pub message_ticket_id: Nullable<String>,
    /// Whether the message is flagged.
    #[serde(default)]
    #[tsify(optional)]
    pub flag_status: Nullable<bool>,
    /// Why and by whom it was flagged, as the API gives it.
    #[serde(default)]
    #[tsify(optional, type = "unknown")]
    pub flag_metadata: serde_json::Value,
    /// How long the flag took to be answered.
    #[serde(default)]
    #[tsify(optional)]
    pub flag_response_time: Nullable<f64>,
}

pub static MESSAGE: ObjectShape = ObjectShape::new(
    "Message",
    &[
        Field::optional("message_id", Shape::Str(Format::MessageId)),
        Field::optional("id", Shape::Object(&MESSAGE_KEY)),
        Field::optional("org_id", Shape::Str(Format::Uuid)),
        Field::optional("chat_id", Shape::Str(Format::ChatId)),
        Field::optional("org_phone", Shape::Str(Format::ContactId)),
        Field::optional("unique_id", Shape::Str(Format::Text)),
        Field::optional("message_type", Shape::Enum(MESSAGE_TYPES)),
        Field::optional("body", Shape::Str(Format::Text)),
        Field::optional("prev_body", Shape::Str(Format::Text)),
        Field::optional("timestamp", Shape::Timestamp),
        Field::optional("updated_at", Shape::Timestamp),
        Field::optional("from", Shape::Str(Format::Text)),
        Field::optional("to", Shape::Str(Format::Text)),
        Field::optional("author", Shape::Str(Format::Text)),
        Field::optional("from_me", Shape::Bool),
        Field::optional("sender_phone", Shape::Str(Format::Phone)),
        Field::optional("performed_by", Shape::Str(Format::Email)),
        Field::optional("ack", Shape::Str(Format::Text)),
        Field::optional("delivery_info", Shape::Object(&DELIVERY_INFO)),
        Field::optional("has_media", Shape::Bool),
        Field::optional("media", Shape::Object(&MEDIA)),
        Field::optional("media_key", Shape::Str(Format::Text)),
        Field::optional("duration", Shape::NumberLike),
        Field::optional("is_gif", Shape::Bool),
        Field::optional("vcards", Shape::Array(&Shape::Str(Format::Text))),
        Field::optional("location", Shape::Any),
        Field::optional("links", Shape::Any),
        Field::optional("poll_info", Shape::Object(&POLL_INFO)),
        Field::optional("poll_results", Shape::Any),
        Field::optional("invite_v4", Shape::Any),
        Field::optional("order_id", Shape::Str(Format::Text)),
        Field::optional("token", Shape::Str(Format::Text)),
        Field::optional("fts", Shape::Str(Format::Text)),
        Field::optional("raw_data", Shape::Any),
        Field::optional("broadcast", Shape::Bool),
        Field::optional("broadcast_id", Shape::Str(Format::Text)),
        Field::optional("is_status", Shape::Bool),
        Field::optional("is_deleted", Shape::Bool),
        Field::optional("is_starred", Shape::Bool),
        Field::optional("is_ephemeral", Shape::Bool),
        Field::optional("is_forwarded", Shape::Bool),
        Field::optional("forwarding_score", Shape::NumberLike),
        Field::optional("has_reaction", Shape::Bool),
        Field::optional("has_quoted_msg", Shape::Bool),
        Field::optional("quoted_message_id", Shape::Str(Format::QuotedMessageId)),
        Field::optional("mentioned_ids", Shape::Array(&Shape::Str(Format::Text))),
        Field::optional("device_type", Shape::Str(Format::Text)),
        Field::optional("sent_message_id", Shape::Str(Format::Text)),
        Field::optional("message_ticket_id", Shape::Str(Format::Text)),
        Field::optional("flag_status", Shape::Bool),
        Field::optional("flag_metadata", Shape::Any),
        Field::optional("flag_response_time", Shape::Number),
    ],
);
