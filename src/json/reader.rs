//! A pull reader over JSON text: it checks the grammar of RFC 8259 (the grammar of
//! `JSON.parse`, so whatever passes here also passes there), hands out borrowed slices of
//! strings and numbers, and never recurses, so hostile nesting cannot overflow the stack.
//!
//! Strings and whitespace are skipped eight bytes at a time (SWAR): most of a Periskope
//! payload is string content, and touching each byte once is the cost that matters.

use std::borrow::Cow;

/// Why reading stopped: a grammar error, or nesting past the configured depth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    Syntax { offset: usize, expected: &'static str },
    TooDeep { offset: usize, max_depth: u32 },
}

/// Reading stopped; [`Reader::failure`] says why. Zero-sized, so every `ReadResult` on the
/// hot path is as cheap to return as an `Option`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stop;

pub type ReadResult<T> = Result<T, Stop>;

/// The JSON type of the value that starts at the reader's position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    Object,
    Array,
    String,
    Number,
    Bool,
    Null,
}

impl ValueKind {
    /// The kind's name in issue details (`received`): "string", "object"...
    pub fn name(self) -> &'static str {
        match self {
            ValueKind::Object => "object",
            ValueKind::Array => "array",
            ValueKind::String => "string",
            ValueKind::Number => "number",
            ValueKind::Bool => "boolean",
            ValueKind::Null => "null",
        }
    }

    /// How the kind is named in messages: "a string", "an object"...
    pub fn described(self) -> &'static str {
        match self {
            ValueKind::Object => "an object",
            ValueKind::Array => "an array",
            ValueKind::String => "a string",
            ValueKind::Number => "a number",
            ValueKind::Bool => "a boolean",
            ValueKind::Null => "null",
        }
    }
}

/// A string as it stands in the text, between its quotes, escapes not yet decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JsonStr<'a> {
    pub raw: &'a str,
    pub has_escapes: bool,
}

impl<'a> JsonStr<'a> {
    /// The string's value. Borrowed unless it has escapes. A `\u` escape of a lone
    /// surrogate decodes to U+FFFD here; `JSON.parse` keeps it as it is in the JS result.
    pub fn decode(&self) -> Cow<'a, str> {
        if self.has_escapes {
            Cow::Owned(decode_escapes(self.raw))
        } else {
            Cow::Borrowed(self.raw)
        }
    }

    /// Whether both name the same string (`"a"` and `"\u0061"` do). Decodes only when one has escapes.
    #[inline]
    pub fn same_text(&self, other: &JsonStr<'_>) -> bool {
        if self.has_escapes || other.has_escapes {
            return self.decode() == other.decode();
        }
        same_bytes(self.raw.as_bytes(), other.raw.as_bytes())
    }
}

/// A number as it stands in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JsonNum<'a> {
    pub raw: &'a str,
    /// No fraction and no exponent.
    pub is_integer: bool,
}

impl<'a> JsonNum<'a> {
    pub fn decimal(&self) -> Option<super::Decimal<'a>> {
        super::parse_decimal(self.raw)
    }
}

pub struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: u32,
    max_depth: u32,
    failure: Option<ReadError>,
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// High bit set in each byte of `v` that is zero. Only the lowest flagged byte is exact,
/// which is all the scanners below use.
#[inline(always)]
fn zero_bytes(v: u64) -> u64 {
    v.wrapping_sub(ONES) & !v & HIGHS
}

/// Bytes that end the fast part of a string: a quote, a backslash or a control character.
#[inline(always)]
fn string_stoppers(v: u64) -> u64 {
    zero_bytes(v ^ (ONES * b'"' as u64)) | zero_bytes(v ^ (ONES * b'\\' as u64)) | (v.wrapping_sub(ONES * 0x20) & !v & HIGHS)
}

/// The index of the first byte at or after `at` that ends the plain part of a string
/// (a quote, a backslash or a control character), or the end of `bytes`.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
#[inline(always)]
fn skip_plain_string_bytes(bytes: &[u8], mut at: usize) -> usize {
    use core::arch::wasm32::{u64x2, u8x16_bitmask, u8x16_eq, u8x16_lt, u8x16_splat, v128_or};
    let quote = u8x16_splat(b'"');
    let backslash = u8x16_splat(b'\\');
    let control = u8x16_splat(0x20);
    while let (Some(low), Some(high)) = (load8(bytes, at), load8(bytes, at + 8)) {
        let chunk = u64x2(low, high);
        let stops = u8x16_bitmask(v128_or(v128_or(u8x16_eq(chunk, quote), u8x16_eq(chunk, backslash)), u8x16_lt(chunk, control)));
        if stops != 0 {
            return at + stops.trailing_zeros() as usize;
        }
        at += 16;
    }
    skip_plain_string_bytes_swar(bytes, at)
}

#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
#[inline(always)]
fn skip_plain_string_bytes(bytes: &[u8], at: usize) -> usize {
    skip_plain_string_bytes_swar(bytes, at)
}

/// The index of the first byte at or after `at` that is not JSON whitespace (space, tab, CR, LF).
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn skip_whitespace_run(bytes: &[u8], mut at: usize) -> usize {
    use core::arch::wasm32::{u64x2, u8x16_bitmask, u8x16_eq, u8x16_splat, v128_or};
    // Pretty JSON's indentation: spaces, usually fewer than eight, then the token.
    if let Some(word) = load8(bytes, at) {
        let other = word ^ (ONES * b' ' as u64);
        let next = at + (other.trailing_zeros() / 8) as usize;
        if other != 0 && !matches!(bytes.get(next), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            return next;
        }
    }
    while let (Some(low), Some(high)) = (load8(bytes, at), load8(bytes, at + 8)) {
        let chunk = u64x2(low, high);
        let blank = v128_or(
            v128_or(u8x16_eq(chunk, u8x16_splat(b' ')), u8x16_eq(chunk, u8x16_splat(b'\n'))),
            v128_or(u8x16_eq(chunk, u8x16_splat(b'\r')), u8x16_eq(chunk, u8x16_splat(b'\t'))),
        );
        let not_blank = !u8x16_bitmask(blank);
        if not_blank != 0 {
            return at + not_blank.trailing_zeros() as usize;
        }
        at += 16;
    }
    skip_whitespace_bytes(bytes, at)
}

#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
fn skip_whitespace_run(bytes: &[u8], at: usize) -> usize {
    skip_whitespace_bytes(bytes, at)
}

/// JSON's whitespace: space, tab, CR, LF (nothing else, unlike `u8::is_ascii_whitespace`).
/// The scanners in this file spell the test out on `bytes.get(at)` instead: written through this
/// function they measured 5 to 10% slower in wasm (LLVM lowers the two forms differently).
#[inline(always)]
pub fn is_blank(byte: u8) -> bool {
    matches!(byte, b' ' | b'\n' | b'\r' | b'\t')
}

/// Whether `a` and `b` (of one length: field names) hold the same bytes, compared eight at a
/// time: `==` on slices calls a `memcmp` that wasm runs byte by byte.
#[inline(always)]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n >= 8 {
        // Whole words, then the last eight bytes (overlapping the last word) for the rest.
        let mut at = 0;
        while at + 8 <= n {
            if load8(a, at) != load8(b, at) {
                return false;
            }
            at += 8;
        }
        return load8(a, n - 8) == load8(b, n - 8);
    }
    if n >= 4 {
        return load4(a, 0) == load4(b, 0) && load4(a, n - 4) == load4(b, n - 4);
    }
    a.iter().zip(b).all(|(x, y)| x == y)
}

#[inline(always)]
fn load4(bytes: &[u8], at: usize) -> Option<u32> {
    let chunk: [u8; 4] = bytes.get(at..at.checked_add(4)?)?.try_into().ok()?;
    Some(u32::from_le_bytes(chunk))
}

/// `at`, or past the whitespace that starts there.
#[inline(always)]
fn skip_blank_from(bytes: &[u8], at: usize) -> usize {
    let blank = |at: usize| matches!(bytes.get(at), Some(b' ' | b'\n' | b'\r' | b'\t'));
    // Compact JSON has no whitespace between tokens, pretty JSON one space after ':': both
    // are decided here; only indentation goes to the run scanner.
    match (blank(at), blank(at + 1)) {
        (false, _) => at,
        (true, false) => at + 1,
        (true, true) => skip_whitespace_run(bytes, at + 2),
    }
}

#[inline(always)]
fn skip_whitespace_bytes(bytes: &[u8], mut at: usize) -> usize {
    while matches!(bytes.get(at), Some(b' ' | b'\n' | b'\r' | b'\t')) {
        at += 1;
    }
    at
}

#[inline(always)]
fn skip_plain_string_bytes_swar(bytes: &[u8], mut at: usize) -> usize {
    while let Some(chunk) = load8(bytes, at) {
        let stops = string_stoppers(chunk);
        if stops != 0 {
            return at + (stops.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    at
}

#[inline(always)]
fn load8(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk: [u8; 8] = bytes.get(at..at.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str, max_depth: u32) -> Self {
        Reader { text, bytes: text.as_bytes(), pos: 0, depth: 0, max_depth, failure: None }
    }

    /// A reader over `text[start..end]` of a larger document, so positions stay those of the whole text.
    pub fn over_range(text: &'a str, start: usize, end: usize, depth: u32, max_depth: u32) -> Self {
        let bytes = text.as_bytes().get(..end).unwrap_or(text.as_bytes());
        Reader { text, bytes, pos: start, depth, max_depth, failure: None }
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    pub fn offset(&self) -> usize {
        self.pos
    }

    pub fn depth(&self) -> u32 {
        self.depth
    }

    pub fn max_depth(&self) -> u32 {
        self.max_depth
    }

    /// Why reading stopped, after a `ReadResult` came back `Err(Stop)`.
    pub fn failure(&self) -> Option<ReadError> {
        self.failure
    }

    /// Records a failure found by a caller reading through this reader (e.g. a sub-reader's).
    pub fn set_failure(&mut self, failure: Option<ReadError>) {
        if self.failure.is_none() {
            self.failure = failure;
        }
    }

    #[cold]
    fn fail<T>(&mut self, offset: usize, expected: &'static str) -> ReadResult<T> {
        self.set_failure(Some(ReadError::Syntax { offset, expected }));
        Err(Stop)
    }

    #[inline(always)]
    fn skip_whitespace(&mut self) {
        // Compact JSON has no whitespace between tokens: one test and out.
        self.pos = skip_blank_from(self.bytes, self.pos);
    }

    /// Skips whitespace and tells which kind of value starts here, without consuming it.
    pub fn peek_kind(&mut self) -> ReadResult<ValueKind> {
        self.skip_whitespace();
        match self.bytes.get(self.pos) {
            Some(b'{') => Ok(ValueKind::Object),
            Some(b'[') => Ok(ValueKind::Array),
            Some(b'"') => Ok(ValueKind::String),
            Some(b'-' | b'0'..=b'9') => Ok(ValueKind::Number),
            Some(b't' | b'f') => Ok(ValueKind::Bool),
            Some(b'n') => Ok(ValueKind::Null),
            None => self.fail(self.pos, "unexpected end of input, expected a value"),
            Some(_) => self.fail(self.pos, "expected a value (an object, array, string, number, true, false or null)"),
        }
    }

    fn enter(&mut self) -> ReadResult<()> {
        if self.depth >= self.max_depth {
            self.set_failure(Some(ReadError::TooDeep { offset: self.pos, max_depth: self.max_depth }));
            return Err(Stop);
        }
        self.depth += 1;
        self.pos += 1;
        Ok(())
    }

    /// Consumes `{`. Follow with [`Reader::next_key`] until it returns `None`.
    pub fn begin_object(&mut self) -> ReadResult<()> {
        self.skip_whitespace();
        if self.bytes.get(self.pos) != Some(&b'{') {
            return self.fail(self.pos, "expected '{'");
        }
        self.enter()
    }

    /// The next key of the object being read, with its `:` consumed; `None` after the closing `}`.
    pub fn next_key(&mut self, first: bool) -> ReadResult<Option<JsonStr<'a>>> {
        self.skip_whitespace();
        match self.bytes.get(self.pos) {
            Some(b'}') => {
                self.pos += 1;
                self.depth = self.depth.saturating_sub(1);
                return Ok(None);
            }
            Some(b',') if !first => {
                self.pos += 1;
                self.skip_whitespace();
                if self.bytes.get(self.pos) != Some(&b'"') {
                    return self.fail(self.pos, "expected a property name in double quotes after ','");
                }
            }
            Some(b'"') if first => {}
            None => return self.fail(self.pos, "unexpected end of input inside an object"),
            Some(_) if first => return self.fail(self.pos, "expected a property name in double quotes or '}'"),
            Some(_) => return self.fail(self.pos, "expected ',' or '}' after a property value"),
        }
        let key = self.string_after_quote()?;
        self.skip_whitespace();
        if self.bytes.get(self.pos) != Some(&b':') {
            return self.fail(self.pos, "expected ':' after a property name");
        }
        self.pos += 1;
        Ok(Some(key))
    }

    /// When the next key of the object being read is exactly `name` (no escapes), consumes it
    /// with its `:` and returns it; otherwise leaves the reader where it was. A cheap guess
    /// made before [`Reader::next_key`], which reports whatever is wrong.
    #[inline]
    pub fn next_key_if(&mut self, first: bool, name: &str) -> Option<JsonStr<'a>> {
        let mut at = skip_blank_from(self.bytes, self.pos);
        if !first {
            if self.bytes.get(at) != Some(&b',') {
                return None;
            }
            at = skip_blank_from(self.bytes, at + 1);
        }
        let start = at + 1;
        let end = start + name.len();
        let quoted = self.bytes.get(at) == Some(&b'"') && self.bytes.get(end) == Some(&b'"');
        if !quoted || !same_bytes(self.bytes.get(start..end)?, name.as_bytes()) {
            return None;
        }
        let raw = self.text.get(start..end)?;
        let colon = skip_blank_from(self.bytes, end + 1);
        if self.bytes.get(colon) != Some(&b':') {
            return None;
        }
        self.pos = colon + 1;
        Some(JsonStr { raw, has_escapes: false })
    }

    /// Consumes `[`. Follow with [`Reader::next_item`] until it returns `false`.
    pub fn begin_array(&mut self) -> ReadResult<()> {
        self.skip_whitespace();
        if self.bytes.get(self.pos) != Some(&b'[') {
            return self.fail(self.pos, "expected '['");
        }
        self.enter()
    }

    /// Whether another item follows in the array being read (its `,` consumed); `false` after `]`.
    pub fn next_item(&mut self, first: bool) -> ReadResult<bool> {
        self.skip_whitespace();
        match self.bytes.get(self.pos) {
            Some(b']') => {
                self.pos += 1;
                self.depth = self.depth.saturating_sub(1);
                Ok(false)
            }
            Some(b',') if !first => {
                self.pos += 1;
                self.skip_whitespace();
                if self.bytes.get(self.pos) == Some(&b']') {
                    return self.fail(self.pos, "expected a value after ',' (trailing commas are not JSON)");
                }
                Ok(true)
            }
            None => self.fail(self.pos, "unexpected end of input inside an array"),
            Some(_) if first => Ok(true),
            Some(_) => self.fail(self.pos, "expected ',' or ']' after an array item"),
        }
    }

    /// Reads the string that comes next, if a string comes next; `false` leaves the reader
    /// before whatever else does.
    #[inline]
    pub fn skip_string_if_next(&mut self) -> ReadResult<bool> {
        self.skip_whitespace();
        if self.bytes.get(self.pos) != Some(&b'"') {
            return Ok(false);
        }
        self.skip_string_after_quote().map(|_| true)
    }

    /// Reads a string starting at the current position (after whitespace).
    pub fn read_string(&mut self) -> ReadResult<JsonStr<'a>> {
        self.skip_whitespace();
        if self.bytes.get(self.pos) != Some(&b'"') {
            return self.fail(self.pos, "expected a string");
        }
        self.string_after_quote()
    }

    /// Reads the string whose opening quote is at the current position.
    #[inline]
    fn string_after_quote(&mut self) -> ReadResult<JsonStr<'a>> {
        let start = self.pos + 1;
        let has_escapes = self.skip_string_after_quote()?;
        // Both ends are next to an ASCII quote, so on character boundaries.
        match self.text.get(start..self.pos - 1) {
            Some(raw) => Ok(JsonStr { raw, has_escapes }),
            None => self.fail(start, "a string that is not valid UTF-8"),
        }
    }

    /// Moves past the string whose opening quote is at the current position; tells whether
    /// it has escapes.
    #[inline]
    fn skip_string_after_quote(&mut self) -> ReadResult<bool> {
        let mut i = self.pos + 1;
        let mut has_escapes = false;
        loop {
            i = skip_plain_string_bytes(self.bytes, i);
            match self.bytes.get(i) {
                Some(b'"') => {
                    self.pos = i + 1;
                    return Ok(has_escapes);
                }
                Some(b'\\') => {
                    has_escapes = true;
                    i = self.check_escape(i)?;
                }
                Some(&b) if b < 0x20 => return self.fail(i, "a control character inside a string (it must be escaped)"),
                Some(_) => i += 1,
                None => return self.fail(i, "unexpected end of input inside a string"),
            }
        }
    }

    /// Checks the escape at `at` (a backslash) and returns the index after it.
    fn check_escape(&mut self, at: usize) -> ReadResult<usize> {
        match self.bytes.get(at + 1) {
            Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => Ok(at + 2),
            Some(b'u') => {
                let hex_ok = self.bytes.get(at + 2..at + 6).is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
                if hex_ok {
                    Ok(at + 6)
                } else {
                    self.fail(at, "a \\u escape needs four hexadecimal digits")
                }
            }
            None => self.fail(at + 1, "unexpected end of input inside a string"),
            Some(_) => self.fail(at, "an invalid escape (JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u with four hex digits)"),
        }
    }

    pub fn read_number(&mut self) -> ReadResult<JsonNum<'a>> {
        self.skip_whitespace();
        let start = self.pos;
        let mut i = start;
        if self.bytes.get(i) == Some(&b'-') {
            i += 1;
        }
        match self.bytes.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => i = self.digits_from(i),
            _ => return self.fail(i, "expected a digit"),
        }
        let mut is_integer = true;
        if self.bytes.get(i) == Some(&b'.') {
            is_integer = false;
            if !matches!(self.bytes.get(i + 1), Some(b'0'..=b'9')) {
                return self.fail(i + 1, "expected a digit after the decimal point");
            }
            i = self.digits_from(i + 1);
        }
        if matches!(self.bytes.get(i), Some(b'e' | b'E')) {
            is_integer = false;
            i += 1;
            if matches!(self.bytes.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if !matches!(self.bytes.get(i), Some(b'0'..=b'9')) {
                return self.fail(i, "expected a digit in the exponent");
            }
            i = self.digits_from(i);
        }
        let Some(raw) = self.text.get(start..i) else {
            return self.fail(start, "expected a number");
        };
        self.pos = i;
        Ok(JsonNum { raw, is_integer })
    }

    fn digits_from(&self, mut i: usize) -> usize {
        while matches!(self.bytes.get(i), Some(b'0'..=b'9')) {
            i += 1;
        }
        i
    }

    pub fn read_bool(&mut self) -> ReadResult<bool> {
        self.skip_whitespace();
        // Words, not slices: `==` on slices is a byte-by-byte `memcmp` call in wasm.
        if load4(self.bytes, self.pos) == Some(u32::from_le_bytes(*b"true")) {
            self.pos += 4;
            Ok(true)
        } else if load4(self.bytes, self.pos + 1) == Some(u32::from_le_bytes(*b"alse")) && self.bytes.get(self.pos) == Some(&b'f') {
            self.pos += 5;
            Ok(false)
        } else {
            self.fail(self.pos, "expected true or false")
        }
    }

    pub fn read_null(&mut self) -> ReadResult<()> {
        self.skip_whitespace();
        if load4(self.bytes, self.pos) == Some(u32::from_le_bytes(*b"null")) {
            self.pos += 4;
            Ok(())
        } else {
            self.fail(self.pos, "expected null")
        }
    }

    /// Reads the value of `kind` that [`Reader::peek_kind`] found here: a scalar directly,
    /// a container with [`Reader::skip_value`].
    pub fn skip_peeked(&mut self, kind: ValueKind) -> ReadResult<()> {
        match kind {
            ValueKind::String => self.skip_string_after_quote().map(drop),
            ValueKind::Number => self.read_number().map(drop),
            ValueKind::Bool => self.read_bool().map(drop),
            ValueKind::Null => self.read_null(),
            ValueKind::Object | ValueKind::Array => self.skip_value(),
        }
    }

    /// Skips one whole value of any kind, checking its grammar, without recursion.
    pub fn skip_value(&mut self) -> ReadResult<()> {
        // One entry per open container: true for an object, false for an array.
        let mut open: Vec<bool> = Vec::new();
        loop {
            let mut entered = false;
            match self.peek_kind()? {
                ValueKind::Object => {
                    self.begin_object()?;
                    if self.next_key(true)?.is_some() {
                        open.push(true);
                        entered = true;
                    }
                }
                ValueKind::Array => {
                    self.begin_array()?;
                    if self.next_item(true)? {
                        open.push(false);
                        entered = true;
                    }
                }
                ValueKind::String => {
                    self.read_string()?;
                }
                ValueKind::Number => {
                    self.read_number()?;
                }
                ValueKind::Bool => {
                    self.read_bool()?;
                }
                ValueKind::Null => self.read_null()?,
            }
            if entered {
                continue;
            }
            loop {
                match open.last() {
                    None => return Ok(()),
                    Some(true) => {
                        if self.next_key(false)?.is_some() {
                            break;
                        }
                        open.pop();
                    }
                    Some(false) => {
                        if self.next_item(false)? {
                            break;
                        }
                        open.pop();
                    }
                }
            }
        }
    }

    /// After the root value: only whitespace may follow.
    pub fn finish(&mut self) -> ReadResult<()> {
        self.skip_whitespace();
        if self.pos < self.bytes.len() {
            return self.fail(self.pos, "unexpected text after the end of the JSON value");
        }
        Ok(())
    }
}

fn decode_escapes(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        let decoded = if c != '\\' {
            c
        } else {
            match chars.next() {
                Some('b') => '\u{8}',
                Some('f') => '\u{c}',
                Some('n') => '\n',
                Some('r') => '\r',
                Some('t') => '\t',
                Some('u') => {
                    let mut code = read_hex4(&mut chars);
                    if (0xD800..0xDC00).contains(&code) {
                        let rest = chars.as_str();
                        let low = rest.strip_prefix("\\u").map(|r| read_hex4(&mut r.chars())).filter(|low| (0xDC00..0xE000).contains(low));
                        if let Some(low) = low {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                            chars = rest.get(6..).unwrap_or("").chars();
                        }
                    }
                    // A lone surrogate is no char: U+FFFD.
                    char::from_u32(code).unwrap_or('\u{FFFD}')
                }
                Some(other) => other,
                None => break,
            }
        };
        out.push(decoded);
    }
    out
}

fn read_hex4(chars: &mut std::str::Chars<'_>) -> u32 {
    let mut value = 0;
    for _ in 0..4 {
        value = value * 16 + chars.next().and_then(|c| c.to_digit(16)).unwrap_or(0);
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skip_all(text: &str) -> Result<(), ReadError> {
        let mut reader = Reader::new(text, 64);
        match reader.skip_value().and_then(|()| reader.finish()) {
            Ok(()) => Ok(()),
            Err(Stop) => Err(reader.failure().expect("a failure is recorded with every Stop")),
        }
    }

    fn error_offset(text: &str) -> usize {
        match skip_all(text) {
            Err(ReadError::Syntax { offset, .. }) => offset,
            other => panic!("expected a syntax error for {text:?}, got {other:?}"),
        }
    }

    #[test]
    fn accepts_every_kind_of_value() {
        for text in [
            "{}",
            "[]",
            r#"{"a":[1,-2.5e3,true,false,null,"x\"y\u00e9"]}"#,
            "  0 ",
            "-0.0E+1",
            r#""\ud83d\ude00""#,
            "[[[[]]],{}]",
            "\"long string past the eight byte fast path\"",
        ] {
            assert_eq!(skip_all(text), Ok(()), "{text}");
        }
    }

    #[test]
    fn rejects_what_json_parse_rejects() {
        for text in [
            "{",
            "[1,]",
            r#"{"a":1,}"#,
            "NaN",
            "Infinity",
            "-Infinity",
            "// c\n{}",
            "{/*c*/}",
            "01",
            "1.",
            "1e",
            ".5",
            "+1",
            "tru",
            "nul",
            r#"{'a':1}"#,
            r#"{"a" 1}"#,
            r#""\x""#,
            r#""\u12G4""#,
            "\"a\u{1}b\"",
            "\"abc",
            "{} x",
            "\u{feff}{}",
            "",
        ] {
            assert!(matches!(skip_all(text), Err(ReadError::Syntax { .. })), "{text:?} must be rejected");
        }
    }

    #[test]
    fn points_at_the_first_offending_byte() {
        assert_eq!(error_offset(r#"{"a":1 "b":2}"#), 7);
        assert_eq!(error_offset("[1,2,]"), 5);
        assert_eq!(error_offset("\"0123456789abcdef\u{7}\""), 17);
    }

    #[test]
    fn depth_is_bounded_without_recursion() {
        let deep = "[".repeat(100_000);
        let mut reader = Reader::new(&deep, 256);
        assert_eq!(reader.skip_value(), Err(Stop));
        assert_eq!(reader.failure(), Some(ReadError::TooDeep { offset: 256, max_depth: 256 }));
        let fine = format!("{}{}", "[".repeat(256), "]".repeat(256));
        assert_eq!(Reader::new(&fine, 256).skip_value(), Ok(()));
    }

    #[test]
    fn strings_borrow_unless_escaped() {
        let mut reader = Reader::new(r#""plain""#, 8);
        let s = reader.read_string().unwrap();
        assert!(matches!(s.decode(), Cow::Borrowed("plain")));
        let mut reader = Reader::new(r#""a\nb\u00e9\ud83d\ude00\ud800x""#, 8);
        assert_eq!(reader.read_string().unwrap().decode(), "a\nbé😀\u{FFFD}x");
    }

    #[test]
    fn same_bytes_finds_a_difference_at_any_position_of_any_length() {
        for n in 0..24 {
            let a: Vec<u8> = (0..n as u8).map(|i| b'a' + i).collect();
            assert!(same_bytes(&a, &a.clone()), "{n}");
            for at in 0..n {
                let mut b = a.clone();
                b[at] ^= 0x20;
                assert!(!same_bytes(&a, &b), "{n} {at}");
            }
            assert!(!same_bytes(&a, &[a.as_slice(), b"x"].concat()));
        }
    }

    #[test]
    fn numbers_keep_their_text() {
        let mut reader = Reader::new("-12.5e2", 8);
        let n = reader.read_number().unwrap();
        assert_eq!((n.raw, n.is_integer), ("-12.5e2", false));
        assert_eq!(n.decimal().unwrap().safe_integer(), Ok(-1250));
    }
}
