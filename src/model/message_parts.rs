//! The nested objects of a full message: its key (`id`), delivery receipts, media and poll.

model! {
    /// The WhatsApp key of a message. Real traffic sends `{fromMe, _serialized}` or
    /// `{from_me, serialized}`; the result always has the snake_case form.
    pub struct MessageKey as MESSAGE_KEY {
        /// The bare WhatsApp id, e.g. `3EB0297C336FD627EAF4447CFC1DEB49394D7874`.
        id: Str(Text),
        /// The chat the message belongs to.
        remote: Str(Text),
        /// Whether the organisation's phone sent it (normalised from `fromMe`).
        from_me or "fromMe": Bool,
        /// The full message id (normalised from `_serialized`).
        serialized or "_serialized": Str(MessageId),
    }
}

model! {
    /// Delivery and read receipts, with epoch-millisecond times keyed by contact id.
    pub struct DeliveryInfo as DELIVERY_INFO {
        /// When each recipient received the message (epoch ms).
        delivered: Map(Int),
        /// When each recipient read the message (epoch ms).
        read: Map(Int),
        /// Recipients that have not received it yet.
        pending: Array(Str(Text)),
        read_count: Int,
        delivered_count: Int,
    }
}

model! {
    /// The media a message carries.
    pub struct Media as MEDIA {
        /// Where the file is stored.
        path: Str(Text),
        mimetype: Str(Text),
        filename: Str(Text),
        /// Size in bytes.
        size: NumberLike,
        /// Image or video dimensions, as the API gives them.
        dimensions: Any,
        thumbnail: Str(Text),
    }
}

model! {
    /// A poll a message creates.
    pub struct PollInfo as POLL_INFO {
        poll_name as "pollName": Str(Text),
        poll_options as "pollOptions": Array(Str(Text)),
        /// Poll settings (`allowMultipleAnswers`...), as the API gives them.
        options: Any,
    }
}
