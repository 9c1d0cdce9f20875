//! An owned JSON value read with the same [`Reader`]: for small inputs that need random
//! access (request bodies, `previous_attributes`), not for the hot parse path. Numbers keep
//! their text, so the crate never needs float parsing.

use super::{parse_decimal, read_error, NotSafeInteger, ReadResult, Reader, ValueKind};
use crate::error::Error;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number's JSON text, e.g. `"2"` or `"1.5e3"`.
    Number(String),
    String(String),
    Array(Vec<Value>),
    /// Properties in the order they came. Duplicate keys are kept as they came.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// Parses JSON text; objects and arrays may nest at most `max_depth` levels.
    pub fn parse(text: &str, max_depth: u32) -> Result<Value, Error> {
        let mut reader = Reader::new(text, max_depth);
        let result = read_value(&mut reader).and_then(|value| reader.finish().map(|()| value));
        result.map_err(|_| read_error(text, reader.failure()))
    }

    pub fn kind(&self) -> ValueKind {
        match self {
            Value::Null => ValueKind::Null,
            Value::Bool(_) => ValueKind::Bool,
            Value::Number(_) => ValueKind::Number,
            Value::String(_) => ValueKind::String,
            Value::Array(_) => ValueKind::Array,
            Value::Object(_) => ValueKind::Object,
        }
    }

    /// The last value of `key` (JSON.parse's rule for duplicate keys), when this is an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(entries) => entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The value when it is a whole number that JS can hold exactly.
    pub fn as_safe_integer(&self) -> Option<Result<i64, NotSafeInteger>> {
        match self {
            Value::Number(text) => parse_decimal(text).map(|d| d.safe_integer()),
            _ => None,
        }
    }

    /// Writes the value back as compact JSON text.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(256);
        self.write_json(&mut out);
        out
    }

    pub fn write_json(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(text) => out.push_str(text),
            Value::String(s) => crate::error::push_json_string(out, s),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_json(out);
                }
                out.push(']');
            }
            Value::Object(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    crate::error::push_json_string(out, key);
                    out.push(':');
                    value.write_json(out);
                }
                out.push('}');
            }
        }
    }
}

/// Recursion is bounded by the reader's `max_depth`, which callers keep small.
fn read_value(reader: &mut Reader<'_>) -> ReadResult<Value> {
    Ok(match reader.peek_kind()? {
        ValueKind::Null => {
            reader.read_null()?;
            Value::Null
        }
        ValueKind::Bool => Value::Bool(reader.read_bool()?),
        ValueKind::Number => Value::Number(reader.read_number()?.raw.to_owned()),
        ValueKind::String => Value::String(reader.read_string()?.decode().into_owned()),
        ValueKind::Array => {
            reader.begin_array()?;
            let mut items = Vec::new();
            while reader.next_item(items.is_empty())? {
                items.push(read_value(reader)?);
            }
            Value::Array(items)
        }
        ValueKind::Object => {
            reader.begin_object()?;
            let mut entries = Vec::new();
            while let Some(key) = reader.next_key(entries.is_empty())? {
                let key = key.decode().into_owned();
                entries.push((key, read_value(reader)?));
            }
            Value::Object(entries)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_writes_back() {
        let text = r#"{"a":[1,-2.5e3,true,null,"x\"y"],"b":{"c":"é"},"a":2}"#;
        let value = Value::parse(text, 16).unwrap();
        assert_eq!(value.to_json(), text);
        assert_eq!(value.get("a"), Some(&Value::Number("2".into())), "the last duplicate wins, as in JSON.parse");
        assert_eq!(value.get("a").unwrap().as_safe_integer(), Some(Ok(2)));
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Strings are written as `JSON.stringify` (and serde_json) write them, escapes included.
        #[test]
        fn strings_are_written_as_json_stringify_writes_them(text in "\\PC*|[\\x00-\\x1f\"\\\\é😀]*") {
            let written = Value::Object(vec![(text.clone(), Value::String(text.clone()))]).to_json();
            let mut expected = serde_json::Map::new();
            expected.insert(text.clone(), serde_json::Value::String(text));
            proptest::prop_assert_eq!(written, serde_json::to_string(&expected).unwrap());
        }
    }

    #[test]
    fn depth_and_syntax_errors_are_errors() {
        assert_eq!(Value::parse(&"[".repeat(40), 16).unwrap_err().kind, crate::ErrorKind::Limit);
        assert_eq!(Value::parse("{\"a\":}", 16).unwrap_err().kind, crate::ErrorKind::Syntax);
    }
}
