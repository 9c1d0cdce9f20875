//! Request descriptions: what to send for each operation of the table (`operations.rs`), built
//! from validated input.

use std::fmt;

use super::config::Config;
use super::operations::{IdRule, Input, Operation, PathId};
use super::url::percent_encode;
use crate::error::{Error, Issue, IssueDetail, PathSegment};
use crate::json::Value;

/// The HTTP methods the API's endpoints use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Patch,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Patch => "PATCH",
        }
    }
}

/// Everything `fetch` needs for one request.
#[derive(Clone, PartialEq, Eq)]
pub struct RequestSpec {
    pub operation: Operation,
    pub method: Method,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<String>,
}

impl fmt::Debug for RequestSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(k, v)| (k.as_str(), if k.eq_ignore_ascii_case("authorization") { "<redacted>" } else { v.as_str() }))
            .collect();
        f.debug_struct("RequestSpec")
            .field("method", &self.method)
            .field("url", &self.url)
            .field("headers", &headers)
            .field("body", &self.body)
            .finish()
    }
}

/// The longest path id accepted: ids are short (`BKT-001`, a message id); anything longer is a mistake.
const MAX_ID_LENGTH: usize = 256;

impl Config {
    fn spec(&self, operation: Operation, path_and_query: &str, body: Option<String>) -> RequestSpec {
        // The caller's own headers first: the client's (the key, x-phone), set after, are what is sent.
        let mut headers: Vec<(String, String)> = self.own_headers().to_vec();
        headers.extend(self.authorization().map(|value| ("Authorization".to_owned(), value)));
        headers.push(("Accept".to_owned(), "application/json".to_owned()));
        if let Some(phone) = self.phone() {
            headers.push(("x-phone".to_owned(), phone.to_owned()));
        }
        if body.is_some() {
            headers.push(("Content-Type".to_owned(), "application/json".to_owned()));
        }
        RequestSpec { operation, method: operation.method(), url: format!("{}{}", self.base_url(), path_and_query), headers, body }
    }

    /// The request of any operation of the table: its path id (when it takes one; `None` is
    /// read as `null`) and its input (a query, where `null` asks for the API's default page, or
    /// a body) are both checked before either is reported, so the caller sees every issue at once.
    pub fn request(&self, operation: Operation, id: Option<&Value>, input: &Value) -> Result<RequestSpec, Error> {
        let route = operation.route();
        let mut issues = Vec::new();
        let segment = match route.id {
            Some(path_id) => path_segment(path_id, id.unwrap_or(&Value::Null)).unwrap_or_else(|issue| {
                issues.push(issue);
                String::new()
            }),
            None => String::new(),
        };
        // After a path id, the input's issues say which argument they are about: ['patch', 'priority'].
        let prefix = route.id.is_some();
        let (query, body) = match route.input {
            Input::None => (None, None),
            Input::Query(name, check) => {
                let none = Value::Object(Vec::new());
                let query = if matches!(input, Value::Null) { &none } else { input };
                (checked(check.encode(query, true), name, prefix, &mut issues), None)
            }
            Input::Body(name, check) => (None, checked(check.encode(input, false), name, prefix, &mut issues)),
        };
        if !issues.is_empty() {
            return Err(Error::validation(issues));
        }
        let mut path = String::from(route.prefix);
        path.push_str(&segment);
        path.push_str(route.suffix);
        if let Some(query) = query.filter(|q| !q.is_empty()) {
            path.push('?');
            path.push_str(&query);
        }
        Ok(self.spec(operation, &path, body))
    }

    /// `POST /tickets/create` with the validated, normalised body.
    pub fn create_ticket_request(&self, input: &Value) -> Result<RequestSpec, Error> {
        self.request(Operation::CreateTicket, None, input)
    }

    /// `GET /tickets/{ticket_id}`, the id percent-encoded.
    pub fn get_ticket_request(&self, ticket_id: &Value) -> Result<RequestSpec, Error> {
        self.request(Operation::GetTicket, Some(ticket_id), &Value::Null)
    }

    /// `GET /tickets?offset&limit`; `null` (no query given) lists the API's default page.
    pub fn list_tickets_request(&self, query: &Value) -> Result<RequestSpec, Error> {
        self.request(Operation::ListTickets, None, query)
    }

    /// `PATCH /tickets/{ticket_id}` with the validated changes. Both arguments are checked
    /// before either is reported, so the caller sees every issue at once.
    pub fn update_ticket_request(&self, ticket_id: &Value, patch: &Value) -> Result<RequestSpec, Error> {
        self.request(Operation::UpdateTicket, Some(ticket_id), patch)
    }
}

/// The input's wire form, or its issues added to `issues` (under `name` when `prefix`).
fn checked(result: Result<String, Vec<Issue>>, name: &str, prefix: bool, issues: &mut Vec<Issue>) -> Option<String> {
    match result {
        Ok(wire) => Some(wire),
        Err(found) => {
            issues.extend(found.into_iter().map(|mut issue| {
                if prefix {
                    issue.path.insert(0, PathSegment::from(name));
                }
                issue
            }));
            None
        }
    }
}

/// A path id as a percent-encoded path segment, checked by its rule; the issue's path is its name.
fn path_segment(path_id: PathId, value: &Value) -> Result<String, Issue> {
    let path = vec![PathSegment::from(path_id.name)];
    let (what, example) = match path_id.rule {
        IdRule::Ticket => ("ticket id", "\"BKT-001\""),
        IdRule::Message => ("message id", "\"true_919537851844@c.us_3EB0…\" or a queue_id"),
        IdRule::Note => ("note id", "\"true_2634e275-…_api\""),
        IdRule::Chat | IdRule::Contact => return chat_segment(path_id, value),
    };
    match value {
        Value::String(id) if id.trim().is_empty() => {
            Err(Issue::new(path, IssueDetail::out_of_range(Some(1), None, "characters"), "must not be empty"))
        }
        Value::String(id) if id.trim() != id => {
            Err(Issue::new(path, IssueDetail::invalid_format("id"), "must not start or end with spaces"))
        }
        Value::String(id) if id.len() > MAX_ID_LENGTH => Err(Issue::new(
            path,
            IssueDetail::out_of_range(Some(1), Some(MAX_ID_LENGTH as i64), "characters"),
            format!("is longer than {MAX_ID_LENGTH} characters; {what}s look like {example}"),
        )),
        Value::String(id) => Ok(percent_encode(id)),
        other => Err(Issue::new(
            path,
            IssueDetail::invalid_type("string", other.kind().name()),
            format!("expected the {what} as a string, such as {example}, got {}", describe_kind(other)),
        )),
    }
}

/// A chat id by the rule of a body's `chat_id`; a contact's as the digits its path takes.
fn chat_segment(path_id: PathId, value: &Value) -> Result<String, Issue> {
    let mut issues = Vec::new();
    let id = crate::validate::chat_id(value, &mut issues);
    let id = match (id, path_id.rule) {
        (Some(id), IdRule::Contact) => match id.strip_suffix("@c.us") {
            Some(digits) => Some(digits.to_owned()),
            None => {
                issues.push(Issue::new(
                    Vec::new(),
                    IssueDetail::invalid_format("contact_id"),
                    "is a group: a contact is a person, such as 919537851844@c.us",
                ));
                None
            }
        },
        (id, _) => id,
    };
    match (id, issues.into_iter().next()) {
        (Some(id), None) => Ok(percent_encode(&id)),
        (_, issue) => {
            let mut issue = issue.unwrap_or_else(|| Issue::new(Vec::new(), IssueDetail::invalid_format("chat_id"), "is not a chat id"));
            issue.path = vec![PathSegment::from(path_id.name)];
            Err(issue)
        }
    }
}

fn describe_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null or undefined",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
