//! Every issue code with its details, as a UI reads them to say the problem in its own words:
//! one case per code (and per kind of bound), through the validators, the parsers and the
//! event parser. `every_code_has_a_case` fails when a code is added without one.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail by panicking")]

use periskope_wasm::events::parse_event;
use periskope_wasm::json::Value;
use periskope_wasm::model::{parse, Ticket};
use periskope_wasm::validate::{validate_create_ticket, validate_list_tickets_query, validate_update_ticket};
use periskope_wasm::{IssueCode, IssueDetail, ParseOptions};

fn value(json: &str) -> Value {
    Value::parse(json, 32).unwrap()
}

/// The details of the only issue `json` gives to the create-ticket validator.
fn create(json: &str) -> IssueDetail {
    let issues = validate_create_ticket(&value(json)).expect_err(json);
    assert_eq!(issues.len(), 1, "{json}: {issues:#?}");
    issues[0].detail.clone()
}

fn cases() -> Vec<(&'static str, IssueDetail, IssueDetail)> {
    let base = |extra: &str| format!(r#"{{"chat_id":"919537851844@c.us","subject":"Refund"{extra}}}"#);
    let update = |json: &str| validate_update_ticket(&value(json)).expect_err(json)[0].detail.clone();
    let list = |json: &str| validate_list_tickets_query(&value(json)).expect_err(json)[0].detail.clone();
    let ticket = |json: &str| parse::<Ticket>(json, &ParseOptions::default()).expect_err(json).issues[0].detail.clone();
    let event = |json: &str| parse_event(json, &ParseOptions::default()).expect_err(json).issues[0].detail.clone();
    vec![
        (
            "a number where a string goes",
            create(r#"{"chat_id":919537851844,"subject":"Refund"}"#),
            IssueDetail::invalid_type("string", "number"),
        ),
        ("an object where a ticket goes", ticket("[1]"), IssueDetail::invalid_type("object", "array")),
        ("null for labels in an update", update(r#"{"labels":null}"#), IssueDetail::invalid_type("string | string[]", "null")),
        ("no subject", create(r#"{"chat_id":"919537851844@c.us"}"#), IssueDetail::missing_field("string")),
        ("a ticket without its id", ticket("{}"), IssueDetail::missing_field("string")),
        (
            "a 501-character subject",
            create(&format!(r#"{{"chat_id":"919537851844@c.us","subject":"{}"}}"#, "x".repeat(501))),
            IssueDetail::out_of_range(Some(1), Some(500), "characters"),
        ),
        ("priority 7", create(&base(r#","priority":7"#)), IssueDetail::out_of_range(Some(1), Some(4), "value")),
        ("limit 5000", list(r#"{"limit":5000}"#), IssueDetail::out_of_range(Some(1), Some(2000), "value")),
        ("offset -1", list(r#"{"offset":-1}"#), IssueDetail::out_of_range(Some(0), None, "value")),
        ("a parsed priority of 9", ticket(r#"{"ticket_id":"T","priority":9}"#), IssueDetail::out_of_range(Some(0), Some(4), "value")),
        ("an assignee that is no email", create(&base(r#","assignee":"bharat""#)), IssueDetail::invalid_format("email")),
        ("a chat id of letters", create(r#"{"chat_id":"abc@c.us","subject":"Refund"}"#), IssueDetail::invalid_format("chat_id")),
        ("a due date without a timezone", create(&base(r#","due_date":"2025-04-20T10:00:00""#)), IssueDetail::invalid_format("date")),
        ("status done", create(&base(r#","status":"done""#)), IssueDetail::invalid_value(&["open", "inprogress", "closed", "archived"])),
        ("priority high", create(&base(r#","priority":"high""#)), IssueDetail::invalid_value(&["1", "2", "3", "4"])),
        ("a key twice in a ticket", ticket(r#"{"ticket_id":"a","ticket_id":"b"}"#), IssueDetail::duplicate_key("ticket_id")),
        (
            "event and event_type naming different events",
            event(r#"{"event":"ticket.created","event_type":"ticket.updated","org_id":"o","data":{"ticket":{"ticket_id":"T"}}}"#),
            IssueDetail::ConflictingAlias { names: ["event", "event_type"] },
        ),
        (
            "asignee",
            create(&base(r#","asignee":"a@b.co""#)),
            IssueDetail::UnknownField { key: "asignee".to_owned(), suggestion: Some("assignee") },
        ),
        (
            "a field nothing is close to",
            create(&base(r#","group_name":"x""#)),
            IssueDetail::UnknownField { key: "group_name".to_owned(), suggestion: None },
        ),
        (
            "an empty update",
            update("{}"),
            IssueDetail::Empty { fields: &["subject", "assignee", "due_date", "priority", "status", "labels"] },
        ),
    ]
}

#[test]
fn each_code_carries_its_details() {
    for (case, found, expected) in cases() {
        assert_eq!(found, expected, "{case}");
    }
}

#[test]
fn every_code_has_a_case() {
    let covered: Vec<IssueCode> = cases().iter().map(|(_, detail, _)| detail.code()).collect();
    for code in IssueCode::ALL {
        assert!(covered.contains(code), "no case gives {}", code.as_str());
    }
}

#[test]
fn the_typescript_union_has_one_member_per_code_with_its_details() {
    let typescript = IssueDetail::typescript();
    for code in IssueCode::ALL {
        assert!(typescript.contains(&format!("code: '{}';", code.as_str())), "{}", code.as_str());
    }
    for detail in [
        "expected: string;",
        "received: string;",
        "minimum?: number;",
        "maximum?: number;",
        "unit: string;",
        "format: string;",
        "allowed: string[];",
        "key: string;",
        "names: [string, string];",
        "suggestion?: string;",
        "fields: string[];",
    ] {
        assert!(typescript.contains(detail), "{detail}");
    }
}
