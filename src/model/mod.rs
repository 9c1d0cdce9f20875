//! Typed models of the Periskope objects. Each file holds one object's Rust type (from which
//! its TypeScript type is generated) and, beside it, the shape the parser checks it against.

mod chat;
mod chat_member;
mod message;
mod message_parts;
mod note;
mod notification;
mod parse;
mod phone_info;
mod reaction;
mod ticket;
mod ticket_info;
mod ticket_list;
mod ticket_message;
mod values;

pub use chat::{Chat, CHAT};
pub use chat_member::{ChatMember, CHAT_MEMBER};
pub use message::{Message, MESSAGE};
pub use message_parts::{DeliveryInfo, Media, MessageKey, PollInfo, DELIVERY_INFO, MEDIA, MESSAGE_KEY, POLL_INFO};
pub use note::{Note, NOTE};
pub use notification::{Notification, NOTIFICATION};
pub use parse::{parse, Model, Parsed};
pub use phone_info::{PhoneInfo, PHONE_INFO};
pub use reaction::{Reaction, REACTION};
pub use ticket::{Ticket, TICKET};
pub use ticket_info::{TicketInfo, TICKET_INFO};
pub use ticket_list::{TicketList, TICKET_LIST};
pub use ticket_message::{TicketMessage, TICKET_MESSAGE};
pub use values::{ChatType, MessageType, Nullable, Priority, TicketStatus, Timestamp, CHAT_TYPES, MESSAGE_TYPES, TICKET_STATUSES};
