//! The ticket requests: `POST /tickets/create`, `PATCH /tickets/{ticket_id}` and the query of
//! `GET /tickets`, each one table checked by [`RequestShape::check`] as the other requests are.
//! Their TypeScript is written out in `typescript.rs` (a create request always carries
//! `priority` and `status`, which a `request!` interface cannot say); `tests/requests.rs` checks
//! what the tables give against it.

use crate::error::Issue;
use crate::json::Value;

use super::request::{FieldRule, Nulls, RequestShape, Rule};
use super::requests::LIST_QUERY;

const fn field(name: &'static str, rule: Rule, required: bool, nulls: Nulls) -> FieldRule {
    FieldRule { name, rule, required, nulls }
}

/// A new ticket. A `null` is checked like any value (and refused), so that a cleared form field
/// is never read as "the default". The API's defaults, `priority: "1"` and `status: "open"`, are
/// filled in so that the body says exactly what the ticket will be; `labels: ""` is left out.
pub static CREATE_TICKET: RequestShape = RequestShape {
    what: "a create-ticket request",
    fields: &[
        field("chat_id", Rule::ChatId, true, Nulls::Checked),
        field("subject", Rule::Subject, true, Nulls::Checked),
        field("priority", Rule::Priority, false, Nulls::Checked),
        field("status", Rule::Status, false, Nulls::Checked),
        field("due_date", Rule::DueDate, false, Nulls::Checked),
        field("assignee", Rule::Assignee, false, Nulls::Checked),
        field("labels", Rule::Labels, false, Nulls::Checked),
        field("quoted_message_id", Rule::MessageId, false, Nulls::Checked),
    ],
    one_of: &[],
    finish: Some(create_ticket_defaults),
};

/// The fields to change on a ticket, at least one. `due_date: null` clears the due date; any other
/// `null` is refused, since it could be meant as "clear it" (`labels: ""` removes every label).
pub static UPDATE_TICKET: RequestShape = RequestShape {
    what: "an update-ticket request",
    fields: &[
        field("subject", Rule::Subject, false, Nulls::Refused),
        field("assignee", Rule::Assignee, false, Nulls::Refused),
        field("due_date", Rule::DueDate, false, Nulls::Clears),
        field("priority", Rule::Priority, false, Nulls::Refused),
        field("status", Rule::Status, false, Nulls::Refused),
        field("labels", Rule::Labels, false, Nulls::Refused),
    ],
    one_of: &["subject", "assignee", "due_date", "priority", "status", "labels"],
    finish: None,
};

/// Fills in the API's defaults in the table's order, and leaves out labels that came to nothing.
fn create_ticket_defaults(out: &mut Vec<(String, Value)>, _: &mut Vec<Issue>) {
    out.retain(|(key, value)| !(key == "labels" && value.as_str() == Some("")));
    for (key, default, after) in [("priority", "1", "subject"), ("status", "open", "priority")] {
        if !out.iter().any(|(k, _)| k == key) {
            let at = out.iter().position(|(k, _)| k == after).map_or(out.len(), |at| at + 1);
            out.insert(at, (key.to_owned(), Value::String(default.to_owned())));
        }
    }
}

/// Checks a create-ticket body and returns it normalised, or every issue found.
pub fn validate_create_ticket(input: &Value) -> Result<Value, Vec<Issue>> {
    CREATE_TICKET.validate(input)
}

/// Checks an update-ticket body and returns it normalised, or every issue found.
pub fn validate_update_ticket(input: &Value) -> Result<Value, Vec<Issue>> {
    UPDATE_TICKET.validate(input)
}

/// Checks a ticket list query: numbers or numeric strings (as read from URL parameters), `null`
/// as not given. The same table as the other lists'.
pub fn validate_list_tickets_query(input: &Value) -> Result<Value, Vec<Issue>> {
    LIST_QUERY.validate(input)
}
