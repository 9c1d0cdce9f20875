//! The client's settings, checked once when the client is made.

use std::fmt;

use super::url::check_base_url;
use crate::error::{Error, Issue, IssueDetail, PathSegment};
use crate::json::Value;
use crate::validate::validate_phone;

/// Where requests go unless `baseUrl` says otherwise.
pub const DEFAULT_BASE_URL: &str = "https://api.periskope.app/v1";
/// How long a whole call (every attempt and wait) may take unless `timeoutMs` says otherwise.
pub const DEFAULT_TIMEOUT_MS: u32 = 30_000;
/// How many times a failed `GET` is tried again unless `maxRetries` says otherwise.
pub const DEFAULT_MAX_RETRIES: u32 = 2;
/// The most `maxRetries` accepts: past this, retries only hide an outage.
pub const MAX_RETRIES_LIMIT: u32 = 10;
/// The longest timer JS can set (2^31 − 1 ms).
const MAX_TIMEOUT_MS: u32 = i32::MAX as u32;

/// Validated client settings. The API key lives here and nowhere else: `Debug` hides it and
/// [`Config::redact`] removes it from any error before the error reaches the caller. Without
/// a key, the client talks to the user's own backend, which adds it (`createApiProxy`).
#[derive(Clone)]
pub struct Config {
    api_key: Option<String>,
    /// Headers of the caller's own sent with every request (a session token for its backend).
    headers: Vec<(String, String)>,
    phone: Option<String>,
    base_url: String,
    timeout_ms: u32,
    max_retries: u32,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            .field("headers", &self.headers.iter().map(|(name, _)| name).collect::<Vec<_>>())
            .field("phone", &self.phone)
            .field("base_url", &self.base_url)
            .field("timeout_ms", &self.timeout_ms)
            .field("max_retries", &self.max_retries)
            .finish()
    }
}

impl Config {
    /// Reads `{ apiKey?, headers?, phone?, baseUrl?, timeoutMs?, maxRetries?, fetch? }` (as JSON,
    /// where a function disappears, so a `fetch` that is still there is not a function; a
    /// `headers` callback is the binding's to call). `baseUrl` comes resolved when it was a path
    /// of the page's own origin. Every problem is reported at once as a `validation` error; no
    /// message ever quotes the key.
    pub fn from_options(options: &Value) -> Result<Config, Error> {
        let mut issues = Vec::new();
        if !matches!(options, Value::Object(_)) {
            let detail = IssueDetail::invalid_type("object", options.kind().name());
            let issue =
                Issue::new(Vec::new(), detail, "expected the client options, an object (with apiKey, or a baseUrl of your own backend)");
            return Err(Error::validation(vec![issue]));
        }
        let api_key = match options.get("apiKey") {
            Some(Value::String(key)) if key.is_empty() => invalid(
                &mut issues,
                "apiKey",
                IssueDetail::invalid_value(&[]),
                "must not be empty (leave it out when your backend adds it)",
            ),
            Some(Value::String(key)) if !key.bytes().all(|b| b.is_ascii_graphic()) => invalid(
                &mut issues,
                "apiKey",
                IssueDetail::invalid_format("api_key"),
                "must be printable ASCII without spaces or line breaks (check for a stray space or newline when copying the key)",
            ),
            Some(Value::String(key)) => Some(Some(key.clone())),
            None | Some(Value::Null) => Some(None),
            Some(other) => invalid(&mut issues, "apiKey", IssueDetail::invalid_type("string", other.kind().name()), "must be a string"),
        };
        // A key given, even an invalid one, is meant to be sent: the rules for sending it apply.
        let has_key = !matches!(options.get("apiKey"), None | Some(Value::Null));
        let headers = own_headers(options.get("headers"), has_key, &mut issues);
        let phone = match options.get("phone") {
            None | Some(Value::Null) => None,
            Some(value) => match validate_phone(value) {
                Ok(phone) => Some(phone),
                Err(found) => {
                    issues.extend(found.into_iter().map(|issue| prefixed("phone", issue)));
                    None
                }
            },
        };
        let base_url = match options.get("baseUrl") {
            None | Some(Value::Null) => Some(DEFAULT_BASE_URL.to_owned()),
            Some(Value::String(url)) => match check_base_url(url, has_key) {
                Ok(url) => Some(url),
                Err(why) => invalid(&mut issues, "baseUrl", IssueDetail::invalid_format("url"), why),
            },
            Some(other) => invalid(&mut issues, "baseUrl", IssueDetail::invalid_type("string", other.kind().name()), "must be a string"),
        };
        if matches!(api_key, Some(None)) && base_url.as_deref().is_some_and(is_periskope_api) {
            invalid::<()>(
                &mut issues,
                "apiKey",
                IssueDetail::missing_field("string"),
                "is required to call the Periskope API directly; to keep the key off the page, point baseUrl at your own backend \
                 (createApiProxy of periskope-wasm/server adds the key there) and leave apiKey out",
            );
        }
        let timeout_ms = integer_option(options, "timeoutMs", 1, MAX_TIMEOUT_MS, DEFAULT_TIMEOUT_MS, &mut issues);
        let max_retries = integer_option(options, "maxRetries", 0, MAX_RETRIES_LIMIT, DEFAULT_MAX_RETRIES, &mut issues);
        if let Some(other) = options.get("fetch").filter(|v| !matches!(v, Value::Null)) {
            let detail = IssueDetail::invalid_type("function", other.kind().name());
            invalid::<()>(&mut issues, "fetch", detail, "must be a function with the signature of fetch");
        }
        match (api_key, base_url, timeout_ms, max_retries) {
            (Some(api_key), Some(base_url), Some(timeout_ms), Some(max_retries)) if issues.is_empty() => {
                Ok(Config { api_key, headers, phone, base_url, timeout_ms, max_retries })
            }
            _ => Err(Error::validation(issues)),
        }
    }

    /// The base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The normalised phone sent as `x-phone`, when one is configured.
    pub fn phone(&self) -> Option<&str> {
        self.phone.as_deref()
    }

    /// How long a whole call may take, retries included.
    pub fn timeout_ms(&self) -> u32 {
        self.timeout_ms
    }

    /// How many times a failed `GET` is retried.
    pub fn max_retries(&self) -> u32 {
        self.max_retries
    }

    /// The key, when the client holds one: only to redact it from messages written outside the core.
    pub fn api_key(&self) -> Option<&str> {
        self.api_key.as_deref()
    }

    /// The `Authorization` header value, when the client holds the key. Only request builders use it.
    pub(crate) fn authorization(&self) -> Option<String> {
        self.api_key.as_ref().map(|key| format!("Bearer {key}"))
    }

    /// The caller's own headers, sent with every request.
    pub(crate) fn own_headers(&self) -> &[(String, String)] {
        &self.headers
    }

    /// Removes the API key from every text of `error`, in case a server or a `fetch`
    /// implementation echoed it (`Invalid key abc…`, a header-value error).
    pub fn redact(&self, error: Error) -> Error {
        match &self.api_key {
            Some(api_key) => redact_error(error, api_key),
            None => error,
        }
    }
}

/// `error` with every occurrence of `secret` replaced by `<api key>` in each of its texts: the
/// message, each issue's message, path keys and quoted keys, the server's code and trace id.
pub fn redact_error(mut error: Error, secret: &str) -> Error {
    let scrub = |text: &mut String| {
        if let Some(clean) = redact_text(text, secret) {
            *text = clean;
        }
    };
    scrub(&mut error.message);
    for issue in &mut error.issues {
        scrub(&mut issue.message);
        for segment in &mut issue.path {
            if let PathSegment::Key(key) = segment {
                scrub(key);
            }
        }
        if let IssueDetail::DuplicateKey { key } | IssueDetail::UnknownField { key, .. } = &mut issue.detail {
            scrub(key);
        }
    }
    if let Some(http) = &mut error.http {
        if let Some(code) = &mut http.code {
            scrub(code);
        }
        if let Some(trace_id) = &mut http.trace_id {
            scrub(trace_id);
        }
    }
    error
}

/// A key shorter than this is only replaced where it stands alone: a test key such as `k` or
/// `test` would otherwise be cut out of words ("the Peris<api key>ope API"). A longer one cannot
/// be part of a word by chance, and is replaced wherever it occurs.
const SHORT_KEY: usize = 16;

/// `text` with every occurrence of `secret` replaced by `<api key>`, or `None` when it has none.
/// A plain byte scan: `str::replace` would bring the two-way searcher into the wasm module.
pub fn redact_text(text: &str, secret: &str) -> Option<String> {
    let (haystack, needle) = (text.as_bytes(), secret.as_bytes());
    if needle.is_empty() || needle.len() > haystack.len() {
        return None;
    }
    let in_word = |at: Option<usize>| at.and_then(|at| haystack.get(at)).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_');
    let stands_alone = |at: usize| needle.len() >= SHORT_KEY || !(in_word(at.checked_sub(1)) || in_word(Some(at + needle.len())));
    let mut out: Vec<u8> = Vec::with_capacity(haystack.len());
    let mut at = 0;
    let mut found = false;
    while at < haystack.len() {
        if haystack.get(at..at + needle.len()) == Some(needle) && stands_alone(at) {
            out.extend_from_slice(b"<api key>");
            at += needle.len();
            found = true;
        } else {
            out.extend(haystack.get(at).copied());
            at += 1;
        }
    }
    // Only whole UTF-8 sequences were copied or replaced, so this never fails.
    found.then(|| String::from_utf8(out).ok()).flatten()
}

fn invalid<T>(issues: &mut Vec<Issue>, key: &str, detail: IssueDetail, message: &str) -> Option<T> {
    issues.push(Issue::new(vec![PathSegment::from(key)], detail, message));
    None
}

/// Hosts of the Periskope API itself: the key must be in the client to call them.
fn is_periskope_api(base_url: &str) -> bool {
    let lower = base_url.to_ascii_lowercase();
    ["https://api.periskope.app", "https://api-staging.periskope.app"]
        .iter()
        .any(|host| lower.strip_prefix(host).is_some_and(|rest| rest.is_empty() || rest.starts_with('/')))
}

/// The `headers` option as an object of header names to string values (fetch checks the names
/// and values themselves). Not the headers the client sets: `Authorization` when it holds the
/// key (otherwise it is the caller's own, for its backend), `x-phone`, `Accept`, `Content-Type`.
fn own_headers(value: Option<&Value>, has_key: bool, issues: &mut Vec<Issue>) -> Vec<(String, String)> {
    let entries = match value {
        None | Some(Value::Null) => return Vec::new(),
        Some(Value::Object(entries)) => entries,
        Some(other) => {
            let detail = IssueDetail::invalid_type("object | function", other.kind().name());
            issues.push(Issue::new(
                vec![PathSegment::from("headers")],
                detail,
                "expected an object of header values, or a function returning one",
            ));
            return Vec::new();
        }
    };
    let mut headers = Vec::new();
    for (name, value) in entries {
        let path = || vec![PathSegment::from("headers"), PathSegment::Key(name.clone())];
        let lower = name.to_ascii_lowercase();
        let (detail, message) = match value {
            _ if (lower == "authorization" && has_key) || matches!(lower.as_str(), "x-phone" | "accept" | "content-type") => {
                (IssueDetail::invalid_value(&[]), "is a header the client sets itself (Authorization from apiKey, x-phone from phone)")
            }
            Value::String(text) => {
                headers.push((name.clone(), text.clone()));
                continue;
            }
            other => (IssueDetail::invalid_type("string", other.kind().name()), "must be a string"),
        };
        issues.push(Issue::new(path(), detail, message));
    }
    headers
}

fn prefixed(key: &str, mut issue: Issue) -> Issue {
    issue.path.insert(0, PathSegment::from(key));
    issue
}

fn integer_option(options: &Value, key: &str, min: u32, max: u32, default: u32, issues: &mut Vec<Issue>) -> Option<u32> {
    let value = match options.get(key) {
        None | Some(Value::Null) => return Some(default),
        Some(value) => value,
    };
    let message = format!("must be a whole number from {min} to {max}");
    match value.as_safe_integer() {
        Some(Ok(n)) if n >= i64::from(min) && n <= i64::from(max) => u32::try_from(n).ok(),
        Some(_) => invalid(issues, key, IssueDetail::out_of_range(Some(i64::from(min)), Some(i64::from(max)), "value"), &message),
        None => invalid(issues, key, IssueDetail::invalid_type("integer", value.kind().name()), &message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(json: &str) -> Value {
        Value::parse(json, 8).expect("test JSON")
    }

    #[test]
    fn defaults_fill_what_is_not_given() {
        let config = Config::from_options(&options(r#"{"apiKey":"k-123"}"#)).expect("valid");
        assert_eq!(config.base_url(), DEFAULT_BASE_URL);
        assert_eq!(config.timeout_ms(), DEFAULT_TIMEOUT_MS);
        assert_eq!(config.max_retries(), DEFAULT_MAX_RETRIES);
        assert_eq!(config.phone(), None);
        assert_eq!(config.authorization().as_deref(), Some("Bearer k-123"));
    }

    #[test]
    fn phone_is_normalised_once() {
        let config = Config::from_options(&options(r#"{"apiKey":"k","phone":"+91 98745 32456"}"#)).expect("valid");
        assert_eq!(config.phone(), Some("919874532456"));
        let error = Config::from_options(&options(r#"{"apiKey":"k","phone":"12"}"#)).expect_err("short phone");
        assert_eq!(error.issues.first().map(|i| i.path.clone()), Some(vec![PathSegment::from("phone")]));
    }

    #[test]
    fn every_bad_option_is_reported_without_the_key() {
        let error = Config::from_options(&options(
            r#"{"apiKey":"secret key","baseUrl":"http://api.periskope.app/v1","timeoutMs":0,"maxRetries":1.5,"fetch":"yes"}"#,
        ))
        .expect_err("invalid");
        let paths: Vec<_> = error.issues.iter().map(|i| crate::error::display_path(&i.path)).collect();
        assert_eq!(paths, ["apiKey", "baseUrl", "timeoutMs", "maxRetries", "fetch"]);
        assert!(!format!("{error:?}").contains("secret"));
    }

    #[test]
    fn empty_or_missing_key_is_refused() {
        for json in [r#"{"apiKey":""}"#, "{}", r#"{"apiKey":42}"#, "null", "[]"] {
            let error = Config::from_options(&options(json)).expect_err(json);
            assert_eq!(error.kind, crate::ErrorKind::Validation, "{json}");
        }
    }

    #[test]
    fn debug_and_redact_hide_the_key() {
        let config = Config::from_options(&options(r#"{"apiKey":"sk_live_abc"}"#)).expect("valid");
        assert!(!format!("{config:?}").contains("sk_live_abc"));
        let error = config.redact(Error::network("header Bearer sk_live_abc is invalid"));
        assert_eq!(error.message, "header Bearer <api key> is invalid");
    }

    #[test]
    fn redact_error_reaches_every_text_of_an_error() {
        let issues = vec![
            Issue::new(
                vec!["sk_1".into(), 0u32.into()],
                IssueDetail::UnknownField { key: "sk_1".into(), suggestion: None },
                "sk_1 is unknown",
            ),
            Issue::new(vec![], IssueDetail::duplicate_key("x sk_1"), "repeated"),
        ];
        let error = redact_error(Error::validation(issues), "sk_1");
        let shown = format!("{error:?}");
        assert!(!shown.contains("sk_1"), "{shown}");
        assert_eq!(error.issues[0].detail, IssueDetail::UnknownField { key: "<api key>".into(), suggestion: None });
    }

    #[test]
    fn redact_text_replaces_every_occurrence() {
        assert_eq!(redact_text("k1 and k1é", "k1").as_deref(), Some("<api key> and <api key>é"));
        assert_eq!(redact_text("nothing here", "k1"), None);
        assert_eq!(redact_text("k", "k1"), None);
    }

    #[test]
    fn a_short_key_is_replaced_only_where_it_stands_alone() {
        assert_eq!(redact_text("could not reach the Periskope API", "k"), None);
        assert_eq!(redact_text("Bearer k, key=k;\"k\" k", "k").as_deref(), Some("Bearer <api key>, key=<api key>;\"<api key>\" <api key>"));
        assert_eq!(redact_text("latest test_1 test", "test").as_deref(), Some("latest test_1 <api key>"));
        let long = "sk_live_0123456789";
        assert_eq!(redact_text(&format!("x{long}y"), long).as_deref(), Some("x<api key>y"));
    }
}
