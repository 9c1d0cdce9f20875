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
            Replacement::Name(name) => out.push_str(&crate::error::quote(name)),
            Replacement::Nothing => {}
            Replacement::Member { name, value, after_comma } => {
                if *after_comma {
                    out.push(',');
                }
                out.push_str(&crate::error::quote(name));
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

/// Sorts edits into text order (the walker finds a few out of order: a `data` read after the
/// event name that follows it, the envelope's own edits), keeping insertions after a
/// replacement that ends where they go.
pub fn sort_edits(edits: &mut [Edit]) {
    edits.sort_by_key(|edit| (edit.start, edit.end));
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
        let mut edits = vec![
            edit(text.len() - 1, text.len() - 1, Replacement::Member { name: "known", value: true, after_comma: true }),
            edit(5, 7, Replacement::Null),
            edit(8, 16, Replacement::Name("from_me")),
            edit(26, 29, Replacement::Integer(2)),
            edit(29, 35, Replacement::Nothing),
        ];
        sort_edits(&mut edits);
        assert_eq!(apply_edits(text, &edits), r#"{"a":null,"from_me":true,"b":2,"known":true}"#);
    }

    #[test]
    fn offsets_off_the_text_or_inside_a_character_are_skipped() {
        assert_eq!(apply_edits("\"é\"", &[edit(2, 3, Replacement::Null)]), "\"é\"");
        assert_eq!(apply_edits("[1]", &[edit(9, 12, Replacement::Null), edit(1, 2, Replacement::Bool(false))]), "[false]");
    }
}
