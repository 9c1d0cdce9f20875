//! A WhatsApp chat (`chat-object.txt`), also the `chat` of ticket info and of chat events.

use super::chat_member::ChatMember;
use super::message::Message;
use super::values::ChatType;

model! {
    /// A WhatsApp chat: a user, business or group conversation of the organisation.
    pub struct Chat as CHAT {
        /// `{phone_number}@c.us` for a user chat, `{group_id}@g.us` for a group.
        chat_id: required Str(ChatId),
        /// The organisation that owns the WhatsApp account.
        org_id: Str(Uuid),
        /// The WhatsApp id of the organisation's account, `{phone_number}@c.us`.
        org_phone: Str(ContactId),
        /// The group's name, or the contact's name for a user chat.
        chat_name: Str(Text),
        /// `user`, `group`, `business`... (sources disagree; see `ChatType`).
        chat_type: Enum(ChatType),
        /// The URL of the chat's profile image.
        chat_image: Str(Text),
        /// Members keyed by their WhatsApp id (`{phone_number}@c.us`).
        members: Map(Object(ChatMember)),
        /// The number of participants.
        member_count: Int,
        /// Comma-separated labels of the chat on Periskope (ticket info).
        chat_labels: Str(Text),
        /// Label ids set on the chat, mapped to `true`.
        label_ids: Map(Bool),
        /// Custom properties by name or id. Each organisation defines them: any JSON value, kept as
        /// sent; with `strict: true`, a string (the selected option, text or date) or `null`.
        custom_properties: Map(UserDefined(Nullable(Str(Text)))),
        /// When the chat was created.
        created_at: Timestamp,
        /// When the chat was last updated.
        updated_at: Timestamp,
        /// When the chat was closed, if it was.
        closed_at: Timestamp,
        /// The latest message sent in the chat.
        latest_message: Boxed(Object(Message)),
        /// The group's invite link.
        invite_link: Str(Text),
        /// Whether notifications are muted.
        is_muted: Bool,
        /// Whether the chat is archived.
        is_archived: Bool,
        /// Whether the organisation has left the chat.
        is_exited: Bool,
        /// The group's description.
        group_description: Str(Text),
        /// The number of unread messages.
        message_unread_count: Int,
        /// The email of the user the chat is assigned to.
        assigned_to: Str(Email),
        /// Users with access, by email, mapped to `true`.
        chat_access: Map(Bool),
        /// Chats the organisation shares with the contact.
        common_chats: Array(Str(ChatId)),
        /// The organisation's WhatsApp ids in this chat.
        chat_org_phones: Array(Str(ContactId)),
        /// Counts of flagged messages, as the API gives them.
        flag_count_map: Any,
        /// HubSpot integration data.
        hubspot_metadata: Any,
        /// Whether only admins can change the group's info.
        info_admins_only: Bool,
        /// Whether only admins can send messages to the group.
        messages_admins_only: Bool,
        /// Whether only admins can add members to the group.
        add_members_admins_only: Bool,
    }
}
