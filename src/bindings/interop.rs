//! Every conversion between JS values and the core's Rust values, in one place.

use std::cell::RefCell;

use js_sys::{JsString, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::error::{display_path, Error, Issue, IssueDetail, LimitExceeded, PathSegment};
use crate::json::{position_of, Value};
use crate::schema::{tables, wire, Edit, ObjectShape, ParseOptions};

#[wasm_bindgen(module = "/js/interop.js")]
extern "C" {
    /// Copies `input`, when a string, into wasm memory; see js/interop.js.
    #[wasm_bindgen(js_name = encodeInto)]
    fn encode_into(input: &JsValue, memory: &JsValue, ptr: u32, capacity: u32, counts: u32) -> f64;
    /// A Uint8Array of `value`'s bytes, null, or 1 when `value` only passes for bytes; see
    /// js/interop.js. Never throws.
    #[wasm_bindgen(js_name = payloadBytes)]
    fn js_payload_bytes(value: &JsValue) -> JsValue;
    /// The JSON text of a request input (FormData and URLSearchParams as the plain objects of
    /// their entries), `undefined` where JSON has none, or a refusal; see js/interop.js.
    /// `catch`: a getter, a `toJSON` or a Proxy of the caller's may throw, and an exception
    /// that crossed the module's frames would leave its stack and reference table unbalanced.
    #[wasm_bindgen(js_name = requestText, catch)]
    fn request_text(value: &JsValue, max_depth: u32) -> Result<JsValue, JsValue>;
    /// The first value inside that JSON cannot hold (a Map, NaN, a function...), or `undefined`;
    /// see js/interop.js.
    #[wasm_bindgen(js_name = notJson, catch)]
    fn not_json_value(value: &JsValue, max_depth: u32) -> Result<JsValue, JsValue>;
    /// What a JS value is, in issue details: its `typeof`, `array`, `null`, or its class's name.
    /// Never throws (js/interop.js), whatever the value.
    #[wasm_bindgen(js_name = typeName)]
    pub fn js_type_name(value: &JsValue) -> String;
    /// A new array of the strings of `value` when it is an array; see js/interop.js.
    #[wasm_bindgen(js_name = stringItems, catch)]
    fn js_string_items(value: &JsValue) -> Result<JsValue, JsValue>;
    /// An already parsed value walked against a shape, or `undefined`; see js/interop.js.
    #[wasm_bindgen(js_name = walkObject, catch)]
    fn js_walk_object(value: &JsValue, root: u32, max_depth: u32, tables: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = materialise, catch)]
    fn js_materialise(text: &JsValue, memory: &JsValue, words: u32, count: u32, ascii: u32) -> Result<JsValue, JsValue>;
}

#[wasm_bindgen]
extern "C" {
    /// `ParseOptions` in TypeScript; read key by key in [`parse_options`].
    #[wasm_bindgen(typescript_type = "ParseOptions")]
    pub type JsParseOptions;
    /// JSON text, its UTF-8 bytes, or an already parsed value.
    #[wasm_bindgen(typescript_type = "PayloadInput")]
    pub type JsPayload;

    #[wasm_bindgen(js_namespace = JSON, js_name = stringify, catch)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;
}

thread_local! {
    /// This instance's memory, handed to js/interop.js with each call (one module may hold
    /// several instances, e.g. after `initSync` with a new module).
    static MEMORY: JsValue = wasm_bindgen::memory();
    /// Where input text is copied: kept between calls, so a parse neither allocates nor zeroes
    /// its input buffer once it has seen an input as long.
    static SCRATCH: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    /// Whether js/interop.js has this instance's shape tables.
    static TABLES_SENT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The shapes an already parsed value can be walked against in JS: `roots[root]`.
#[derive(Clone, Copy)]
pub struct ObjectWalk {
    pub roots: &'static [&'static ObjectShape],
    pub root: usize,
}

/// A scratch buffer larger than this is given back after the call that needed it.
const SCRATCH_KEPT_BYTES: usize = 4 * 1024 * 1024;

/// A payload as the caller gave it: its UTF-8 text for the core, and the JS string that
/// `JSON.parse` will read once the core has accepted it.
pub struct Payload<'t> {
    pub text: &'t str,
    pub js_text: &'t JsValue,
    /// The JS string has one UTF-16 unit per byte of `text`: offsets need no conversion.
    ascii: bool,
}

/// What a caller does with a payload. Not generic, so that one copy of the code serves every caller.
pub type UsePayload<'f> = dyn FnMut(&Payload<'_>) -> Result<JsValue, Error> + 'f;

/// Runs `use_payload` on the payload `input` holds: JSON text (a string), its UTF-8 bytes
/// (`Uint8Array`, `ArrayBuffer`), or an already parsed value. A parsed value is first walked in
/// JS against `walk`'s shape (js/interop.js), which gives the result without a round trip
/// through JSON text; when that walk declines (an issue to report, a value JSON cannot hold),
/// and always in strict mode or with an explicit `maxBytes` (the checks of both are the core's),
/// it is refused where it holds what JSON cannot, or else read as its `JSON.stringify` text.
pub fn with_payload(
    input: &JsValue,
    options: &ParseOptions,
    walk: Option<ObjectWalk>,
    use_payload: &mut UsePayload<'_>,
) -> Result<JsValue, Error> {
    let max_bytes = options.max_bytes;
    if let Some(result) = with_js_string(input, max_bytes, use_payload) {
        return result;
    }
    match bytes_of(input) {
        Bytes::Posing => return Err(not_json(POSING)),
        Bytes::Array(array) => {
            // Checked before copying: an oversized body must not grow wasm memory.
            let length = array.length() as usize;
            if length > max_bytes {
                return Err(too_large(length, max_bytes));
            }
            let text = utf8_text(array.to_vec())?;
            let js_text = JsValue::from_str(&text);
            return use_payload(&Payload { text: &text, js_text: &js_text, ascii: text.is_ascii() });
        }
        Bytes::Not => {}
    }
    if input.is_undefined() || input.is_function() || input.is_symbol() {
        return Err(not_json("expected JSON text, a Uint8Array or a plain object, got undefined or a function"));
    }
    if let Some(walk) = walk.filter(|_| !options.strict && max_bytes == ParseOptions::default().max_bytes) {
        if let Some(walked) = walk_in_js(input, walk, options.max_depth) {
            return Ok(walked);
        }
    }
    // A getter that throws: JSON.stringify calls it again, and says why.
    let found = not_json_value(input, options.max_depth).ok().and_then(|found| found.as_string());
    if let Some(refused) = found.and_then(|found| refusal(&found, "JSON", options.max_depth)) {
        return Err(refused);
    }
    let js_text = stringify(input)?;
    with_js_string(&js_text, max_bytes, use_payload).unwrap_or_else(|| Err(not_json("the value cannot be turned into JSON")))
}

fn walk_in_js(input: &JsValue, walk: ObjectWalk, max_depth: u32) -> Option<JsValue> {
    let tables = match TABLES_SENT.with(|sent| sent.replace(true)) {
        true => JsValue::UNDEFINED,
        false => JsValue::from_str(&tables::lenient_tables_json(walk.roots)),
    };
    // A getter of the caller's that throws: the text path calls it again, and says why.
    let walked = js_walk_object(input, walk.root as u32, max_depth, &tables).ok()?;
    (!walked.is_undefined()).then_some(walked)
}

/// Runs `use_payload` on `input` when it is a string; `None` when it is not.
fn with_js_string(input: &JsValue, max_bytes: usize, use_payload: &mut UsePayload<'_>) -> Option<Result<JsValue, Error>> {
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut buffer) => {
            let result = copy_and_use(input, max_bytes, &mut buffer, use_payload);
            if buffer.len() > SCRATCH_KEPT_BYTES {
                *buffer = Vec::new();
            }
            result
        }
        // Only if a payload is read while another is (JSON.stringify calling a toJSON that parses).
        Err(_) => copy_and_use(input, max_bytes, &mut Vec::new(), use_payload),
    })
}

/// Copies `input`, when a string, into `buffer` as UTF-8 with `TextEncoder.encodeInto` (many
/// times faster on long text than a per-character copy), then hands it on; `None` when `input`
/// is not a string. Strings longer than `max_bytes` are refused before the buffer grows
/// (UTF-16 units never outnumber UTF-8 bytes).
fn copy_and_use(
    input: &JsValue,
    max_bytes: usize,
    buffer: &mut Vec<u8>,
    use_payload: &mut UsePayload<'_>,
) -> Option<Result<JsValue, Error>> {
    let Copied { units, mut read, written: mut length } = encode_into_at(input, buffer, 0)?;
    let mut bytes_per_unit = 1;
    while read < units {
        if units > max_bytes {
            return Some(Err(too_large(units, max_bytes)));
        }
        // Room for the rest as ASCII first (most text is), then for the worst case: three
        // bytes per UTF-16 unit. Growing straight to the worst case would zero 3x the memory.
        let wanted = length + (units - read) * bytes_per_unit;
        if wanted > buffer.len() {
            buffer.resize(wanted, 0);
        }
        bytes_per_unit = 3;
        let rest = JsValue::from(input.unchecked_ref::<JsString>().substring(read as u32, units as u32));
        let more = encode_into_at(&rest, buffer, length)?;
        read += more.read;
        length += more.written;
    }
    if length > max_bytes {
        return Some(Err(too_large(length, max_bytes)));
    }
    let bytes = buffer.get(..length).unwrap_or_default();
    // TextEncoder only writes UTF-8 (lone surrogates become U+FFFD), so this never fails.
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Some(Err(not_json("the text could not be read as UTF-8")));
    };
    Some(use_payload(&Payload { text, js_text: input, ascii: read == length }))
}

/// What a payload or a body is, as bytes.
pub enum Bytes {
    /// A Uint8Array, or a view of an ArrayBuffer, of this realm or another.
    Array(Uint8Array),
    /// An object that only passes for one (a Proxy around a Uint8Array or an ArrayBuffer), whose
    /// bytes cannot be read.
    Posing,
    Not,
}

/// The refusal of [`Bytes::Posing`].
pub const POSING: &str =
    "got a Proxy of a Uint8Array or an ArrayBuffer (or an imitation of one), whose bytes cannot be read: pass the bytes themselves";

pub fn bytes_of(value: &JsValue) -> Bytes {
    let found = js_payload_bytes(value);
    if found.is_null() {
        Bytes::Not
    } else if found.as_f64().is_some() {
        Bytes::Posing
    } else {
        Bytes::Array(found.unchecked_into())
    }
}

/// What one `encodeInto` did: the string's length, the units it read and the bytes it wrote.
struct Copied {
    units: usize,
    read: usize,
    written: usize,
}

/// Encodes `input`, when a string, into `buffer[offset..]`.
fn encode_into_at(input: &JsValue, buffer: &mut [u8], offset: usize) -> Option<Copied> {
    let destination = buffer.get_mut(offset..).unwrap_or_default();
    let capacity = destination.len() as u32;
    let pointer = destination.as_mut_ptr() as usize as u32;
    // js/interop.js writes [units read, bytes written] here.
    let mut counts = [0u32; 2];
    let counts_at = counts.as_mut_ptr() as usize as u32;
    let units = MEMORY.with(|memory| encode_into(input, memory, pointer, capacity, counts_at));
    // JS wrote `counts` (like the buffer's bytes) through the address exposed above, so the call
    // may have changed it; black_box only makes that explicit to the optimiser.
    let [read, written] = *std::hint::black_box(&mut counts);
    (units >= 0.0).then_some(Copied { units: units as usize, read: read as usize, written: written as usize })
}

fn too_large(bytes: usize, max_bytes: usize) -> Error {
    Error::limit(
        crate::error::LimitExceeded::MaxBytes,
        format!("the input is {bytes} bytes or more, over the limit of {max_bytes} bytes (option maxBytes)"),
    )
}

/// The items of `value` when it is an array (`None` for an item that is not a string, and for
/// every item when reading the array threw); `None` when it is not an array.
pub fn string_items(value: &JsValue) -> Option<Vec<Option<String>>> {
    match js_string_items(value) {
        Ok(items) if items.is_undefined() => None,
        Ok(items) => Some(js_sys::Array::from(&items).iter().map(|item| item.as_string()).collect()),
        Err(_) => Some(vec![None]),
    }
}

/// `JSON.stringify(input)`: a JS string, or `undefined` for what has no JSON form.
fn stringify(input: &JsValue) -> Result<JsValue, Error> {
    json_stringify(input).map_err(cannot_be_json)
}

/// What the caller's code threw while its value was read (a getter, `toJSON`, a Proxy's trap,
/// or JSON.stringify on a cycle or a BigInt).
fn cannot_be_json(thrown: JsValue) -> Error {
    not_json(&format!("the value cannot be turned into JSON: {}", describe(&thrown)))
}

/// A request input (a validator's, a client method's, the client's options) as an owned
/// [`Value`]: plain objects, arrays and primitives through `JSON.stringify` (so `Date`s inside
/// become ISO strings and `undefined` properties are absent; `undefined` itself is `Null`);
/// `FormData` and `URLSearchParams` as the object of their entries, a key given twice as an
/// array (numbers stay strings, as URL parameters are); any other object (a `Map`, a `Date`,
/// a class instance), which `JSON.stringify` would turn into `{}` or a string, is refused
/// with `invalid_type` at the root, and so is a value inside that JSON cannot hold (a `Set`,
/// `NaN`, a function: see `notJson` in js/interop.js) at its path, so that nothing succeeds
/// that was not read.
pub fn js_to_value(input: &JsValue, max_depth: u32) -> Result<Value, Error> {
    js_to_value_expecting(input, max_depth, "object")
}

/// [`js_to_value`] where the input should be `expected` (for the issue when it is refused).
pub fn js_to_value_expecting(input: &JsValue, max_depth: u32, expected: &'static str) -> Result<Value, Error> {
    read_js_value(input, max_depth, max_depth, expected)
}

/// The client's options as a [`Value`]: what JSON cannot hold inside is not refused, since those
/// options (`fetch`, a `headers` function, `signal`) are read in JS, and JSON.stringify leaves
/// them out of what the core reads.
pub fn js_options_to_value(input: &JsValue, max_depth: u32) -> Result<Value, Error> {
    read_js_value(input, max_depth, 0, "object")
}

/// `refusal_depth`: how deep values JSON cannot hold are looked for (0: the root only).
fn read_js_value(input: &JsValue, max_depth: u32, refusal_depth: u32, expected: &'static str) -> Result<Value, Error> {
    if input.is_undefined() {
        return Ok(Value::Null);
    }
    let text = request_text(input, refusal_depth).map_err(cannot_be_json)?;
    // `with_js_string` hands on a `JsValue` (a parser's result); this caller keeps its `Value` aside.
    let mut read = Ok(Value::Null);
    let copied = with_js_string(&text, usize::MAX, &mut |payload| {
        read = match refusal(payload.text, expected, max_depth) {
            Some(refused) => Err(refused),
            None => Value::parse(payload.text, max_depth),
        };
        Ok(JsValue::UNDEFINED)
    });
    // Not a string: JSON.stringify wrote nothing (a function, a symbol), which reads as absent.
    copied.unwrap_or(Ok(JsValue::UNDEFINED))?;
    read
}

/// The issue for a value js/interop.js refused (`refusal` there writes `received`, how the
/// message names it, where, and the path, separated by NUL, which JSON text never holds): at
/// the root, where `root_expected` was; in a form, where a string was; inside, where any JSON
/// value was; or the limit error for nesting deeper than `max_depth`. `None` when `found` is
/// JSON text, not a refusal.
fn refusal(found: &str, root_expected: &'static str, max_depth: u32) -> Option<Error> {
    if !found.contains('\0') {
        return None;
    }
    let mut parts = found.split('\0');
    let mut next = || parts.next().unwrap_or_default();
    let (received, what, place, at) = (next(), next(), next(), next());
    if place == "depth" {
        let message =
            ["nesting deeper than ", &max_depth.to_string(), " levels at ", &display_path(&path_of_json(at)), " (option maxDepth)"]
                .concat();
        return Some(Error::limit(LimitExceeded::MaxDepth, message));
    }
    let expected = match place {
        "form" => "string",
        "inside" => "JSON",
        _ => root_expected,
    };
    let message = ["expected ", describe_expected(expected), ", got ", what].concat();
    Some(Error::validation(vec![Issue::new(path_of_json(at), IssueDetail::invalid_type(expected, received), message)]))
}

/// A path js/interop.js wrote as JSON text (`["tickets",3,"labels"]`); `""` is the root.
fn path_of_json(text: &str) -> Vec<PathSegment> {
    let Ok(Value::Array(steps)) = Value::parse(text, 2) else { return Vec::new() };
    steps
        .into_iter()
        .map(|step| match step {
            // Array indexes: digits (JSON.stringify of a whole number under 2^32).
            Value::Number(digits) => {
                PathSegment::Index(digits.bytes().fold(0u32, |n, d| n.wrapping_mul(10).wrapping_add(u32::from(d.wrapping_sub(b'0')))))
            }
            Value::String(key) => PathSegment::Key(key),
            _ => PathSegment::Key(String::new()),
        })
        .collect()
}

fn describe_expected(expected: &str) -> &str {
    match expected {
        "object" => "a plain object (or FormData, URLSearchParams)",
        "string" => "a string",
        "JSON" => "a value JSON can hold",
        other => other,
    }
}

fn utf8_text(bytes: Vec<u8>) -> Result<String, Error> {
    String::from_utf8(bytes).map_err(|e| {
        let valid_up_to = e.utf8_error().valid_up_to();
        let bytes = e.into_bytes();
        // The bytes before `valid_up_to` are valid UTF-8 by definition.
        let prefix = bytes.get(..valid_up_to).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or("");
        Error::syntax(position_of(prefix, prefix.len()), "invalid UTF-8 in the input bytes")
    })
}

fn not_json(message: &str) -> Error {
    Error::validation(vec![Issue::new(Vec::<PathSegment>::new(), IssueDetail::invalid_type("JSON", "other"), message)])
}

/// What was thrown: an `Error`'s message (read with `Reflect.get`, which cannot throw through the
/// module, in case `message` is a getter that throws), or a thrown string.
fn describe(thrown: &JsValue) -> String {
    let message = match thrown.dyn_ref::<js_sys::Error>() {
        Some(error) => Reflect::get(error, &JsValue::from_str("message")).ok().and_then(|message| message.as_string()),
        None => thrown.as_string(),
    };
    message.unwrap_or_else(|| "unknown reason".to_owned())
}

/// Reads `{ strict, maxBytes, maxDepth, maxIssues }`; absent keys keep their defaults.
pub fn parse_options(options: Option<&JsParseOptions>) -> ParseOptions {
    let mut parsed = ParseOptions::default();
    let Some(options) = options.filter(|o| o.is_object()) else { return parsed };
    let get = |key: &str| Reflect::get(options, &JsValue::from_str(key)).ok().filter(|v| !v.is_undefined());
    if let Some(strict) = get("strict") {
        parsed.strict = strict.is_truthy();
    }
    if let Some(max) = get("maxBytes").and_then(|v| v.as_f64()).filter(|n| *n >= 0.0) {
        parsed.max_bytes = max.min(usize::MAX as f64) as usize;
    }
    if let Some(max) = get("maxDepth").and_then(|v| v.as_f64()).filter(|n| *n >= 1.0) {
        parsed.max_depth = max.min(100_000.0) as u32;
    }
    if let Some(max) = get("maxIssues").and_then(|v| v.as_f64()).filter(|n| *n >= 1.0) {
        parsed.max_issues = max.min(1e9) as usize;
    }
    parsed
}

/// Builds the JS result: `JSON.parse` of the caller's own text, then the core's edits made
/// in place by their paths (a string spliced in wasm or JS would be new to `JSON.parse`, which
/// reads a fresh string measurably slower), in one call to `js/interop.js`. The edits cross as
/// numbers in wasm memory, written by [`wire::encode`].
pub fn materialise(payload: &Payload<'_>, edits: &[Edit]) -> Result<JsValue, Error> {
    let (words, numbers) = wire::encode(payload.text, payload.ascii, edits);
    let built = MEMORY.with(|memory| {
        let words_at = words.as_ptr() as usize as u32;
        js_materialise(payload.js_text, memory, words_at, words.len() as u32, numbers.as_ptr() as usize as u32)
    });
    built.map_err(|e| not_json(&describe(&e)))
}

/// `JSON.parse` of JSON text the core wrote.
pub fn json_parse(text: &str) -> Result<JsValue, Error> {
    js_sys::JSON::parse(text).map_err(|e| not_json(&describe(&e)))
}
