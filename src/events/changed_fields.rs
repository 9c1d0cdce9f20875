//! What an update event changed: each field named in `previous_attributes`, with the value
//! it had before and the value it has now.

use super::names::event_kind;
use crate::json::Value;

/// One field an update event changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedField {
    /// The field's name, as a key of `previous_attributes`.
    pub field: String,
    /// Its value before the update, from `previous_attributes`.
    pub previous: Value,
    /// Its value after the update, from the event's data (see [`changed_fields`]);
    /// `None` when the data does not carry the field.
    pub current: Option<Value>,
}

/// The fields named in `previous_attributes` of a parsed (normalised) event, in the order
/// they came; a key given twice counts once, with its last value (JSON.parse's rule).
///
/// The new value is looked up where the event's object lives: in `data.ticket` for the
/// `ticket.*` events (whose data is ticket info: `{ ticket, chat, message, ... }`), and in
/// `data` itself for every other event. An event without `previous_attributes` changed nothing
/// that the API reports, so the list is empty.
pub fn changed_fields(event: &Value) -> Vec<ChangedField> {
    let Some(Value::Object(previous)) = event.get("previous_attributes") else { return Vec::new() };
    let name = event.get("event").or_else(|| event.get("event_type")).and_then(Value::as_str);
    let data = event.get("data");
    let holder = match name.and_then(event_kind) {
        Some(kind) if kind.data.name == "TicketInfo" => data.and_then(|d| d.get("ticket")),
        _ => data,
    };
    let mut changed: Vec<ChangedField> = Vec::with_capacity(previous.len());
    for (field, value) in previous {
        let current = holder.and_then(|h| h.get(field)).cloned();
        let entry = ChangedField { field: field.clone(), previous: value.clone(), current };
        match changed.iter_mut().find(|c| c.field == *field) {
            Some(existing) => *existing = entry,
            None => changed.push(entry),
        }
    }
    changed
}

/// The list as JSON text, `[{ "field", "previous", "current"? }]`, for the JS side to parse
/// (numbers are written as they came, so no float is ever formatted).
pub fn changed_fields_json(changed: &[ChangedField]) -> String {
    let mut out = String::from("[");
    for (i, entry) in changed.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"field\":");
        crate::error::push_json_string(&mut out, &entry.field);
        out.push_str(",\"previous\":");
        entry.previous.write_json(&mut out);
        if let Some(current) = &entry.current {
            out.push_str(",\"current\":");
            current.write_json(&mut out);
        }
        out.push('}');
    }
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Value {
        Value::parse(text, 32).unwrap()
    }

    #[test]
    fn ticket_events_look_in_data_ticket() {
        let event = value(
            r#"{"event":"ticket.updated","data":{"ticket":{"status":"closed","priority":3}},
                "previous_attributes":{"status":"open","priority":1}}"#,
        );
        let changed = changed_fields(&event);
        assert_eq!(changed.len(), 2);
        assert_eq!(changed[0].field, "status");
        assert_eq!(changed[0].previous, Value::String("open".into()));
        assert_eq!(changed[0].current, Some(Value::String("closed".into())));
        assert_eq!(changed[1].current, Some(Value::Number("3".into())));
    }

    #[test]
    fn other_events_look_in_data_and_missing_values_are_none() {
        let event =
            value(r#"{"event_type":"message.updated","data":{"body":"new"},"previous_attributes":{"body":"old","is_starred":false}}"#);
        let changed = changed_fields(&event);
        assert_eq!(changed[0].current, Some(Value::String("new".into())));
        assert_eq!(changed[1].field, "is_starred");
        assert_eq!(changed[1].current, None);
        assert_eq!(
            changed_fields_json(&changed),
            r#"[{"field":"body","previous":"old","current":"new"},{"field":"is_starred","previous":false}]"#
        );
    }

    #[test]
    fn no_previous_attributes_means_no_changes_and_duplicates_count_once() {
        assert!(changed_fields(&value(r#"{"event":"ticket.created","data":{}}"#)).is_empty());
        assert!(changed_fields(&value(r#"{"event":"ticket.updated","previous_attributes":null}"#)).is_empty());
        let twice = changed_fields(&value(r#"{"event":"x","data":{"a":3},"previous_attributes":{"a":1,"a":2}}"#));
        assert_eq!(twice.len(), 1);
        assert_eq!(twice[0].previous, Value::Number("2".into()));
    }
}
