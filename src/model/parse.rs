//! The typed Rust way in: text to a model, through the same one-pass validation JS uses.

use serde::de::DeserializeOwned;

use super::{Chat, Message, Ticket, TicketInfo, TicketList, CHAT, MESSAGE, TICKET, TICKET_INFO, TICKET_LIST};
use crate::error::{Error, Issue, IssueCode};
use crate::schema::{apply_edits, validate_text, Edit, ObjectShape, ParseOptions, Shape};

/// A model the parser knows the shape of.
pub trait Model: DeserializeOwned {
    const SHAPE: &'static ObjectShape;
}

impl Model for TicketInfo {
    const SHAPE: &'static ObjectShape = &TICKET_INFO;
}
impl Model for Ticket {
    const SHAPE: &'static ObjectShape = &TICKET;
}
impl Model for TicketList {
    const SHAPE: &'static ObjectShape = &TICKET_LIST;
}
impl Model for Chat {
    const SHAPE: &'static ObjectShape = &CHAT;
}
impl Model for Message {
    const SHAPE: &'static ObjectShape = &MESSAGE;
}

/// A parsed payload: the typed view, and the whole normalised JSON with unknown fields kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed<M> {
    pub value: M,
    pub json: serde_json::Value,
    pub edits: Vec<Edit>,
}

/// Validates `text` against `M`'s shape and builds it. Natively this costs a second pass
/// through `serde_json`; the wasm build never does that (JS parses the text and applies the edits).
pub fn parse<M: Model>(text: &str, options: &ParseOptions) -> Result<Parsed<M>, Error> {
    let edits = validate_text(text, &Shape::Object(M::SHAPE), options)?;
    let json: serde_json::Value = serde_json::from_str(&apply_edits(text, &edits)).map_err(internal)?;
    let value = M::deserialize(&json).map_err(internal)?;
    Ok(Parsed { value, json, edits })
}

fn internal(error: serde_json::Error) -> Error {
    Error::validation(vec![Issue::new(Vec::new(), IssueCode::InvalidType, format!("could not build the typed value: {error}"))])
}
