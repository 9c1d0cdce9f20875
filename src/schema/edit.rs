//! The few edits that turn the payload as sent into the normalised result. Each one replaces
//! a span of the input text (a token, a property, or nothing for an insertion) with new JSON
//! text, and also names the path where that change lands in the parsed value. Natively the
//! spans are spliced into the text before `serde_json` reads it; JS parses the caller's own
//! text and makes each change in place at its path (`js/interop.js`).

/// What a span of the text is replaced with.
#[derive(Debug, Clone, PartialEq)]
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
    Member {
        name: &'static str,
        value: bool,
        after_comma: bool,
    },
}

impl Replacement {
    pub fn write_to(&self, out: &mut String) {
        match self {
            Replacement::Null => out.push_str("null"),
            Replacement::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Replacement::Integer(n) => crate::error::push_integer(out, *n, 1),
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

/// One step of the path from the root of the parsed value to where an edit lands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathStep {
    /// A key as it stands in the text: the bytes between its quotes, and whether they hold escapes.
    Key {
        start: usize,
        end: usize,
        escaped: bool,
    },
    /// A key known by name.
    Name(&'static str),
    Index(u32),
}

/// Replace the bytes `start..end` of the input text (UTF-8 offsets; `start == end` inserts).
///
/// The same edit, applied to the value the original text parses to, at `path`: a value
/// replacement sets the value there; `Name` renames the property there; `Nothing` removes it;
/// `Member` sets it (its path ends with the member's name). JS builds results that way, because
/// `JSON.parse` reads the caller's own string faster than any string made from it.
#[derive(Debug, Clone, PartialEq)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub replacement: Replacement,
    pub path: Vec<PathStep>,
}

/// Adds `edit` to `edits`, kept in text order. The walker finds nearly all of them in order
/// (the exceptions: a `data` read after the event name that follows it, the envelope's own
/// edits), so this is a push; an insertion goes after a replacement that ends where it goes.
pub fn insert_in_order(edits: &mut Vec<Edit>, edit: Edit) {
    let key = (edit.start, edit.end);
    let at = edits.iter().rposition(|e| (e.start, e.end) <= key).map_or(0, |p| p + 1);
    edits.insert(at, edit);
}

/// The text with `edits` (sorted, not overlapping) applied: how the typed Rust API builds its
/// result (JS applies the same edits by path instead, see [`apply_at_paths`]). Edits that do not
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

/// Applies `edits` to the value `text` parses to, by their paths: what JS does (see
/// `js/interop.js`), kept here so native tests can check that both ways give one result.
pub fn apply_at_paths(root: &mut serde_json::Value, text: &str, edits: &[Edit]) {
    use serde_json::Value;
    for edit in edits {
        let Some((last, parents)) = edit.path.split_last() else { continue };
        let Some(target) = navigate(root, text, parents) else { continue };
        let (Some(key), Value::Object(map)) = (step_key(text, last), target) else { continue };
        let value = match &edit.replacement {
            Replacement::Null => Value::Null,
            Replacement::Bool(b) | Replacement::Member { value: b, .. } => Value::Bool(*b),
            Replacement::Integer(n) => Value::from(*n),
            Replacement::Number(number) => serde_json::from_str(number).unwrap_or(Value::Null),
            Replacement::Name(name) => {
                if let Some(value) = map.remove(&key) {
                    map.insert((*name).to_owned(), value);
                }
                continue;
            }
            Replacement::Nothing => {
                map.remove(&key);
                continue;
            }
        };
        map.insert(key, value);
    }
}

fn navigate<'v>(mut value: &'v mut serde_json::Value, text: &str, steps: &[PathStep]) -> Option<&'v mut serde_json::Value> {
    use serde_json::Value;
    for step in steps {
        value = match (step_key(text, step), step, value) {
            (Some(key), _, Value::Object(map)) => map.get_mut(&key)?,
            (None, PathStep::Index(i), Value::Array(items)) => items.get_mut(*i as usize)?,
            _ => return None,
        };
    }
    Some(value)
}

/// The key a path step names (decoding escapes), or `None` for an index.
fn step_key(text: &str, step: &PathStep) -> Option<String> {
    match step {
        PathStep::Key { start, end, escaped } => {
            let raw = text.get(*start..*end)?;
            Some(crate::json::JsonStr { raw, has_escapes: *escaped }.decode().into_owned())
        }
        PathStep::Name(name) => Some((*name).to_owned()),
        PathStep::Index(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(start: usize, end: usize, replacement: Replacement) -> Edit {
        Edit { start, end, replacement, path: Vec::new() }
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
    fn integers_are_written_in_decimal() {
        for n in [0, 4, -7, 10, 1_234_567, i64::MAX, i64::MIN] {
            assert_eq!(Replacement::Integer(n).text(), n.to_string());
        }
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
