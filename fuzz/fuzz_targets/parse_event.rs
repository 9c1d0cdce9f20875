//! Webhook bodies: the envelope parser, then the changed-fields view of the same body, whose
//! JSON text the JS side hands to JSON.parse and so must always be JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use periskope_wasm::events::{changed_fields, changed_fields_json, parse_event};
use periskope_wasm::json::Value;
use periskope_wasm_fuzz::{check_error, options_from, split};

fuzz_target!(|data: &[u8]| {
    let Some((byte, text)) = split(data) else { return };
    let options = options_from(byte);
    match parse_event(text, &options) {
        Ok(event) => {
            assert!(!event.name.is_empty() || event.kind.is_none(), "a known event without a name");
        }
        Err(error) => check_error(text, &error),
    }
    if let Ok(value) = Value::parse(text, options.max_depth) {
        let written = changed_fields_json(&changed_fields(&value));
        // Numbers are copied as written: JSON, though serde_json refuses 1e400 (JSON.parse gives Infinity).
        if let Err(error) = serde_json::from_str::<serde_json::Value>(&written) {
            assert!(error.to_string().contains("number out of range"), "changed fields are not JSON: {error}\n{written}");
            Value::parse(&written, 256).expect("changed fields read back");
        }
    }
});
