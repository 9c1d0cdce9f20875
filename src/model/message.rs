//! A full WhatsApp message: `chat.latest_message`, and the data of the `message.*` events.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::message_parts::{DeliveryInfo, Media, MessageKey, PollInfo, DELIVERY_INFO, MEDIA, MESSAGE_KEY, POLL_INFO};
use super::values::{MessageType, Nullable, Timestamp, MESSAGE_TYPES};
use crate::schema::{Field, Format, ObjectShape, Shape};

/// A WhatsApp message as Periskope stores it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Tsify)]
#[serde(default)]
#[tsify(hashmap_as_object)]
pub struct Message {
    /// The full message id: `true_919537851844@c.us_3EB0...`.
    #[tsify(optional)]
    pub message_id: Nullable<String>,
    /// The WhatsApp key of the message, in snake_case form whichever form the API sent.
    #[tsify(optional)]
    pub id: Nullable<Box<MessageKey>>,
    /// The organisation that owns the WhatsApp account.
    #[tsify(optional)]
    pub org_id: Nullable<String>,
    /// The chat the message was sent in.
    #[tsify(optional)]
    pub chat_id: Nullable<String>,
    /// The WhatsApp id of the organisation's account.
    #[tsify(optional)]
    pub org_phone: Nullable<String>,
    /// The bare WhatsApp id of the message.
    #[tsify(optional)]
    pub unique_id: Nullable<String>,
    /// What the message carries: `chat`, `image`, `ptt`...
    #[tsify(optional)]
    pub message_type: Nullable<MessageType>,
    /// The text of the message, or the caption of its media.
    #[tsify(optional)]
    pub body: Nullable<String>,
    /// The text before the last edit.
    #[tsify(optional)]
    pub prev_body: Nullable<String>,
    /// When the message was sent.
    #[tsify(optional)]
    pub timestamp: Nullable<Timestamp>,
    /// When the message was last updated.
    #[tsify(optional)]
    pub updated_at: Nullable<Timestamp>,
    /// The sender's WhatsApp id.
    #[tsify(optional)]
    pub from: Nullable<String>,
    /// The recipient's WhatsApp id.
    #[tsify(optional)]
    pub to: Nullable<String>,
    /// The author in a group chat.
    #[tsify(optional)]
    pub author: Nullable<String>,
    /// Whether the organisation's phone sent it.
    #[tsify(optional)]
    pub from_me: Nullable<bool>,
    /// The sender's phone, with or without `@c.us`.
    #[tsify(optional)]
    pub sender_phone: Nullable<String>,
    /// The email of the user who sent it from Periskope, if one did.
    #[tsify(optional)]
    pub performed_by: Nullable<String>,
    /// WhatsApp's acknowledgement level, as a string (`"4"`).
    #[tsify(optional)]
    pub ack: Nullable<String>,
    /// Delivery and read receipts.
    #[tsify(optional)]
    pub delivery_info: Nullable<DeliveryInfo>,
    /// Whether the message carries media.
    #[tsify(optional)]
    pub has_media: Nullable<bool>,
    /// The media the message carries.
    #[tsify(optional)]
    pub media: Nullable<Media>,
    /// WhatsApp's media key.
    #[tsify(optional)]
    pub media_key: Nullable<String>,
    /// The length of audio or video in seconds; a number even when the API sent a string.
    #[tsify(optional)]
    pub duration: Nullable<f64>,
    /// Whether the video plays as a GIF.
    #[tsify(optional)]
    pub is_gif: Nullable<bool>,
    /// Contact cards the message carries.
    #[tsify(optional)]
    pub vcards: Nullable<Vec<String>>,
    /// A shared location, as the API gives it.
    #[tsify(optional, type = "unknown")]
    pub location: serde_json::Value,
    /// Links found in the body, as the API gives them.
    #[tsify(optional, type = "unknown")]
    pub links: serde_json::Value,
    /// The poll the message creates.
    #[tsify(optional)]
    pub poll_info: Nullable<PollInfo>,
    /// Votes by option, as the API gives them.
    #[tsify(optional, type = "unknown")]
    pub poll_results: serde_json::Value,
    /// A group invite, as the API gives it.
    #[tsify(optional, type = "unknown")]
    pub invite_v4: serde_json::Value,
    /// A WhatsApp Business order id.
    #[tsify(optional)]
    pub order_id: Nullable<String>,
    /// A WhatsApp token.
    #[tsify(optional)]
    pub token: Nullable<String>,
    /// Periskope's full-text search vector.
    #[tsify(optional)]
    pub fts: Nullable<String>,
    /// Raw WhatsApp data, as the API gives it.
    #[tsify(optional, type = "unknown")]
    pub raw_data: serde_json::Value,
    /// Whether the message was broadcast.
    #[tsify(optional)]
    pub broadcast: Nullable<bool>,
    /// The broadcast it belongs to.
    #[tsify(optional)]
    pub broadcast_id: Nullable<String>,
    /// Whether it is a status update.
    #[tsify(optional)]
    pub is_status: Nullable<bool>,
    /// Whether it was deleted.
    #[tsify(optional)]
    pub is_deleted: Nullable<bool>,
    /// Whether it is starred.
    #[tsify(optional)]
    pub is_starred: Nullable<bool>,
    /// Whether it disappears.
    #[tsify(optional)]
    pub is_ephemeral: Nullable<bool>,
    /// Whether it was forwarded.
    #[tsify(optional)]
    pub is_forwarded: Nullable<bool>,
    /// How many times it was forwarded; a number even when the API sent a string.
    #[tsify(optional)]
    pub forwarding_score: Nullable<f64>,
    /// Whether it has reactions.
    #[tsify(optional)]
    pub has_reaction: Nullable<bool>,
    /// Whether it quotes another message.
    #[tsify(optional)]
    pub has_quoted_msg: Nullable<bool>,
    /// The message it quotes.
    #[tsify(optional)]
    pub quoted_message_id: Nullable<String>,
    /// WhatsApp ids mentioned in the body.
    #[tsify(optional)]
    pub mentioned_ids: Nullable<Vec<String>>,
    /// The sender's device type.
    #[tsify(optional)]
    pub device_type: Nullable<String>,
    /// Periskope's id for a message it sent.
    #[tsify(optional)]
    pub sent_message_id: Nullable<String>,
    /// The ticket the message is attached to.
    #[tsify(optional)]
    pub message_ticket_id: Nullable<String>,
    /// Whether the message is flagged.
    #[tsify(optional)]
    pub flag_status: Nullable<bool>,
    /// Why and by whom it was flagged, as the API gives it.
    #[tsify(optional, type = "unknown")]
    pub flag_metadata: serde_json::Value,
    /// How long the flag took to be answered.
    #[tsify(optional)]
    pub flag_response_time: Nullable<f64>,
}

pub static MESSAGE: ObjectShape = ObjectShape {
    name: "Message",
    fields: &[
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
};
