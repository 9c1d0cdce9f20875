//! Request descriptions: what to send for each operation, built from validated input.

use std::fmt;

use super::config::Config;
use super::url::percent_encode;
use crate::error::{Error, Issue, IssueDetail, PathSegment};
use crate::json::Value;
use crate::model::{TICKET_INFO, TICKET_LIST};
use crate::schema::ObjectShape;
use crate::validate::{validate_create_ticket, validate_list_tickets_query, validate_update_ticket};

/// The HTTP methods the ticket endpoints use.
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

/// One API operation: decides the method and how a 2xx body is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    CreateTicket,
    GetTicket,
    ListTickets,
    UpdateTicket,
}

impl Operation {
    pub fn method(self) -> Method {
        match self {
            Operation::CreateTicket => Method::Post,
            Operation::GetTicket | Operation::ListTickets => Method::Get,
            Operation::UpdateTicket => Method::Patch,
        }
    }

    /// The shape of the 2xx body: ticket info, or a page of tickets for the list.
    pub fn response_shape(self) -> &'static ObjectShape {
        match self {
            Operation::ListTickets => &TICKET_LIST,
            _ => &TICKET_INFO,
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

/// The longest ticket id accepted: ids are short (`BKT-001`); anything longer is a mistake.
const MAX_TICKET_ID_LENGTH: usize = 256;

impl Config {
    fn spec(&self, operation: Operation, path_and_query: &str, body: Option<String>) -> RequestSpec {
        let mut headers: Vec<(String, String)> =
            self.authorization().map(|value| ("Authorization".to_owned(), value)).into_iter().collect();
        headers.push(("Accept".to_owned(), "application/json".to_owned()));
        headers.extend(self.own_headers().iter().cloned());
        if let Some(phone) = self.phone() {
            headers.push(("x-phone".to_owned(), phone.to_owned()));
        }
        if body.is_some() {
            headers.push(("Content-Type".to_owned(), "application/json".to_owned()));
        }
        RequestSpec { operation, method: operation.method(), url: format!("{}{}", self.base_url(), path_and_query), headers, body }
    }

    /// `POST /tickets/create` with the validated, normalised body.
    pub fn create_ticket_request(&self, input: &Value) -> Result<RequestSpec, Error> {
        let request = validate_create_ticket(input).map_err(Error::validation)?;
        Ok(self.spec(Operation::CreateTicket, "/tickets/create", Some(request.to_json())))
    }

    /// `GET /tickets/{ticket_id}`, the id percent-encoded.
    pub fn get_ticket_request(&self, ticket_id: &Value) -> Result<RequestSpec, Error> {
        let id = ticket_id_segment(ticket_id).map_err(|issue| Error::validation(vec![issue]))?;
        Ok(self.spec(Operation::GetTicket, &format!("/tickets/{id}"), None))
    }

    /// `GET /tickets?offset&limit`; `null` (no query given) lists the API's default page.
    pub fn list_tickets_request(&self, query: &Value) -> Result<RequestSpec, Error> {
        let query = match query {
            Value::Null => validate_list_tickets_query(&Value::Object(Vec::new())),
            other => validate_list_tickets_query(other),
        }
        .map_err(Error::validation)?
        .to_query_string();
        let path = if query.is_empty() { "/tickets".to_owned() } else { format!("/tickets?{query}") };
        Ok(self.spec(Operation::ListTickets, &path, None))
    }

    /// `PATCH /tickets/{ticket_id}` with the validated changes. Both arguments are checked
    /// before either is reported, so the caller sees every issue at once.
    pub fn update_ticket_request(&self, ticket_id: &Value, patch: &Value) -> Result<RequestSpec, Error> {
        let id = ticket_id_segment(ticket_id);
        let request = validate_update_ticket(patch);
        match (id, request) {
            (Ok(id), Ok(request)) => Ok(self.spec(Operation::UpdateTicket, &format!("/tickets/{id}"), Some(request.to_json()))),
            (id, request) => {
                let mut issues: Vec<Issue> = id.err().into_iter().collect();
                issues.extend(request.err().into_iter().flatten().map(|mut issue| {
                    issue.path.insert(0, PathSegment::from("patch"));
                    issue
                }));
                Err(Error::validation(issues))
            }
        }
    }
}

/// A ticket id as a percent-encoded path segment: a non-empty string without surrounding spaces.
fn ticket_id_segment(ticket_id: &Value) -> Result<String, Issue> {
    let path = vec![PathSegment::from("ticketId")];
    match ticket_id {
        Value::String(id) if id.trim().is_empty() => {
            Err(Issue::new(path, IssueDetail::out_of_range(Some(1.0), None, "characters"), "must not be empty"))
        }
        Value::String(id) if id.trim() != id => {
            Err(Issue::new(path, IssueDetail::invalid_format("id"), "must not start or end with spaces"))
        }
        Value::String(id) if id.len() > MAX_TICKET_ID_LENGTH => Err(Issue::new(
            path,
            IssueDetail::out_of_range(Some(1.0), Some(MAX_TICKET_ID_LENGTH as f64), "characters"),
            format!("is longer than {MAX_TICKET_ID_LENGTH} characters; ticket ids look like BKT-001"),
        )),
        Value::String(id) => Ok(percent_encode(id)),
        other => Err(Issue::new(
            path,
            IssueDetail::invalid_type("string", other.kind().name()),
            format!("expected the ticket id as a string, such as \"BKT-001\", got {}", describe_kind(other)),
        )),
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
