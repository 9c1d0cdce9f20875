//! The exports as JS sees them, run by wasm-bindgen-test in Node and in headless Chromium.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail by panicking")]

use js_sys::{Object, Reflect};
use periskope_wasm::bindings;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

const GET_TICKET: &str = include_str!("fixtures/ticket-info.get-ticket.json");
const DOCS_EXAMPLE: &str = include_str!("fixtures/ticket-info.docs-example.invalid.json");

fn get(target: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(target.clone(), |value, key| Reflect::get(&value, &JsValue::from_str(key)).unwrap())
}

fn text(s: &str) -> bindings::JsPayload {
    JsValue::from_str(s).unchecked_into()
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(bindings::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn parses_ticket_info_and_normalises_it() {
    let info = bindings::parse_ticket_info(text(GET_TICKET), None).unwrap();
    assert_eq!(get(&info, &["ticket", "ticket_id"]).as_string().as_deref(), Some("BKT-001"));
    assert_eq!(get(&info, &["ticket", "priority"]).as_f64(), Some(1.0));
    assert!(get(&info, &["ticket", "due_date"]).is_null(), "the API's empty due date becomes null");
    let member = get(&info, &["chat", "members", "918527184400@c.us", "contact_name"]);
    assert_eq!(member.as_string().as_deref(), Some("Support"));
}

#[wasm_bindgen_test]
fn a_string_priority_becomes_a_number() {
    let info = bindings::parse_ticket_info(text(r#"{"ticket":{"ticket_id":"T-1","priority":"3"}}"#), None).unwrap();
    assert_eq!(get(&info, &["ticket", "priority"]).as_f64(), Some(3.0));
}

/// An export's `Err` is the parts of a `PeriskopeError`: the glue makes the error as it throws
/// them (tests/node check what a caller catches).
#[wasm_bindgen_test]
fn syntax_errors_carry_their_kind_and_position() {
    let error = bindings::parse_ticket_info(text(DOCS_EXAMPLE), None).unwrap_err();
    assert_eq!(get(&error, &["kind"]).as_string().as_deref(), Some("syntax"));
    assert_eq!(get(&error, &["details", "line"]).as_f64(), Some(39.0));
    assert_eq!(get(&error, &["details", "column"]).as_f64(), Some(5.0));
}

#[wasm_bindgen_test]
fn validation_errors_list_every_issue_with_its_path() {
    let input = r#"{"ticket":{"ticket_id":"T","is_deleted":"yes","priority":7},"chat":{"chat_id":"1@c.us","members":[]}}"#;
    let error = bindings::parse_ticket_info(text(input), None).unwrap_err();
    assert_eq!(get(&error, &["kind"]).as_string().as_deref(), Some("validation"));
    let issues: js_sys::Array = get(&error, &["details", "issues"]).unchecked_into();
    let paths: Vec<String> = issues.iter().map(|i| js_sys::JSON::stringify(&get(&i, &["path"])).unwrap().into()).collect();
    assert_eq!(paths, [r#"["ticket","is_deleted"]"#, r#"["ticket","priority"]"#, r#"["chat","members"]"#]);
}

#[wasm_bindgen_test]
fn proto_keys_stay_own_data_properties() {
    let input = r#"{"ticket":{"ticket_id":"T","ticket_custom_properties":{"__proto__":"x","constructor":"y"}}}"#;
    let info = bindings::parse_ticket_info(text(input), None).unwrap();
    let props: Object = get(&info, &["ticket", "ticket_custom_properties"]).unchecked_into();
    assert!(Object::get_prototype_of(&props).eq(&Object::get_prototype_of(&Object::new())));
    assert!(Object::has_own(&props, &JsValue::from_str("__proto__")));
}

#[wasm_bindgen_test]
fn the_module_survives_hostile_input() {
    let deep = "[".repeat(100_000);
    let error = bindings::parse_ticket_info(text(&deep), None).unwrap_err();
    assert_eq!(get(&error, &["kind"]).as_string().as_deref(), Some("limit"));
    assert!(bindings::parse_ticket_info(text(GET_TICKET), None).is_ok());
}
