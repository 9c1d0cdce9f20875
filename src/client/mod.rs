//! The sans-IO client: request descriptions, response interpretation and the retry policy,
//! as plain functions. `bindings::client` performs the I/O (fetch, timers, abort) and asks
//! these functions every question.

mod config;
mod headers;
mod http_date;
mod operations;
mod paging;
mod request;
mod response;
mod retry;
mod url;

pub use config::{redact_error, redact_text, Config, DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, MAX_RETRIES_LIMIT};
pub use headers::{header, rate_limit, retry_after_ms, trace_id, Headers};
pub use http_date::parse_http_date;
pub use operations::{query_string, Alternative, Check, IdRule, Input, Operation, PathId, Route, ENDPOINTS_JS, METHODS_JS, TYPESCRIPT};
pub use paging::{next_offset, DEFAULT_PAGE_LIMIT};
pub use request::{Method, RequestSpec};
pub use response::{http_error, interpret, interpret_response, Answer, Form};
pub use retry::{decide_retry, Outcome, BASE_DELAY_MS, MAX_WAIT_MS};
pub use url::{check_base_url, percent_encode};
