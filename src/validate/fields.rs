//! The rules of single request fields, shared by create and update. Each rule reads one
//! value, pushes an issue when it is wrong (always at least one when it returns `None`) and
//! returns the form the API accepts when it is right.

use crate::error::{quote, Issue, IssueDetail, PathSegment};
use crate::formats::ids::{is_bare_message_id, is_digits, is_email, is_message_id};
use crate::formats::{format_iso_utc, parse_timestamp, TimestampError};
use crate::json::{parse_decimal, NotSafeInteger, Value};

use super::phone::international_number;
use super::request::Rule;

/// A ticket priority as the API's OpenAPI document types it: the string `"1"` (low),
/// `"2"` (medium), `"3"` (high) or `"4"` (urgent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestPriority {
    Low,
    Medium,
    High,
    Urgent,
}

impl RequestPriority {
    pub const ALL: [RequestPriority; 4] = [RequestPriority::Low, RequestPriority::Medium, RequestPriority::High, RequestPriority::Urgent];

    pub fn as_str(self) -> &'static str {
        match self {
            RequestPriority::Low => "1",
            RequestPriority::Medium => "2",
            RequestPriority::High => "3",
            RequestPriority::Urgent => "4",
        }
    }
}

/// A ticket status a request may set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestStatus {
    Open,
    Inprogress,
    Closed,
    Archived,
}

impl RequestStatus {
    pub const ALL: [RequestStatus; 4] = [RequestStatus::Open, RequestStatus::Inprogress, RequestStatus::Closed, RequestStatus::Archived];

    pub fn as_str(self) -> &'static str {
        match self {
            RequestStatus::Open => "open",
            RequestStatus::Inprogress => "inprogress",
            RequestStatus::Closed => "closed",
            RequestStatus::Archived => "archived",
        }
    }
}

/// Longest subject accepted, in UTF-16 code units (what `maxlength` and `.length` count).
pub const MAX_SUBJECT_LENGTH: usize = 500;
/// Values in messages are cut to this many characters: enough to recognise, never a wall.
const EXCERPT_CHARS: usize = 40;

pub(crate) fn path(key: &str) -> Vec<PathSegment> {
    vec![PathSegment::from(key)]
}

/// `text` quoted for a message, cut when long.
pub(crate) fn excerpt(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(EXCERPT_CHARS).collect();
    if chars.next().is_some() {
        format!("{}…", quote(&head))
    } else {
        quote(&head)
    }
}

/// What a value is, for "expected X, got Y": its JSON type, and the value itself when it is
/// a scalar (objects and arrays are never echoed).
pub(crate) fn got(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("a boolean ({b})"),
        Value::Number(text) => format!("a number ({})", excerpt_raw(text)),
        Value::String(s) => format!("a string ({})", excerpt(s)),
        other => other.kind().described().to_owned(),
    }
}

fn excerpt_raw(text: &str) -> String {
    let head: String = text.chars().take(EXCERPT_CHARS).collect();
    if head.len() < text.len() {
        format!("{head}…")
    } else {
        head
    }
}

/// `takes` is what the field takes in issue details (`string`, `integer | string`...), `expected`
/// the same for people.
fn invalid_type(key: &str, takes: &'static str, expected: &str, value: &Value) -> Issue {
    let hint = if matches!(value, Value::Null) && key == "due_date" { " (an invalid Date becomes null)" } else { "" };
    Issue::new(path(key), IssueDetail::invalid_type(takes, value.kind().name()), format!("expected {expected}, got {}{hint}", got(value)))
}

/// The trimmed text of a string field, or an `invalid_type` issue.
fn text<'a>(value: &'a Value, key: &str, expected: &str, issues: &mut Vec<Issue>) -> Option<&'a str> {
    match value {
        Value::String(s) => Some(s.trim()),
        other => {
            issues.push(invalid_type(key, "string", expected, other));
            None
        }
    }
}

/// `919537851844@c.us`, `120363392071406466@g.us`, or a user's number as typed
/// (`+91 95378 51844`), which becomes `919537851844@c.us`.
pub(crate) fn chat_id(value: &Value, issues: &mut Vec<Issue>) -> Option<String> {
    let key = "chat_id";
    let text = text(value, key, "a chat id string such as 919537851844@c.us", issues)?;
    let problem = match text.split_once('@') {
        Some((user, "c.us")) => match international_number(user) {
            Ok(digits) if digits == user => return Some(text.to_owned()),
            Ok(_) => format!("{} has characters other than digits before @c.us", excerpt(text)),
            Err(reason) => format!("{}: {reason}", excerpt(text)),
        },
        // Older groups are `<creator number>-<creation time>@g.us`.
        Some((group, "g.us")) if group.split('-').count() <= 2 && group.split('-').all(is_digits) => return Some(text.to_owned()),
        Some(_) => {
            format!("expected a chat id such as 919537851844@c.us (a user) or 120363392071406466@g.us (a group), got {}", excerpt(text))
        }
        None if text.is_empty() => {
            "is empty: expected a chat id such as 919537851844@c.us or a phone number with its country code".to_owned()
        }
        None => match international_number(text) {
            Ok(digits) => return Some(format!("{digits}@c.us")),
            Err(reason) => format!("{}: {reason}; or give a full chat id such as 120363392071406466@g.us", excerpt(text)),
        },
    };
    issues.push(Issue::new(path(key), IssueDetail::invalid_format("chat_id"), problem));
    None
}

/// Trimmed, not empty, at most [`MAX_SUBJECT_LENGTH`] characters.
pub(crate) fn subject(value: &Value, issues: &mut Vec<Issue>) -> Option<String> {
    let text = text(value, "subject", "a string", issues)?;
    let length = text.encode_utf16().count();
    let problem = if length == 0 {
        "must not be empty".to_owned()
    } else if length > MAX_SUBJECT_LENGTH {
        format!("is {length} characters long; at most {MAX_SUBJECT_LENGTH} are allowed")
    } else {
        return Some(text.to_owned());
    };
    let bounds = IssueDetail::out_of_range(Some(1), Some(MAX_SUBJECT_LENGTH as i64), "characters");
    issues.push(Issue::new(path("subject"), bounds, problem));
    None
}

/// 1..4 as a number or a numeric string.
pub(crate) fn priority(value: &Value, issues: &mut Vec<Issue>) -> Option<RequestPriority> {
    let key = "priority";
    let (text, shown) = match value {
        Value::Number(text) => (text.as_str(), excerpt_raw(text)),
        Value::String(s) => (s.trim(), excerpt(s)),
        other => {
            issues.push(invalid_type(key, Rule::Priority.takes(), "a priority 1 to 4 (a number or a numeric string)", other));
            return None;
        }
    };
    const ALLOWED: &str = "1 (low), 2 (medium), 3 (high) or 4 (urgent)";
    let allowed = || IssueDetail::invalid_value(&["1", "2", "3", "4"]);
    let (detail, message) = match parse_decimal(text).map(|d| d.safe_integer()) {
        Some(Ok(1)) => return Some(RequestPriority::Low),
        Some(Ok(2)) => return Some(RequestPriority::Medium),
        Some(Ok(3)) => return Some(RequestPriority::High),
        Some(Ok(4)) => return Some(RequestPriority::Urgent),
        Some(Ok(_) | Err(NotSafeInteger::TooLarge)) => {
            (IssueDetail::out_of_range(Some(1), Some(4), "value"), format!("must be {ALLOWED}, got {shown}"))
        }
        Some(Err(NotSafeInteger::Fractional)) => (allowed(), format!("must be a whole number: {ALLOWED}, got {shown}")),
        None => (allowed(), format!("expected {ALLOWED}, got {shown}")),
    };
    issues.push(Issue::new(path(key), detail, message));
    None
}

/// `open`, `inprogress`, `closed` or `archived`, in any case (`Closed` from a select is fine).
pub(crate) fn status(value: &Value, issues: &mut Vec<Issue>) -> Option<RequestStatus> {
    let text = text(value, "status", "a string: open, inprogress, closed or archived", issues)?;
    let lower = text.to_ascii_lowercase();
    let status = match lower.as_str() {
        "open" => RequestStatus::Open,
        "inprogress" => RequestStatus::Inprogress,
        "closed" => RequestStatus::Closed,
        "archived" => RequestStatus::Archived,
        _ => {
            let squashed: String = lower.chars().filter(|c| !matches!(c, ' ' | '_' | '-')).collect();
            let hint = if squashed == "inprogress" { " (did you mean inprogress?)" } else { "" };
            issues.push(Issue::new(
                path("status"),
                IssueDetail::invalid_value(&["open", "inprogress", "closed", "archived"]),
                format!("expected one of open, inprogress, closed, archived, got {}{hint}", excerpt(text)),
            ));
            return None;
        }
    };
    Some(status)
}

/// A date or a date-time with an offset, as `Date.prototype.toISOString` would write it.
pub(crate) fn due_date(value: &Value, issues: &mut Vec<Issue>) -> Option<String> {
    let text = text(value, "due_date", "a date string such as 2025-04-20 or a Date", issues)?;
    match parse_timestamp(text) {
        Ok(instant) => return Some(format_iso_utc(instant.epoch_ms)),
        Err(error) => {
            let message = match error {
                TimestampError::MissingOffset => format!(
                    "{} has no timezone, so it is ambiguous: add Z for UTC or an offset such as +05:30",
                    excerpt(text)
                ),
                TimestampError::OutOfRange => {
                    format!("{} is not a real date or time (check the month, day, hour and minute)", excerpt(text))
                }
                TimestampError::Malformed => format!(
                    "expected a date such as 2025-04-20 or a date-time with a timezone such as 2025-04-09T18:29:59Z or 2025-04-09 18:29:59+00, got {}",
                    excerpt(text)
                ),
            };
            issues.push(Issue::new(path("due_date"), IssueDetail::invalid_format("date"), message));
        }
    }
    None
}

/// The email of a user of the organisation, trimmed.
pub(crate) fn assignee(value: &Value, issues: &mut Vec<Issue>) -> Option<String> {
    let text = text(value, "assignee", "an email string", issues)?;
    if is_email(text) {
        return Some(text.to_owned());
    }
    issues.push(Issue::new(
        path("assignee"),
        IssueDetail::invalid_format("email"),
        format!("expected the email of a user of the organisation, such as bharat@periskope.app, got {}", excerpt(text)),
    ));
    None
}

/// A comma-separated string or an array of strings, as the one comma string the API takes:
/// trimmed, empty entries dropped, repeats (ignoring ASCII case, as the API ignores case) dropped.
/// ASCII folding only: Unicode case tables would cost ~11 KB gzipped, and the server folds the rest.
pub(crate) fn labels(value: &Value, issues: &mut Vec<Issue>) -> Option<String> {
    let key = "labels";
    let mut entries: Vec<&str> = Vec::new();
    match value {
        Value::String(s) => entries.extend(s.split(',')),
        Value::Array(items) => {
            let before = issues.len();
            for (index, item) in items.iter().enumerate() {
                let item_path = vec![PathSegment::from(key), PathSegment::Index(u32::try_from(index).unwrap_or(u32::MAX))];
                match item {
                    Value::String(s) if s.contains(',') => issues.push(Issue::new(
                        item_path,
                        IssueDetail::invalid_format("label"),
                        format!("a label cannot contain a comma (the API separates labels with commas), got {}", excerpt(s)),
                    )),
                    Value::String(s) => entries.push(s),
                    other => issues.push(Issue::new(
                        item_path,
                        IssueDetail::invalid_type("string", other.kind().name()),
                        format!("expected a string, got {}", got(other)),
                    )),
                }
            }
            if issues.len() > before {
                return None;
            }
        }
        other => {
            issues.push(invalid_type(key, Rule::Labels.takes(), "a comma-separated string or an array of strings", other));
            return None;
        }
    }
    let mut seen: Vec<String> = Vec::new();
    let mut kept: Vec<&str> = Vec::new();
    for entry in entries.into_iter().map(str::trim).filter(|e| !e.is_empty()) {
        let folded = entry.to_ascii_lowercase();
        if !seen.contains(&folded) {
            seen.push(folded);
            kept.push(entry);
        }
    }
    Some(kept.join(", "))
}

/// A bare WhatsApp message id or a full message id, trimmed.
pub(crate) fn quoted_message_id(value: &Value, issues: &mut Vec<Issue>) -> Option<String> {
    let text = text(value, "quoted_message_id", "a message id string", issues)?;
    if is_bare_message_id(text) || is_message_id(text) {
        return Some(text.to_owned());
    }
    issues.push(Issue::new(
        path("quoted_message_id"),
        IssueDetail::invalid_format("message_id"),
        format!(
            "expected a message id such as 3EB0ABB7C973860FC19EBE05FD934141CCEC2D8B or true_919537851844@c.us_3EB0ABB7C973860FC19EBE05FD934141CCEC2D8B, got {}",
            excerpt(text)
        ),
    ));
    None
}

/// A whole number in `min..=max`, given as a number or a numeric string (as URL parameters are).
pub(crate) fn integer(value: &Value, key: &str, min: u64, max: u64, issues: &mut Vec<Issue>) -> Option<u64> {
    let range = if max == crate::json::MAX_SAFE_INTEGER { format!("{min} or more") } else { format!("{min} to {max}") };
    let (text, shown) = match value {
        Value::Number(text) => (text.as_str(), excerpt_raw(text)),
        Value::String(s) => (s.trim(), excerpt(s)),
        other => {
            issues.push(invalid_type(key, Rule::Offset.takes(), &format!("a whole number {range} (a number or a numeric string)"), other));
            return None;
        }
    };
    let maximum = (max != crate::json::MAX_SAFE_INTEGER).then_some(max as i64);
    let bounds = || IssueDetail::out_of_range(Some(min as i64), maximum, "value");
    let whole = || IssueDetail::invalid_value(&[]);
    let (detail, message) = match parse_decimal(text).map(|d| d.safe_integer()) {
        Some(Ok(n)) => match u64::try_from(n) {
            Ok(n) if (min..=max).contains(&n) => return Some(n),
            _ => (bounds(), format!("must be {range}, got {shown}")),
        },
        Some(Err(NotSafeInteger::TooLarge)) => (bounds(), format!("must be {range}, got {shown}")),
        Some(Err(NotSafeInteger::Fractional)) => (whole(), format!("must be a whole number {range}, got {shown}")),
        None => (whole(), format!("expected a whole number {range}, got {shown}")),
    };
    issues.push(Issue::new(path(key), detail, message));
    None
}
