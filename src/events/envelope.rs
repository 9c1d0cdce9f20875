//! Reads a webhook body in one pass: the envelope in either of its two forms, and `data`
//! with the model its event names. Like the model parsers it builds nothing: it returns the
//! edits that turn the body as sent into the one normalised form
//! `{ event, org_id, data, known, timestamp?, id?, previous_attributes? }`.

use super::names::{event_kind, EventKind};
use crate::error::{Error, IssueDetail, PathSegment};
use crate::json::{is_blank, ReadResult, ValueKind};
use crate::schema::{check_size, Edit, Format, ParseOptions, PathStep, Replacement, Shape, Walker};

/// A webhook body that passed validation.
#[derive(Debug, Clone)]
pub struct ParsedEvent {
    /// The event's name, from `event` or, in the form real traffic carries, `event_type`.
    pub name: String,
    /// The event, when it is one this version knows; `data` was then checked with its model.
    pub kind: Option<&'static EventKind>,
    /// The edits that normalise the body: `event_type` renamed to `event`, `known` set, and
    /// the normalisations of `data`.
    pub edits: Vec<Edit>,
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
    /// Where `data` starts when it came before any name, so its model was not known yet; taken
    /// when it has been walked.
    deferred_data: Option<usize>,
    /// Where the `event_type` property's key lies (as a token and as a path step), and where its value ends.
    event_type_key: Option<((usize, usize), PathStep)>,
    event_type_end: usize,
    /// The value of a `known` property the body already has, and its key.
    known: Option<((usize, usize), PathStep)>,
    /// Where the closing brace is, and whether any property comes before it.
    closing_brace: Option<usize>,
    has_members: bool,
}

/// Validates a webhook body and returns its name, its kind and the edits that normalise it.
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
    let edits = walker.finish(read)?;
    let name = found.event.or(found.event_type).unwrap_or_default();
    Ok(ParsedEvent { name, kind: found.kind, edits })
}

fn read_envelope<'a>(walker: &mut Walker<'a>, found: &mut Found) -> ReadResult<()> {
    let kind = walker.reader().peek_kind()?;
    if kind != ValueKind::Object {
        let detail = IssueDetail::invalid_type("object", kind.name());
        walker.report(detail, format!("expected a webhook event (an object with event and data), got {}", kind.described()));
        return walker.reader().skip_value();
    }
    found.object = true;
    walker.walk_members(|walker, raw_key| {
        found.has_members = true;
        let key = raw_key.decode();
        let Some(property) = Property::of(&key) else {
            if key != "known" {
                return Ok(false);
            }
            // Kept as sent like any other member, but its value is replaced in the result.
            walker.reader().peek_kind()?;
            let start = walker.reader().offset();
            walker.keep_as_sent(raw_key)?;
            found.known = Some(((start, walker.reader().offset()), walker.key_step(raw_key)));
            return Ok(true);
        };
        let key_span = walker.token_span(raw_key);
        walker.push_key(raw_key);
        let read = if found.seen & property.bit() != 0 {
            walker.report(IssueDetail::duplicate_key(key.clone()), "this key appears more than once in the object".to_owned());
            walker.reader().skip_value()
        } else {
            found.seen |= property.bit();
            read_property(walker, found, property)
        };
        walker.pop();
        read?;
        if property == Property::EventType {
            found.event_type_key = Some((key_span, walker.key_step(raw_key)));
            found.event_type_end = walker.reader().offset();
        }
        if found.named {
            walk_deferred_data(walker, found)?;
        }
        Ok(true)
    })?;
    found.closing_brace = walker.reader().offset().checked_sub(1);
    // No event name came: `data` is still kept as sent, and read as such.
    walk_deferred_data(walker, found)
}

/// Walks `data` when it came before the event's name: with the event's model once the name is
/// known, or kept as sent (for an unknown event, or when no name comes).
fn walk_deferred_data(walker: &mut Walker<'_>, found: &mut Found) -> ReadResult<()> {
    let Some(start) = found.deferred_data.take() else { return Ok(()) };
    walker.push_name("data");
    let walked = match found.kind {
        Some(kind) => walker.walk_at(start, &Shape::Object(kind.data), false),
        None => walker.walk_at(start, &Shape::Any, true),
    };
    walker.pop();
    walked
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
            // An event this version does not know: its data is kept as sent.
            None if found.named => walker.walk(&Shape::Any, true),
            None => {
                walker.reader().peek_kind()?;
                found.deferred_data = Some(walker.reader().offset());
                walker.reader().skip_value()
            }
        },
        Property::OrgId => walker.walk(&Shape::Str(Format::Uuid), false),
        Property::Timestamp => walker.walk(&Shape::Timestamp, true),
        Property::Id => walker.walk(&Shape::Str(Format::Text), true),
        Property::PreviousAttributes => walker.walk(&PREVIOUS_ATTRIBUTES, true),
    }
}

/// The checks that need the whole envelope, and the edits that normalise it.
fn check_envelope(walker: &mut Walker<'_>, found: &Found) {
    let root_key = |key: &str| vec![PathSegment::Key(key.to_owned())];
    match (&found.event, &found.event_type) {
        (Some(event), Some(event_type)) if event != event_type => walker.report_at(
            root_key("event_type"),
            IssueDetail::ConflictingAlias { names: ["event", "event_type"] },
            format!("event_type {} and event {} name different events", crate::error::quote(event_type), crate::error::quote(event)),
        ),
        // With both names present and equal, the duplicate is dropped: the result has `event` only.
        (Some(_), Some(_)) => {
            if let Some(((start, _), key)) = found.event_type_key {
                let (start, end) = with_one_comma(walker.reader().text(), start, found.event_type_end);
                walker.push_edit(start, end, Replacement::Nothing, Some(key));
            }
        }
        (None, Some(_)) => {
            if let Some(((start, end), key)) = found.event_type_key {
                walker.push_edit(start, end, Replacement::Name("event"), Some(key));
            }
        }
        (Some(_), None) => {}
        (None, None) => {
            let wrong_type = found.seen & (Property::Event.bit() | Property::EventType.bit()) != 0;
            if !wrong_type {
                walker.report_at(
                    root_key("event"),
                    IssueDetail::missing_field("string"),
                    "event (or event_type) is required in a webhook event".to_owned(),
                );
            }
        }
    }
    if found.seen & Property::OrgId.bit() == 0 {
        walker.report_at(root_key("org_id"), IssueDetail::missing_field("string"), "org_id is required in a webhook event".to_owned());
    }
    if let Some(kind) = found.kind {
        if found.seen & Property::Data.bit() == 0 {
            walker.report_at(root_key("data"), IssueDetail::missing_field("object"), format!("data is required in a {} event", kind.name));
        }
    }
    if found.named {
        let known = found.kind.is_some();
        match (found.known, found.closing_brace) {
            (Some(((start, end), key)), _) => walker.push_edit(start, end, Replacement::Bool(known), Some(key)),
            (None, Some(brace)) => walker.push_edit(
                brace,
                brace,
                Replacement::Member { name: "known", value: known, after_comma: found.has_members },
                Some(PathStep::Name("known")),
            ),
            (None, None) => {}
        }
    }
}

/// The span of a property (`start` at its key, `end` after its value) widened to take one of
/// the commas beside it, so that removing it leaves valid JSON.
fn with_one_comma(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let after = end + bytes.get(end..).unwrap_or_default().iter().take_while(|&&b| is_blank(b)).count();
    if bytes.get(after) == Some(&b',') {
        return (start, after + 1);
    }
    let before = bytes.get(..start).unwrap_or_default().iter().rev().take_while(|&&b| is_blank(b)).count();
    match start.checked_sub(before + 1) {
        Some(comma) if bytes.get(comma) == Some(&b',') => (comma, end),
        _ => (start, end),
    }
}
