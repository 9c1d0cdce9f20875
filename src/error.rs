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
    Number(f64),
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

impl DetailField for Option<f64> {
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
        minimum: Option<f64>,
        /// The largest accepted, when there is one.
        maximum: Option<f64>,
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

    pub fn out_of_range(minimum: Option<f64>, maximum: Option<f64>, unit: &'static str) -> Self {
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
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
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
}
