//! A private note left in a chat by a team member: the data of the `note.created` event
//! (`ObjNoteType` of the official types, a `tbl_chat_notes` row).

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::message_parts::{Media, MEDIA};
use super::values::{Nullable, Timestamp};
use crate::schema::{Field, Format, ObjectShape, Shape};

/// A note in a chat: stored like a message, but seen only by the organisation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Tsify)]
#[tsify(hashmap_as_object)]
pub struct Note {
    /// The note's id, in message-id form; always present.
    pub message_id: String,
    /// The note's text.
    #[serde(default)]
    #[tsify(optional)]
    pub body: Nullable<String>,
    /// The text before the last edit.
    #[serde(default)]
    #[tsify(optional)]
    pub prev_body: Nullable<String>,
    /// The chat the note is in.
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
    /// The email of the team member who wrote it.
    #[serde(default)]
    #[tsify(optional)]
    pub performed_by: Nullable<String>,
    /// Whether only the organisation sees it (notes are private unless the API says otherwise).
    #[serde(default)]
    #[tsify(optional)]
    pub is_private_note: Nullable<bool>,
    /// Whether the note was deleted.
    #[serde(default)]
    #[tsify(optional)]
    pub is_deleted: Nullable<bool>,
    /// Whether the organisation's phone is the author.
    #[serde(default)]
    #[tsify(optional)]
    pub from_me: Nullable<bool>,
    /// What the note carries (`chat`, `image`...), kept as sent.
    #[serde(default)]
    #[tsify(optional)]
    pub message_type: Nullable<String>,
    /// An attached file.
    #[serde(default)]
    #[tsify(optional)]
    pub media: Nullable<Media>,
    /// Contact ids mentioned in the note.
    #[serde(default)]
    #[tsify(optional)]
    pub mentioned_ids: Nullable<Vec<String>>,
    /// The message the note replies to.
    #[serde(default)]
    #[tsify(optional)]
    pub quoted_message_id: Nullable<String>,
    /// The phone of the author, with or without `@c.us`.
    #[serde(default)]
    #[tsify(optional)]
    pub sender_phone: Nullable<String>,
    /// The id of the message sent from the note, when it was sent on.
    #[serde(default)]
    #[tsify(optional)]
    pub sent_message_id: Nullable<String>,
    /// Delivery state, as a string.
    #[serde(default)]
    #[tsify(optional)]
    pub ack: Nullable<String>,
    /// When the note was written.
    #[serde(default)]
    #[tsify(optional)]
    pub timestamp: Nullable<Timestamp>,
    /// When the note was last edited.
    #[serde(default)]
    #[tsify(optional)]
    pub updated_at: Nullable<Timestamp>,
    /// The bare id of the note.
    #[serde(default)]
    #[tsify(optional)]
    pub unique_id: Nullable<String>,
}

pub static NOTE: ObjectShape = ObjectShape::new(
    "Note",
    &[
        Field::required("message_id", Shape::Str(Format::Text)),
        Field::optional("body", Shape::Str(Format::Text)),
        Field::optional("prev_body", Shape::Str(Format::Text)),
        Field::optional("chat_id", Shape::Str(Format::ChatId)),
        Field::optional("org_id", Shape::Str(Format::Uuid)),
        Field::optional("org_phone", Shape::Str(Format::ContactId)),
        Field::optional("performed_by", Shape::Str(Format::Email)),
        Field::optional("is_private_note", Shape::Bool),
        Field::optional("is_deleted", Shape::Bool),
        Field::optional("from_me", Shape::Bool),
        Field::optional("message_type", Shape::Str(Format::Text)),
        Field::optional("media", Shape::Object(&MEDIA)),
        Field::optional("mentioned_ids", Shape::Array(&Shape::Str(Format::Text))),
        Field::optional("quoted_message_id", Shape::Str(Format::QuotedMessageId)),
        Field::optional("sender_phone", Shape::Str(Format::Phone)),
        Field::optional("sent_message_id", Shape::Str(Format::Text)),
        Field::optional("ack", Shape::Str(Format::Text)),
        Field::optional("timestamp", Shape::Timestamp),
        Field::optional("updated_at", Shape::Timestamp),
        Field::optional("unique_id", Shape::Str(Format::Text)),
    ],
);
