//! A WhatsApp chat (`chat-object.txt`), also the `chat` of ticket info and of chat events.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use tsify::Tsify;

use super::chat_member::{ChatMember, CHAT_MEMBER};
use super::message::{Message, MESSAGE};
use super::values::{ChatType, Nullable, Timestamp, CHAT_TYPES};
use crate::schema::{Field, Format, ObjectShape, Shape};

/// A WhatsApp chat: a user, business or group conversation of the organisation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, Tsify)]
#[tsify(hashmap_as_object)]
pub struct Chat {
    /// `{phone_number}@c.us` for a user chat, `{group_id}@g.us` for a group.
    pub chat_id: String,
    /// The organisation that owns the WhatsApp account.
    #[serde(default)]
    #[tsify(optional)]
    pub org_id: Nullable<String>,
    /// The WhatsApp id of the organisation's account, `{phone_number}@c.us`.
    #[serde(default)]
    #[tsify(optional)]
    pub org_phone: Nullable<String>,
    /// The group's name, or the contact's name for a user chat.
    #[serde(default)]
    #[tsify(optional)]
    pub chat_name: Nullable<String>,
    /// `user`, `group`, `business`... (sources disagree; see `ChatType`).
    #[serde(default)]
    #[tsify(optional)]
    pub chat_type: Nullable<ChatType>,
    /// The URL of the chat's profile image.
    #[serde(default)]
    #[tsify(optional)]
    pub chat_image: Nullable<String>,
    /// Members keyed by their WhatsApp id (`{phone_number}@c.us`).
    #[serde(default)]
    #[tsify(optional)]
    pub members: Nullable<BTreeMap<String, ChatMember>>,
    /// The number of participants.
    #[serde(default)]
    #[tsify(optional)]
    pub member_count: Nullable<f64>,
    /// Comma-separated labels of the chat on Periskope (ticket info).
    #[serde(default)]
    #[tsify(optional)]
    pub chat_labels: Nullable<String>,
    /// Label ids set on the chat, mapped to `true`.
    #[serde(default)]
    #[tsify(optional)]
    pub label_ids: Nullable<BTreeMap<String, bool>>,
    /// Custom properties by name or id. Values are the selected option, text or date.
    #[serde(default)]
    #[tsify(optional)]
    pub custom_properties: Nullable<BTreeMap<String, Nullable<String>>>,
    /// When the chat was created.
    #[serde(default)]
    #[tsify(optional)]
    pub created_at: Nullable<Timestamp>,
    /// When the chat was last updated.
    #[serde(default)]
    #[tsify(optional)]
    pub updated_at: Nullable<Timestamp>,
    /// When the chat was closed, if it was.
    #[serde(default)]
    #[tsify(optional)]
    pub closed_at: Nullable<Timestamp>,
    /// The latest message sent in the chat.
    #[serde(default)]
    #[tsify(optional)]
    pub latest_message: Nullable<Box<Message>>,
    /// The group's invite link.
    #[serde(default)]
    #[tsify(optional)]
    pub invite_link: Nullable<String>,
    /// Whether notifications are muted.
    #[serde(default)]
    #[tsify(optional)]
    pub is_muted: Nullable<bool>,
    /// Whether the organisation has left the chat.
    #[serde(default)]
    #[tsify(optional)]
    pub is_exited: Nullable<bool>,
    /// The group's description.
    #[serde(default)]
    #[tsify(optional)]
    pub group_description: Nullable<String>,
    /// The number of unread messages.
    #[serde(default)]
    #[tsify(optional)]
    pub message_unread_count: Nullable<f64>,
    /// The email of the user the chat is assigned to.
    #[serde(default)]
    #[tsify(optional)]
    pub assigned_to: Nullable<String>,
    /// Users with access, by email, mapped to `true`.
    #[serde(default)]
    #[tsify(optional)]
    pub chat_access: Nullable<BTreeMap<String, bool>>,
    /// Chats the organisation shares with the contact.
    #[serde(default)]
    #[tsify(optional)]
    pub common_chats: Nullable<Vec<String>>,
    /// The organisation's WhatsApp ids in this chat.
    #[serde(default)]
    #[tsify(optional)]
    pub chat_org_phones: Nullable<Vec<String>>,
    /// Counts of flagged messages, as the API gives them.
    #[serde(default)]
    #[tsify(optional, type = "unknown")]
    pub flag_count_map: serde_json::Value,
    /// HubSpot integration data.
    #[serde(default)]
    #[tsify(optional, type = "unknown")]
    pub hubspot_metadata: serde_json::Value,
    /// Whether only admins can change the group's info.
    #[serde(default)]
    #[tsify(optional)]
    pub info_admins_only: Nullable<bool>,
    /// Whether only admins can send messages to the group.
    #[serde(default)]
    #[tsify(optional)]
    pub messages_admins_only: Nullable<bool>,
    /// Whether only admins can add members to the group.
    #[serde(default)]
    #[tsify(optional)]
    pub add_members_admins_only: Nullable<bool>,
}

pub static CHAT: ObjectShape = ObjectShape::new(
    "Chat",
    &[
        Field::optional("org_id", Shape::Str(Format::Uuid)),
        Field::required("chat_id", Shape::Str(Format::ChatId)),
        Field::optional("members", Shape::Map(&Shape::Object(&CHAT_MEMBER))),
        Field::optional("is_muted", Shape::Bool),
        Field::optional("chat_name", Shape::Str(Format::Text)),
        Field::optional("chat_type", Shape::Enum(CHAT_TYPES)),
        Field::optional("closed_at", Shape::Timestamp),
        Field::optional("is_exited", Shape::Bool),
        Field::optional("label_ids", Shape::Map(&Shape::Bool)),
        Field::optional("org_phone", Shape::Str(Format::ContactId)),
        Field::optional("chat_image", Shape::Str(Format::Text)),
        Field::optional("created_at", Shape::Timestamp),
        Field::optional("updated_at", Shape::Timestamp),
        Field::optional("assigned_to", Shape::Str(Format::Email)),
        Field::optional("chat_access", Shape::Map(&Shape::Bool)),
        Field::optional("invite_link", Shape::Str(Format::Text)),
        Field::optional("common_chats", Shape::Array(&Shape::Str(Format::ChatId))),
        Field::optional("member_count", Shape::Int),
        Field::optional("flag_count_map", Shape::Any),
        Field::optional("latest_message", Shape::Object(&MESSAGE)),
        Field::optional("chat_org_phones", Shape::Array(&Shape::Str(Format::ContactId))),
        Field::optional("hubspot_metadata", Shape::Any),
        Field::optional("info_admins_only", Shape::Bool),
        Field::optional("custom_properties", Shape::Map(&Shape::Nullable(&Shape::Str(Format::Text)))),
        Field::optional("group_description", Shape::Str(Format::Text)),
        Field::optional("message_unread_count", Shape::Int),
        Field::optional("messages_admins_only", Shape::Bool),
        Field::optional("add_members_admins_only", Shape::Bool),
        Field::optional("chat_labels", Shape::Str(Format::Text)),
    ],
);
