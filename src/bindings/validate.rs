//! `validateCreateTicket`, `validateUpdateTicket`, `validateListTicketsQuery`, `validatePhone`:
//! they never throw on bad input; they return `{ success, data }` or `{ success, issues }`.

use wasm_bindgen::prelude::*;

use super::error::parse_json;
use super::interop::js_to_value_expecting;
use crate::error::{push_json_string, validation_json, ErrorKind, Issue, IssueCode, IssueDetail};
use crate::json::Value;
use crate::validate;

/// Requests are flat (labels nest one level); deeper input is refused before it is read.
const MAX_DEPTH: u32 = 16;

#[wasm_bindgen(typescript_custom_section)]
const TS_REQUESTS: &'static str = validate::TYPESCRIPT;

#[wasm_bindgen(typescript_custom_section)]
const TS_ISSUE_CODE: &'static str = IssueCode::TYPESCRIPT;

#[wasm_bindgen(typescript_custom_section)]
const TS_VALIDATE: &'static str = r#"
/** One problem in a request: where, what (`code` and its details) and a sentence for the person filling the form. */
export type ValidationIssue = PeriskopeIssue;
/** What a `validate*` function returns: the normalised request, or every issue found. */
export type ValidationResult<T> = { success: true; data: T } | { success: false; issues: ValidationIssue[] };
/** A priority as a form gives it: 1 low, 2 medium, 3 high, 4 urgent, as a number or a string. */
export type PriorityInput = 1 | 2 | 3 | 4 | '1' | '2' | '3' | '4';
/** The fields of a new ticket, as a form gives them. */
export interface CreateTicketInput {
  /** `919537851844@c.us`, `120363392071406466@g.us`, or a number with its country code (`+91 95378 51844`). */
  chat_id: string;
  /** Trimmed; 1 to 500 characters. */
  subject: string;
  /** Default 1. */
  priority?: PriorityInput;
  /** Default `open`; any case. */
  status?: RequestStatus;
  /** `2025-04-20`, `2025-04-09 18:29:59+00`, ISO 8601 with an offset, or a `Date`. */
  due_date?: string | Date;
  /** The email of a user of the organisation. */
  assignee?: string;
  /** `"Test, Demo"` or `["Test", "Demo"]`. */
  labels?: string | string[];
  /** A bare WhatsApp message id or a full message id. */
  quoted_message_id?: string;
}
/** The fields to change on a ticket, as a form gives them; at least one. */
export interface UpdateTicketInput {
  subject?: string;
  assignee?: string;
  /** `null` clears the due date. */
  due_date?: string | Date | null;
  priority?: PriorityInput;
  status?: RequestStatus;
  /** Replaces the ticket's labels; `""` or `[]` removes them all. */
  labels?: string | string[];
}
/** A ticket list query, as code or URL parameters give it; `null` counts as absent. */
export interface ListTicketsQueryInput {
  offset?: number | string | null;
  limit?: number | string | null;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// Typed for editors; any value is accepted and checked.
    #[wasm_bindgen(typescript_type = "CreateTicketInput | FormData | URLSearchParams | Record<string, unknown>")]
    pub type JsCreateTicketInput;
    #[wasm_bindgen(typescript_type = "UpdateTicketInput | FormData | URLSearchParams | Record<string, unknown>")]
    pub type JsUpdateTicketInput;
    #[wasm_bindgen(typescript_type = "ListTicketsQueryInput | FormData | URLSearchParams | Record<string, unknown>")]
    pub type JsListTicketsQueryInput;
    #[wasm_bindgen(typescript_type = "string | number")]
    pub type JsPhoneInput;
}

/// Reads the input, runs the core rule and builds the result with one `JSON.parse` of the core's
/// text; `data` is the very body the client would send, so the two can never differ.
fn run<T>(input: &JsValue, expected: &'static str, validate: fn(&Value) -> Result<T, Vec<Issue>>, write: fn(&T, &mut String)) -> JsValue {
    let outcome = match js_to_value_expecting(input, MAX_DEPTH, expected) {
        Ok(value) => validate(&value),
        Err(error) if !error.issues.is_empty() => Err(error.issues),
        Err(error) => {
            let detail = if error.kind == ErrorKind::Limit {
                IssueDetail::out_of_range(None, Some(i64::from(MAX_DEPTH)), "depth")
            } else {
                IssueDetail::invalid_type("object", "text that is not JSON")
            };
            Err(vec![Issue::new(Vec::new(), detail, error.message)])
        }
    };
    parse_json(&validation_json(outcome.as_ref().map_err(Vec::as_slice), write))
}

/// Checks the body of a new ticket and returns it normalised to what `POST /tickets/create`
/// accepts (`priority` as the string `"1"`..`"4"`, defaults `priority: "1"` and `status: "open"`
/// filled in, `chat_id` with its `@c.us`, `due_date` in UTC ISO 8601, `labels` as one comma string),
/// or every issue found. Never throws.
#[wasm_bindgen(js_name = validateCreateTicket, unchecked_return_type = "ValidationResult<CreateTicketRequest>")]
pub fn validate_create_ticket(input: &JsCreateTicketInput) -> JsValue {
    run(input, "object", validate::validate_create_ticket, Value::write_json)
}

/// Checks the fields to change on a ticket (at least one) and returns them normalised to what
/// `PATCH /tickets/{ticket_id}` accepts (`due_date: null` clears the due date), or every issue
/// found. Never throws.
#[wasm_bindgen(js_name = validateUpdateTicket, unchecked_return_type = "ValidationResult<UpdateTicketRequest>")]
pub fn validate_update_ticket(input: &JsUpdateTicketInput) -> JsValue {
    run(input, "object", validate::validate_update_ticket, Value::write_json)
}

/// Checks `{ offset, limit }` (numbers or numeric strings, as from URL parameters) and returns
/// them as numbers, or every issue found. Never throws.
#[wasm_bindgen(js_name = validateListTicketsQuery, unchecked_return_type = "ValidationResult<ListTicketsQuery>")]
pub fn validate_list_tickets_query(input: &JsListTicketsQueryInput) -> JsValue {
    run(input, "object", validate::validate_list_tickets_query, Value::write_json)
}

/// Checks the phone to act with and returns the `x-phone` value: a number with its country
/// code as digits (`+91 98745 32456` gives `919874532456`) or a phone id
/// (`phone-bqzvyibhmwkaergr`), or the issue found. Never throws.
#[wasm_bindgen(js_name = validatePhone, unchecked_return_type = "ValidationResult<string>")]
pub fn validate_phone(input: &JsPhoneInput) -> JsValue {
    run(input, "string | number", validate::validate_phone, |phone, out| push_json_string(out, phone))
}

#[wasm_bindgen(typescript_custom_section)]
const TS_MORE_REQUESTS: &'static str = validate::REQUESTS_TYPESCRIPT;

/// Checks a message to send and returns it normalised to what `POST /message/send` accepts
/// (`chat_id` with its `@c.us`, bare base64 `media.filedata` as a `data:` URL, poll texts trimmed),
/// or every issue found. Never throws.
#[wasm_bindgen(js_name = validateSendMessage, unchecked_return_type = "ValidationResult<SendMessageRequest>")]
pub fn validate_send_message(
    #[wasm_bindgen(unchecked_param_type = "SendMessageInput | FormData | URLSearchParams | Record<string, unknown>")] input: &JsValue,
) -> JsValue {
    run(input, "object", validate::validate_send_message, Value::write_json)
}

/// Checks where to forward a message (`{ forward_chat_ids }`), or every issue found. Never throws.
#[wasm_bindgen(js_name = validateForwardMessage, unchecked_return_type = "ValidationResult<ForwardMessageRequest>")]
pub fn validate_forward_message(
    #[wasm_bindgen(unchecked_param_type = "ForwardMessageInput | FormData | URLSearchParams | Record<string, unknown>")] input: &JsValue,
) -> JsValue {
    run(input, "object", validate::validate_forward_message, Value::write_json)
}

/// Checks a reaction (`{ reaction: '👍' }`), or every issue found. Never throws.
#[wasm_bindgen(js_name = validateReaction, unchecked_return_type = "ValidationResult<ReactionRequest>")]
pub fn validate_reaction(
    #[wasm_bindgen(unchecked_param_type = "ReactionInput | FormData | URLSearchParams | Record<string, unknown>")] input: &JsValue,
) -> JsValue {
    run(input, "object", validate::validate_reaction, Value::write_json)
}

/// Checks a private note and returns it normalised to what `POST /note/create` accepts, or every
/// issue found. Never throws.
#[wasm_bindgen(js_name = validateCreateNote, unchecked_return_type = "ValidationResult<CreateNoteRequest>")]
pub fn validate_create_note(
    #[wasm_bindgen(unchecked_param_type = "CreateNoteInput | FormData | URLSearchParams | Record<string, unknown>")] input: &JsValue,
) -> JsValue {
    run(input, "object", validate::validate_create_note, Value::write_json)
}

/// Checks the fields to change on a contact (at least one) and returns them normalised to what
/// `PATCH /contacts/{contact_id}` accepts (`labels` as one comma string), or every issue found. Never throws.
#[wasm_bindgen(js_name = validateUpdateContact, unchecked_return_type = "ValidationResult<UpdateContactRequest>")]
pub fn validate_update_contact(
    #[wasm_bindgen(unchecked_param_type = "UpdateContactInput | FormData | URLSearchParams | Record<string, unknown>")] input: &JsValue,
) -> JsValue {
    run(input, "object", validate::validate_update_contact, Value::write_json)
}

/// Checks `{ offset, limit, chat_type, label }` for `listChats`, or every issue found. Never throws.
#[wasm_bindgen(js_name = validateListChatsQuery, unchecked_return_type = "ValidationResult<ListChatsQuery>")]
pub fn validate_list_chats_query(
    #[wasm_bindgen(unchecked_param_type = "ListChatsQueryInput | FormData | URLSearchParams | Record<string, unknown>")] input: &JsValue,
) -> JsValue {
    run(input, "object", validate::validate_list_chats_query, Value::write_json)
}

/// Checks `{ offset, limit }` for `listChatMessages`, `listMessages` and `listContacts`, or every issue found. Never throws.
#[wasm_bindgen(js_name = validateListQuery, unchecked_return_type = "ValidationResult<ListQuery>")]
pub fn validate_list_query(
    #[wasm_bindgen(unchecked_param_type = "ListQueryInput | FormData | URLSearchParams | Record<string, unknown>")] input: &JsValue,
) -> JsValue {
    run(input, "object", validate::validate_list_query, Value::write_json)
}

/// Checks `{ offset, limit, start_time, end_time }` for `listChatNotes` and `listNotes`, or every issue found. Never throws.
#[wasm_bindgen(js_name = validateListNotesQuery, unchecked_return_type = "ValidationResult<ListNotesQuery>")]
pub fn validate_list_notes_query(
    #[wasm_bindgen(unchecked_param_type = "ListNotesQueryInput | FormData | URLSearchParams | Record<string, unknown>")] input: &JsValue,
) -> JsValue {
    run(input, "object", validate::validate_list_notes_query, Value::write_json)
}
