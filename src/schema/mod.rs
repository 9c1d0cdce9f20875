//! Shapes of payloads and the one-pass walker that checks JSON text against them.

mod duplicates;
mod field_index;
mod patch;
mod shape;
mod walker;

pub use patch::{apply_patches, Patch, PatchOp, Scalar};
pub use shape::{Field, Format, ObjectShape, Shape, MAX_FIELDS};
pub use walker::{check_size, preview, validate_text, ParseOptions, Walker};
