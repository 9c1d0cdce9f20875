//! Shapes of payloads and the one-pass walker that checks JSON text against them.

mod duplicates;
mod edit;
mod field_index;
mod js_numbers;
mod shape;
pub mod tables;
mod walker;
pub mod wire;

pub use edit::{apply_at_paths, apply_edits, Edit, PathStep, Replacement};
pub use shape::{Field, Format, ObjectShape, Shape, MAX_FIELDS};
pub use walker::{check_size, preview, validate_text, ParseOptions, Walker};
