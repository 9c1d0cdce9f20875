//! A private note left in a chat by a team member: the data of the `note.created` event
//! (`ObjNoteType` of the official types, a `tbl_chat_notes` row).

use super::message_parts::Media;

model! {
    /// A note in a chat: stored like a message, but seen only by the organisation.
    pub struct Note as NOTE {
        /// The note's id, in message-id form; always present.
        message_id: required Str(Text),
        /// The note's text.
        body: Str(Text),
        /// The text before the last edit.
        prev_body: Str(Text),
        /// The chat the note is in.
        chat_id: Str(ChatId),
        /// The organisation that owns the WhatsApp account.
        org_id: Str(Uuid),
        /// The WhatsApp id of the organisation's account, `{phone_number}@c.us`.
        org_phone: Str(ContactId),
        /// The email of the team member who wrote it.
        performed_by: Str(Email),
        /// Whether only the organisation sees it (notes are private unless the API says otherwise).
        is_private_note: Bool,
        /// Whether the note was deleted.
        is_deleted: Bool,
        /// Whether the organisation's phone is the author.
        from_me: Bool,
        /// What the note carries (`chat`, `image`...), kept as sent.
        message_type: Str(Text),
        /// An attached file.
        media: Object(Media),
        /// Contact ids mentioned in the note.
        mentioned_ids: Array(Str(Text)),
        /// The message the note replies to.
        quoted_message_id: Str(QuotedMessageId),
        /// The phone of the author, with or without `@c.us`.
        sender_phone: Str(Phone),
        /// The id of the message sent from the note, when it was sent on.
        sent_message_id: Str(Text),
        /// Delivery state, as a string.
        ack: Str(Text),
        /// When the note was written.
        timestamp: Timestamp,
        /// When the note was last edited.
        updated_at: Timestamp,
        /// The bare id of the note.
        unique_id: Str(Text),
    }
}
