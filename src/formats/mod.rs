//! Formats of single values (dates, ids, emails), shared by strict parsing and request validation.

pub mod ids;
pub mod timestamp;

pub use timestamp::{format_iso_utc, parse_timestamp, Instant, TimestampError};
