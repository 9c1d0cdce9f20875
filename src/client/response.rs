//! Turning what the server answered into the result: edits for a 2xx body, or the `http`
//! error with everything the caller needs to react (status, code, trace id, rate limit).

use super::headers::{rate_limit, retry_after_ms, trace_id, Headers};
use super::operations::{Alternative, Operation};
use crate::error::{quote, Error, HttpDetail, Issue, IssueCode, IssueDetail, PathSegment};
use crate::json::Value;
use crate::schema::{validate_text, Edit, ParseOptions, Shape};

/// Error bodies larger than this are not read for a code and message: the API's own are tiny,
/// and a large one is an HTML page from a proxy.
const MAX_ERROR_BODY_BYTES: usize = 64 * 1024;
/// The server's message is quoted up to this many characters.
const MAX_QUOTED_CHARS: usize = 500;

/// Reads one response. A 2xx body is validated against the operation's model (a bad one is a
/// `syntax` or `validation` error marked `from_server`) and yields the edits that normalise
/// it; any other status yields an `http` error. `now_epoch_ms` turns a `Retry-After` date
/// into seconds. [`interpret`] also says what of the body the call resolves to.
pub fn interpret_response(
    operation: Operation,
    status: u16,
    headers: &Headers,
    body_text: &str,
    now_epoch_ms: u64,
) -> Result<Vec<Edit>, Error> {
    interpret(operation, status, headers, body_text, now_epoch_ms).map(|answer| match answer {
        Answer::Body { edits, .. } => edits,
        Answer::Empty => Vec::new(),
    })
}

/// What a 2xx answer becomes.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// The body, normalised by `edits`; `form` says what of it the call resolves to.
    Body { edits: Vec<Edit>, form: Form },
    /// No body, where the operation allows none (`or null`): the call resolves to `null`.
    Empty,
}

/// What of a parsed body the call resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// All of it.
    Whole,
    /// This member of it (the `data` of an envelope).
    Field(&'static str),
    /// An object with it under this key (a bare array of a page's items).
    WrappedIn(&'static str),
}

/// [`interpret_response`], and what of the body the call resolves to: the documented form is
/// tried first, then the operation's [`Alternative`].
pub fn interpret(operation: Operation, status: u16, headers: &Headers, body_text: &str, now_epoch_ms: u64) -> Result<Answer, Error> {
    if !(200..300).contains(&status) {
        return Err(http_error(status, headers, body_text, now_epoch_ms));
    }
    let alternative = operation.alternative();
    if matches!(alternative, Some(Alternative::Empty)) && body_text.trim().is_empty() {
        return Ok(Answer::Empty);
    }
    let options = ParseOptions::default();
    let error = match validate_text(body_text, operation.response_shape(), &options) {
        Ok(edits) => return Ok(Answer::Body { edits, form: Form::Whole }),
        Err(error) => error,
    };
    // When the other form fails too, its error is reported only when the body is clearly that form.
    let other = match alternative {
        Some(Alternative::Envelope(shape)) => validate_text(body_text, &Shape::Object(shape), &options)
            .map(|edits| (edits, Form::Field("data")))
            .map_err(
                |other| if other.issues.iter().all(|i| i.code() == IssueCode::MissingField && i.path.len() == 1) { error } else { other },
            ),
        Some(Alternative::Bare(key, items)) => validate_text(body_text, items, &options)
            .map(|edits| (edits, Form::WrappedIn(key)))
            .map_err(|other| if body_text.trim_start().starts_with('[') { other } else { error }),
        _ => Err(error),
    };
    other.map(|(edits, form)| Answer::Body { edits, form }).map_err(Error::from_server)
}

/// The `http` error for a non-2xx answer, whatever its body (the API's JSON, HTML, nothing).
pub fn http_error(status: u16, headers: &Headers, body_text: &str, now_epoch_ms: u64) -> Error {
    let body = ErrorBody::read(body_text);
    let detail = HttpDetail {
        status,
        code: body.code.clone(),
        trace_id: trace_id(headers),
        rate_limit: rate_limit(headers),
        // Whole seconds, rounded up, so waiting `retryAfter` seconds is always enough.
        retry_after_seconds: retry_after_ms(headers, now_epoch_ms).map(|ms| ms.div_ceil(1000) as f64),
    };
    // push_str rather than format!: each format! call site adds code to the wasm module.
    let mut message = String::from("the Periskope API answered ");
    message.push_str(&status.to_string());
    if let Some(code) = &body.code {
        message.push(' ');
        message.push_str(code);
    }
    match &body.message {
        Some(text) => {
            message.push_str(": ");
            message.push_str(&quote(&shorten(text)));
            if status == 401 {
                message.push_str(" (a 401 is not always a bad key: the message says why)");
            }
        }
        None if body.code.is_none() => {
            if let Some(reason) = reason_phrase(status) {
                message.push(' ');
                message.push_str(reason);
            }
            message.push_str(body.describe_other(body_text));
        }
        None => {}
    }
    if let Some(trace) = &detail.trace_id {
        message.push_str(" [trace id ");
        message.push_str(trace);
        message.push(']');
    }
    Error::http(detail, message, body.issues)
}

/// What an error body said, when it is the API's JSON.
struct ErrorBody {
    code: Option<String>,
    message: Option<String>,
    issues: Vec<Issue>,
    is_json: bool,
}

impl ErrorBody {
    fn read(text: &str) -> ErrorBody {
        let mut body = ErrorBody { code: None, message: None, issues: Vec::new(), is_json: false };
        if text.len() > MAX_ERROR_BODY_BYTES || !text.trim_start().starts_with('{') {
            return body;
        }
        let Ok(value) = Value::parse(text, 16) else { return body };
        body.is_json = true;
        let text_of = |key: &str| value.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
        body.code = text_of("code");
        body.message = text_of("message").or_else(|| text_of("error"));
        if let Some(Value::Object(fields)) = value.get("fields") {
            body.issues = fields
                .iter()
                .map(|(field, detail)| {
                    let message =
                        detail.get("message").and_then(Value::as_str).or_else(|| detail.as_str()).unwrap_or("was rejected by the server");
                    Issue::new(vec![PathSegment::Key(field.clone())], IssueDetail::invalid_value(&[]), shorten(message))
                })
                .collect();
        }
        body
    }

    fn describe_other(&self, text: &str) -> &'static str {
        let start = text.trim_start();
        if start.is_empty() {
            " with an empty body"
        } else if self.is_json {
            " with a JSON body that has no code or message"
        } else if start.starts_with('<') {
            " with an HTML page (likely from a proxy or gateway, not the API)"
        } else {
            " with a body that is not JSON"
        }
    }
}

fn shorten(text: &str) -> String {
    match text.char_indices().nth(MAX_QUOTED_CHARS) {
        Some((cut, _)) => text.get(..cut).unwrap_or(text).to_owned() + "…",
        None => text.to_owned(),
    }
}

fn reason_phrase(status: u16) -> Option<&'static str> {
    Some(match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        413 => "Content Too Large",
        422 => "Unprocessable Content",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => return None,
    })
}
