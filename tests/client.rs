//! The sans-IO client, natively: what each operation sends, and what each answer becomes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail by panicking")]

use periskope_wasm::client::{interpret_response, Config, Method, Operation};
use periskope_wasm::json::Value;
use periskope_wasm::{ErrorKind, PathSegment};

const NOW: u64 = 1_737_976_000_000;

fn value(json: &str) -> Value {
    Value::parse(json, 16).expect("test JSON")
}

fn config(extra: &str) -> Config {
    Config::from_options(&value(&format!(r#"{{"apiKey":"sk_test_123"{extra}}}"#))).expect("valid options")
}

fn headers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

fn header<'s>(spec: &'s [(String, String)], name: &str) -> Option<&'s str> {
    spec.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture")
}

#[test]
fn get_sends_auth_phone_and_an_encoded_id() {
    let config = config(r#","phone":"+91 98745 32456","baseUrl":"http://127.0.0.1:9/v1/""#);
    let spec = config.get_ticket_request(&value(r#""BKT/001?x#y""#)).expect("valid id");
    assert_eq!(spec.method, Method::Get);
    assert_eq!(spec.url, "http://127.0.0.1:9/v1/tickets/BKT%2F001%3Fx%23y");
    assert_eq!(header(&spec.headers, "authorization"), Some("Bearer sk_test_123"));
    assert_eq!(header(&spec.headers, "x-phone"), Some("919874532456"));
    assert_eq!(header(&spec.headers, "content-type"), None);
    assert_eq!(spec.body, None);
    assert!(!format!("{spec:?}").contains("sk_test_123"), "Debug must hide the key");
}

#[test]
fn no_phone_header_without_a_phone() {
    let spec = config("").get_ticket_request(&value(r#""BKT-001""#)).expect("valid id");
    assert_eq!(spec.url, "https://api.periskope.app/v1/tickets/BKT-001");
    assert_eq!(header(&spec.headers, "x-phone"), None);
}

#[test]
fn bad_ticket_ids_are_validation_errors() {
    for id in [r#""""#, r#""  ""#, "null", "42", r#"" BKT-1""#] {
        let error = config("").get_ticket_request(&value(id)).expect_err(id);
        assert_eq!(error.kind, ErrorKind::Validation, "{id}");
        assert_eq!(error.issues.first().map(|i| i.path.clone()), Some(vec![PathSegment::from("ticketId")]));
    }
}

#[test]
fn create_posts_the_normalised_json_body() {
    let spec =
        config("").create_ticket_request(&value(r#"{"chat_id":"919537851844@c.us","subject":"Refund","priority":2}"#)).expect("valid");
    assert_eq!((spec.method, spec.url.as_str()), (Method::Post, "https://api.periskope.app/v1/tickets/create"));
    assert_eq!(header(&spec.headers, "content-type"), Some("application/json"));
    let body = value(spec.body.as_deref().expect("a body"));
    assert_eq!(body.get("chat_id").and_then(Value::as_str), Some("919537851844@c.us"));
    assert_eq!(body.get("subject").and_then(Value::as_str), Some("Refund"));
}

#[test]
fn create_with_missing_fields_lists_every_issue() {
    let error = config("").create_ticket_request(&value("{}")).expect_err("missing");
    assert_eq!(error.kind, ErrorKind::Validation);
    let paths: Vec<_> = error.issues.iter().map(|i| i.path.clone()).collect();
    assert!(paths.contains(&vec![PathSegment::from("chat_id")]));
    assert!(paths.contains(&vec![PathSegment::from("subject")]));
}

#[test]
fn list_puts_the_query_in_the_url() {
    let c = config("");
    assert_eq!(c.list_tickets_request(&Value::Null).expect("no query").url, "https://api.periskope.app/v1/tickets");
    let spec = c.list_tickets_request(&value(r#"{"offset":0,"limit":100}"#)).expect("valid");
    assert_eq!((spec.method, spec.url.as_str()), (Method::Get, "https://api.periskope.app/v1/tickets?offset=0&limit=100"));
    assert_eq!(c.list_tickets_request(&value(r#"{"limit":0}"#)).expect_err("limit 0").kind, ErrorKind::Validation);
}

#[test]
fn update_patches_and_reports_id_and_patch_issues_together() {
    let c = config("");
    let spec = c.update_ticket_request(&value(r#""BKT 7""#), &value(r#"{"status":"closed"}"#)).expect("valid");
    assert_eq!((spec.method, spec.url.as_str()), (Method::Patch, "https://api.periskope.app/v1/tickets/BKT%207"));
    assert_eq!(
        spec.body.as_deref().map(value).and_then(|b| b.get("status").and_then(Value::as_str).map(str::to_owned)).as_deref(),
        Some("closed")
    );
    let error = c.update_ticket_request(&value(r#""""#), &value(r#"{"status":"done"}"#)).expect_err("both bad");
    assert_eq!(error.issues.first().map(|i| i.path.clone()), Some(vec![PathSegment::from("ticketId")]));
    assert_eq!(error.issues.get(1).and_then(|i| i.path.first().cloned()), Some(PathSegment::from("patch")));
}

#[test]
fn a_2xx_body_yields_the_normalising_edits() {
    let edits = interpret_response(Operation::GetTicket, 200, &[], &fixture("ticket-info.get-ticket.json"), NOW).expect("valid");
    // due_date "" becomes null
    assert!(!edits.is_empty());
}

#[test]
fn a_malformed_2xx_body_is_flagged_as_from_the_server() {
    let error = interpret_response(Operation::GetTicket, 200, &[], r#"{"ticket":{"priority":9}}"#, NOW).expect_err("bad");
    assert_eq!(error.kind, ErrorKind::Validation);
    assert!(error.from_server);
    assert!(error.message.starts_with("the server's response is invalid"));
    let error = interpret_response(Operation::ListTickets, 200, &[], "<html>", NOW).expect_err("not JSON");
    assert_eq!((error.kind, error.from_server), (ErrorKind::Syntax, true));
    let error = interpret_response(Operation::ListTickets, 204, &[], "", NOW).expect_err("empty");
    assert_eq!((error.kind, error.from_server), (ErrorKind::Syntax, true));
}

#[test]
fn a_401_quotes_the_api_message_with_code_trace_and_rate_limit() {
    let h = headers(&[
        ("x-periskope-trace-id", "tr-1"),
        ("X-RateLimit-Limit", "300"),
        ("X-RateLimit-Remaining", "12"),
        ("X-RateLimit-Reset", "1737976074"),
    ]);
    let body = r#"{"code":"UNAUTHORIZED_ERROR","message":"APIs available only for active pro and enterprise plans."}"#;
    let error = interpret_response(Operation::GetTicket, 401, &h, body, NOW).expect_err("401");
    assert_eq!(error.kind, ErrorKind::Http);
    assert!(error.message.contains("\"APIs available only for active pro and enterprise plans.\""), "{}", error.message);
    let http = error.http.expect("http detail");
    assert_eq!((http.status, http.code.as_deref(), http.trace_id.as_deref()), (401, Some("UNAUTHORIZED_ERROR"), Some("tr-1")));
    let rate = http.rate_limit.expect("rate limit");
    assert_eq!((rate.limit, rate.remaining, rate.reset_epoch_seconds), (Some(300), Some(12), Some(1_737_976_074)));
}

#[test]
fn the_422_fields_become_issues() {
    let body = r#"{"code":"VALIDATION_ERROR","fields":{"chat_id":{"message":"chat_id is invalid","value":"x"},"priority":{"message":"must be 1-4","value":9}},"message":"Validation failed","name":"Validation Error","status":422}"#;
    let error = interpret_response(Operation::CreateTicket, 422, &[], body, NOW).expect_err("422");
    assert_eq!(error.kind, ErrorKind::Http);
    let issues: Vec<_> = error.issues.iter().map(|i| (i.path.clone(), i.message.as_str())).collect();
    assert_eq!(issues, [(vec![PathSegment::from("chat_id")], "chat_id is invalid"), (vec![PathSegment::from("priority")], "must be 1-4")]);
}

#[test]
fn html_and_empty_bodies_still_give_status_and_headers() {
    let h = headers(&[("Retry-After", "7"), ("x-periskope-trace-id", "tr-9"), ("x-ratelimit-remaining", "0")]);
    let error = interpret_response(Operation::ListTickets, 502, &h, "<html><body>Bad gateway</body></html>", NOW).expect_err("502");
    assert!(error.message.contains("502 Bad Gateway with an HTML page"), "{}", error.message);
    let http = error.http.expect("detail");
    assert_eq!((http.code, http.trace_id.as_deref(), http.retry_after_seconds), (None, Some("tr-9"), Some(7.0)));
    assert_eq!(http.rate_limit.and_then(|r| r.remaining), Some(0));
    let error = interpret_response(Operation::ListTickets, 503, &[], "", NOW).expect_err("503");
    assert!(error.message.contains("503 Service Unavailable with an empty body"), "{}", error.message);
}

#[test]
fn an_echoed_key_is_redacted() {
    let c = config("");
    let body = r#"{"code":"UNAUTHORIZED_ERROR","message":"Invalid key sk_test_123"}"#;
    let error = c.redact(interpret_response(Operation::GetTicket, 401, &[], body, NOW).expect_err("401"));
    assert!(!error.message.contains("sk_test_123"), "{}", error.message);
}
