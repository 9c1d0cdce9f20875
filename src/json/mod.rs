//! JSON text: a one-pass reader, exact facts about numbers, and the positions errors point at.

mod number;
mod position;
mod reader;
mod value;

pub use number::{parse_decimal, Decimal, NotSafeInteger, MAX_SAFE_INTEGER};
pub use position::{position_of, utf16_len};
pub use reader::{is_blank, JsonNum, JsonStr, ReadError, ReadResult, Reader, Stop, ValueKind};
pub use value::Value;

use crate::error::{Error, LimitExceeded};

/// The crate error for a reader's failure on `text`.
pub fn read_error(text: &str, failure: Option<ReadError>) -> Error {
    match failure {
        Some(ReadError::TooDeep { offset, max_depth }) => {
            let at = position_of(text, offset);
            Error::limit(
                LimitExceeded::MaxDepth,
                format!("nesting deeper than {max_depth} levels at line {}, column {} (option maxDepth)", at.line, at.column),
            )
        }
        Some(ReadError::Syntax { offset, expected }) => Error::syntax(position_of(text, offset), expected),
        None => Error::syntax(position_of(text, text.len()), "unreadable input"),
    }
}
