//! A member of a chat, as found in `chat.members`.

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::values::Nullable;
use crate::schema::{Field, Format, ObjectShape, Shape};

/// A participant of a chat, keyed by its contact id in `Chat.members`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Tsify)]
#[tsify(hashmap_as_object)]
pub struct ChatMember {
    /// The organisation that owns the WhatsApp account.
    #[serde(default)]
    #[tsify(optional)]
    pub org_id: Nullable<String>,
    /// The chat this member belongs to.
    #[serde(default)]
    #[tsify(optional)]
    pub chat_id: Nullable<String>,
    /// The member's WhatsApp id, `{phone_number}@c.us`.
    #[serde(default)]
    #[tsify(optional)]
    pub contact_id: Nullable<String>,
    /// The WhatsApp id of the organisation's account, `{phone_number}@c.us`.
    #[serde(default)]
    #[tsify(optional)]
    pub org_phone: Nullable<String>,
    /// The member's display name.
    #[serde(default)]
    #[tsify(optional)]
    pub contact_name: Nullable<String>,
    /// The hex colour Periskope's UI gives the member.
    #[serde(default)]
    #[tsify(optional)]
    pub contact_color: Nullable<String>,
    /// The URL of the member's profile image.
    #[serde(default)]
    #[tsify(optional)]
    pub contact_image: Nullable<String>,
    /// Comma-separated labels of the contact (ticket info only).
    #[serde(default)]
    #[tsify(optional)]
    pub contact_labels: Nullable<String>,
    /// Whether the member is an admin of the chat.
    #[serde(default)]
    #[tsify(optional)]
    pub is_admin: Nullable<bool>,
    /// Whether the member is a super admin of the chat.
    #[serde(default)]
    #[tsify(optional)]
    pub is_super_admin: Nullable<bool>,
    /// Whether the member is an internal user of the organisation.
    #[serde(default)]
    #[tsify(optional)]
    pub is_internal: Nullable<bool>,
}

pub static CHAT_MEMBER: ObjectShape = ObjectShape::new(
    "ChatMember",
    &[
        Field::optional("org_id", Shape::Str(Format::Uuid)),
        Field::optional("chat_id", Shape::Str(Format::ChatId)),
        Field::optional("contact_id", Shape::Str(Format::ContactId)),
        Field::optional("org_phone", Shape::Str(Format::ContactId)),
        Field::optional("contact_name", Shape::Str(Format::Text)),
        Field::optional("contact_color", Shape::Str(Format::Text)),
        Field::optional("contact_image", Shape::Str(Format::Text)),
        Field::optional("contact_labels", Shape::Str(Format::Text)),
        Field::optional("is_admin", Shape::Bool),
        Field::optional("is_super_admin", Shape::Bool),
        Field::optional("is_internal", Shape::Bool),
    ],
);
