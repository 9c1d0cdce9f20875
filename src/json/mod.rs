//! JSON text: a one-pass reader, exact facts about numbers, and the positions errors point at.

mod number;
mod position;
mod reader;
mod value;

pub use number::{parse_decimal, Decimal, NotSafeInteger, MAX_SAFE_INTEGER};
pub use position::position_of;
pub use reader::{JsonNum, JsonStr, ReadError, ReadResult, Reader, ValueKind};
pub use value::Value;
