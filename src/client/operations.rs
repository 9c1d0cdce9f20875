//! The table of API operations. Each is written once, below: its method name, HTTP method and
//! path, what it takes (a path id, a query or a body, and the validator that checks it) and the
//! model of its answer. The request builder (`request.rs`), the response reader
//! (`response.rs`), the client's TypeScript methods ([`TYPESCRIPT`]) and the method list of
//! `js/client.js` ([`METHODS_JS`], checked by `tests/generated.rs`) all come from it.
//!
//! ```text
//! /// What the method does (TSDoc of the generated method).
//! Variant jsName: GET "/prefix/" [pathIdName: IdRule] "/suffix", query argName: InputType = validator
//!     => Object(ResultModel) or null, pages itemsKey of ItemModel as paginateName;
//! ```
//!
//! - `[name: Rule] "suffix"`: a path id, checked by its [`IdRule`] and percent-encoded.
//! - `query` / `body`: the argument after the id, checked by the validator (a `validate_*`
//!   function) before anything is sent; its issues are prefixed by its name when a path id
//!   comes first (`['patch', 'priority']`).
//! - `=> Shape`: the model of a 2xx body, in `model!`'s shape notation. `or null`: a 2xx without
//!   a body (204) resolves to `null`; `or data`: the body may also come wrapped as
//!   `{ success, message, data }`; `or bare`: a page may also come as a bare array of its items.
//! - `pages key of Item as name`: the list also gets an async iterator over its items
//!   (`js/client.js`).

use super::request::Method;
use super::url::percent_encode;
use crate::error::Issue;
use crate::json::Value;
use crate::model::{Chat, ChatList, Contact, ContactList, Message, MessageList, Note, NoteList, SendMessageResult, TicketInfo, TicketList};
use crate::schema::{Field, ObjectShape, Shape};
use crate::validate::{
    validate_create_ticket, validate_update_ticket, RequestShape, CREATE_NOTE, FORWARD_MESSAGE, LIST_CHATS_QUERY, LIST_NOTES_QUERY,
    LIST_QUERY, REACTION, SEND_MESSAGE, UPDATE_CONTACT,
};

/// How an operation's path id is checked and written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdRule {
    /// A ticket id (`BKT-001`): any non-empty string without surrounding spaces.
    Ticket,
    /// A chat id, or a user's number as typed (`+91 95378 51844` becomes `919537851844@c.us`).
    Chat,
    /// A message id, or the `queue_id` of a message sent through the API: as for tickets.
    Message,
    /// A note id (`true_<uuid>_api`): as for tickets.
    Note,
    /// A contact: its number as digits, which the path takes (`919537851844@c.us` and
    /// `+91 95378 51844` become `919537851844`).
    Contact,
}

/// The path id of an operation: its argument name (the path of its issues) and its rule.
#[derive(Debug, Clone, Copy)]
pub struct PathId {
    pub name: &'static str,
    pub rule: IdRule,
}

/// The validator of an input: a ticket body, or a `request!` table (the ticket list's query is
/// the list query of every list, `LIST_QUERY`).
#[derive(Debug, Clone, Copy)]
pub enum Check {
    CreateTicket,
    UpdateTicket,
    Table(&'static RequestShape),
}

impl Check {
    /// Checks `input` and returns what is sent: the JSON body, or the query string (no `?`).
    pub fn encode(self, input: &Value, query: bool) -> Result<String, Vec<Issue>> {
        match self {
            Check::CreateTicket => validate_create_ticket(input).map(|r| r.to_json()),
            Check::UpdateTicket => validate_update_ticket(input).map(|r| r.to_json()),
            Check::Table(shape) => shape.validate(input).map(|r| if query { query_string(&r) } else { r.to_json() }),
        }
    }
}

/// What an operation takes after its path id: its name (the path of its issues after an id) and
/// its validator.
#[derive(Debug, Clone, Copy)]
pub enum Input {
    None,
    /// Optional: `null` or absent lists the API's default page.
    Query(&'static str, Check),
    Body(&'static str, Check),
}

/// Where an operation goes and what it takes.
#[derive(Debug, Clone, Copy)]
pub struct Route {
    pub prefix: &'static str,
    pub id: Option<PathId>,
    pub suffix: &'static str,
    pub input: Input,
}

/// Another form of a 2xx body that the documentation also shows, and how it is read.
#[derive(Debug, Clone, Copy)]
pub enum Alternative {
    /// No body at all (204 No Content): the call resolves to `null`.
    Empty,
    /// `{ success, message, data }`, `data` being the model: the call resolves to `data`.
    Envelope(&'static ObjectShape),
    /// A bare array of a page's items: the call resolves to `{ <key>: [...] }`.
    Bare(&'static str, &'static Shape),
}

/// A validated query as sent: `offset=0&limit=100` (no `?`), strings percent-encoded, fields in
/// the order of its table.
pub fn query_string(request: &Value) -> String {
    let mut out = String::new();
    let Value::Object(fields) = request else { return out };
    for (key, value) in fields {
        let text = match value {
            Value::String(text) => percent_encode(text),
            Value::Number(text) => text.clone(),
            Value::Bool(b) => (if *b { "true" } else { "false" }).to_owned(),
            _ => continue,
        };
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(key);
        out.push('=');
        out.push_str(&text);
    }
    out
}

macro_rules! operations {
    (@method GET) => { Method::Get };
    (@method POST) => { Method::Post };
    (@method PATCH) => { Method::Patch };

    (@id) => { None };
    // What a path id must look like for createApiProxy to forward it (js/proxy.js): the forms the
    // client sends, so that an id cannot name another endpoint (`PATCH /contacts/labels`).
    (@proxy_id Contact) => { "(digits)" };
    (@proxy_id Chat) => { "(chat)" };
    (@proxy_id $rule:ident) => { "" };
    (@id $name:ident $rule:ident) => { Some(PathId { name: stringify!($name), rule: IdRule::$rule }) };

    (@input) => { Input::None };
    (@input query $arg:ident $check:tt) => { Input::Query(stringify!($arg), operations!(@check $check)) };
    (@input body $arg:ident $check:tt) => { Input::Body(stringify!($arg), operations!(@check $check)) };
    (@check [$table:ident]) => { Check::Table(&$table) };
    (@check $check:ident) => { Check::$check };

    (@alt ; $($rest:tt)*) => { None };
    (@alt null ; $($rest:tt)*) => { Some(Alternative::Empty) };
    (@alt data ; $kind:ident($($shape:tt)+) ; $($pages:tt)*) => {{
        static ENVELOPE: ObjectShape = ObjectShape::new("Envelope", &[Field::required("data", shape_of!($kind($($shape)+)))]);
        Some(Alternative::Envelope(&ENVELOPE))
    }};
    (@alt bare ; $kind:ident($($shape:tt)+) ; $key:ident $item:ident) => {{
        static ITEMS: Shape = Shape::Array(&shape_of!(Object($item)));
        Some(Alternative::Bare(stringify!($key), &ITEMS))
    }};

    (@ts_input) => { "" };
    (@ts_input query $arg:ident $argts:ident) => { concat!(stringify!($arg), "?: ", stringify!($argts), " | null, ") };
    (@ts_input body $arg:ident $argts:ident) => { concat!(stringify!($arg), ": ", stringify!($argts), ", ") };
    (@ts_alt) => { "" };
    (@ts_alt null) => { " | null" };
    (@ts_alt $alt:ident) => { "" };

    (@ts_pages [] $($rest:tt)*) => { "" };
    (@ts_pages [$key:ident $item:ident $paginate:ident] [$($id:ident)?] [$($input:ident $arg:ident $argts:ident)?] $js:ident) => {
        concat!(
            "  /**\n",
            "   * Every `", stringify!($item), "` that `", stringify!($js), "` lists, page after page, for `for await`: each page is\n",
            "   * fetched when the loop reaches it (`limit` items a page, 500 unless given), and only one is held at a time.\n",
            "   * It stops after a page shorter than `limit`, or once `count` (when it is the total) is reached; `break`\n",
            "   * stops it, and so does `signal`, at once, rejecting with kind `'aborted'`.\n",
            "   */\n",
            "  ", stringify!($paginate), "(", $(stringify!($id), ": string, ",)? $(stringify!($arg), "?: ", stringify!($argts), " | null, ",)?
            "options?: RequestOptions | null): AsyncGenerator<", stringify!($item), ", void, undefined>;\n",
        )
    };
    (@js_pages [] $($rest:tt)*) => { "" };
    (@js_pages [$key:ident $item:ident $paginate:ident] [$($id:ident)?] $js:ident) => {
        concat!("\n  ['", stringify!($paginate), "', '", stringify!($js), "', '", stringify!($key), "', ", operations!(@scoped $($id)?), "],")
    };
    (@scoped) => { "0" };
    (@scoped $id:ident) => { "1" };

    ($(
        $(#[doc = $doc:literal])*
        $variant:ident $js:ident: $method:ident $prefix:literal $([$id:ident: $rule:ident] $suffix:literal)?
        $(, $input:ident $arg:ident: $argts:ident = $check:tt)?
        => $kind:ident($($shape:tt)+) $(or $alt:ident)?
        $(, pages $key:ident of $item:ident as $paginate:ident)?;
    )+) => {
        /// One API operation: what the client can call.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Operation {
            $($(#[doc = $doc])* $variant,)+
        }

        impl Operation {
            /// Every operation, in the order of the table (`js/client.js` numbers them so).
            pub const ALL: &'static [Operation] = &[$(Operation::$variant),+];

            pub fn method(self) -> Method {
                match self {
                    $(Operation::$variant => operations!(@method $method),)+
                }
            }

            /// Where the operation goes and what it takes.
            pub fn route(self) -> &'static Route {
                match self {
                    $(Operation::$variant => {
                        static ROUTE: Route = Route {
                            prefix: $prefix,
                            id: operations!(@id $($id $rule)?),
                            suffix: concat!("" $(, $suffix)?),
                            input: operations!(@input $($input $arg $check)?),
                        };
                        &ROUTE
                    })+
                }
            }

            /// The shape of a 2xx body.
            pub fn response_shape(self) -> &'static Shape {
                match self {
                    $(Operation::$variant => {
                        static SHAPE: Shape = shape_of!($kind($($shape)+));
                        &SHAPE
                    })+
                }
            }

            /// The other form of a 2xx body the documentation shows, if any.
            pub fn alternative(self) -> Option<Alternative> {
                match self {
                    $(Operation::$variant => operations!(@alt $($alt)? ; $kind($($shape)+) ; $($key $item)?),)+
                }
            }
        }

        /// The client's methods as TypeScript: merged into the `PeriskopeClient` class's declaration.
        pub const TYPESCRIPT: &str = concat!(
            "export interface PeriskopeClient {\n",
            $(
                ts_doc!("  " $($doc)*),
                "  ", stringify!($js), "(", $(stringify!($id), ": string, ",)? operations!(@ts_input $($input $arg $argts)?),
                "options?: RequestOptions | null): Promise<", ts_type!($kind($($shape)+)), operations!(@ts_alt $($alt)?), ">;\n",
                operations!(@ts_pages [$($key $item $paginate)?] [$($id)?] [$($input $arg $argts)?] $js),
            )+
            "}\n",
        );

        /// `js/endpoints.js`: every endpoint the client calls, as `createApiProxy` allows them by default.
        pub const ENDPOINTS_JS: &str = concat!(
            "// Generated from src/client/operations.rs: edit it there, then `UPDATE=1 cargo test` rewrites this file.\n",
            "/** The endpoints PeriskopeClient calls, as `\"METHOD /path/:param\"`: what createApiProxy forwards unless told otherwise. */\n",
            "export const CLIENT_ENDPOINTS = Object.freeze([",
            $("\n  '", stringify!($method), " ", $prefix, $(":", stringify!($id), operations!(@proxy_id $rule), $suffix,)? "',",)+
            "\n]);\n",
        );

        /// The generated block of `js/client.js`: the methods by number, and the iterators over lists.
        pub const METHODS_JS: &str = concat!(
            "/** The client's methods, numbered as the operations of the table. */\n",
            "const OPERATIONS = [", $("\n  '", stringify!($js), "',",)+ "\n];\n",
            "/** @type {[iterator: string, list: string, itemsKey: string, takesId: number][]} */\n",
            "const PAGINATORS = [", $(operations!(@js_pages [$($key $item $paginate)?] [$($id)?] $js),)+ "\n];\n",
        );
    };
}

operations! {
    /// `POST /tickets/create`: raises a ticket and resolves to its ticket info.
    CreateTicket createTicket: POST "/tickets/create", body input: CreateTicketInput = CreateTicket
        => Object(TicketInfo);
    /// `GET /tickets/{ticket_id}`: resolves to the ticket info (the id is percent-encoded).
    GetTicket getTicket: GET "/tickets/" [ticketId: Ticket] ""
        => Object(TicketInfo);
    /// `GET /tickets?offset&limit`: resolves to one page of tickets (`limit` 1..2000).
    ListTickets listTickets: GET "/tickets", query query: ListTicketsQueryInput = [LIST_QUERY]
        => Object(TicketList), pages tickets of Ticket as paginateTickets;
    /// `PATCH /tickets/{ticket_id}`: changes the given fields and resolves to the ticket info; `due_date: null` clears the date.
    UpdateTicket updateTicket: PATCH "/tickets/" [ticketId: Ticket] "", body patch: UpdateTicketInput = UpdateTicket
        => Object(TicketInfo);

    /// `GET /chats?offset&limit&chat_type&label`: resolves to one page of chats, most recently active first.
    ListChats listChats: GET "/chats", query query: ListChatsQueryInput = [LIST_CHATS_QUERY]
        => Object(ChatList), pages chats of Chat as paginateChats;
    /// `GET /chats/{chat_id}`: resolves to the chat, members included (a number as typed is read as `…@c.us`).
    GetChat getChat: GET "/chats/" [chatId: Chat] ""
        => Object(Chat);
    /// `GET /chats/{chat_id}/messages?offset&limit`: resolves to one page of the chat's messages, newest first.
    ListChatMessages listChatMessages: GET "/chats/" [chatId: Chat] "/messages", query query: ListQueryInput = [LIST_QUERY]
        => Object(MessageList), pages messages of Message as paginateChatMessages;
    /// `GET /chats/messages?offset&limit`: resolves to one page of the messages of every chat, newest first.
    ListMessages listMessages: GET "/chats/messages", query query: ListQueryInput = [LIST_QUERY]
        => Object(MessageList), pages messages of Message as paginateMessages;

    /// `POST /message/send`: queues a message (text, a file or a poll) and resolves to its place in the queue. Never retried.
    SendMessage sendMessage: POST "/message/send", body message: SendMessageInput = [SEND_MESSAGE]
        => Object(SendMessageResult);
    /// `POST /message/{message_id}/forward`: forwards a message (by its id or its `queue_id`) and resolves to the chats it went to, mapped to `true`, or `null` when the API answers 204 No Content (the documentation shows both).
    ForwardMessage forwardMessage: POST "/message/" [messageId: Message] "/forward", body forward: ForwardMessageInput = [FORWARD_MESSAGE]
        => Map(Bool) or null;
    /// `POST /message/{message_id}/react`: puts an emoji on a message (by its id or its `queue_id`); resolves to `null` on 204 No Content, as the current documentation answers, or to the message, as the older one did.
    ReactToMessage reactToMessage: POST "/message/" [messageId: Message] "/react", body reaction: ReactionInput = [REACTION]
        => Object(Message) or null;

    /// `POST /note/create`: leaves a private note in a chat and resolves to it (the API's `{ success, message, data }` envelope is unwrapped).
    CreateNote createNote: POST "/note/create", body note: CreateNoteInput = [CREATE_NOTE]
        => Object(Note) or data;
    /// `GET /chats/{chat_id}/notes?offset&limit&start_time&end_time`: resolves to one page of the chat's private notes, newest first.
    ListChatNotes listChatNotes: GET "/chats/" [chatId: Chat] "/notes", query query: ListNotesQueryInput = [LIST_NOTES_QUERY]
        => Object(NoteList) or bare, pages notes of Note as paginateChatNotes;
    /// `GET /notes?offset&limit&start_time&end_time`: resolves to one page of the private notes of every chat, newest first.
    ListNotes listNotes: GET "/notes", query query: ListNotesQueryInput = [LIST_NOTES_QUERY]
        => Object(NoteList) or bare, pages notes of Note as paginateNotes;
    /// `GET /notes/{note_id}`: resolves to one private note (without a phone, the API looks in every phone of the organisation).
    GetNote getNote: GET "/notes/" [noteId: Note] ""
        => Object(Note);

    /// `GET /contacts?offset&limit`: resolves to one page of the organisation's contacts.
    ListContacts listContacts: GET "/contacts", query query: ListQueryInput = [LIST_QUERY]
        => Object(ContactList), pages contacts of Contact as paginateContacts;
    /// `GET /contacts/{contact_id}`: resolves to the contact with the chats it is in (`919537851844@c.us` or a number as typed is sent as the digits the path takes).
    GetContact getContact: GET "/contacts/" [contactId: Contact] ""
        => Object(Contact);
    /// `PATCH /contacts/{contact_id}`: changes a contact's name, labels or internal flag and resolves to the contact.
    UpdateContact updateContact: PATCH "/contacts/" [contactId: Contact] "", body patch: UpdateContactInput = [UPDATE_CONTACT]
        => Object(Contact);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_is_listed_once_in_table_order() {
        for (index, operation) in Operation::ALL.iter().enumerate() {
            assert_eq!(Operation::ALL.iter().position(|o| o == operation), Some(index));
        }
        assert!(METHODS_JS.contains("'createTicket',\n  'getTicket',\n  'listTickets',\n  'updateTicket',"));
        assert!(METHODS_JS.contains("['paginateTickets', 'listTickets', 'tickets', 0],"));
    }

    #[test]
    fn the_iterators_documented_page_size_is_the_cores() {
        assert!(TYPESCRIPT.contains(&format!("`limit` items a page, {} unless given", super::super::DEFAULT_PAGE_LIMIT)));
    }

    #[test]
    fn the_typescript_declares_each_method_with_its_model() {
        assert!(TYPESCRIPT.contains("  getTicket(ticketId: string, options?: RequestOptions | null): Promise<TicketInfo>;\n"));
        assert!(TYPESCRIPT.contains(
            "  updateTicket(ticketId: string, patch: UpdateTicketInput, options?: RequestOptions | null): Promise<TicketInfo>;\n"
        ));
        assert!(TYPESCRIPT.contains(
            "  paginateTickets(query?: ListTicketsQueryInput | null, options?: RequestOptions | null): AsyncGenerator<Ticket, void, undefined>;\n"
        ));
    }
}
