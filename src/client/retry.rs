//! When to try a request again, and after how long: a pure function of what happened, so the
//! binding only sleeps for the answer.

use super::headers::{header, rate_limit_reset_ms, retry_after_ms, Headers};
use super::request::Method;

/// The longest the client ever waits between two attempts. When the server asks for more, the
/// client gives up at once and rejects with the server's answer (`retryAfter`, `rateLimit`), so
/// the caller decides, rather than sleeping past what a user interface can hold.
pub const MAX_WAIT_MS: u64 = 30_000;
/// The first backoff step; each further retry doubles it.
pub const BASE_DELAY_MS: u64 = 500;

/// How an attempt ended, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The server answered with this status.
    Status(u16),
    /// No answer: refused, reset or dropped connection, DNS failure.
    Network,
}

/// Statuses that say "try again later" without the request having had an effect.
const RETRYABLE: [u16; 4] = [429, 502, 503, 504];

/// Whether to retry after attempt number `attempt` (1 for the first) ended with `outcome`, and
/// how many milliseconds to wait first. Only `GET` is retried: a `POST` or `PATCH` that timed
/// out at a gateway may have been applied, and repeating it could create a second ticket.
///
/// The wait is exponential backoff (500 ms, 1 s, 2 s…) scaled by `jitter_fraction` (a random
/// number in `[0, 1)`) into its upper half, and never less than what the server asked for with
/// `Retry-After` or, on a 429 without it, `X-RateLimit-Reset`.
pub fn decide_retry(
    method: Method,
    attempt: u32,
    outcome: Outcome,
    headers: &Headers,
    max_retries: u32,
    jitter_fraction: f64,
    now_epoch_ms: u64,
) -> Option<u64> {
    if method != Method::Get || attempt == 0 || attempt > max_retries {
        return None;
    }
    let server_wait = match outcome {
        Outcome::Network => None,
        Outcome::Status(status) if RETRYABLE.contains(&status) => {
            let reset =
                if status == 429 && header(headers, "retry-after").is_none() { rate_limit_reset_ms(headers, now_epoch_ms) } else { None };
            retry_after_ms(headers, now_epoch_ms).or(reset)
        }
        Outcome::Status(_) => return None,
    };
    if server_wait.is_some_and(|wait| wait > MAX_WAIT_MS) {
        return None;
    }
    let doublings = (attempt - 1).min(16);
    let backoff = BASE_DELAY_MS.saturating_mul(1 << doublings).min(MAX_WAIT_MS);
    let jitter = if jitter_fraction.is_finite() { jitter_fraction.clamp(0.0, 1.0) } else { 0.5 };
    let jittered = backoff / 2 + ((backoff / 2) as f64 * jitter) as u64;
    Some(server_wait.map_or(jittered, |wait| wait.max(jittered)).min(MAX_WAIT_MS))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: u64 = 1_737_976_000_000;

    fn headers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn retries_only_get_on_transient_failures() {
        for status in [429, 502, 503, 504] {
            assert!(decide_retry(Method::Get, 1, Outcome::Status(status), &[], 2, 0.0, NOW).is_some(), "{status}");
            assert_eq!(decide_retry(Method::Post, 1, Outcome::Status(status), &[], 2, 0.0, NOW), None);
            assert_eq!(decide_retry(Method::Patch, 1, Outcome::Status(status), &[], 2, 0.0, NOW), None);
        }
        assert!(decide_retry(Method::Get, 1, Outcome::Network, &[], 2, 0.0, NOW).is_some());
        assert_eq!(decide_retry(Method::Post, 1, Outcome::Network, &[], 2, 0.0, NOW), None);
        for status in [200, 400, 401, 404, 422, 500] {
            assert_eq!(decide_retry(Method::Get, 1, Outcome::Status(status), &[], 2, 0.0, NOW), None, "{status}");
        }
    }

    #[test]
    fn stops_after_max_retries() {
        assert!(decide_retry(Method::Get, 2, Outcome::Network, &[], 2, 0.5, NOW).is_some());
        assert_eq!(decide_retry(Method::Get, 3, Outcome::Network, &[], 2, 0.5, NOW), None);
        assert_eq!(decide_retry(Method::Get, 1, Outcome::Network, &[], 0, 0.5, NOW), None);
    }

    #[test]
    fn backs_off_exponentially_within_jitter_bounds() {
        let wait = |attempt, jitter| decide_retry(Method::Get, attempt, Outcome::Status(503), &[], 20, jitter, NOW);
        assert_eq!(wait(1, 0.0), Some(250));
        assert_eq!(wait(1, 0.999_999), Some(499));
        assert_eq!(wait(2, 0.0), Some(500));
        assert_eq!(wait(3, 0.5), Some(1500));
        assert_eq!(wait(15, 1.0), Some(MAX_WAIT_MS));
        assert_eq!(wait(1, f64::NAN), Some(375));
        assert_eq!(wait(1, -3.0), Some(250));
    }

    #[test]
    fn honours_retry_after_and_rate_limit_reset() {
        let h = headers(&[("Retry-After", "2")]);
        assert_eq!(decide_retry(Method::Get, 1, Outcome::Status(429), &h, 2, 0.0, NOW), Some(2000));
        let h = headers(&[("Retry-After", "Mon, 27 Jan 2025 11:06:43 GMT")]);
        assert_eq!(decide_retry(Method::Get, 1, Outcome::Status(503), &h, 2, 0.0, NOW), Some(3000));
        let h = headers(&[("X-RateLimit-Reset", "1737976004"), ("X-RateLimit-Remaining", "0")]);
        assert_eq!(decide_retry(Method::Get, 1, Outcome::Status(429), &h, 2, 0.0, NOW), Some(4000));
        // On a 503 the reset of the rate-limit window says nothing about the outage.
        assert_eq!(decide_retry(Method::Get, 1, Outcome::Status(503), &h, 2, 0.0, NOW), Some(250));
        // A server hint shorter than the backoff does not shorten it.
        let h = headers(&[("Retry-After", "0")]);
        assert_eq!(decide_retry(Method::Get, 2, Outcome::Status(429), &h, 2, 0.0, NOW), Some(500));
    }

    #[test]
    fn gives_up_when_the_server_asks_for_longer_than_the_cap() {
        let h = headers(&[("Retry-After", "31")]);
        assert_eq!(decide_retry(Method::Get, 1, Outcome::Status(429), &h, 2, 0.0, NOW), None);
        let h = headers(&[("Retry-After", "30")]);
        assert_eq!(decide_retry(Method::Get, 1, Outcome::Status(429), &h, 2, 0.0, NOW), Some(30_000));
        let h = headers(&[("X-RateLimit-Reset", "1737979600")]);
        assert_eq!(decide_retry(Method::Get, 1, Outcome::Status(429), &h, 2, 0.0, NOW), None);
    }
}
