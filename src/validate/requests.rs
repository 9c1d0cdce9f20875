//! The bodies and queries of the chat, message, note and contact endpoints, each one table
//! (`request!`, `request.rs`); `docs/api-coverage.md` says where each field comes from.

use crate::error::Issue;
use crate::json::Value;

use super::request::RequestShape;
use super::rules::LONG_TEXT;

request! {
    /// A message to send to a chat: text, a file or a poll (at least one), maybe as a reply.
    pub SendMessage as SEND_MESSAGE: SendMessageInput => SendMessageRequest {
        what: "a message to send", one_of: ["message", "media", "poll"],
    } {
        /// The chat: `919537851844@c.us` (a user), `120363392071406466@g.us` (a group), or a number with its country code as typed (`+91 95378 51844`), which becomes `919537851844@c.us`.
        chat_id: required ChatId,
        /// The text, or the caption of the media: kept as written, at most 65,536 characters; blank counts as not given.
        message: Content(LONG_TEXT),
        /// A file: by `url`, or as base64 `filedata`.
        media: Media,
        /// A poll.
        poll: Poll,
        /// The message to reply to: its full id (`true_919537851844@c.us_3EB0…`) or its bare WhatsApp id.
        reply_to: MessageId,
        /// Send links without a preview.
        hide_url_preview: Bool,
    }
}

request! {
    /// Where to forward a message.
    pub ForwardMessage as FORWARD_MESSAGE: ForwardMessageInput => ForwardMessageRequest {
        what: "a forward (forward_chat_ids)", one_of: [],
    } {
        /// The chats to forward it to: chat ids or numbers with their country code, one or an array; repeats are dropped.
        forward_chat_ids: required ChatIds,
    }
}

request! {
    /// A reaction to put on a message.
    pub Reaction as REACTION: ReactionInput => ReactionRequest {
        what: "a reaction (reaction)", one_of: [],
    } {
        /// The emoji, such as `👍`. (Removing a reaction is not documented.)
        reaction: required Text(64),
    }
}

request! {
    /// A private note in a chat: seen only by the team, never sent on WhatsApp.
    pub CreateNote as CREATE_NOTE: CreateNoteInput => CreateNoteRequest {
        what: "a private note", one_of: ["message", "media"],
    } {
        /// The chat the note is in: a chat id, or a number with its country code as typed.
        chat_id: required ChatId,
        /// The note; `@<email>` mentions a team member (and creates a task for them). Kept as written; blank counts as not given.
        message: Content(LONG_TEXT),
        /// A file to attach: by `url`, or as base64 `filedata`.
        media: Media,
        /// What the note replies to, as the API takes it (its documentation's example is a UUID).
        reply_to: Text(256),
    }
}

request! {
    /// The fields to change on a contact; at least one.
    pub UpdateContact as UPDATE_CONTACT: UpdateContactInput => UpdateContactRequest {
        what: "a contact update", one_of: ["contact_name", "is_internal", "labels"],
    } {
        /// The name shown on Periskope, trimmed (the phone's address book is not changed).
        contact_name: Text(LONG_TEXT),
        /// Whether the contact belongs to the organisation: messages from internal contacts are not flagged.
        is_internal: Bool,
        /// The contact's labels as one comma string: they replace the current ones, `""` removes them all; unknown labels are created.
        labels: Labels,
    }
}

request! {
    /// The query of a chat list; every field optional.
    pub ListChatsQuery as LIST_CHATS_QUERY: ListChatsQueryInput => ListChatsQuery {
        what: "a chat list query", one_of: [],
    } {
        /// How many chats to skip: 0 or more.
        offset: Offset,
        /// How many chats to return: 1 to 2000 (the API's default is 1000).
        limit: Limit,
        /// Only chats of this type; `user`, as chats call it, is sent as `individual`, as the filter calls it.
        chat_type: ChatType,
        /// Only chats with this label: its id (`label-…`), not its name.
        label: LabelId,
    }
}

request! {
    /// The query of a list of tickets, messages or contacts; both optional.
    pub ListQuery as LIST_QUERY: ListQueryInput => ListQuery {
        what: "a list query (offset, limit)", one_of: [],
    } {
        /// How many to skip: 0 or more.
        offset: Offset,
        /// How many to return: 1 to 2000.
        limit: Limit,
    }
}

request! {
    /// The query of a list of private notes; every field optional.
    pub ListNotesQuery as LIST_NOTES_QUERY: ListNotesQueryInput => ListNotesQuery {
        what: "a note list query", one_of: [],
    } {
        /// How many notes to skip: 0 or more.
        offset: Offset,
        /// How many notes to return: 1 to 2000 (the API's default is 500).
        limit: Limit,
        /// Only notes from this time on: a date (`2025-04-25`, kept) or a date-time with an offset (sent in UTC).
        start_time: Time,
        /// Only notes up to this time: a date (`2025-04-25`, kept) or a date-time with an offset (sent in UTC).
        end_time: Time,
    }
}

/// Every table above, for what holds of them all (each request validates again unchanged, in
/// the tests and under fuzzing): a table added here is checked with the others.
pub static REQUEST_SHAPES: [&RequestShape; 8] =
    [&SEND_MESSAGE, &FORWARD_MESSAGE, &REACTION, &CREATE_NOTE, &UPDATE_CONTACT, &LIST_CHATS_QUERY, &LIST_QUERY, &LIST_NOTES_QUERY];

/// The TypeScript of every request above, and of the values their rules take and give.
pub const TYPESCRIPT: &str = concat_consts!(
    super::rules::TYPESCRIPT,
    SendMessage::TYPESCRIPT,
    ForwardMessage::TYPESCRIPT,
    Reaction::TYPESCRIPT,
    CreateNote::TYPESCRIPT,
    UpdateContact::TYPESCRIPT,
    ListChatsQuery::TYPESCRIPT,
    ListQuery::TYPESCRIPT,
    ListNotesQuery::TYPESCRIPT,
);

/// Checks a message to send (`POST /message/send`) and returns it normalised, or every issue found.
pub fn validate_send_message(input: &Value) -> Result<Value, Vec<Issue>> {
    SEND_MESSAGE.validate(input)
}

/// Checks a forward (`POST /message/{message_id}/forward`).
pub fn validate_forward_message(input: &Value) -> Result<Value, Vec<Issue>> {
    FORWARD_MESSAGE.validate(input)
}

/// Checks a reaction (`POST /message/{message_id}/react`).
pub fn validate_reaction(input: &Value) -> Result<Value, Vec<Issue>> {
    REACTION.validate(input)
}

/// Checks a private note (`POST /note/create`).
pub fn validate_create_note(input: &Value) -> Result<Value, Vec<Issue>> {
    CREATE_NOTE.validate(input)
}

/// Checks a contact update (`PATCH /contacts/{contact_id}`).
pub fn validate_update_contact(input: &Value) -> Result<Value, Vec<Issue>> {
    UPDATE_CONTACT.validate(input)
}

/// Checks a chat list query (`GET /chats`).
pub fn validate_list_chats_query(input: &Value) -> Result<Value, Vec<Issue>> {
    LIST_CHATS_QUERY.validate(input)
}

/// Checks a list query of messages or contacts (`offset`, `limit`).
pub fn validate_list_query(input: &Value) -> Result<Value, Vec<Issue>> {
    LIST_QUERY.validate(input)
}

/// Checks a note list query (`GET /chats/{chat_id}/notes`, `GET /notes`).
pub fn validate_list_notes_query(input: &Value) -> Result<Value, Vec<Issue>> {
    LIST_NOTES_QUERY.validate(input)
}
