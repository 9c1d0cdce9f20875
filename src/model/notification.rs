//! A chat notification (someone joined, left, changed the subject...): the data of the
//! `chat.notification.created` event (`ObjChatNotificationType`, a `tbl_chat_notifications` row).

use super::message_parts::MessageKey;

model! {
    /// A system notification shown in a chat, such as a member added to a group.
    pub struct Notification as NOTIFICATION {
        /// The notification's own id; always present.
        notification_id: required Str(Text),
        /// What happened: `add`, `remove`, `promote`, `subject`... (WhatsApp's names, kept as sent).
        kind as "type": Str(Text),
        /// The text WhatsApp shows for it, when there is one.
        body: Str(Text),
        /// Who caused it: `{phone_number}@c.us`.
        author: Str(Text),
        /// Who it is about (the members added, removed...).
        recipientids: Array(Str(Text)),
        /// The chat it happened in.
        chat_id: Str(ChatId),
        /// The organisation that owns the WhatsApp account.
        org_id: Str(Uuid),
        /// The WhatsApp id of the organisation's account, `{phone_number}@c.us`.
        org_phone: Str(ContactId),
        /// The WhatsApp key of the notification (snake_case whichever form the API sent).
        id: Object(MessageKey),
        /// Whatever else WhatsApp attached, kept as sent.
        metadata: Any,
        /// When it happened.
        timestamp: Timestamp,
        /// The bare WhatsApp id of the notification.
        unique_id: Str(Text),
    }
}
