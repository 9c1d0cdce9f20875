//! JSON text: a one-pass reader and the positions its errors point at.

mod position;
mod reader;

pub use position::position_of;
pub use reader::{JsonNum, JsonStr, ReadError, ReadResult, Reader, ValueKind};
