//! Turns a byte offset into the line and column a person sees in an editor.

use crate::error::Position;

/// 1-based line, and 1-based column in UTF-16 code units (what a JS string or a
/// `<textarea>` counts), of the byte at `byte_offset` in `text`.
pub fn position_of(text: &str, byte_offset: usize) -> Position {
    let mut end = byte_offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = text.get(..end).unwrap_or("");
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let column = before.get(line_start..).map_or(0, utf16_len) + 1;
    Position { line: saturate(line), column: saturate(column), offset: saturate(utf16_len(before)) }
}

/// The length of `s` in UTF-16 units, as JS counts string lengths.
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_and_utf16_columns() {
        let text = "{\n  \"é😀\": x";
        let at = text.find('x').unwrap();
        assert_eq!(position_of(text, at), Position { line: 2, column: 10, offset: 11 });
        assert_eq!(position_of("", 5), Position { line: 1, column: 1, offset: 0 });
    }
}
