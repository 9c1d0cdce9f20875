//! The webhook events the API documents, each with the model its `data` is read with. The one
//! table below is the only place the names are written: the Rust lookup, the TypeScript union
//! and the JavaScript `WEBHOOK_EVENTS` array are all generated from it (the array's file by
//! `UPDATE=1 cargo test`, and `tests/generated.rs` checks it), and so is every count of them.

use crate::model::{CHAT, MESSAGE, NOTE, NOTIFICATION, PHONE_INFO, REACTION, TICKET_INFO};
use crate::schema::ObjectShape;

/// A webhook event this version knows.
#[derive(Debug)]
pub struct EventKind {
    /// The event's name, as sent in `event` (`ticket.updated`).
    pub name: &'static str,
    /// The shape `data` is checked against; its `name` is the TypeScript type of `data`.
    pub data: &'static ObjectShape,
}

macro_rules! webhook_events {
    ($($name:literal => $type_name:ident, $shape:ident;)+) => {
        /// Every known event, in the order of the official SDK's list.
        pub static EVENT_KINDS: &[EventKind] = &[$(EventKind { name: $name, data: &$shape }),+];

        /// TypeScript declarations of the event names and of each event's `data` type.
        pub const EVENT_NAMES_TS: &str = concat!(
            "/** The webhook events this version of the package knows, in the order of the official SDK. */\n",
            "export declare const WEBHOOK_EVENTS: readonly [", $("\"", $name, "\", ",)+ "];\n",
            "/** The name of a webhook event this version of the package knows. */\n",
            "export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];\n",
            "/** The type of `data` for each known webhook event. */\n",
            "export interface WebhookEventData {\n", $("  \"", $name, "\": ", stringify!($type_name), ";\n",)+ "}\n",
        );

        /// The JavaScript module that holds the `WEBHOOK_EVENTS` array (`webhook-events.js`,
        /// checked by `tests/generated.rs` and rewritten by `UPDATE=1 cargo test`).
        pub const EVENT_NAMES_JS: &str = concat!(
            "// Generated from the table in src/events/names.rs by `UPDATE=1 cargo test`; a test checks it matches.\n",
            "export const WEBHOOK_EVENTS = Object.freeze([", $("\"", $name, "\", ",)+ "]);\n",
        );

        #[cfg(test)]
        const DATA_TYPE_NAMES: &[&str] = &[$(stringify!($type_name)),+];
    };
}

webhook_events! {
    "chat.created" => Chat, CHAT;
    "chat.notification.created" => Notification, NOTIFICATION;
    "message.created" => Message, MESSAGE;
    "message.updated" => Message, MESSAGE;
    "message.deleted" => Message, MESSAGE;
    "message.ack.updated" => Message, MESSAGE;
    "message.ticket.attached" => Message, MESSAGE;
    "reaction.created" => Reaction, REACTION;
    "reaction.updated" => Reaction, REACTION;
    "ticket.created" => TicketInfo, TICKET_INFO;
    "ticket.updated" => TicketInfo, TICKET_INFO;
    "ticket.deleted" => TicketInfo, TICKET_INFO;
    "message.flagged" => Message, MESSAGE;
    "message.unflagged" => Message, MESSAGE;
    "org.phone.updated" => PhoneInfo, PHONE_INFO;
    "org.phone.connected" => PhoneInfo, PHONE_INFO;
    "org.phone.disconnected" => PhoneInfo, PHONE_INFO;
    "org.phone.qr" => PhoneInfo, PHONE_INFO;
    "note.created" => Note, NOTE;
    "chat.custom_properties.updated" => Chat, CHAT;
}

/// The known event called `name`, if any. Names are matched exactly, as the API sends them.
pub fn event_kind(name: &str) -> Option<&'static EventKind> {
    EVENT_KINDS.iter().find(|kind| kind.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_names_each_event_once() {
        let mut names: Vec<&str> = EVENT_KINDS.iter().map(|kind| kind.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), EVENT_KINDS.len());
    }

    #[test]
    fn each_type_name_is_the_name_of_its_shape() {
        for (kind, type_name) in EVENT_KINDS.iter().zip(DATA_TYPE_NAMES) {
            assert_eq!(kind.data.name, *type_name, "{}", kind.name);
        }
    }

    #[test]
    fn lookup_is_exact() {
        assert_eq!(event_kind("ticket.updated").map(|k| k.data.name), Some("TicketInfo"));
        assert_eq!(event_kind("org.phone.qr").map(|k| k.data.name), Some("PhoneInfo"));
        assert!(event_kind("Ticket.Updated").is_none());
        assert!(event_kind("ticket").is_none());
    }
}
