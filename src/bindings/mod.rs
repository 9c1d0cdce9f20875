//! The JavaScript face of the crate: the only module with `#[wasm_bindgen]` exports. Each
//! export converts its arguments (through [`interop`]), calls the core, and converts back;
//! no decision is made here.

mod client;
mod error;
mod events;
mod interop;
mod models;
mod validate;

pub use error::to_js_error;
pub use events::{changed_fields, parse_event, verify_webhook_signature};
pub use interop::{JsParseOptions, JsPayload};
pub use models::{parse_chat, parse_message, parse_ticket, parse_ticket_info, parse_ticket_list};

use wasm_bindgen::prelude::*;

/// The version of this package.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}
