//! What the client reads from response headers: rate-limit state, `Retry-After` and the trace id.
//! Numbers are parsed as integers only (no float tables in the wasm module).

use super::http_date::parse_http_date;
use crate::error::RateLimit;

/// Response headers as `(name, value)` pairs, names in any case.
pub type Headers = [(String, String)];

/// The value of header `name` (case-insensitive); the first one when it is repeated.
pub fn header<'h>(headers: &'h Headers, name: &str) -> Option<&'h str> {
    headers.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value.trim())
}

fn integer(headers: &Headers, name: &str) -> Option<u64> {
    header(headers, name).and_then(|value| value.parse::<u64>().ok())
}

/// `X-RateLimit-Limit`, `-Remaining` and `-Reset` (Unix seconds), when any of them is there.
pub fn rate_limit(headers: &Headers) -> Option<RateLimit> {
    let rate = RateLimit {
        limit: integer(headers, "x-ratelimit-limit"),
        remaining: integer(headers, "x-ratelimit-remaining"),
        reset_epoch_seconds: integer(headers, "x-ratelimit-reset"),
    };
    (rate.limit.is_some() || rate.remaining.is_some() || rate.reset_epoch_seconds.is_some()).then_some(rate)
}

/// How long `Retry-After` asks to wait, in milliseconds: delay-seconds or an HTTP date
/// (a date in the past means now). `None` when absent or unreadable.
pub fn retry_after_ms(headers: &Headers, now_epoch_ms: u64) -> Option<u64> {
    let value = header(headers, "retry-after")?;
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(seconds.saturating_mul(1000));
    }
    parse_http_date(value).map(|at| at.saturating_sub(now_epoch_ms))
}

/// How long until `X-RateLimit-Reset`, in milliseconds (0 when it has passed).
pub fn rate_limit_reset_ms(headers: &Headers, now_epoch_ms: u64) -> Option<u64> {
    integer(headers, "x-ratelimit-reset").map(|reset| reset.saturating_mul(1000).saturating_sub(now_epoch_ms))
}

/// `x-periskope-trace-id`: what Periskope support asks for.
pub fn trace_id(headers: &Headers) -> Option<String> {
    header(headers, "x-periskope-trace-id").filter(|id| !id.is_empty()).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn reads_rate_limit_in_any_case() {
        let h = headers(&[("X-RateLimit-Limit", "300"), ("x-ratelimit-remaining", " 0 "), ("X-RATELIMIT-RESET", "1737976074")]);
        assert_eq!(rate_limit(&h), Some(RateLimit { limit: Some(300), remaining: Some(0), reset_epoch_seconds: Some(1_737_976_074) }));
        assert_eq!(rate_limit(&headers(&[("x-ratelimit-limit", "lots")])), None);
        assert_eq!(rate_limit(&[]), None);
    }

    #[test]
    fn reads_retry_after_as_seconds_or_date() {
        let now = 1_737_976_000_000;
        assert_eq!(retry_after_ms(&headers(&[("Retry-After", "3")]), now), Some(3000));
        assert_eq!(retry_after_ms(&headers(&[("retry-after", "Mon, 27 Jan 2025 11:07:54 GMT")]), now), Some(74_000));
        assert_eq!(retry_after_ms(&headers(&[("retry-after", "Mon, 27 Jan 2020 11:07:54 GMT")]), now), Some(0));
        assert_eq!(retry_after_ms(&headers(&[("retry-after", "-1")]), now), None);
        assert_eq!(retry_after_ms(&headers(&[("retry-after", "1.5")]), now), None);
        assert_eq!(rate_limit_reset_ms(&headers(&[("x-ratelimit-reset", "1737976074")]), now), Some(74_000));
    }
}
