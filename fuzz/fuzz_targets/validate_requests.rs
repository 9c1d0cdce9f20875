//! Request validators on any JSON value. What they return is what the client sends, so it
//! must be JSON, and validating it again must accept it unchanged (normalising is idempotent).
#![no_main]

use libfuzzer_sys::fuzz_target;
use periskope_wasm::json::Value;
use periskope_wasm::validate::{
    validate_create_note, validate_create_ticket, validate_forward_message, validate_list_chats_query, validate_list_notes_query,
    validate_list_query, validate_list_tickets_query, validate_phone, validate_reaction, validate_send_message, validate_update_contact,
    validate_update_ticket,
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
        let _ = query.to_query_string();
    }
    if let Ok(phone) = validate_phone(&input) {
        let again = validate_phone(&Value::String(phone.clone())).expect("a normalised phone validates");
        assert_eq!(again, phone);
    }
    // The request! tables: the same, and every refusal says where.
    for validate in [
        validate_send_message,
        validate_forward_message,
        validate_reaction,
        validate_create_note,
        validate_update_contact,
        validate_list_chats_query,
        validate_list_query,
        validate_list_notes_query,
    ] {
        match validate(&input) {
            Ok(request) => assert_eq!(validate(&reread(&request.to_json())).expect("a normalised request validates"), request),
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
