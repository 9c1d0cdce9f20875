//! A full WhatsApp message: `chat.latest_message`, and the data of the `message.*` events.

use super::message_parts::{DeliveryInfo, Media, MessageKey, PollInfo};
use super::values::MessageType;

model! {
    /// A WhatsApp message as Periskope stores it.
    pub struct Message as MESSAGE {
        /// The full message id: `true_919537851844@c.us_3EB0...`.
        message_id: Str(MessageId),
        /// The WhatsApp key of the message, in snake_case form whichever form the API sent.
        id: Boxed(Object(MessageKey)),
        /// The organisation that owns the WhatsApp account.
        org_id: Str(Uuid),
        /// The chat the message was sent in.
        chat_id: Str(ChatId),
        /// The WhatsApp id of the organisation's account.
        org_phone: Str(ContactId),
        /// The bare WhatsApp id of the message.
        unique_id: Str(Text),
        /// What the message carries: `chat`, `image`, `ptt`...
        message_type: Enum(MessageType),
        /// The text of the message, or the caption of its media.
        body: Str(Text),
        /// The text before the last edit.
        prev_body: Str(Text),
        /// When the message was sent.
        timestamp: Timestamp,
        /// When the message was last updated.
        updated_at: Timestamp,
        /// The sender's WhatsApp id.
        from: Str(Text),
        /// The recipient's WhatsApp id.
        to: Str(Text),
        /// The author in a group chat.
        author: Str(Text),
        /// Whether the organisation's phone sent it.
        from_me: Bool,
        /// The sender's phone, with or without `@c.us`.
        sender_phone: Str(Phone),
        /// The email of the user who sent it from Periskope, if one did.
        performed_by: Str(Email),
        /// WhatsApp's acknowledgement level, as a string (`"4"`).
        ack: Str(Text),
        /// Delivery and read receipts.
        delivery_info: Object(DeliveryInfo),
        /// Whether the message carries media.
        has_media: Bool,
        /// The media the message carries.
        media: Object(Media),
        /// WhatsApp's media key.
        media_key: Str(Text),
        /// The length of audio or video in seconds; a number even when the API sent a string.
        duration: NumberLike,
        /// Whether the video plays as a GIF.
        is_gif: Bool,
        /// Contact cards the message carries.
        vcards: Array(Str(Text)),
        /// A shared location, as the API gives it.
        location: Any,
        /// Links found in the body, as the API gives them.
        links: Any,
        /// The poll the message creates.
        poll_info: Object(PollInfo),
        /// Votes by option, as the API gives them.
        poll_results: Any,
        /// A group invite, as the API gives it.
        invite_v4: Any,
        /// A WhatsApp Business order id.
        order_id: Str(Text),
        /// A WhatsApp token.
        token: Str(Text),
        /// Periskope's full-text search vector.
        fts: Str(Text),
        /// Raw WhatsApp data, as the API gives it.
        raw_data: Any,
        /// Whether the message was broadcast.
        broadcast: Bool,
        /// The broadcast it belongs to.
        broadcast_id: Str(Text),
        /// Whether it is a status update.
        is_status: Bool,
        /// Whether it was deleted.
        is_deleted: Bool,
        /// Whether it is starred.
        is_starred: Bool,
        /// Whether it disappears.
        is_ephemeral: Bool,
        /// Whether it was forwarded.
        is_forwarded: Bool,
        /// How many times it was forwarded; a number even when the API sent a string.
        forwarding_score: NumberLike,
        /// Whether it has reactions.
        has_reaction: Bool,
        /// Whether it quotes another message.
        has_quoted_msg: Bool,
        /// The message it quotes.
        quoted_message_id: Str(QuotedMessageId),
        /// WhatsApp ids mentioned in the body.
        mentioned_ids: Array(Str(Text)),
        /// The sender's device type.
        device_type: Str(Text),
        /// Periskope's id for a message it sent.
        sent_message_id: Str(Text),
        /// The ticket the message is attached to.
        message_ticket_id: Str(Text),
        /// Whether the message is flagged.
        flag_status: Bool,
        /// Why and by whom it was flagged, as the API gives it.
        flag_metadata: Any,
        /// How long the flag took to be answered.
        flag_response_time: Number,
    }
}
