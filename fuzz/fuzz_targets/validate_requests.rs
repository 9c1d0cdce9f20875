//! Request validators on any JSON value. What they return is what the client sends, so it
//! must be JSON, and validating it again must accept it unchanged (normalising is idempotent).
#![no_main]

use libfuzzer_sys::fuzz_target;
use periskope_wasm::json::Value;
use periskope_wasm::validate::{
    validate_create_ticket, validate_list_tickets_query, validate_phone, validate_update_ticket, REQUEST_SHAPES,
};

fn reread(json: &str) -> Value {
    serde_json::from_str::<serde_json::Value>(json).expect("the request body is JSON");
    Value::parse(json, 64).expect("the request body reads back")
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(input) = Value::parse(text, 64) else { return };
    if let Ok(request) = validate_create_ticket(&input) {
        let body = request.to_json();
        let again = validate_create_ticket(&reread(&body)).expect("a normalised body validates");
        assert_eq!(again.to_json(), body);
    }
    if let Ok(request) = validate_update_ticket(&input) {
        let body = request.to_json();
        let again = validate_update_ticket(&reread(&body)).expect("a normalised body validates");
        assert_eq!(again.to_json(), body);
    }
    if let Ok(query) = validate_list_tickets_query(&input) {
        let body = query.to_json();
        let again = validate_list_tickets_query(&reread(&body)).expect("a normalised query validates");
        assert_eq!(again.to_json(), body);
    }
    if let Ok(phone) = validate_phone(&input) {
        let again = validate_phone(&Value::String(phone.clone())).expect("a normalised phone validates");
        assert_eq!(again, phone);
    }
    // The request! tables: the same, and every refusal says where.
    for shape in REQUEST_SHAPES {
        match shape.validate(&input) {
            Ok(request) => assert_eq!(shape.validate(&reread(&request.to_json())).expect("a normalised request validates"), request),
            Err(issues) => assert!(!issues.is_empty(), "a refusal without issues"),
        }
    }
    for issues in [
        validate_create_ticket(&input).err(),
        validate_update_ticket(&input).err(),
        validate_list_tickets_query(&input).err(),
        validate_phone(&input).err(),
    ]
    .into_iter()
    .flatten()
    {
        assert!(!issues.is_empty(), "a refusal without issues");
    }
});
