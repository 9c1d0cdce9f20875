//! Reads a webhook body in one pass: the envelope in either of its two forms, and `data`
//! with the model its event names. Like the model parsers it builds nothing: it returns the
//! patches that turn the body as sent into the one normalised form
//! `{ event, org_id, data, known, timestamp?, id?, previous_attributes? }`.

use std::borrow::Cow;

use super::names::{event_kind, EventKind};
use crate::error::{Error, IssueCode, PathSegment};
use crate::json::{ReadResult, ValueKind};
use crate::schema::{check_size, Format, ParseOptions, Patch, PatchOp, Scalar, Shape, Walker};

/// A webhook body that passed validation.
#[derive(Debug, Clone)]
pub struct ParsedEvent {
    /// The event's name, from `event` or, in the form real traffic carries, `event_type`.
    pub name: String,
    /// The event, when it is one of the 20 this version knows; `data` was then checked with its model.
    pub kind: Option<&'static EventKind>,
    /// The edits that normalise the body: `event_type` renamed to `event`, `known` set, and
    /// the normalisations of `data` (paths from the root of the body).
    pub patches: Vec<Patch>,
}

/// The envelope properties this parser reads; any other property is kept as it is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Property {
    Event,
    EventType,
    Data,
    OrgId,
    Timestamp,
    Id,
    PreviousAttributes,
}

impl Property {
    fn of(key: &str) -> Option<Property> {
        Some(match key {
            "event" => Property::Event,
            "event_type" => Property::EventType,
            "data" => Property::Data,
            "org_id" => Property::OrgId,
            "timestamp" => Property::Timestamp,
            "id" => Property::Id,
            "previous_attributes" => Property::PreviousAttributes,
            _ => return None,
        })
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

static PREVIOUS_ATTRIBUTES: Shape = Shape::Map(&Shape::Any);

/// What the walk over the envelope found.
#[derive(Default)]
struct Found {
    /// The body is an object; nothing else is checked when it is not.
    object: bool,
    seen: u8,
    event: Option<String>,
    event_type: Option<String>,
    /// Decided by the first name read; a second, different name is a conflict reported later.
    kind: Option<&'static EventKind>,
    named: bool,
    /// Where `data` starts when it came before any name, so its model was not known yet.
    deferred_data: Option<usize>,
}

/// Validates a webhook body and returns its name, its kind and the patches that normalise it.
/// Never fails because the event name is unknown: such an event keeps `data` as sent (its JSON
/// syntax checked) and gets `known: false`.
pub fn parse_event(text: &str, options: &ParseOptions) -> Result<ParsedEvent, Error> {
    check_size(text, options)?;
    let mut walker = Walker::new(text, options);
    let mut found = Found::default();
    let read = read_envelope(&mut walker, &mut found).and_then(|()| walker.reader().finish());
    if read.is_ok() && found.object {
        check_envelope(&mut walker, &found);
    }
    let patches = walker.finish(read)?;
    let name = found.event.or(found.event_type).unwrap_or_default();
    Ok(ParsedEvent { name, kind: found.kind, patches })
}

fn read_envelope<'a>(walker: &mut Walker<'a>, found: &mut Found) -> ReadResult<()> {
    let kind = walker.reader().peek_kind()?;
    if kind != ValueKind::Object {
        walker.report(
            IssueCode::InvalidType,
            format!("expected a webhook event (an object with event and data), got {}", kind.described()),
        );
        return walker.reader().skip_value();
    }
    found.object = true;
    walker.reader().begin_object()?;
    let mut first = true;
    while let Some(raw_key) = walker.reader().next_key(first)? {
        first = false;
        let key = raw_key.decode();
        let Some(property) = Property::of(&key) else {
            walker.reader().skip_value()?;
            continue;
        };
        walker.push_key(key);
        let read = if found.seen & property.bit() != 0 {
            walker.report(IssueCode::DuplicateKey, "this key appears more than once in the object".to_owned());
            walker.reader().skip_value()
        } else {
            found.seen |= property.bit();
            read_property(walker, found, property)
        };
        walker.pop();
        read?;
        if let (Some(start), Some(kind)) = (found.deferred_data, found.kind) {
            // `data` came before the name: walk it now that its model is known.
            found.deferred_data = None;
            walker.push_key(Cow::Borrowed("data"));
            let walked = walker.walk_at(start, &Shape::Object(kind.data), false);
            walker.pop();
            walked?;
        }
    }
    Ok(())
}

fn read_property(walker: &mut Walker<'_>, found: &mut Found, property: Property) -> ReadResult<()> {
    match property {
        Property::Event | Property::EventType => {
            if walker.reader().peek_kind()? != ValueKind::String {
                // Reports "expected a string, got ..." at this path and skips the value.
                return walker.walk(&Shape::Str(Format::Text), false);
            }
            let name = walker.reader().read_string()?.decode().into_owned();
            if !found.named {
                found.named = true;
                found.kind = event_kind(&name);
            }
            if property == Property::Event {
                found.event = Some(name);
            } else {
                found.event_type = Some(name);
            }
            Ok(())
        }
        Property::Data => match found.kind {
            Some(kind) => walker.walk(&Shape::Object(kind.data), false),
            None => {
                walker.reader().peek_kind()?;
                if !found.named {
                    found.deferred_data = Some(walker.reader().offset());
                }
                walker.reader().skip_value()
            }
        },
        Property::OrgId => walker.walk(&Shape::Str(Format::Uuid), false),
        Property::Timestamp => walker.walk(&Shape::Timestamp, true),
        Property::Id => walker.walk(&Shape::Str(Format::Text), true),
        Property::PreviousAttributes => walker.walk(&PREVIOUS_ATTRIBUTES, true),
    }
}

/// The checks that need the whole envelope, and the patches that normalise it.
fn check_envelope(walker: &mut Walker<'_>, found: &Found) {
    let root_key = |key: &str| vec![PathSegment::Key(key.to_owned())];
    match (&found.event, &found.event_type) {
        (Some(event), Some(event_type)) if event != event_type => walker.report_at(
            root_key("event_type"),
            IssueCode::ConflictingAlias,
            format!(
                "event_type {} and event {} name different events",
                crate::error::quote(event_type),
                crate::error::quote(event)
            ),
        ),
        // An empty path makes the rename apply to the root object; with both names present
        // and equal it drops the duplicate, so the result has `event` only.
        (_, Some(_)) => walker.push_patch(PatchOp::Rename { from: "event_type".to_owned(), to: "event" }),
        (Some(_), None) => {}
        (None, None) => {
            let wrong_type = found.seen & (Property::Event.bit() | Property::EventType.bit()) != 0;
            if !wrong_type {
                walker.report_at(
                    root_key("event"),
                    IssueCode::MissingField,
                    "event (or event_type) is required in a webhook event".to_owned(),
                );
            }
        }
    }
    if found.seen & Property::OrgId.bit() == 0 {
        walker.report_at(root_key("org_id"), IssueCode::MissingField, "org_id is required in a webhook event".to_owned());
    }
    if let Some(kind) = found.kind {
        if found.seen & Property::Data.bit() == 0 {
            walker.report_at(root_key("data"), IssueCode::MissingField, format!("data is required in a {} event", kind.name));
        }
    }
    if found.named {
        walker.push_key(Cow::Borrowed("known"));
        walker.push_patch(PatchOp::Set(Scalar::Bool(found.kind.is_some())));
        walker.pop();
    }
}
