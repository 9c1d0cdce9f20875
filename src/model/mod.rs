//! Typed models of the Periskope objects. Each file describes its objects once with
//! `model!` (`describe.rs`): the Rust type, the shape the parser checks and the TypeScript
//! interface all come from that description. [`MODELS`] lists every model.

#[macro_use]
pub(crate) mod describe;

mod chat;
mod chat_member;
mod contact;
mod message;
mod message_parts;
mod note;
mod notification;
mod pages;
mod parse;
mod phone_info;
mod reaction;
mod send_result;
mod ticket;
mod ticket_info;
mod ticket_list;
mod ticket_message;
mod values;

use crate::schema::ObjectShape;
pub use chat::{Chat, CHAT};
pub use chat_member::{ChatMember, CHAT_MEMBER};
pub use contact::{Contact, CONTACT};
pub use message::{Message, MESSAGE};
pub use message_parts::{DeliveryInfo, Media, MessageKey, PollInfo, DELIVERY_INFO, MEDIA, MESSAGE_KEY, POLL_INFO};
pub use note::{Note, NOTE};
pub use notification::{Notification, NOTIFICATION};
pub use pages::{ChatList, ContactList, MessageList, NoteList, CHAT_LIST, CONTACT_LIST, MESSAGE_LIST, NOTE_LIST};
pub use parse::{parse, Model, Parsed};
pub use phone_info::{PhoneInfo, PHONE_INFO};
pub use reaction::{Reaction, REACTION};
pub use send_result::{SendMessageResult, SEND_MESSAGE_RESULT};
pub use ticket::{Ticket, TICKET};
pub use ticket_info::{TicketInfo, TICKET_INFO};
pub use ticket_list::{TicketList, TICKET_LIST};
pub use ticket_message::{TicketMessage, TICKET_MESSAGE};
pub use values::{ChatType, MessageType, Nullable, Priority, TicketStatus, Timestamp, CHAT_TYPES, MESSAGE_TYPES, TICKET_STATUSES};

/// One model, as [`MODELS`] lists it.
pub struct ModelInfo {
    pub shape: &'static ObjectShape,
    /// Its TypeScript interface.
    pub typescript: &'static str,
    /// A JSON value through the model's Rust type and back: what the Rust type keeps of it.
    pub through_rust: fn(&serde_json::Value) -> Result<serde_json::Value, serde_json::Error>,
}

fn through_rust<M: Model>(value: &serde_json::Value) -> Result<serde_json::Value, serde_json::Error> {
    serde_json::to_value(M::deserialize(value)?)
}

/// The registry of models: [`MODELS`] for the tests that check each one, and [`TYPESCRIPT`],
/// every model's declaration (with the value types'), which the bindings put in the `.d.ts`.
macro_rules! registry {
    ($($model:ident),+ $(,)?) => {
        /// Every model (a test checks that every shape a parser can reach is here).
        pub static MODELS: &[ModelInfo] = &[$(ModelInfo {
            shape: <$model as Model>::SHAPE,
            typescript: <$model as Model>::TYPESCRIPT,
            through_rust: through_rust::<$model>,
        }),+];

        /// The TypeScript declarations of every model and value type.
        pub const TYPESCRIPT: &str = concat_consts!(
            values::TYPESCRIPT, TicketStatus::TYPESCRIPT, ChatType::TYPESCRIPT, MessageType::TYPESCRIPT,
            $(<$model as Model>::TYPESCRIPT),+
        );
    };
}

registry! {
    TicketInfo, Ticket, TicketMessage, TicketList, Chat, ChatMember, Message, MessageKey, DeliveryInfo, Media, PollInfo,
    Note, Notification, PhoneInfo, Reaction, Contact, ChatList, MessageList, NoteList, ContactList, SendMessageResult,
}
