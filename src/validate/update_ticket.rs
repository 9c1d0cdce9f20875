//! `PATCH /tickets/{ticket_id}`: the fields to change on a ticket.

use serde::Serialize;

use crate::error::{Issue, IssueDetail};
use crate::json::Value;

use super::fields::{self, got, path, RequestPriority, RequestStatus};
use super::object::{check_keys, entries, field};

const FIELDS: &[&str] = &["subject", "assignee", "due_date", "priority", "status", "labels"];

/// An update-ticket body, normalised to what the API accepts: only the fields given, at
/// least one of them. `due_date: null` clears the due date; `labels: ""` removes every label.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct UpdateTicketRequest {
    /// The new subject, trimmed: 1 to 500 characters.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The email of the user to assign the ticket to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
    /// The new due date in UTC as `Date.prototype.toISOString` writes it, or `null` to clear it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date: Option<Option<String>>,
    /// `"1"` low, `"2"` medium, `"3"` high, `"4"` urgent: a string, as the API documents it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<RequestPriority>,
    /// `open`, `inprogress`, `closed` or `archived`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<RequestStatus>,
    /// The ticket's labels as one comma string (`"Test, Demo"`); they replace the current ones, `""` removes all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<String>,
}

impl UpdateTicketRequest {
    /// The compact JSON body the API takes; `"due_date":null` when the due date is cleared.
    pub fn to_json(&self) -> String {
        let text = |s: &Option<String>| s.as_ref().map(|s| Value::String(s.clone()));
        let fields = [
            ("subject", text(&self.subject)),
            ("assignee", text(&self.assignee)),
            ("due_date", self.due_date.as_ref().map(|d| d.as_ref().map_or(Value::Null, |d| Value::String(d.clone())))),
            ("priority", self.priority.map(|p| Value::String(p.as_str().to_owned()))),
            ("status", self.status.map(|s| Value::String(s.as_str().to_owned()))),
            ("labels", text(&self.labels)),
        ];
        let body = fields.into_iter().filter_map(|(key, value)| value.map(|v| (key.to_owned(), v))).collect();
        Value::Object(body).to_json()
    }
}

/// Checks an update-ticket body and returns it normalised, or every issue found.
pub fn validate_update_ticket(input: &Value) -> Result<UpdateTicketRequest, Vec<Issue>> {
    let mut issues = Vec::new();
    let Some(entries) = entries(input, "the fields to change", &mut issues) else {
        return Err(issues);
    };
    let mut request = UpdateTicketRequest::default();
    let mut given = 0;
    for &key in FIELDS {
        let Some(value) = field(entries, key) else { continue };
        given += 1;
        match (key, value) {
            ("due_date", Value::Null) => request.due_date = Some(None),
            (_, Value::Null) => issues.push(Issue::new(
                path(key),
                IssueDetail::invalid_type(fields::takes(key), "null"),
                format!(
                    "got null; leave {key} out to keep it as it is{}",
                    if key == "labels" { ", or give \"\" to remove every label" } else { "" }
                ),
            )),
            ("subject", v) => request.subject = fields::subject(v, &mut issues),
            ("assignee", v) => request.assignee = fields::assignee(v, &mut issues),
            ("due_date", v) => request.due_date = fields::due_date(v, &mut issues).map(Some),
            ("priority", v) => request.priority = fields::priority(v, &mut issues),
            ("status", v) => request.status = fields::status(v, &mut issues),
            ("labels", v) => request.labels = fields::labels(v, &mut issues),
            (_, v) => issues.push(Issue::new(
                path(key),
                IssueDetail::invalid_type(fields::takes(key), v.kind().name()),
                format!("unexpected {}", got(v)),
            )),
        }
    }
    if given == 0 {
        let detail = IssueDetail::Empty { fields: FIELDS };
        issues.push(Issue::new(Vec::new(), detail, format!("an update needs at least one of {}", FIELDS.join(", "))));
    }
    check_keys(entries, FIELDS, "an update-ticket request", &mut issues);
    if issues.is_empty() {
        Ok(request)
    } else {
        Err(issues)
    }
}
