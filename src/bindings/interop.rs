//! Every conversion between JS values and the core's Rust values, in one place.

use js_sys::{JsString, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::error::{Error, Issue, IssueCode, PathSegment};
use crate::json::{position_of, Value};
use crate::schema::{ParseOptions, Patch, PatchOp, Scalar};

#[wasm_bindgen(module = "/js/interop.js")]
extern "C" {
    #[wasm_bindgen(js_name = encodeInto)]
    fn encode_into(text: &JsString, memory: &JsValue, ptr: u32, capacity: u32) -> f64;
    #[wasm_bindgen(js_name = encodedRead)]
    fn encoded_read() -> u32;
    #[wasm_bindgen(js_name = materialise, catch)]
    fn js_materialise(text: &JsValue, patches: Option<String>) -> Result<JsValue, JsValue>;
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

/// A payload as the caller gave it: its UTF-8 text for the core, and the JS string that
/// `JSON.parse` will read once the core has accepted it.
pub struct PayloadText {
    pub text: String,
    pub js_text: JsValue,
}

/// Copies a JS string into wasm memory as UTF-8 with one `TextEncoder.encodeInto`: many
/// times faster on long text than wasm-bindgen's per-character copy. Strings longer than
/// `max_bytes` are refused before anything is copied (UTF-16 units never outnumber UTF-8 bytes).
fn js_string_to_utf8(text: &JsString, max_bytes: usize) -> Result<String, Error> {
    let units = text.length() as usize;
    if units > max_bytes {
        return Err(too_large(units, max_bytes));
    }
    let mut bytes = vec![0u8; units];
    let (read, written) = encode_into_at(text, &mut bytes, 0);
    let mut length = written;
    if (read as usize) < units {
        // Non-ASCII text: the rest needs at most three bytes per UTF-16 unit.
        let rest = text.substring(read, units as u32);
        bytes.resize(written + (units - read as usize) * 3, 0);
        length = written + encode_into_at(&rest, &mut bytes, written).1;
    }
    bytes.truncate(length);
    if length > max_bytes {
        return Err(too_large(length, max_bytes));
    }
    // TextEncoder only writes UTF-8 (lone surrogates become U+FFFD), so this never fails.
    String::from_utf8(bytes).map_err(|_| not_json("the text could not be read as UTF-8"))
}

/// Encodes `text` into `buffer[offset..]`; returns the UTF-16 units read and the bytes written.
fn encode_into_at(text: &JsString, buffer: &mut [u8], offset: usize) -> (u32, usize) {
    let destination = buffer.get_mut(offset..).unwrap_or_default();
    let capacity = destination.len() as u32;
    let written = encode_into(text, &wasm_bindgen::memory(), destination.as_mut_ptr() as usize as u32, capacity);
    if written >= 0.0 {
        (text.length(), written as usize)
    } else {
        (encoded_read(), (-written - 1.0) as usize)
    }
}

fn too_large(bytes: usize, max_bytes: usize) -> Error {
    Error::limit(
        crate::error::LimitExceeded::MaxBytes,
        format!("the input is {bytes} bytes or more, over the limit of {max_bytes} bytes (option maxBytes)"),
    )
}

/// Accepts JSON text (a string), its UTF-8 bytes (`Uint8Array`, `ArrayBuffer`) or an
/// already parsed value (serialised with `JSON.stringify` so the core reads one form).
pub fn payload_text(input: &JsValue, max_bytes: usize) -> Result<PayloadText, Error> {
    if let Some(js_string) = input.dyn_ref::<JsString>() {
        let text = js_string_to_utf8(js_string, max_bytes)?;
        return Ok(PayloadText { text, js_text: input.clone() });
    }
    let array = if let Some(array) = input.dyn_ref::<Uint8Array>() {
        Some(array.clone())
    } else {
        input.dyn_ref::<js_sys::ArrayBuffer>().map(|buffer| Uint8Array::new(buffer))
    };
    if let Some(array) = array {
        // Checked before copying: an oversized body must not grow wasm memory.
        let length = array.length() as usize;
        if length > max_bytes {
            return Err(too_large(length, max_bytes));
        }
        let text = utf8_text(array.to_vec())?;
        let js_text = JsValue::from_str(&text);
        return Ok(PayloadText { text, js_text });
    }
    if input.is_undefined() || input.is_function() || input.is_symbol() {
        return Err(not_json("expected JSON text, a Uint8Array or a plain object, got undefined or a function"));
    }
    let (text, js_text) = stringify(input)?;
    let text = text.ok_or_else(|| not_json("the value cannot be turned into JSON"))?;
    Ok(PayloadText { text, js_text })
}

/// `JSON.stringify(input)`: its text (`None` when it gives `undefined`), and the JS string itself.
fn stringify(input: &JsValue) -> Result<(Option<String>, JsValue), Error> {
    let js_text = json_stringify(input).map_err(|e| not_json(&format!("the value cannot be turned into JSON: {}", describe(&e))))?;
    Ok((js_text.as_string(), js_text))
}

/// Any JS value as an owned [`Value`] (through `JSON.stringify`, so `Date`s become ISO
/// strings and `undefined` properties are absent). For request inputs; `undefined` itself is `Null`.
pub fn js_to_value(input: &JsValue, max_depth: u32) -> Result<Value, Error> {
    if input.is_undefined() {
        return Ok(Value::Null);
    }
    match stringify(input)?.0 {
        Some(text) => Value::parse(&text, max_depth),
        None => Ok(Value::Null),
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
    Error::validation(vec![Issue::new(Vec::<PathSegment>::new(), IssueCode::InvalidType, message)])
}

fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "unknown reason".to_owned())
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

/// Builds the JS result: `JSON.parse` of the text the core accepted, then its patches, in one
/// call to `js/interop.js` (a patch applied through Reflect from here costs a dozen crossings).
pub fn materialise(js_text: &JsValue, patches: &[Patch]) -> Result<JsValue, Error> {
    let patch_text = if patches.is_empty() { None } else { Some(patches_to_json(patches)) };
    js_materialise(js_text, patch_text).map_err(|e| not_json(&describe(&e)))
}

/// `[[path, 0, value], [path, 1, [from, to]], ...]`, the form `materialise` in js/interop.js reads.
fn patches_to_json(patches: &[Patch]) -> String {
    let mut out = String::with_capacity(patches.len() * 48);
    out.push('[');
    for (i, patch) in patches.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("[[");
        for (j, segment) in patch.path.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            match segment {
                PathSegment::Key(key) => out.push_str(&crate::error::quote(key)),
                PathSegment::Index(index) => out.push_str(&index.to_string()),
            }
        }
        out.push_str("],");
        match &patch.op {
            PatchOp::Set(Scalar::Null) => out.push_str("0,null"),
            PatchOp::Set(Scalar::Bool(b)) => out.push_str(if *b { "0,true" } else { "0,false" }),
            PatchOp::Set(Scalar::Integer(n)) => {
                out.push_str("0,");
                out.push_str(&n.to_string());
            }
            // Checked to be JSON number grammar by the walker, so it can stand as is.
            PatchOp::Set(Scalar::Decimal(text)) => {
                out.push_str("0,");
                out.push_str(text);
            }
            PatchOp::Rename { from, to } => {
                out.push_str("1,[");
                out.push_str(&crate::error::quote(from));
                out.push(',');
                out.push_str(&crate::error::quote(to));
                out.push(']');
            }
        }
        out.push(']');
    }
    out.push(']');
    out
}
