//! The pages of the lists besides tickets: chats, messages, private notes and contacts. The
//! documentation's `from`, `to` and `count` disagree between endpoints (1- or 0-based, the total
//! or the page's own count: `docs/api-coverage.md`), so they are optional numbers, kept as sent.

use super::chat::Chat;
use super::contact::Contact;
use super::message::Message;
use super::note::Note;

model! {
    /// One page of chats, as `GET /chats` returns it (its chats carry no `members`).
    pub struct ChatList as CHAT_LIST {
        /// The chats of this page, most recently active first.
        chats: required Array(Object(Chat)),
        /// How many chats there are in all, as the API counts them.
        count: Int,
        /// Where the page starts, as the API numbers it.
        from: Int,
        /// Where the page ends, as the API numbers it.
        to: Int,
    }
}

model! {
    /// One page of messages, newest first, as `GET /chats/{chat_id}/messages` and `GET /chats/messages` return it.
    pub struct MessageList as MESSAGE_LIST {
        /// The messages of this page, newest first.
        messages: required Array(Object(Message)),
        /// How many messages there are in all, as the API counts them.
        count: Int,
        /// Where the page starts, as the API numbers it.
        from: Int,
        /// Where the page ends, as the API numbers it.
        to: Int,
    }
}

model! {
    /// One page of private notes, newest first, as `GET /chats/{chat_id}/notes` and `GET /notes` return it.
    pub struct NoteList as NOTE_LIST {
        /// The notes of this page, newest first.
        notes: required Array(Object(Note)),
        /// How many notes there are, as the API counts them (its documentation says both "in all" and "returned").
        count: Int,
        /// Where the page starts, as the API numbers it.
        from: Int,
        /// Where the page ends, as the API numbers it.
        to: Int,
        /// The `start_time` filter, as the API read it.
        start_time: Timestamp,
        /// The `end_time` filter, as the API read it.
        end_time: Timestamp,
    }
}

model! {
    /// One page of contacts, as `GET /contacts` returns it (its contacts carry no `chat_ids`).
    pub struct ContactList as CONTACT_LIST {
        /// The contacts of this page.
        contacts: required Array(Object(Contact)),
        /// How many contacts there are in all, as the API counts them.
        count: Int,
        /// Where the page starts, as the API numbers it.
        from: Int,
        /// Where the page ends, as the API numbers it.
        to: Int,
    }
}
