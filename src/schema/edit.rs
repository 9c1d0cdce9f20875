//! The few edits that turn the payload as sent into the normalised result. Each one replaces
//! a span of the input text (a token, a property, or nothing for an insertion) with new JSON
//! text, so the result is built by parsing the edited text once: `JSON.parse` in JS,
//! `serde_json` natively. Nothing walks the parsed result afterwards.

use serde::Serialize;

/// What a span of the text is replaced with.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Replacement {
    Null,
    Bool(bool),
    Integer(i64),
    /// A number in JSON grammar (checked by the walker), written as it is.
    Number(String),
    /// A property name, written in double quotes (an alias renamed to its canonical name).
    /// Canonical names are plain ASCII identifiers: nothing in them needs escaping.
    Name(&'static str),
    /// The span is removed.
    Nothing,
    /// A property added at the end of an object, after `,` when the object has others.
    Member { name: &'static str, value: bool, after_comma: bool },
}

impl Replacement {
    pub fn write_to(&self, out: &mut String) {
        match self {
            Replacement::Null => out.push_str("null"),
            Replacement::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Replacement::Integer(n) => out.push_str(&n.to_string()),
            Replacement::Number(text) => out.push_str(text),
            Replacement::Name(name) => {
                out.push('"');
                out.push_str(name);
                out.push('"');
            }
            Replacement::Nothing => {}
            Replacement::Member { name, value, after_comma } => {
                if *after_comma {
                    out.push(',');
                }
                Replacement::Name(name).write_to(out);
                out.push(':');
                Replacement::Bool(*value).write_to(out);
            }
        }
    }

    /// The replacement as JSON text.
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.write_to(&mut out);
        out
    }
}

/// Replace the bytes `start..end` of the input text (UTF-8 offsets; `start == end` inserts).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub replacement: Replacement,
}

/// Adds `edit` to `edits`, kept in text order. The walker finds nearly all of them in order
/// (the exceptions: a `data` read after the event name that follows it, the envelope's own
/// edits), so this is a push; an insertion goes after a replacement that ends where it goes.
pub fn insert_in_order(edits: &mut Vec<Edit>, edit: Edit) {
    let key = (edit.start, edit.end);
    let at = edits.iter().rposition(|e| (e.start, e.end) <= key).map_or(0, |p| p + 1);
    edits.insert(at, edit);
}

/// The text with `edits` (sorted, not overlapping) applied: the native counterpart of the JS
/// side's splice in `js/interop.js`, used by the typed Rust API and by tests. Edits that do not
/// fall on character boundaries in order are skipped, so bad offsets cannot panic.
pub fn apply_edits(text: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(text.len() + edits.len() * 8);
    let mut at = 0;
    for edit in edits {
        let (Some(kept), true) = (text.get(at..edit.start), edit.start <= edit.end) else { continue };
        if !text.is_char_boundary(edit.end) {
            continue;
        }
        out.push_str(kept);
        edit.replacement.write_to(&mut out);
        at = edit.end;
    }
    out.push_str(text.get(at..).unwrap_or(""));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(start: usize, end: usize, replacement: Replacement) -> Edit {
        Edit { start, end, replacement }
    }

    #[test]
    fn replaces_removes_and_inserts_in_order() {
        let text = r#"{"a":"","fromMe":true,"b":"2","x":1}"#;
        let mut edits = Vec::new();
        for found in [
            edit(text.len() - 1, text.len() - 1, Replacement::Member { name: "known", value: true, after_comma: true }),
            edit(8, 16, Replacement::Name("from_me")),
            edit(5, 7, Replacement::Null),
            edit(29, 35, Replacement::Nothing),
            edit(26, 29, Replacement::Integer(2)),
        ] {
            insert_in_order(&mut edits, found);
        }
        assert_eq!(apply_edits(text, &edits), r#"{"a":null,"from_me":true,"b":2,"known":true}"#);
    }

    #[test]
    fn offsets_off_the_text_or_inside_a_character_are_skipped() {
        assert_eq!(apply_edits("\"é\"", &[edit(2, 3, Replacement::Null)]), "\"é\"");
        assert_eq!(apply_edits("[1]", &[edit(9, 12, Replacement::Null), edit(1, 2, Replacement::Bool(false))]), "[false]");
    }

    #[test]
    fn every_canonical_name_is_written_without_escaping() {
        use crate::schema::{ObjectShape, Shape};
        fn names(shape: &Shape, out: &mut Vec<&'static str>) {
            match shape {
                Shape::Object(object) => {
                    for field in object.fields {
                        out.push(field.name);
                        names(&field.shape, out);
                    }
                }
                Shape::Map(inner) | Shape::Array(inner) | Shape::Nullable(inner) => names(inner, out),
                _ => {}
            }
        }
        let mut all = vec!["known", "event"];
        let roots: Vec<&ObjectShape> = crate::events::EVENT_KINDS.iter().map(|kind| kind.data).collect();
        for root in roots.into_iter().chain([&crate::model::TICKET_LIST, &crate::model::TICKET_INFO, &crate::model::CHAT]) {
            names(&Shape::Object(root), &mut all);
        }
        for name in all {
            assert!(name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'), "{name}");
            assert_eq!(Replacement::Name(name).text(), crate::error::quote(name));
        }
    }
}
