//! Request validators on any JSON value. What they return is what the client sends, so it
//! must be JSON, and validating it again must accept it unchanged (normalising is idempotent).
#![no_main]

use libfuzzer_sys::fuzz_target;
use periskope_wasm::json::Value;
use periskope_wasm::validate::{validate_phone, CREATE_TICKET, REQUEST_SHAPES, UPDATE_TICKET};

fn reread(json: &str) -> Value {
    serde_json::from_str::<serde_json::Value>(json).expect("the request body is JSON");
    Value::parse(json, 64).expect("the request body reads back")
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(input) = Value::parse(text, 64) else { return };
    match validate_phone(&input) {
        Ok(phone) => assert_eq!(validate_phone(&Value::String(phone.clone())).expect("a normalised phone validates"), phone),
        Err(issues) => assert!(!issues.is_empty(), "a refusal without issues"),
    }
    // Every request table, the tickets' among them (the ticket list query is LIST_QUERY): the
    // same, and every refusal says where.
    for shape in REQUEST_SHAPES.into_iter().chain([&CREATE_TICKET, &UPDATE_TICKET]) {
        match shape.validate(&input) {
            Ok(request) => assert_eq!(shape.validate(&reread(&request.to_json())).expect("a normalised request validates"), request),
            Err(issues) => assert!(!issues.is_empty(), "a refusal without issues"),
        }
    }
});
