#![cfg(not(target_arch = "wasm32"))]
//! Every fixture of the shared reference parses (or fails exactly where it should), natively.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail by panicking")]

use periskope_wasm::model::{parse, Chat, ChatType, Nullable, Priority, TicketInfo, TicketStatus, Timestamp};
use periskope_wasm::{ErrorKind, ParseOptions};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture exists")
}

#[test]
fn fixtures_match_the_shared_reference_copies() {
    let shared = format!("{}/../shared/fixtures", env!("CARGO_MANIFEST_DIR"));
    let Ok(entries) = std::fs::read_dir(&shared) else { return };
    for entry in entries {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), fixture(&name), "tests/fixtures/{name} differs from ../shared");
    }
}

#[test]
fn get_ticket_fixture_parses_with_its_values() {
    let parsed = parse::<TicketInfo>(&fixture("ticket-info.get-ticket.json"), &ParseOptions::default()).unwrap();
    let info = parsed.value;
    assert_eq!(info.ticket.ticket_id, "BKT-001");
    assert_eq!(info.ticket.priority, Nullable(Some(Priority(1))));
    assert_eq!(info.ticket.status, Nullable(Some(TicketStatus::Open)));
    assert_eq!(info.ticket.due_date, Nullable(None), "the API's \"\" due date comes out as null");
    assert_eq!(parsed.json["ticket"]["due_date"], serde_json::Value::Null);
    let chat = info.chat.0.unwrap();
    let members = chat.members.0.unwrap();
    assert_eq!(members["918527184400@c.us"].contact_name, Nullable(Some("Support".into())));
    assert_eq!(chat.chat_type, Nullable(Some(ChatType::User)));
    assert_eq!(info.message.0.unwrap().sender_phone, Nullable(Some("918527184400".into())));
}

#[test]
fn chat_fixture_parses_with_its_latest_message() {
    let parsed = parse::<Chat>(&fixture("chat.json"), &ParseOptions { strict: true, ..Default::default() }).unwrap();
    let latest = parsed.value.latest_message.0.unwrap();
    let delivery = latest.delivery_info.0.unwrap();
    assert_eq!(delivery.read.0.unwrap()["919537851844@c.us"], 1_737_976_090_690.0);
    assert_eq!(latest.id.0.unwrap().from_me, Nullable(Some(true)));
    assert_eq!(latest.timestamp, Nullable(Some(Timestamp::Text("2025-01-27T11:07:56+00:00".into()))));
    assert_eq!(parsed.value.member_count, Nullable(Some(2.0)));
    assert_eq!(parsed.json["hubspot_metadata"], serde_json::json!({}), "unknown and untyped fields are kept");
}

#[test]
fn docs_envelope_ticket_data_parses_leniently_but_not_strictly() {
    let envelope: serde_json::Value = serde_json::from_str(&fixture("event.ticket-created.docs-envelope.json")).unwrap();
    let data = envelope["data"].to_string();
    let info = parse::<TicketInfo>(&data, &ParseOptions::default()).unwrap().value;
    assert_eq!(info.ticket.ticket_id, "TICKET-12345");
    assert_eq!(info.ticket.priority, Nullable(Some(Priority(2))));
    let strict = parse::<TicketInfo>(&data, &ParseOptions { strict: true, ..Default::default() }).unwrap_err();
    assert_eq!(strict.kind, ErrorKind::Validation);
    let paths: Vec<String> = strict.issues.iter().map(|i| serde_json::to_string(&i.path).unwrap()).collect();
    assert!(paths.contains(&r#"["chat","chat_id"]"#.to_owned()), "{paths:?}");
    assert!(paths.contains(&r#"["chat","org_id"]"#.to_owned()), "{paths:?}");
}

#[test]
fn docs_example_with_missing_commas_is_a_syntax_error_at_line_39_column_5() {
    let error = parse::<TicketInfo>(&fixture("ticket-info.docs-example.invalid.json"), &ParseOptions::default()).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Syntax);
    let position = error.position.unwrap();
    assert_eq!((position.line, position.column), (39, 5));
    assert_eq!(error.message, "expected ',' or '}' after a property value at line 39, column 5");
}
