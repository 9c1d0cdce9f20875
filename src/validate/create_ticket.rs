//! `POST /tickets/create`: the body of a new ticket.

use serde::Serialize;

use crate::error::{Issue, IssueDetail};
use crate::json::Value;

use super::fields::{self, path, RequestPriority, RequestStatus};
use super::object::{check_keys, entries, field};

const FIELDS: &[&str] = &["chat_id", "subject", "priority", "status", "due_date", "assignee", "labels", "quoted_message_id"];

/// A create-ticket body, normalised to what the API accepts. `priority` and `status` always
/// carry a value (the API's defaults `"1"` and `"open"` when none was given), so the body
/// says exactly what the ticket will be; the other fields are left out when not given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CreateTicketRequest {
    /// The chat to raise the ticket in: `919537851844@c.us` (a user) or `120363392071406466@g.us` (a group).
    pub chat_id: String,
    /// The subject, trimmed: 1 to 500 characters.
    pub subject: String,
    /// `"1"` low (the default), `"2"` medium, `"3"` high, `"4"` urgent: a string, as the API documents it.
    pub priority: RequestPriority,
    /// `open` (the default), `inprogress`, `closed` or `archived`.
    pub status: RequestStatus,
    /// When the ticket is due, in UTC as `Date.prototype.toISOString` writes it (`2025-04-20T00:00:00.000Z`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
    /// The email of the user to assign the ticket to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
    /// The labels as one comma string (`"Test, Demo"`); left out when no label was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<String>,
    /// The message the ticket is raised on: a bare WhatsApp id or a full message id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quoted_message_id: Option<String>,
}

impl CreateTicketRequest {
    /// The compact JSON body the API takes, fields in a fixed order.
    pub fn to_json(&self) -> String {
        let mut body = vec![
            ("chat_id".to_owned(), Value::String(self.chat_id.clone())),
            ("subject".to_owned(), Value::String(self.subject.clone())),
            ("priority".to_owned(), Value::String(self.priority.as_str().to_owned())),
            ("status".to_owned(), Value::String(self.status.as_str().to_owned())),
        ];
        let optional = [
            ("due_date", &self.due_date),
            ("assignee", &self.assignee),
            ("labels", &self.labels),
            ("quoted_message_id", &self.quoted_message_id),
        ];
        for (key, value) in optional {
            if let Some(value) = value {
                body.push((key.to_owned(), Value::String(value.clone())));
            }
        }
        Value::Object(body).to_json()
    }
}

/// Checks a create-ticket body and returns it normalised, or every issue found.
pub fn validate_create_ticket(input: &Value) -> Result<CreateTicketRequest, Vec<Issue>> {
    let mut issues = Vec::new();
    let Some(entries) = entries(input, "the new ticket's fields (chat_id and subject at least)", &mut issues) else {
        return Err(issues);
    };
    let chat_id = match field(entries, "chat_id") {
        Some(value) => fields::chat_id(value, &mut issues),
        None => missing("chat_id", "the chat to raise the ticket in, such as 919537851844@c.us", &mut issues),
    };
    let subject = match field(entries, "subject") {
        Some(value) => fields::subject(value, &mut issues),
        None => missing("subject", "a short description of the ticket", &mut issues),
    };
    let priority = field(entries, "priority").map(|v| fields::priority(v, &mut issues));
    let status = field(entries, "status").map(|v| fields::status(v, &mut issues));
    let due_date = field(entries, "due_date").map(|v| fields::due_date(v, &mut issues));
    let assignee = field(entries, "assignee").map(|v| fields::assignee(v, &mut issues));
    let labels = field(entries, "labels").map(|v| fields::labels(v, &mut issues));
    let quoted_message_id = field(entries, "quoted_message_id").map(|v| fields::quoted_message_id(v, &mut issues));
    check_keys(entries, FIELDS, "a create-ticket request", &mut issues);
    if !issues.is_empty() {
        return Err(issues);
    }
    // Every rule that returns None has pushed an issue, so the fields are all here.
    let (Some(chat_id), Some(subject)) = (chat_id, subject) else { return Err(issues) };
    Ok(CreateTicketRequest {
        chat_id,
        subject,
        priority: priority.flatten().unwrap_or(RequestPriority::Low),
        status: status.flatten().unwrap_or(RequestStatus::Open),
        due_date: due_date.flatten(),
        assignee: assignee.flatten(),
        labels: labels.flatten().filter(|l| !l.is_empty()),
        quoted_message_id: quoted_message_id.flatten(),
    })
}

fn missing<T>(key: &str, what: &str, issues: &mut Vec<Issue>) -> Option<T> {
    issues.push(Issue::new(path(key), IssueDetail::missing_field(fields::takes(key)), format!("is required: {what}")));
    None
}
