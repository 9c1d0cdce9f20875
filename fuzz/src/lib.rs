//! What every fuzz target checks besides "no panic": an error is one the JS side can
//! report faithfully (a syntax error points inside the text, a validation error lists at
//! least one issue, a limit error names its limit).

use periskope_wasm::{Error, ErrorKind, ParseOptions};

/// Options from one input byte, so the fuzzer explores strict mode and small depth limits
/// (depth limits are where recursion and off-by-one errors live) without a second input.
pub fn options_from(byte: u8) -> ParseOptions {
    ParseOptions {
        strict: byte & 1 == 1,
        max_depth: match (byte >> 1) & 3 {
            0 => 1,
            1 => 3,
            2 => 16,
            _ => 128,
        },
        max_issues: if byte & 0x10 != 0 { 1 } else { 1000 },
        ..ParseOptions::default()
    }
}

/// Splits the fuzzer's bytes into an option byte and UTF-8 text (JS strings always reach
/// the core as UTF-8; invalid bytes are refused earlier, in the bindings).
pub fn split(data: &[u8]) -> Option<(u8, &str)> {
    let (&first, rest) = data.split_first()?;
    Some((first, std::str::from_utf8(rest).ok()?))
}

pub fn check_error(text: &str, error: &Error) {
    match error.kind {
        ErrorKind::Syntax => {
            let at = error.position.expect("a syntax error carries its position");
            let utf16_len = text.encode_utf16().count() as u32;
            assert!(at.offset <= utf16_len, "offset {} past the end ({utf16_len})", at.offset);
            assert!(at.line >= 1 && at.column >= 1, "positions are 1-based: {at:?}");
        }
        ErrorKind::Validation => assert!(!error.issues.is_empty(), "a validation error without issues"),
        ErrorKind::Limit => assert!(error.limit.is_some(), "a limit error without its limit"),
        other => panic!("a parser returned a {other:?} error"),
    }
    assert!(!error.message.is_empty());
}
