//! The client's settings, checked once when the client is made.

use std::fmt;

use super::url::check_base_url;
use crate::error::{Error, Issue, IssueCode, PathSegment};
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
/// [`Config::redact`] removes it from any error before the error reaches the caller.
#[derive(Clone)]
pub struct Config {
    api_key: String,
    phone: Option<String>,
    base_url: String,
    timeout_ms: u32,
    max_retries: u32,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("api_key", &"<redacted>")
            .field("phone", &self.phone)
            .field("base_url", &self.base_url)
            .field("timeout_ms", &self.timeout_ms)
            .field("max_retries", &self.max_retries)
            .finish()
    }
}

impl Config {
    /// Reads `{ apiKey, phone?, baseUrl?, timeoutMs?, maxRetries?, fetch? }` (as JSON, where a
    /// function disappears, so a `fetch` that is still there is not a function). Every problem
    /// is reported at once as a `validation` error; no message ever quotes the key.
    pub fn from_options(options: &Value) -> Result<Config, Error> {
        let mut issues = Vec::new();
        if !matches!(options, Value::Object(_)) {
            let issue = Issue::new(Vec::new(), IssueCode::InvalidType, "expected the client options, an object with at least apiKey");
            return Err(Error::validation(vec![issue]));
        }
        let api_key = match options.get("apiKey") {
            Some(Value::String(key)) if key.is_empty() => invalid(&mut issues, "apiKey", IssueCode::InvalidValue, "must not be empty"),
            Some(Value::String(key)) if !key.bytes().all(|b| b.is_ascii_graphic()) => invalid(
                &mut issues,
                "apiKey",
                IssueCode::InvalidFormat,
                "must be printable ASCII without spaces or line breaks (check for a stray space or newline when copying the key)",
            ),
            Some(Value::String(key)) => Some(key.clone()),
            None | Some(Value::Null) => invalid(
                &mut issues,
                "apiKey",
                IssueCode::MissingField,
                "is required: the organisation's API key from console.periskope.app",
            ),
            Some(_) => invalid(&mut issues, "apiKey", IssueCode::InvalidType, "must be a string"),
        };
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
            Some(Value::String(url)) => match check_base_url(url) {
                Ok(url) => Some(url),
                Err(why) => invalid(&mut issues, "baseUrl", IssueCode::InvalidFormat, why),
            },
            Some(_) => invalid(&mut issues, "baseUrl", IssueCode::InvalidType, "must be a string"),
        };
        let timeout_ms = integer_option(options, "timeoutMs", 1, MAX_TIMEOUT_MS, DEFAULT_TIMEOUT_MS, &mut issues);
        let max_retries = integer_option(options, "maxRetries", 0, MAX_RETRIES_LIMIT, DEFAULT_MAX_RETRIES, &mut issues);
        if !matches!(options.get("fetch"), None | Some(Value::Null)) {
            invalid::<()>(&mut issues, "fetch", IssueCode::InvalidType, "must be a function with the signature of fetch");
        }
        match (api_key, base_url, timeout_ms, max_retries) {
            (Some(api_key), Some(base_url), Some(timeout_ms), Some(max_retries)) if issues.is_empty() => {
                Ok(Config { api_key, phone, base_url, timeout_ms, max_retries })
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

    /// The `Authorization` header value. Only request builders use it.
    pub(crate) fn authorization(&self) -> String {
        format!("Bearer {}", self.api_key)
    }

    /// Removes the API key from every text of `error`, in case a server or a `fetch`
    /// implementation echoed it (`Invalid key abc…`, a header-value error).
    pub fn redact(&self, mut error: Error) -> Error {
        let scrub = |text: &mut String| {
            if let Some(clean) = redact_text(text, &self.api_key) {
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
}

/// `text` with every occurrence of `secret` replaced by `<api key>`, or `None` when it has none.
/// A plain byte scan: `str::replace` would bring the two-way searcher into the wasm module.
pub fn redact_text(text: &str, secret: &str) -> Option<String> {
    let (haystack, needle) = (text.as_bytes(), secret.as_bytes());
    if needle.is_empty() || needle.len() > haystack.len() {
        return None;
    }
    let mut out: Vec<u8> = Vec::with_capacity(haystack.len());
    let mut at = 0;
    let mut found = false;
    while at < haystack.len() {
        if haystack.get(at..at + needle.len()) == Some(needle) {
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

fn invalid<T>(issues: &mut Vec<Issue>, key: &str, code: IssueCode, message: &str) -> Option<T> {
    issues.push(Issue::new(vec![PathSegment::from(key)], code, message));
    None
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
        Some(_) => invalid(issues, key, IssueCode::OutOfRange, &message),
        None => invalid(issues, key, IssueCode::InvalidType, &message),
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
        assert_eq!(config.authorization(), "Bearer k-123");
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
    fn redact_text_replaces_every_occurrence() {
        assert_eq!(redact_text("k1 and k1é", "k1").as_deref(), Some("<api key> and <api key>é"));
        assert_eq!(redact_text("nothing here", "k1"), None);
        assert_eq!(redact_text("k", "k1"), None);
    }
}
