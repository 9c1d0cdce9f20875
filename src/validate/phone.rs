//! The `x-phone` header value: the phone to act with, as country code and number in digits
//! (`919874532456`) or as a phone id (`phone-bqzvyibhmwkaergr`).

use crate::error::{Issue, IssueDetail};
use crate::formats::ids::{is_digits, is_phone_id};
use crate::json::Value;

use super::fields::{excerpt, got};

/// E.164 allows at most 15 digits; no real national number with its country code is shorter than 7.
const MIN_DIGITS: usize = 7;
const MAX_DIGITS: usize = 15;

/// The digits of an international number as a person types it (`+91 98745-32456`,
/// `(91) 9874532456`): `+`, spaces, dashes and parentheses are dropped. The reason otherwise.
pub(crate) fn international_number(text: &str) -> Result<String, String> {
    let digits: String = text.chars().filter(|c| !matches!(c, '+' | '-' | '(' | ')') && !c.is_whitespace()).collect();
    if !is_digits(&digits) {
        return Err("expected a phone number with its country code, in digits (+, spaces, dashes and parentheses are fine)".to_owned());
    }
    if digits.starts_with('0') {
        return Err("starts with 0: give the country code first, without a leading 0 or 00 (91 98745 32456, not 098745 32456)".to_owned());
    }
    let count = digits.len();
    if !(MIN_DIGITS..=MAX_DIGITS).contains(&count) {
        return Err(format!("has {count} digits; a phone number with its country code has {MIN_DIGITS} to {MAX_DIGITS}"));
    }
    Ok(digits)
}

/// Checks and normalises what a user gives as the phone to act with: a number with its
/// country code (`+91 98745 32456` becomes `919874532456`; a contact id `…@c.us` gives its
/// digits) or a phone id (`phone-` and 16 lowercase letters). Issues are at the root path.
pub fn validate_phone(input: &Value) -> Result<String, Vec<Issue>> {
    let text = match input {
        Value::String(s) => s.trim(),
        Value::Number(n) if is_digits(n) => n.as_str(),
        other => {
            let message =
                format!("expected a phone number with its country code (a string such as 919874532456) or a phone id, got {}", got(other));
            return Err(vec![Issue::new(Vec::new(), IssueDetail::invalid_type("string", other.kind().name()), message)]);
        }
    };
    if text.get(..6).is_some_and(|prefix| prefix.eq_ignore_ascii_case("phone-")) {
        if is_phone_id(text) {
            return Ok(text.to_owned());
        }
        let message = format!("a phone id is phone- followed by 16 lowercase letters (phone-bqzvyibhmwkaergr), got {}", excerpt(text));
        return Err(vec![Issue::new(Vec::new(), IssueDetail::invalid_format("phone_id"), message)]);
    }
    let number = text.strip_suffix("@c.us").unwrap_or(text);
    international_number(number).map_err(|reason| {
        let message = if text.is_empty() { format!("is empty: {reason}") } else { format!("{}: {reason}", excerpt(text)) };
        vec![Issue::new(Vec::new(), IssueDetail::invalid_format("phone"), message)]
    })
}
