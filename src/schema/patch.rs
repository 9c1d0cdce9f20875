//! The few edits that turn the payload as sent into the normalised result. Parsing yields
//! a list of them; the caller parses the original text as it is (in JS, with `JSON.parse`,
//! the fastest way to build objects) and applies them.

use serde::Serialize;
use serde_json::Value;

use crate::error::PathSegment;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Scalar {
    Null,
    Bool(bool),
    Integer(i64),
    /// A number in JSON grammar, converted where the result is built (JS `parseFloat`), so the
    /// core never carries float parsing.
    Decimal(String),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum PatchOp {
    /// Replace the value at `path`.
    Set(Scalar),
    /// In the object at `path`, move the property `from` to `to` (an alias to its canonical name).
    Rename { from: String, to: &'static str },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Patch {
    pub path: Vec<PathSegment>,
    pub op: PatchOp,
}

/// Applies patches to a `serde_json` value: the native counterpart of the JS application
/// in `bindings::interop`, used by the typed Rust API and by tests.
pub fn apply_patches(root: &mut Value, patches: &[Patch]) {
    for patch in patches {
        let Some(target) = navigate(root, &patch.path) else { continue };
        match &patch.op {
            PatchOp::Set(Scalar::Null) => *target = Value::Null,
            PatchOp::Set(Scalar::Bool(b)) => *target = Value::Bool(*b),
            PatchOp::Set(Scalar::Integer(n)) => *target = Value::from(*n),
            PatchOp::Set(Scalar::Decimal(text)) => {
                *target = serde_json::from_str::<serde_json::Number>(text).map_or(Value::Null, Value::Number);
            }
            PatchOp::Rename { from, to } => {
                if let Value::Object(map) = target {
                    if let Some(value) = map.remove(from.as_str()) {
                        map.insert((*to).to_owned(), value);
                    }
                }
            }
        }
    }
}

/// The value at `path`; a `Set` on a missing last key adds it (for properties a normalisation adds).
fn navigate<'v>(mut value: &'v mut Value, path: &[PathSegment]) -> Option<&'v mut Value> {
    for segment in path {
        value = match (segment, value) {
            (PathSegment::Key(key), Value::Object(map)) => map.entry(key.as_str()).or_insert(Value::Null),
            (PathSegment::Index(i), Value::Array(items)) => items.get_mut(usize::try_from(*i).ok()?)?,
            _ => return None,
        };
    }
    Some(value)
}
