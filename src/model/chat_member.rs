//! A member of a chat, as found in `chat.members`.

model! {
    /// A participant of a chat, keyed by its contact id in `Chat.members`.
    pub struct ChatMember as CHAT_MEMBER {
        /// The organisation that owns the WhatsApp account.
        org_id: Str(Uuid),
        /// The chat this member belongs to.
        chat_id: Str(ChatId),
        /// The member's WhatsApp id, `{phone_number}@c.us`.
        contact_id: Str(ContactId),
        /// The WhatsApp id of the organisation's account, `{phone_number}@c.us`.
        org_phone: Str(ContactId),
        /// The member's display name.
        contact_name: Str(Text),
        /// The hex colour Periskope's UI gives the member.
        contact_color: Str(Text),
        /// The URL of the member's profile image.
        contact_image: Str(Text),
        /// Comma-separated labels of the contact (ticket info only).
        contact_labels: Str(Text),
        /// Whether the member is an admin of the chat.
        is_admin: Bool,
        /// Whether the member is a super admin of the chat.
        is_super_admin: Bool,
        /// Whether the member is an internal user of the organisation.
        is_internal: Bool,
    }
}
