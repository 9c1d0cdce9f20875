//! The one error type of the crate. Every failure, whether bad JSON, a payload of the
//! wrong shape, an HTTP status or a network fault, is an [`Error`]; the binding layer maps
//! it once to the JS `PeriskopeError`.

use std::fmt;

use serde::Serialize;

/// An enum whose values cross to JS as strings: each variant is named once, with its string,
/// and the TypeScript union of the strings is generated (`TYPESCRIPT`, checked against
/// `js/periskope-error.d.ts` by `tests/generated.rs`).
macro_rules! js_string_enum {
    (
        $(#[doc = $doc:literal])*
        pub enum $name:ident as $ts_name:literal { $($(#[doc = $vdoc:literal])* $variant:ident = $text:literal,)+ }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name {
            $($(#[doc = $vdoc])* $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Its TypeScript union type, declared with its documentation.
            pub const TYPESCRIPT: &'static str =
                concat!("/**\n", $(" *", $doc, "\n",)* " */\n", "export type ", $ts_name, " =", $("\n  | '", $text, "'",)+ ";\n");

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    };
}

js_string_enum! {
    /// What kind of failure an error is: `PeriskopeError.kind`.
    pub enum ErrorKind as "PeriskopeErrorKind" {
        /// The input is not JSON; `position` says where.
        Syntax = "syntax",
        /// The input is JSON of the wrong shape; `issues` lists every problem.
        Validation = "validation",
        /// The input is larger or deeper than the configured limits.
        Limit = "limit",
        /// The server answered with a non-2xx status.
        Http = "http",
        /// The request never got an answer (DNS, refused connection, CORS...).
        Network = "network",
        /// The request took longer than `timeoutMs`.
        Timeout = "timeout",
        /// The caller's `AbortSignal` fired.
        Aborted = "aborted",
        /// The WebAssembly module cannot run here: a Content Security Policy without
        /// `'wasm-unsafe-eval'`, or the slim entry before `init()`. Made by the loaders in
        /// js/instance.js, never by the core.
        Init = "init",
    }
}

/// Where a syntax error is. `line` and `column` are 1-based; `column` and `offset`
/// count UTF-16 code units, so they index a JS string directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    pub line: u32,
    pub column: u32,
    pub offset: u32,
}

/// One step of a path from the root of a payload: an object key or an array index.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(untagged)]
pub enum PathSegment {
    Key(String),
    Index(u32),
}

impl From<&str> for PathSegment {
    fn from(key: &str) -> Self {
        PathSegment::Key(key.to_owned())
    }
}

impl From<u32> for PathSegment {
    fn from(index: u32) -> Self {
        PathSegment::Index(index)
    }
}

/// A detail of an issue: one field of its code's details, as it crosses to JS.
#[derive(Debug, Clone, PartialEq)]
pub enum DetailValue<'a> {
    Text(&'a str),
    Number(i64),
    Texts(&'a [&'static str]),
}

/// The Rust types a detail may have, and how TypeScript spells each. Most details are static
/// text: every issue site stays a few constants, not allocations (the module's size counts).
pub trait DetailField {
    /// The property's TypeScript type, after the name (`: string`, `?: number`).
    const TYPESCRIPT: &'static str;
    /// None when the detail is absent (optional details).
    fn detail(&self) -> Option<DetailValue<'_>>;
}

impl DetailField for &'static str {
    const TYPESCRIPT: &'static str = ": string";
    fn detail(&self) -> Option<DetailValue<'_>> {
        Some(DetailValue::Text(self))
    }
}

impl DetailField for String {
    const TYPESCRIPT: &'static str = ": string";
    fn detail(&self) -> Option<DetailValue<'_>> {
        Some(DetailValue::Text(self))
    }
}

impl DetailField for Option<&'static str> {
    const TYPESCRIPT: &'static str = "?: string";
    fn detail(&self) -> Option<DetailValue<'_>> {
        self.map(DetailValue::Text)
    }
}

impl DetailField for Option<i64> {
    const TYPESCRIPT: &'static str = "?: number";
    fn detail(&self) -> Option<DetailValue<'_>> {
        self.map(DetailValue::Number)
    }
}

impl DetailField for [&'static str; 2] {
    const TYPESCRIPT: &'static str = ": [string, string]";
    fn detail(&self) -> Option<DetailValue<'_>> {
        Some(DetailValue::Texts(self))
    }
}

impl DetailField for &'static [&'static str] {
    const TYPESCRIPT: &'static str = ": string[]";
    fn detail(&self) -> Option<DetailValue<'_>> {
        Some(DetailValue::Texts(self))
    }
}

/// Each issue code with the details it carries, named once: this gives the `IssueCode` enum,
/// the `IssueDetail` enum an [`Issue`] holds, and the TypeScript union of issues on `code`
/// (`PeriskopeIssue`, checked against `js/periskope-error.d.ts` by `tests/generated.rs`).
macro_rules! issue_codes {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident = $text:literal { $($(#[doc = $fdoc:literal])* $field:ident: $ty:ty,)* }
    )+) => {
        js_string_enum! {
            /// Machine-readable reason of an issue, stable across versions.
            pub enum IssueCode as "IssueCode" {
                $($(#[doc = $doc])* $variant = $text,)+
            }
        }

        /// What an issue is about, with what a UI needs to say it in its own words (zod style):
        /// what was expected and received, the bounds of a range, the allowed values, the field a
        /// typo is likely of.
        #[derive(Debug, Clone, PartialEq)]
        pub enum IssueDetail {
            $($(#[doc = $doc])* $variant { $($(#[doc = $fdoc])* $field: $ty,)* },)+
        }

        impl IssueDetail {
            pub fn code(&self) -> IssueCode {
                match self {
                    $(IssueDetail::$variant { .. } => IssueCode::$variant,)+
                }
            }

            /// Calls `visit` with each detail, by its property name in JS, absent ones left out.
            pub fn each_field(&self, visit: &mut dyn FnMut(&'static str, DetailValue<'_>)) {
                match self {
                    $(IssueDetail::$variant { $($field,)* } => {
                        $(if let Some(value) = DetailField::detail($field) { visit(stringify!($field), value); })*
                    })+
                }
            }

            /// The TypeScript union of issues, one member per code with its details.
            pub fn typescript() -> String {
                let mut out = String::from(concat!(
                    "/**\n * One problem in a payload or a request, zod style: where (`path`), what (`code`, and the\n",
                    " * details of that code) and a sentence for people (`message`). Narrow on `code` to read the details.\n */\n",
                    "export type PeriskopeIssue = {\n",
                    "  /** Keys and indices from the root to the offending value, e.g. `[\"ticket\", \"priority\"]`; `[]` for the input itself. */\n",
                    "  path: (string | number)[];\n",
                    "  /** A sentence for people, quoting the offending value (cut after 40 characters). */\n",
                    "  message: string;\n",
                    "} & (",
                ));
                $(
                    out.push_str(concat!("\n  | {\n      /**", $($doc, )* " */\n      code: '", $text, "';\n"));
                    $(
                        out.push_str(concat!("      /**", $($fdoc, )* " */\n      ", stringify!($field)));
                        out.push_str(<$ty as DetailField>::TYPESCRIPT);
                        out.push_str(";\n");
                    )*
                    out.push_str("    }");
                )+
                out.push_str("\n);\n");
                out
            }
        }
    };
}

issue_codes! {
    /// The value has the wrong JSON type (`"yes"` where a boolean is expected).
    InvalidType = "invalid_type" {
        /// What the field takes: `string`, `number`, `integer`, `boolean`, `object`, `array`, or several joined by ` | `.
        expected: &'static str,
        /// What was given: `string`, `number`, `boolean`, `null`, `object`, `array`; from JavaScript also `undefined`, `function`, or a class name (`Map`, `Date`).
        received: String,
    }
    /// A required field is absent.
    MissingField = "missing_field" {
        /// What the field takes, as in `invalid_type`.
        expected: &'static str,
    }
    /// A number or a length is outside the accepted range.
    OutOfRange = "out_of_range" {
        /// The smallest accepted, when there is one.
        minimum: Option<i64>,
        /// The largest accepted, when there is one.
        maximum: Option<i64>,
        /// What is counted: `value` (the number itself), `characters` (UTF-16 code units, as `.length` counts), `digits` or `bytes`.
        unit: &'static str,
    }
    /// A string does not have the documented format (checked in strict mode and for requests).
    InvalidFormat = "invalid_format" {
        /// The format expected: `chat_id`, `contact_id`, `phone`, `phone_id`, `email`, `date`, `timestamp`, `message_id`, `uuid`, `label_id`, `url` or `id`.
        format: &'static str,
    }
    /// A value is not one of the accepted values.
    InvalidValue = "invalid_value" {
        /// The accepted values, when they can be listed (`[]` when they cannot, as for "a whole number").
        allowed: &'static [&'static str],
    }
    /// The same key appears twice in one object.
    DuplicateKey = "duplicate_key" {
        /// The repeated key.
        key: String,
    }
    /// A field is given under two of its accepted names with different values.
    ConflictingAlias = "conflicting_alias" {
        /// The two names it was given under.
        names: [&'static str; 2],
    }
    /// A request field the API does not know (likely a typo).
    UnknownField = "unknown_field" {
        /// The key given.
        key: String,
        /// The known field it is likely a typo of, when one is close.
        suggestion: Option<&'static str>,
    }
    /// The object needs at least one field.
    Empty = "empty" {
        /// The fields of which at least one is needed.
        fields: &'static [&'static str],
    }
}

impl IssueDetail {
    pub fn invalid_type(expected: &'static str, received: impl Into<String>) -> Self {
        IssueDetail::InvalidType { expected, received: received.into() }
    }

    pub fn missing_field(expected: &'static str) -> Self {
        IssueDetail::MissingField { expected }
    }

    pub fn out_of_range(minimum: Option<i64>, maximum: Option<i64>, unit: &'static str) -> Self {
        IssueDetail::OutOfRange { minimum, maximum, unit }
    }

    pub fn invalid_format(format: &'static str) -> Self {
        IssueDetail::InvalidFormat { format }
    }

    pub fn invalid_value(allowed: &'static [&'static str]) -> Self {
        IssueDetail::InvalidValue { allowed }
    }

    pub fn duplicate_key(key: impl Into<String>) -> Self {
        IssueDetail::DuplicateKey { key: key.into() }
    }
}

/// One problem found in a payload, zod style: where, what (its code and that code's details),
/// and a sentence for people.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub path: Vec<PathSegment>,
    pub detail: IssueDetail,
    pub message: String,
}

/// What a `validate*` function returns, as one JSON text for one `JSON.parse`: `{"success":true,
/// "data":…}` with the request as `write_data` writes it, or `{"success":false,"issues":[…]}`.
pub fn validation_json<T: ?Sized>(outcome: Result<&T, &[Issue]>, write_data: fn(&T, &mut String)) -> String {
    match outcome {
        Ok(data) => {
            let mut out = String::with_capacity(512);
            out.push_str("{\"success\":true,\"data\":");
            write_data(data, &mut out);
            out.push('}');
            out
        }
        Err(issues) => ["{\"success\":false,\"issues\":", &issues_json(issues), "}"].concat(),
    }
}

/// The issues as one JSON array of `PeriskopeIssue`s. They cross to JS as this one string and one
/// `JSON.parse`: building each issue's object property by property took most of the time of a
/// rejected payload (a form validated on every keystroke takes that path each time).
pub fn issues_json(issues: &[Issue]) -> String {
    let mut out = JsonText(String::with_capacity(issues.len() * 128));
    out.raw("[");
    for (n, issue) in issues.iter().enumerate() {
        out.raw(if n == 0 { "{\"path\":[" } else { ",{\"path\":[" });
        for (m, segment) in issue.path.iter().enumerate() {
            if m > 0 {
                out.raw(",");
            }
            match segment {
                PathSegment::Key(key) => out.string(key),
                PathSegment::Index(index) => out.integer(i64::from(*index)),
            }
        }
        out.raw("],\"code\":");
        out.string(issue.code().as_str());
        out.raw(",\"message\":");
        out.string(&issue.message);
        issue.detail.each_field(&mut |name, value| {
            out.raw(",");
            out.string(name);
            out.raw(":");
            match value {
                DetailValue::Text(text) => out.string(text),
                DetailValue::Number(number) => out.integer(number),
                DetailValue::Texts(texts) => {
                    for (k, text) in texts.iter().enumerate() {
                        out.raw(if k == 0 { "[" } else { "," });
                        out.string(text);
                    }
                    out.raw(if texts.is_empty() { "[]" } else { "]" });
                }
            }
        });
        out.raw("}");
    }
    out.raw("]");
    out.0
}

/// A JSON text written piece by piece. Each piece is one call, not inlined: the error path is
/// not hot enough to pay for copies of the growth code at every site (the module's size counts).
pub(crate) struct JsonText(pub(crate) String);

/// `text` as a JSON string, escaped as `JSON.stringify` escapes it; the runs that need no escape
/// are copied whole, not character by character.
#[inline(never)]
pub(crate) fn push_json_string(out: &mut String, text: &str) {
    out.push('"');
    let mut plain_from = 0;
    for (at, byte) in text.bytes().enumerate() {
        let (escape, in_hex) = match byte {
            b'"' => ("\\\"", false),
            b'\\' => ("\\\\", false),
            b'\n' => ("\\n", false),
            b'\r' => ("\\r", false),
            b'\t' => ("\\t", false),
            0x08 => ("\\b", false),
            0x0c => ("\\f", false),
            0x00..=0x1f => ("\\u00", true),
            _ => continue,
        };
        // Escaped bytes are ASCII: `at` is on a character boundary.
        out.push_str(text.get(plain_from..at).unwrap_or_default());
        out.push_str(escape);
        if in_hex {
            out.push_str(if byte < 0x10 { "0" } else { "1" });
            out.push_str(HEX_DIGITS.get(usize::from(byte & 0xf)..=usize::from(byte & 0xf)).unwrap_or_default());
        }
        plain_from = at + 1;
    }
    out.push_str(text.get(plain_from..).unwrap_or_default());
    out.push('"');
}

impl JsonText {
    #[inline(never)]
    pub(crate) fn raw(&mut self, text: &str) {
        self.0.push_str(text);
    }

    #[inline(never)]
    pub(crate) fn string(&mut self, text: &str) {
        push_json_string(&mut self.0, text);
    }

    #[inline(never)]
    pub(crate) fn integer(&mut self, number: i64) {
        push_integer(&mut self.0, number, 1);
    }
}

/// `number` in decimal, with zeros in front up to `min_digits` digits (`-000001` for -1 and 6).
/// Digits by hand: `to_string` and `format!` would bring the formatting machinery into the module.
#[inline(never)]
pub(crate) fn push_integer(out: &mut String, number: i64, min_digits: usize) {
    if number < 0 {
        out.push('-');
    }
    let mut digits = [b'0'; 20];
    let mut rest = number.unsigned_abs();
    let mut start = digits.len();
    while let Some(digit) = start.checked_sub(1).and_then(|at| digits.get_mut(at)) {
        *digit = b'0' + (rest % 10) as u8;
        start -= 1;
        rest /= 10;
        if rest == 0 && digits.len() - start >= min_digits {
            break;
        }
    }
    out.push_str(core::str::from_utf8(digits.get(start..).unwrap_or_default()).unwrap_or_default());
}

const HEX_DIGITS: &str = "0123456789abcdef";

impl Issue {
    pub fn new(path: Vec<PathSegment>, detail: IssueDetail, message: impl Into<String>) -> Self {
        Issue { path, detail, message: message.into() }
    }

    pub fn code(&self) -> IssueCode {
        self.detail.code()
    }
}

/// The rate-limit state the server reported with a response.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RateLimit {
    pub limit: Option<u64>,
    pub remaining: Option<u64>,
    /// Unix time in seconds when the window resets.
    pub reset_epoch_seconds: Option<u64>,
}

/// What a non-2xx answer said.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HttpDetail {
    pub status: u16,
    /// The API's own error code (`VALIDATION_ERROR`, `UNAUTHORIZED_ERROR`...), when the body had one.
    pub code: Option<String>,
    pub trace_id: Option<String>,
    pub rate_limit: Option<RateLimit>,
    /// Seconds the server asked us to wait (`Retry-After`).
    pub retry_after_seconds: Option<f64>,
}

js_string_enum! {
    /// Which limit an input went past: `PeriskopeError.limit`.
    pub enum LimitExceeded as "LimitExceeded" {
        /// `maxBytes`.
        MaxBytes = "max_bytes",
        /// `maxDepth`.
        MaxDepth = "max_depth",
    }
}

/// The declarations `js/periskope-error.d.ts` must carry, in its generated block.
pub fn js_declarations() -> String {
    [ErrorKind::TYPESCRIPT, IssueCode::TYPESCRIPT, &IssueDetail::typescript(), LimitExceeded::TYPESCRIPT].concat()
}

#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    pub position: Option<Position>,
    pub issues: Vec<Issue>,
    /// Boxed: only client errors carry it, and every `Result` of the crate is the size of its `Error`.
    pub http: Option<Box<HttpDetail>>,
    pub limit: Option<LimitExceeded>,
    /// True when the offending payload came from the server rather than from the caller.
    pub from_server: bool,
}

impl Error {
    fn bare(kind: ErrorKind, message: String) -> Self {
        Error { kind, message, position: None, issues: Vec::new(), http: None, limit: None, from_server: false }
    }

    pub fn syntax(position: Position, expected: &str) -> Self {
        let message = format!("{expected} at line {}, column {}", position.line, position.column);
        Error { position: Some(position), ..Error::bare(ErrorKind::Syntax, message) }
    }

    pub fn validation(issues: Vec<Issue>) -> Self {
        let message = summarise_issues(&issues);
        Error { issues, ..Error::bare(ErrorKind::Validation, message) }
    }

    pub fn limit(limit: LimitExceeded, message: impl Into<String>) -> Self {
        Error { limit: Some(limit), ..Error::bare(ErrorKind::Limit, message.into()) }
    }

    pub fn http(detail: HttpDetail, message: impl Into<String>, issues: Vec<Issue>) -> Self {
        Error { http: Some(Box::new(detail)), issues, ..Error::bare(ErrorKind::Http, message.into()) }
    }

    pub fn network(message: impl Into<String>) -> Self {
        Error::bare(ErrorKind::Network, message.into())
    }

    pub fn timeout(after_ms: u32) -> Self {
        Error::bare(ErrorKind::Timeout, format!("the request took longer than {after_ms} ms"))
    }

    pub fn aborted() -> Self {
        Error::bare(ErrorKind::Aborted, "the request was aborted".to_owned())
    }

    /// Marks a payload error as caused by the server's response body, not the caller's input.
    pub fn from_server(mut self) -> Self {
        self.from_server = true;
        self.message = format!("the server's response is invalid: {}", self.message);
        self
    }
}

fn summarise_issues(issues: &[Issue]) -> String {
    match issues {
        [] => "invalid input".to_owned(),
        [only] => format_issue(only),
        [first, rest @ ..] => format!("{} (and {} more issue{})", format_issue(first), rest.len(), if rest.len() == 1 { "" } else { "s" }),
    }
}

fn format_issue(issue: &Issue) -> String {
    if issue.path.is_empty() {
        issue.message.clone()
    } else {
        format!("{}: {}", display_path(&issue.path), issue.message)
    }
}

/// `ticket.members["91@c.us"].name`-style rendering of a path, for messages.
pub fn display_path(path: &[PathSegment]) -> String {
    let mut out = String::new();
    for segment in path {
        match segment {
            PathSegment::Index(i) => out.push_str(&format!("[{i}]")),
            PathSegment::Key(k) if is_identifier(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            PathSegment::Key(k) => out.push_str(&format!("[{}]", quote(k))),
        }
    }
    out
}

/// `text` as a JSON string literal, for messages.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    push_json_string(&mut out, text);
    out
}

fn is_identifier(key: &str) -> bool {
    let mut chars = key.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_') && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_render_like_js_accessors() {
        let path = vec![PathSegment::from("chat"), "members".into(), "91@c.us".into(), "is_admin".into()];
        assert_eq!(display_path(&path), r#"chat.members["91@c.us"].is_admin"#);
        assert_eq!(display_path(&["tickets".into(), 3u32.into(), "priority".into()]), "tickets[3].priority");
    }

    #[test]
    fn validation_message_counts_the_rest() {
        let issues = vec![
            Issue::new(vec!["a".into()], IssueDetail::invalid_type("string", "number"), "expected a string, got a number"),
            Issue::new(vec!["b".into()], IssueDetail::missing_field("string"), "is required"),
            Issue::new(vec!["c".into()], IssueDetail::missing_field("string"), "is required"),
        ];
        assert_eq!(Error::validation(issues).message, "a: expected a string, got a number (and 2 more issues)");
    }

    /// The same issue as JS should see it, built through serde_json: the oracle for `issues_json`.
    fn expected_json(issue: &Issue) -> serde_json::Value {
        let mut object = serde_json::Map::new();
        object.insert("path".into(), serde_json::to_value(&issue.path).unwrap());
        object.insert("code".into(), issue.code().as_str().into());
        object.insert("message".into(), issue.message.as_str().into());
        issue.detail.each_field(&mut |name, value| {
            let value = match value {
                DetailValue::Text(text) => serde_json::Value::from(text),
                DetailValue::Number(number) => serde_json::Value::from(number),
                DetailValue::Texts(texts) => serde_json::Value::from(texts.to_vec()),
            };
            object.insert(name.into(), value);
        });
        serde_json::Value::Object(object)
    }

    #[test]
    fn issues_json_carries_every_code_with_its_details() {
        let issues = vec![
            Issue::new(vec!["a".into(), 0u32.into()], IssueDetail::invalid_type("boolean", "string"), "expected a boolean"),
            Issue::new(vec![], IssueDetail::missing_field("string"), "is required"),
            Issue::new(vec!["n".into()], IssueDetail::out_of_range(Some(-9_007_199_254_740_991), Some(4), "value"), "too big"),
            Issue::new(vec!["s".into()], IssueDetail::out_of_range(Some(1), None, "characters"), "empty"),
            Issue::new(vec!["f".into()], IssueDetail::invalid_format("chat_id"), "not a chat id"),
            Issue::new(vec!["v".into()], IssueDetail::invalid_value(&["open", "closed"]), "not a status"),
            Issue::new(vec!["w".into()], IssueDetail::invalid_value(&[]), "not whole"),
            Issue::new(vec!["k".into()], IssueDetail::duplicate_key("k"), "repeated"),
            Issue::new(vec!["c".into()], IssueDetail::ConflictingAlias { names: ["chat_id", "chatId"] }, "both"),
            Issue::new(vec!["u".into()], IssueDetail::UnknownField { key: "subjet".into(), suggestion: Some("subject") }, "unknown"),
            Issue::new(vec!["x".into()], IssueDetail::UnknownField { key: "x".into(), suggestion: None }, "unknown"),
            Issue::new(vec![], IssueDetail::Empty { fields: &["status", "priority"] }, "empty"),
        ];
        let codes: std::collections::BTreeSet<_> = issues.iter().map(|issue| issue.code().as_str()).collect();
        assert_eq!(codes.len(), IssueCode::ALL.len(), "a code without a case here");
        let parsed: serde_json::Value = serde_json::from_str(&issues_json(&issues)).unwrap();
        assert_eq!(parsed, serde_json::Value::Array(issues.iter().map(expected_json).collect()));
        assert_eq!(issues_json(&[]), "[]");
    }

    #[test]
    fn validation_json_is_either_result() {
        let data = r#"{"chat_id":"919537851844@c.us","labels":"a\"b"}"#;
        let written = validation_json(Ok(&crate::json::Value::parse(data, 8).unwrap()), crate::json::Value::write_json);
        let parsed: serde_json::Value = serde_json::from_str(&written).unwrap();
        assert_eq!(parsed, serde_json::json!({ "success": true, "data": serde_json::from_str::<serde_json::Value>(data).unwrap() }));
        let issues = [Issue::new(vec!["subject".into()], IssueDetail::missing_field("string"), "is required")];
        let parsed: serde_json::Value = serde_json::from_str(&validation_json(Err(&issues), crate::json::Value::write_json)).unwrap();
        assert_eq!(parsed, serde_json::json!({ "success": false, "issues": [expected_json(&issues[0])] }));
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn issues_json_keeps_any_text(key in "\\PC*|[\\x00-\\x1f\"\\\\]*", message in proptest::prelude::any::<String>(), received in ".*") {
            let issue = Issue::new(vec![key.as_str().into(), 7u32.into()], IssueDetail::invalid_type("string", received), message);
            let parsed: serde_json::Value = serde_json::from_str(&issues_json(std::slice::from_ref(&issue))).unwrap();
            proptest::prop_assert_eq!(parsed, serde_json::json!([expected_json(&issue)]));
        }
    }
}
