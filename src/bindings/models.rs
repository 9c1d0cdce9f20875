//! `parseTicketInfo`, `parseTicket`, `parseTicketList`, `parseChat`, `parseMessage`.

use wasm_bindgen::prelude::*;

use super::error::to_js_error;
use super::interop::{materialise, parse_options, with_payload, JsParseOptions, JsPayload, ObjectWalk};
use crate::model::{CHAT, MESSAGE, TICKET, TICKET_INFO, TICKET_LIST};
use crate::schema::{validate_text, ObjectShape, Shape};

#[wasm_bindgen(typescript_custom_section)]
const TS_MODELS: &'static str = crate::model::TYPESCRIPT;

#[wasm_bindgen(typescript_custom_section)]
const TS_PARSE: &'static str = r#"
/** How a payload is parsed. */
export interface ParseOptions {
  /** Also check formats: timestamps parse, ids have their documented shapes, emails are emails. Default false. */
  strict?: boolean;
  /** Refuse inputs longer than this many UTF-8 bytes (kind 'limit'). Default 64 MiB. An already parsed object is measured by its JSON text when this is given. */
  maxBytes?: number;
  /** Refuse objects and arrays nested deeper than this (kind 'limit'). Default 128. */
  maxDepth?: number;
  /** Stop listing issues after this many. Default 1000. */
  maxIssues?: number;
}
/**
 * What the parsers accept: JSON text (errors carry exact positions), its UTF-8 bytes, or an
 * already parsed value (read where it is, without a round trip through JSON text; a value JSON
 * cannot hold, such as a Map or NaN, is refused at its path).
 */
export type PayloadInput = string | Uint8Array | ArrayBuffer | object;
"#;

/// The shapes the parsers read; an already parsed value is walked in JS against the same ones.
static PARSED: [&ObjectShape; 5] = [&TICKET_INFO, &TICKET, &TICKET_LIST, &CHAT, &MESSAGE];

fn parse_shape(input: &JsPayload, options: Option<JsParseOptions>, shape: &'static ObjectShape) -> Result<JsValue, JsValue> {
    let options = parse_options(options.as_ref());
    let walk = PARSED.iter().position(|parsed| std::ptr::eq(*parsed, shape)).map(|root| ObjectWalk { roots: &PARSED, root });
    with_payload(input, &options, walk, &mut |payload| {
        let edits = validate_text(payload.text, &Shape::Object(shape), &options)?;
        materialise(payload, &edits)
    })
    .map_err(to_js_error)
}

/// Parses ticket info (`{ ticket, chat, message, attached_messages }`): what create, get and update return.
/// Throws a `PeriskopeError` of kind `syntax`, `validation` or `limit`.
#[wasm_bindgen(js_name = parseTicketInfo, unchecked_return_type = "TicketInfo")]
pub fn parse_ticket_info(input: JsPayload, options: Option<JsParseOptions>) -> Result<JsValue, JsValue> {
    parse_shape(&input, options, &TICKET_INFO)
}

/// Parses one ticket, as found in a ticket list.
#[wasm_bindgen(js_name = parseTicket, unchecked_return_type = "Ticket")]
pub fn parse_ticket(input: JsPayload, options: Option<JsParseOptions>) -> Result<JsValue, JsValue> {
    parse_shape(&input, options, &TICKET)
}

/// Parses a page of tickets (`{ from, to, count, tickets }`), as `GET /tickets` returns it.
#[wasm_bindgen(js_name = parseTicketList, unchecked_return_type = "TicketList")]
pub fn parse_ticket_list(input: JsPayload, options: Option<JsParseOptions>) -> Result<JsValue, JsValue> {
    parse_shape(&input, options, &TICKET_LIST)
}

/// Parses a chat object, members and latest message included.
#[wasm_bindgen(js_name = parseChat, unchecked_return_type = "Chat")]
pub fn parse_chat(input: JsPayload, options: Option<JsParseOptions>) -> Result<JsValue, JsValue> {
    parse_shape(&input, options, &CHAT)
}

/// Parses a full message (as `chat.latest_message` and the `message.*` events carry it).
#[wasm_bindgen(js_name = parseMessage, unchecked_return_type = "Message")]
pub fn parse_message(input: JsPayload, options: Option<JsParseOptions>) -> Result<JsValue, JsValue> {
    parse_shape(&input, options, &MESSAGE)
}
