//! Exact facts about a number's text (is it whole? does it fit in a JS safe integer?)
//! without converting it to floating point: float parsing and printing would add their
//! tables to the wasm module, and no check here needs them.

/// The parts of a decimal number: `-12.50e3` is negative, "12", "50", exponent 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal<'a> {
    pub negative: bool,
    int_digits: &'a str,
    frac_digits: &'a str,
    exponent: i64,
}

/// Why a number is not a safe integer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotSafeInteger {
    Fractional,
    /// Beyond ±(2^53 − 1), where JS numbers lose whole-number precision.
    TooLarge,
}

pub const MAX_SAFE_INTEGER: u64 = 9_007_199_254_740_991;

/// Splits JSON number grammar (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`); `None` if it is not that.
pub fn parse_decimal(text: &str) -> Option<Decimal<'_>> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let int_end = rest.bytes().position(|b| !b.is_ascii_digit()).unwrap_or(rest.len());
    let int_digits = rest.get(..int_end)?;
    if int_digits.is_empty() || (int_digits.len() > 1 && int_digits.starts_with('0')) {
        return None;
    }
    let mut rest = rest.get(int_end..)?;
    let mut frac_digits = "";
    if let Some(after_dot) = rest.strip_prefix('.') {
        let end = after_dot.bytes().position(|b| !b.is_ascii_digit()).unwrap_or(after_dot.len());
        frac_digits = after_dot.get(..end)?;
        if frac_digits.is_empty() {
            return None;
        }
        rest = after_dot.get(end..)?;
    }
    let mut exponent: i64 = 0;
    if let Some(after_e) = rest.strip_prefix(['e', 'E']) {
        let (sign, digits) = match after_e.as_bytes().first() {
            Some(b'-') => (-1, after_e.get(1..)?),
            Some(b'+') => (1, after_e.get(1..)?),
            _ => (1, after_e),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        // Past a million the exact exponent no longer matters: the number is huge or zero.
        let magnitude = digits.bytes().fold(0i64, |acc, b| (acc * 10 + i64::from(b - b'0')).min(1_000_000));
        exponent = sign * magnitude;
        rest = "";
    }
    rest.is_empty().then_some(Decimal { negative, int_digits, frac_digits, exponent })
}

impl Decimal<'_> {
    /// The value, when it is a whole number within ±(2^53 − 1).
    pub fn safe_integer(&self) -> Result<i64, NotSafeInteger> {
        let digits = self.int_digits.bytes().chain(self.frac_digits.bytes()).skip_while(|&b| b == b'0');
        let significant: Vec<u8> = digits.collect();
        let trailing_zeros = significant.iter().rev().take_while(|&&b| b == b'0').count();
        let kept = significant.get(..significant.len() - trailing_zeros).unwrap_or(&[]);
        if kept.is_empty() {
            return Ok(0);
        }
        let scale = self.exponent - self.frac_digits.len() as i64 + trailing_zeros as i64;
        if scale < 0 {
            return Err(NotSafeInteger::Fractional);
        }
        if kept.len() as i64 + scale > 16 {
            return Err(NotSafeInteger::TooLarge);
        }
        let mut value: u64 = kept.iter().fold(0, |acc, &b| acc * 10 + u64::from(b - b'0'));
        for _ in 0..scale {
            value *= 10;
        }
        if value > MAX_SAFE_INTEGER {
            return Err(NotSafeInteger::TooLarge);
        }
        let value = value as i64;
        Ok(if self.negative { -value } else { value })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn safe(text: &str) -> Result<i64, NotSafeInteger> {
        parse_decimal(text).expect("valid grammar").safe_integer()
    }

    #[test]
    fn whole_numbers_in_any_spelling() {
        assert_eq!(safe("2"), Ok(2));
        assert_eq!(safe("-0"), Ok(0));
        assert_eq!(safe("2.0"), Ok(2));
        assert_eq!(safe("2e0"), Ok(2));
        assert_eq!(safe("25e-1"), Err(NotSafeInteger::Fractional));
        assert_eq!(safe("1.5E1"), Ok(15));
        assert_eq!(safe("1737976090690"), Ok(1_737_976_090_690));
        assert_eq!(safe("9007199254740991"), Ok(9_007_199_254_740_991));
        assert_eq!(safe("9007199254740992"), Err(NotSafeInteger::TooLarge));
        assert_eq!(safe("1e400"), Err(NotSafeInteger::TooLarge));
        assert_eq!(safe("0.5"), Err(NotSafeInteger::Fractional));
        assert_eq!(safe("1e-999999999999"), Err(NotSafeInteger::Fractional));
    }

    #[test]
    fn only_json_number_grammar() {
        for bad in ["", "-", "01", "1.", ".5", "+1", "1e", "0x10", "1_000", " 1", "Infinity", "NaN"] {
            assert!(parse_decimal(bad).is_none(), "{bad:?}");
        }
    }
}
