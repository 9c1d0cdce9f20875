//! How the edits cross to JS: `materialise` in `js/interop.js` reads them as u32 words from wasm
//! memory. The numbers that say what an edit does and what a path step is are named here, once;
//! `js/interop.js` writes each number with its name beside it (`2 /* SET_TRUE */`), and
//! `tests/generated.rs` checks them against [`js_names`] (`UPDATE=1 cargo test` rewrites them).

use super::edit::{Edit, PathStep, Replacement};
use super::js_numbers::js_numbers;
use crate::json::utf16_len;

js_numbers! {
    /// What an edit does where its path ends. The three setters of literals come first, in this
    /// order: JS tells them apart from the rest with `op <= SET_TRUE`, and `SetFalse + 1` is `SetTrue`.
    pub enum EditOp {
        SetNull = 0 as "SET_NULL",
        SetFalse = 1 as "SET_FALSE",
        SetTrue = 2 as "SET_TRUE",
        /// Set the number whose ASCII text lies in the numbers string at `[a, a + b)`.
        SetNumber = 3 as "SET_NUMBER",
        /// Rename the property to the name at address `a` (`b` bytes).
        Rename = 4 as "RENAME",
        Remove = 5 as "REMOVE",
    }
}

js_numbers! {
    /// What one step of an edit's path is (`Key + 1` is `EscapedKey`).
    pub enum StepKind {
        /// The key at `[x, y)` of the text (UTF-16 offsets), without escapes.
        Key = 0 as "STEP_KEY",
        /// The same, with escapes to decode.
        EscapedKey = 1 as "STEP_ESCAPED_KEY",
        /// The name at address `x` (`y` bytes): a model's `&'static str`.
        Name = 2 as "STEP_NAME",
        /// The array index `x`.
        Index = 3 as "STEP_INDEX",
    }
}

/// Every number `js/interop.js` reads for the edits, by the name it writes beside it.
pub fn js_names() -> Vec<(&'static str, u32)> {
    EditOp::JS_NAMES.iter().chain(StepKind::JS_NAMES).copied().collect()
}

/// The edits as `materialise` reads them, `[op, a, b, depth, (kind, x, y) * depth]` each, and
/// the numbers string their `SET_NUMBER` ops point into. Keys cross as UTF-16 spans of the
/// text, the model's names by address: nothing is decoded on the way.
#[inline]
pub fn encode(text: &str, ascii: bool, edits: &[Edit]) -> (Vec<u32>, String) {
    let mut words: Vec<u32> = Vec::with_capacity(edits.iter().map(|edit| 4 + 3 * edit.path.len()).sum());
    let mut numbers = String::new();
    let mut offsets = Utf16Offsets { text, ascii, known: Vec::new() };
    for edit in edits {
        write_edit(edit, &mut words, &mut numbers, &mut offsets);
    }
    (words, numbers)
}

fn write_edit(edit: &Edit, words: &mut Vec<u32>, numbers: &mut String, offsets: &mut Utf16Offsets<'_>) {
    let [op, a, b] = match &edit.replacement {
        Replacement::Null => [EditOp::SetNull as u32, 0, 0],
        Replacement::Bool(value) | Replacement::Member { value, .. } => [EditOp::SetFalse as u32 + u32::from(*value), 0, 0],
        Replacement::Integer(_) | Replacement::Number(_) => {
            let at = numbers.len();
            edit.replacement.write_to(numbers);
            [EditOp::SetNumber as u32, at as u32, (numbers.len() - at) as u32]
        }
        Replacement::Name(name) => [EditOp::Rename as u32, static_address(name), name.len() as u32],
        Replacement::Nothing => [EditOp::Remove as u32, 0, 0],
    };
    words.extend([op, a, b, edit.path.len() as u32]);
    for step in &edit.path {
        let [kind, x, y] = match step {
            PathStep::Key { start, end, escaped } => [StepKind::Key as u32 + u32::from(*escaped), offsets.at(*start), offsets.at(*end)],
            PathStep::Name(name) => [StepKind::Name as u32, static_address(name), name.len() as u32],
            PathStep::Index(index) => [StepKind::Index as u32, *index, 0],
        };
        words.extend([kind, x, y]);
    }
}

/// Where a name of the model lies in wasm memory: it never moves nor changes.
fn static_address(name: &'static str) -> u32 {
    name.as_ptr() as usize as u32
}

/// UTF-16 offsets of UTF-8 offsets into `text`. Each is counted from the nearest offset
/// converted before it, so a list's edits (whose paths all start at the same keys) cost one
/// pass over the text in all, not one each.
struct Utf16Offsets<'t> {
    text: &'t str,
    ascii: bool,
    /// Offsets converted so far, (byte, unit), sorted.
    known: Vec<(usize, u32)>,
}

impl Utf16Offsets<'_> {
    fn at(&mut self, byte: usize) -> u32 {
        if self.ascii {
            return byte as u32;
        }
        let after = self.known.partition_point(|&(known, _)| known <= byte);
        let (from, unit) = after.checked_sub(1).and_then(|i| self.known.get(i)).copied().unwrap_or((0, 0));
        let between = self.text.get(from..byte).unwrap_or_default();
        let unit = unit + utf16_len(between) as u32;
        if from != byte {
            self.known.insert(after, (byte, unit));
        }
        unit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static NAME: &str = "é";

    #[test]
    fn edits_are_written_as_the_words_js_reads() {
        let text = r#"{"é":{"k\u0065y":"2"}}"#;
        let key_start = text.find("k\\").unwrap();
        let key = PathStep::Key { start: key_start, end: key_start + 8, escaped: true };
        let edits = [
            Edit { start: 0, end: 0, replacement: Replacement::Integer(2), path: vec![PathStep::Name(NAME), key] },
            Edit { start: 0, end: 0, replacement: Replacement::Bool(true), path: vec![PathStep::Index(7)] },
        ];
        let (words, numbers) = encode(text, false, &edits);
        assert_eq!(numbers, "2");
        let name = static_address(NAME);
        // "é" is two bytes and one UTF-16 unit: the key's offsets move back by one.
        assert_eq!(words, [3, 0, 1, 2, 2, name, 2, 1, key_start as u32 - 1, key_start as u32 + 7, 2, 0, 0, 1, 3, 7, 0]);
    }
}
