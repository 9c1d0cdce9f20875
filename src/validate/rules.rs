//! The rules of the fields of `request!` tables. Each checks one value and returns the form the
//! API accepts, or pushes at least one issue and returns `None`. [`apply`] puts every issue under
//! the field's own path: the rules of tickets (`fields.rs`) are reused as they are, and the rules
//! here write their issues under an empty first segment that [`apply`] names.

use crate::error::{Issue, IssueDetail, PathSegment};
use crate::json::{Value, MAX_SAFE_INTEGER};

use super::fields::{self, excerpt, got};
use super::request::{concat_message, FieldRule, Nulls, RequestShape, Rule};

/// The TypeScript of what the rules take and give besides strings, numbers and booleans.
pub const TYPESCRIPT: &str = r#"
/** The `chat_type` filter of `listChats`: `user` chats are listed with `individual`. */
export type ChatTypeFilter = "group" | "individual" | "business";
/**
 * A file to send: by `url` (the API fetches it), or as base64 `filedata`: a `data:` URL
 * (`data:image/png;base64,iVBOR…`), or bare base64 with its `mimetype`. Not both.
 */
export interface MediaInput {
    /** An `http:` or `https:` link to the file. */
    url?: string | null;
    /** The file's bytes in base64: a `data:<mimetype>;base64,…` URL, or bare base64 with `mimetype`. */
    filedata?: string | null;
    /** `image/png`, `application/pdf`…; taken from a `data:` URL when not given. */
    mimetype?: string | null;
    /** The name the file is shown with. */
    filename?: string | null;
    /** What the file is, as the API's samples give it: `image`, `video`, `audio`, `document`. */
    type?: string | null;
}
/** A file as sent: `url`, or `filedata` as a `data:` URL. */
export interface MediaRequest {
    type?: string;
    url?: string;
    /** Always a `data:<mimetype>;base64,…` URL. */
    filedata?: string;
    mimetype?: string;
    filename?: string;
}
/** A poll to send. */
export interface PollInput {
    /** The question. */
    pollName: string;
    /** The answers, at least one. */
    pollOptions: string[];
    /** Poll settings, kept as given: `{ allowMultipleAnswers: true, pollId: "…" }` in the documentation's example. */
    options?: { allowMultipleAnswers?: boolean; pollId?: string; [setting: string]: unknown } | null;
}
/** A poll as sent: the texts trimmed. */
export interface PollRequest {
    pollName: string;
    pollOptions: string[];
    options?: { allowMultipleAnswers?: boolean; pollId?: string; [setting: string]: unknown };
}
"#;

/// `media`: a file by `url`, or as base64 `filedata`; [`media_finish`] makes `filedata` a `data:` URL.
pub static MEDIA: RequestShape = RequestShape {
    what: "media (url, or filedata and mimetype)",
    fields: &[
        FieldRule { name: "type", rule: Rule::Text(64), required: false, nulls: Nulls::Absent },
        FieldRule { name: "url", rule: Rule::Url, required: false, nulls: Nulls::Absent },
        FieldRule { name: "filedata", rule: Rule::Base64, required: false, nulls: Nulls::Absent },
        FieldRule { name: "mimetype", rule: Rule::MimeType, required: false, nulls: Nulls::Absent },
        FieldRule { name: "filename", rule: Rule::Text(256), required: false, nulls: Nulls::Absent },
    ],
    one_of: &["url", "filedata"],
    finish: Some(media_finish),
};

/// `poll`: its question, answers and settings.
pub static POLL: RequestShape = RequestShape {
    what: "a poll (pollName, pollOptions)",
    fields: &[
        FieldRule { name: "pollName", rule: Rule::Text(LONG_TEXT), required: true, nulls: Nulls::Absent },
        FieldRule { name: "pollOptions", rule: Rule::Texts(LONG_TEXT), required: true, nulls: Nulls::Absent },
        FieldRule { name: "options", rule: Rule::Settings, required: false, nulls: Nulls::Absent },
    ],
    one_of: &[],
    finish: None,
};

/// The most items the API returns in one page.
pub const MAX_LIMIT: u64 = 2000;

/// Texts the API sets no documented limit on: WhatsApp's own limit for a message.
pub const LONG_TEXT: usize = 65_536;

/// Checks `value` by `rule`. The rules of tickets put their issues at their own key, and the
/// rules here under an empty first segment: either way, the first segment becomes `name`.
pub(crate) fn apply(rule: Rule, name: &str, value: &Value, issues: &mut Vec<Issue>) -> Option<Value> {
    let from = issues.len();
    let text = |s: String| Value::String(s);
    let result = match rule {
        Rule::ChatId => fields::chat_id(value, issues).map(text),
        Rule::MessageId => fields::quoted_message_id(value, issues).map(text),
        Rule::Labels => fields::labels(value, issues).map(text),
        Rule::Subject => fields::subject(value, issues).map(text),
        Rule::Priority => fields::priority(value, issues).map(|p| text(p.as_str().to_owned())),
        Rule::Status => fields::status(value, issues).map(|s| text(s.as_str().to_owned())),
        Rule::DueDate => fields::due_date(value, issues).map(text),
        Rule::Assignee => fields::assignee(value, issues).map(text),
        Rule::Time => time(value, issues),
        Rule::Offset | Rule::Limit => {
            let (min, max) = if matches!(rule, Rule::Offset) { (0, MAX_SAFE_INTEGER) } else { (1, MAX_LIMIT) };
            fields::integer(value, name, min, max, issues).map(|n| Value::Number(n.to_string()))
        }
        Rule::Bool => match value {
            Value::Bool(_) => Some(value.clone()),
            Value::String(s) if s.trim().eq_ignore_ascii_case("true") => Some(Value::Bool(true)),
            Value::String(s) if s.trim().eq_ignore_ascii_case("false") => Some(Value::Bool(false)),
            other => invalid_type(issues, "boolean | string", "true or false", other),
        },
        Rule::ChatIds => chat_ids(value, issues),
        Rule::Texts(max) => match value {
            Value::Array(items) if !items.is_empty() => {
                let before = issues.len();
                let mut out = Vec::new();
                for (index, item) in items.iter().enumerate() {
                    let at = issues.len();
                    out.extend(text_at(item, max, true, issues).map(|t| Value::String(t.to_owned())));
                    at_index(issues, at, index);
                }
                (issues.len() == before).then_some(Value::Array(out))
            }
            Value::Array(_) => fail(issues, IssueDetail::out_of_range(Some(1), None, "items"), &["needs at least one"]),
            other => invalid_type(issues, "string[]", "an array of strings", other),
        },
        Rule::Settings => match value {
            Value::Object(_) => Some(value.clone()),
            other => invalid_type(issues, "object", "an object", other),
        },
        Rule::Object(shape) => {
            let found = shape.check(value, issues);
            for issue in issues.iter_mut().skip(from) {
                issue.path.insert(0, PathSegment::Index(0));
            }
            found
        }
        Rule::Text(_) | Rule::Content(_) | Rule::ChatType | Rule::LabelId | Rule::Url | Rule::Base64 | Rule::MimeType => {
            let trim = !matches!(rule, Rule::Content(_));
            let max = match rule {
                Rule::Text(max) | Rule::Content(max) => max,
                _ => usize::MAX,
            };
            text_at(value, max, trim, issues).and_then(|t| checked_text(rule, t, issues))
        }
    };
    for issue in issues.iter_mut().skip(from) {
        match issue.path.first_mut() {
            Some(first) => *first = PathSegment::from(name),
            None => issue.path.push(PathSegment::from(name)),
        }
    }
    result
}

/// An issue about the value itself (`apply` names its path); always `None`.
#[inline(never)]
fn fail(issues: &mut Vec<Issue>, detail: IssueDetail, message: &[&str]) -> Option<Value> {
    issues.push(Issue::new(Vec::new(), detail, concat_message(message)));
    None
}

/// `takes` in issue details (`string[]`), `expected` for people.
fn invalid_type(issues: &mut Vec<Issue>, takes: &'static str, expected: &str, value: &Value) -> Option<Value> {
    fail(issues, IssueDetail::invalid_type(takes, value.kind().name()), &["expected ", expected, ", got ", &got(value)])
}

/// Issues from `at` on are about item `index` of the value.
fn at_index(issues: &mut [Issue], at: usize, index: usize) {
    for issue in issues.iter_mut().skip(at) {
        issue.path = vec![PathSegment::Index(0), PathSegment::Index(u32::try_from(index).unwrap_or(u32::MAX))];
    }
}

/// A string of 1 to `max` UTF-16 units, trimmed when `trim`; untrimmed text that is blank counts
/// as not given (a cleared caption), trimmed text that is blank is an issue.
fn text_at<'v>(value: &'v Value, max: usize, trim: bool, issues: &mut Vec<Issue>) -> Option<&'v str> {
    let Value::String(given) = value else {
        invalid_type(issues, "string", "a string", value);
        return None;
    };
    let kept = if trim { given.trim() } else { given.as_str() };
    if kept.trim().is_empty() {
        if trim {
            fail(issues, IssueDetail::out_of_range(Some(1), None, "characters"), &["must not be empty"]);
        }
        return None;
    }
    let length = kept.encode_utf16().count();
    if length > max {
        let bounds = IssueDetail::out_of_range(Some(1), Some(max as i64), "characters");
        fail(issues, bounds, &["is ", &length.to_string(), " characters long; at most ", &max.to_string(), " are allowed"]);
        return None;
    }
    Some(kept)
}

/// The rules of single strings: the text, or the issue found in it.
fn checked_text(rule: Rule, text: &str, issues: &mut Vec<Issue>) -> Option<Value> {
    let lower = text.to_ascii_lowercase();
    let (ok, detail, message) = match rule {
        Rule::ChatType => match lower.as_str() {
            "group" | "business" | "individual" => return Some(Value::String(lower)),
            "user" => return Some(Value::String("individual".to_owned())),
            _ => (
                false,
                IssueDetail::invalid_value(&["group", "individual", "business"]),
                "expected group, individual or business (user is read as individual), got ",
            ),
        },
        Rule::LabelId => (
            text.len() > 6 && text.starts_with("label-") && !text.contains(char::is_whitespace),
            IssueDetail::invalid_format("label_id"),
            "expected a label id such as label-xbitdvipqshahdcu (the label's id, not its name), got ",
        ),
        Rule::Url => (
            (lower.starts_with("https://") || lower.starts_with("http://")) && !text.contains(char::is_whitespace),
            IssueDetail::invalid_format("url"),
            "expected an http: or https: link to the file, got ",
        ),
        Rule::MimeType => (is_mimetype(text), IssueDetail::invalid_format("mime_type"), "expected a media type such as image/png, got "),
        Rule::Base64 => (
            match data_url(text) {
                Some((mimetype, data)) => is_mimetype(mimetype) && is_base64(data),
                None => !text.starts_with("data:") && is_base64(text),
            },
            IssueDetail::invalid_format("base64"),
            "expected base64 data, bare or as data:<mimetype>;base64,<data>, got ",
        ),
        _ => (true, IssueDetail::invalid_value(&[]), ""),
    };
    if ok {
        return Some(Value::String(text.to_owned()));
    }
    fail(issues, detail, &[message, &excerpt(text)])
}

/// The media type and the data of `data:<mimetype>;base64,<data>`. (By hand: searching for
/// `;base64,` as a pattern would bring the two-way string searcher into the wasm module.)
fn data_url(text: &str) -> Option<(&str, &str)> {
    let (header, data) = text.strip_prefix("data:")?.split_once(',')?;
    Some((header.strip_suffix(";base64")?, data))
}

/// `image/png`, `audio/ogg; codecs=opus`: a type and a subtype, and maybe parameters.
fn is_mimetype(text: &str) -> bool {
    let essence = text.split(';').next().unwrap_or("").trim();
    let token = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b));
    essence.split_once('/').is_some_and(|(kind, subtype)| token(kind) && token(subtype))
}

/// Standard base64: at least one character, `=` only as the last one or two.
fn is_base64(text: &str) -> bool {
    let data = text.trim_end_matches('=');
    !data.is_empty() && text.len() - data.len() <= 2 && data.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
}

/// One chat id or an array of them, each as `chat_id`; at least one; repeats dropped.
fn chat_ids(value: &Value, issues: &mut Vec<Issue>) -> Option<Value> {
    let items = match value {
        Value::Array(items) if !items.is_empty() => items.as_slice(),
        Value::Array(_) => return fail(issues, IssueDetail::out_of_range(Some(1), None, "items"), &["needs at least one chat id"]),
        Value::String(_) => std::slice::from_ref(value),
        other => return invalid_type(issues, "string | string[]", "an array of chat ids", other),
    };
    let before = issues.len();
    let mut ids: Vec<Value> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let at = issues.len();
        if let Some(id) = fields::chat_id(item, issues).filter(|id| !ids.iter().any(|known| known.as_str() == Some(id))) {
            ids.push(Value::String(id));
        }
        if matches!(value, Value::Array(_)) {
            at_index(issues, at, index);
        }
    }
    (issues.len() == before).then_some(Value::Array(ids))
}

/// A date (`2025-04-25`, kept as it is: the API reads it as that day) or a date-time with an
/// offset (in UTC as `toISOString` writes it); the forms and messages of a ticket's `due_date`.
fn time(value: &Value, issues: &mut Vec<Issue>) -> Option<Value> {
    let iso = fields::due_date(value, issues)?;
    let date = value
        .as_str()
        .map(str::trim)
        .filter(|t| t.len() == 10 && t.bytes().enumerate().all(|(i, b)| b.is_ascii_digit() || (b == b'-' && (i == 4 || i == 7))));
    Some(Value::String(date.map_or(iso, str::to_owned)))
}

/// `url` or `filedata`, not both; bare base64 becomes a `data:` URL with the `mimetype`, and a
/// `data:` URL's type fills in a missing `mimetype`.
fn media_finish(out: &mut Vec<(String, Value)>, issues: &mut Vec<Issue>) {
    let text = |key: &str| out.iter().find(|(k, _)| k == key).and_then(|(_, v)| v.as_str());
    let (Some(data), url, mimetype) = (text("filedata"), text("url"), text("mimetype")) else { return };
    let (issue, added) = match (url, data_url(data), mimetype) {
        (Some(_), ..) => (Some((IssueDetail::invalid_value(&[]), "give url or filedata, not both")), None),
        (None, Some((declared, _)), None) => (None, Some(("mimetype", declared.to_owned()))),
        (None, Some(_), Some(_)) => (None, None),
        (None, None, Some(mimetype)) => (None, Some(("filedata", concat_message(&["data:", mimetype, ";base64,", data])))),
        (None, None, None) => (
            Some((
                IssueDetail::missing_field("string"),
                "filedata is bare base64: give its mimetype too, or a data:<mimetype>;base64,… URL",
            )),
            None,
        ),
    };
    if let Some((detail, message)) = issue {
        issues.push(Issue::new(Vec::new(), detail, message));
    }
    if let Some((key, value)) = added {
        let value = Value::String(value);
        match out.iter_mut().find(|(k, _)| k == key) {
            Some(slot) => slot.1 = value,
            None => {
                let after = out.iter().position(|(k, _)| k == "filedata").map_or(out.len(), |at| at + 1);
                out.insert(after, (key.to_owned(), value));
            }
        }
    }
}
