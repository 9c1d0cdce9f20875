//! Webhook events: the envelope in both forms the API uses, the event types with the
//! model of each one's `data`, what an update changed, and signature verification.
//! Plain Rust; `bindings::events` only converts.

mod changed_fields;
mod envelope;
mod names;
mod sha256;
mod signature;

pub use changed_fields::{changed_fields, changed_fields_json, ChangedField};
pub use envelope::{parse_event, ParsedEvent};
pub use names::{event_kind, EventKind, EVENT_KINDS, EVENT_NAMES_JS, EVENT_NAMES_TS};
pub use signature::verify_signature;
