//! What `POST /message/send` answers: the message is queued, not yet sent.

model! {
    /// A message accepted for sending: where it is in the phone's queue. The message itself
    /// appears in the chat with `sent_message_id` equal to `queue_id`. (The oldest documented
    /// form, `{ "<chat id>": "<id>" }`, has none of these fields; its key is kept as sent.)
    pub struct SendMessageResult as SEND_MESSAGE_RESULT {
        /// The id of the queued send (a UUID); `/queue/jobs?queue_id=…` tells its state.
        queue_id: Str(Uuid),
        /// Its place in the queue (0 or 1 for the next to go, as the documentation's examples disagree).
        queue_position: Int,
        /// The bare WhatsApp id the message will have (`3EB0…`), when the API gives it.
        unique_id: Str(Text),
        /// The API's hint on tracking the send.
        hint: Str(Text),
    }
}
