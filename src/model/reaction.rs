//! A reaction to a message: the data of the `reaction.created` and `reaction.updated` events
//! (`ObjReactionType` of the official types, a `tbl_chat_reactions` row).

use super::message_parts::MessageKey;

model! {
    /// An emoji reaction someone put on a message.
    pub struct Reaction as REACTION {
        /// The reaction's own id; always present.
        reaction_id: required Str(Text),
        /// The full id of the message reacted to: `true_919537851844@c.us_3EB0...`.
        message_id: Str(MessageId),
        /// The emoji; `""` when the reaction was removed.
        reaction: Str(Text),
        /// Who reacted: `{phone_number}@c.us`.
        sender_id: Str(Text),
        /// The chat the message is in.
        chat_id: Str(ChatId),
        /// The organisation that owns the WhatsApp account.
        org_id: Str(Uuid),
        /// The WhatsApp id of the organisation's account, `{phone_number}@c.us`.
        org_phone: Str(ContactId),
        /// The WhatsApp key of the reaction itself (snake_case whichever form the API sent).
        id: Object(MessageKey),
        /// The WhatsApp key of the message reacted to (snake_case whichever form the API sent).
        msg_id: Object(MessageKey),
        /// WhatsApp's delivery state of the reaction, as a number.
        ack: Int,
        /// Whether the reaction has been seen.
        read: Bool,
        /// Non-zero when the reaction arrived before the message it reacts to.
        orphan: Int,
        /// Why the reaction is an orphan.
        orphan_reason: Str(Text),
        /// When the reaction was made.
        timestamp: Timestamp,
        /// The bare WhatsApp id of the reaction.
        unique_id: Str(Text),
    }
}
