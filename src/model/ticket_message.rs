//! The short message of ticket info: the message a ticket was raised on, and attached messages.

model! {
    /// A message as ticket info carries it (`message`, `attached_messages`): a summary of the full [`Message`](super::Message).
    pub struct TicketMessage as TICKET_MESSAGE {
        /// The full message id: `true_919537851844@c.us_3EB0...`.
        message_id: Str(MessageId),
        /// The chat the message was sent in.
        chat_id: Str(ChatId),
        /// The text of the message.
        body: Str(Text),
        /// The WhatsApp id of the organisation's account.
        org_phone: Str(ContactId),
        /// When the message was sent.
        timestamp: Timestamp,
        /// Where the message's media is stored; `""` when there is none.
        media_path: Str(Text),
        /// The sender's display name.
        sender_name: Str(Text),
        /// The sender's phone, with or without `@c.us`.
        sender_phone: Str(Phone),
        /// The email of the user who sent it from Periskope, if one did.
        performed_by: Str(Email),
    }
}
