#![cfg(not(target_arch = "wasm32"))]
//! Webhook events natively: every event type from a realistic body, in both envelope forms;
//! unknown events; envelope errors with their paths; changed fields; signatures.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail by panicking")]

use periskope_wasm::events::{changed_fields, parse_event, verify_signature, EVENT_KINDS};
use periskope_wasm::json::Value as JsonValue;
use periskope_wasm::model::{Chat, Message, Note, Notification, PhoneInfo, Reaction, TicketInfo};
use periskope_wasm::schema::{apply_at_paths, apply_edits};
use periskope_wasm::{Error, ErrorKind, IssueCode, ParseOptions, PathSegment};
use serde_json::{json, Value};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/events/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture exists")
}

/// The body parsed the way the JS side builds it: the text as sent with the edits spliced in.
fn normalised(text: &str, options: &ParseOptions) -> Result<(Option<&'static str>, Value), Error> {
    let parsed = parse_event(text, options)?;
    let json: Value = serde_json::from_str(&apply_edits(text, &parsed.edits)).expect("the edited text is JSON");
    // JS changes the parsed value in place instead, by the edits' paths: both must agree.
    let mut in_place: Value = serde_json::from_str(text).expect("valid JSON");
    apply_at_paths(&mut in_place, text, &parsed.edits);
    assert_eq!(in_place, json, "edits by path and by text differ for {text}");
    Ok((parsed.kind.map(|kind| kind.name), json))
}

fn at<'v>(value: &'v Value, path: &Value) -> &'v Value {
    path.as_array().expect("path").iter().fold(value, |v, step| match step {
        Value::String(key) => &v[key.as_str()],
        Value::Number(index) => &v[index.as_u64().expect("index") as usize],
        _ => panic!("bad path step"),
    })
}

/// The form real traffic carries: `event_type` instead of `event`, plus `id`; `data` first and
/// the name last, so the parser has to come back to `data` once it knows the model.
fn real_traffic_form(documented: &Value, id: &str) -> String {
    let object = documented.as_object().expect("object");
    let mut out = serde_json::Map::new();
    out.insert("data".into(), object["data"].clone());
    out.insert("id".into(), json!(id));
    for (key, value) in object {
        if key != "event" && key != "data" {
            out.insert(key.clone(), value.clone());
        }
    }
    out.insert("event_type".into(), object["event"].clone());
    serde_json::to_string(&Value::Object(out)).expect("serialise")
}

fn issues(result: Result<(Option<&'static str>, Value), Error>) -> Vec<(Vec<PathSegment>, IssueCode)> {
    let error = result.expect_err("expected an error");
    assert_eq!(error.kind, ErrorKind::Validation, "{}", error.message);
    error
        .issues
        .into_iter()
        .map(|issue| {
            let code = issue.code();
            (issue.path, code)
        })
        .collect()
}

fn path(steps: &[&str]) -> Vec<PathSegment> {
    steps.iter().map(|s| PathSegment::from(*s)).collect()
}

#[test]
fn every_event_type_parses_with_its_values_in_both_envelope_forms() {
    let expected: serde_json::Map<String, Value> = serde_json::from_str(&fixture("expected.json")).unwrap();
    assert_eq!(expected.len(), EVENT_KINDS.len(), "one fixture per event type");
    for kind in EVENT_KINDS {
        let text = fixture(&format!("{}.json", kind.name));
        let (found, documented) = normalised(&text, &ParseOptions::default()).unwrap_or_else(|e| panic!("{}: {e}", kind.name));
        assert_eq!(found, Some(kind.name));
        assert_eq!(documented["event"], json!(kind.name));
        assert_eq!(documented["known"], json!(true));
        let checks = expected[kind.name].as_array().unwrap();
        assert_eq!(checks.len(), 2);
        for check in checks {
            assert_eq!(at(&documented, &check[0]), &check[1], "{} at {}", kind.name, check[0]);
        }

        let real = real_traffic_form(&serde_json::from_str(&text).unwrap(), "evt_01JHV3");
        let (found, mut real) = normalised(&real, &ParseOptions::default()).unwrap_or_else(|e| panic!("{}: {e}", kind.name));
        assert_eq!(found, Some(kind.name));
        assert_eq!(real["id"], json!("evt_01JHV3"));
        assert!(real.get("event_type").is_none(), "event_type is renamed to event");
        real.as_object_mut().unwrap().remove("id");
        assert_eq!(real, documented, "{}: both forms give the same event", kind.name);

        assert!(parse_event(&text, &ParseOptions { strict: true, ..ParseOptions::default() }).is_ok(), "{} strict", kind.name);
        typed_data_builds(kind.data.name, &documented["data"]);
    }
}

/// The normalised data deserialises into the Rust model the table names.
fn typed_data_builds(type_name: &str, data: &Value) {
    let built = match type_name {
        "TicketInfo" => serde_json::from_value::<TicketInfo>(data.clone()).map(drop),
        "Message" => serde_json::from_value::<Message>(data.clone()).map(drop),
        "Chat" => serde_json::from_value::<Chat>(data.clone()).map(drop),
        "Reaction" => serde_json::from_value::<Reaction>(data.clone()).map(drop),
        "Notification" => serde_json::from_value::<Notification>(data.clone()).map(drop),
        "PhoneInfo" => serde_json::from_value::<PhoneInfo>(data.clone()).map(drop),
        "Note" => serde_json::from_value::<Note>(data.clone()).map(drop),
        other => panic!("no model {other}"),
    };
    built.unwrap_or_else(|e| panic!("{type_name}: {e}"));
}

#[test]
fn the_documented_example_envelope_parses() {
    let text =
        std::fs::read_to_string(format!("{}/tests/fixtures/event.ticket-created.docs-envelope.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let (kind, event) = normalised(&text, &ParseOptions::default()).unwrap();
    assert_eq!(kind, Some("ticket.created"));
    assert_eq!(event["data"]["ticket"]["ticket_id"], json!("TICKET-12345"));
    assert_eq!(event["org_id"], json!("2997dd64-89bf-48d3-9a22-b314fca017e5"));
}

#[test]
fn an_unknown_event_keeps_its_data_and_says_it_is_unknown() {
    let text = r#"{"event":"contact.created","data":{"contact_id":"919537851844@c.us","tags":[1,"x",null]},"org_id":"o-1","extra":true}"#;
    let (kind, event) = normalised(text, &ParseOptions::default()).unwrap();
    assert_eq!(kind, None);
    assert_eq!(event["known"], json!(false));
    assert_eq!(event["event"], json!("contact.created"));
    assert_eq!(event["data"], json!({"contact_id":"919537851844@c.us","tags":[1,"x",null]}));
    assert_eq!(event["extra"], json!(true), "unknown envelope fields are kept");

    let (_, event) =
        normalised(r#"{"data":"not an object","event_type":"contact.deleted","org_id":"o-1"}"#, &ParseOptions::default()).unwrap();
    assert_eq!(
        (event["event"].clone(), event["data"].clone(), event["known"].clone()),
        (json!("contact.deleted"), json!("not an object"), json!(false))
    );

    let broken = parse_event(r#"{"event":"contact.created","data":{"a":[1,}}"#, &ParseOptions::default()).unwrap_err();
    assert_eq!(broken.kind, ErrorKind::Syntax, "an unknown event's data still has to be JSON");
}

#[test]
fn envelope_problems_are_issues_with_their_paths() {
    let options = ParseOptions::default();
    assert_eq!(issues(normalised(r#"{"data":{},"org_id":"o"}"#, &options)), vec![(path(&["event"]), IssueCode::MissingField)]);
    assert_eq!(
        issues(normalised(r#"{"event":"ticket.updated","data":"BKT-1","org_id":"o"}"#, &options)),
        vec![(path(&["data"]), IssueCode::InvalidType)]
    );
    assert_eq!(
        issues(normalised(
            r#"{"event":"ticket.updated","event_type":"ticket.created","data":{"ticket":{"ticket_id":"T"}},"org_id":"o"}"#,
            &options
        )),
        vec![(path(&["event_type"]), IssueCode::ConflictingAlias)]
    );
    assert_eq!(issues(normalised(r#"{"event":"note.created","org_id":"o"}"#, &options)), vec![(path(&["data"]), IssueCode::MissingField)]);
    assert_eq!(issues(normalised(r#"{"event":7,"data":{},"org_id":"o"}"#, &options)), vec![(path(&["event"]), IssueCode::InvalidType)]);
    assert_eq!(issues(normalised(r#"{"event":"x.y","data":{}}"#, &options)), vec![(path(&["org_id"]), IssueCode::MissingField)]);
    assert_eq!(issues(normalised(r#"[{"event":"x.y"}]"#, &options)), vec![(vec![], IssueCode::InvalidType)]);
    assert_eq!(
        issues(normalised(r#"{"event":"x.y","event":"x.y","data":{},"org_id":"o"}"#, &options)),
        vec![(path(&["event"]), IssueCode::DuplicateKey)]
    );
}

#[test]
fn repeated_envelope_keys_are_duplicate_keys_as_in_every_other_payload() {
    let options = ParseOptions::default();
    let data = r#""data":{"ticket":{"ticket_id":"T"}}"#;
    type Issues = Vec<(Vec<PathSegment>, IssueCode)>;
    let cases: [(String, Issues); 6] = [
        (format!(r#"{{"event":"ticket.created",{data},"org_id":"o","x":1,"x":2}}"#), vec![(path(&["x"]), IssueCode::DuplicateKey)]),
        (
            format!(r#"{{"event":"ticket.created",{data},"known":1,"org_id":"o","known":2}}"#),
            vec![(path(&["known"]), IssueCode::DuplicateKey)],
        ),
        (
            format!(r#"{{"event":"ticket.created",{data},"org_id":"o","extra":{{"a":[{{"b":1,"b":2}}]}}}}"#),
            vec![(vec!["extra".into(), "a".into(), 0u32.into(), "b".into()], IssueCode::DuplicateKey)],
        ),
        (
            r#"{"event":"contact.created","data":{"a":1,"a":2},"org_id":"o"}"#.to_owned(),
            vec![(path(&["data", "a"]), IssueCode::DuplicateKey)],
        ),
        (
            r#"{"data":{"a":1,"a":2},"org_id":"o","event_type":"contact.created"}"#.to_owned(),
            vec![(path(&["data", "a"]), IssueCode::DuplicateKey)],
        ),
        (
            r#"{"data":{"a":1,"a":2},"org_id":"o"}"#.to_owned(),
            vec![(path(&["data", "a"]), IssueCode::DuplicateKey), (path(&["event"]), IssueCode::MissingField)],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(issues(normalised(&text, &options)), expected, "{text}");
    }
    // The same envelopes without the repeats parse, and keep what they carry.
    let (_, event) =
        normalised(&format!(r#"{{"event":"ticket.created",{data},"org_id":"o","x":1,"extra":{{"a":[{{"b":1}}]}}}}"#), &options).unwrap();
    assert_eq!((event["x"].clone(), event["extra"].clone()), (json!(1), json!({"a":[{"b":1}]})));
}

#[test]
fn data_issues_carry_the_path_from_the_root_whichever_comes_first() {
    let after = r#"{"event":"ticket.updated","data":{"ticket":{"ticket_id":"T","priority":9}},"org_id":"o"}"#;
    let before = r#"{"data":{"ticket":{"ticket_id":"T","priority":9}},"org_id":"o","event_type":"ticket.updated"}"#;
    for text in [after, before] {
        assert_eq!(
            issues(normalised(text, &ParseOptions::default())),
            vec![(path(&["data", "ticket", "priority"]), IssueCode::OutOfRange)]
        );
    }
    let (_, event) = normalised(
        r#"{"data":{"ticket":{"ticket_id":"T","priority":"4"}},"org_id":"o","event_type":"ticket.updated"}"#,
        &ParseOptions::default(),
    )
    .unwrap();
    assert_eq!(event["data"]["ticket"]["priority"], json!(4), "data read before its name is still normalised");
}

#[test]
fn changed_fields_of_the_update_fixtures() {
    let value = |name: &str| JsonValue::parse(&fixture(name), 64).unwrap();
    let ticket = changed_fields(&value("ticket.updated.json"));
    let fields: Vec<(&str, String, Option<String>)> =
        ticket.iter().map(|c| (c.field.as_str(), c.previous.to_json(), c.current.as_ref().map(JsonValue::to_json))).collect();
    assert_eq!(
        fields,
        vec![
            ("status", "\"open\"".to_owned(), Some("\"inprogress\"".to_owned())),
            ("priority", "2".to_owned(), Some("3".to_owned())),
            ("assignee", "\"priya@acme.example\"".to_owned(), Some("\"arjun@acme.example\"".to_owned())),
        ]
    );
    let phone = changed_fields(&value("org.phone.updated.json"));
    assert_eq!(phone.len(), 1);
    assert_eq!(phone[0].current.as_ref().and_then(JsonValue::as_str), Some("Support line (India)"));
    assert!(changed_fields(&value("ticket.created.json")).is_empty());
}

// Vectors computed independently with OpenSSL, e.g.
//   printf '%s' "$body" | openssl dgst -sha256 -hmac "$key"
//   openssl dgst -sha256 -hmac 'psk_live_4f9a2c7e1b' < tests/fixtures/events/ticket.created.json
const BODY: &str = r#"{"event":"message.created","data":{"body":"₹4,999 — ok ✓"},"org_id":"2997dd64-89bf-48d3-9a22-b314fca017e5"}"#;
const KEY: &str = "psk_live_4f9a2c7e1b";
const BODY_SIGNATURE: &str = "742e1e9f4dc39369237e0c1b796708720d99657efd19e76b7878a3bba7fd6211";
/// The same body keyed with `clé-secrète-κλειδί` (a key with non-ASCII characters).
const BODY_SIGNATURE_UTF8_KEY: &str = "806b89259ff5b131ac0927927c2b96ba0e116d530ba84a5fe94835d225bbea47";
const FIXTURE_SIGNATURE: &str = "a386cd3e9aa2a6c8ad4f606d190f0289be8ba1a571dc7786de2bd167c6fd8ed9";

#[test]
fn signatures_verify_against_openssl_vectors() {
    assert!(verify_signature(BODY.as_bytes(), BODY_SIGNATURE, KEY.as_bytes()));
    assert!(verify_signature(BODY.as_bytes(), BODY_SIGNATURE_UTF8_KEY, "clé-secrète-κλειδί".as_bytes()));
    assert!(verify_signature(fixture("ticket.created.json").as_bytes(), FIXTURE_SIGNATURE, KEY.as_bytes()));
    assert!(verify_signature(BODY.as_bytes(), &BODY_SIGNATURE.to_uppercase(), KEY.as_bytes()), "upper-case hex");
    assert!(verify_signature(BODY.as_bytes(), &format!("  {BODY_SIGNATURE}\r\n"), KEY.as_bytes()), "surrounding whitespace");
}

#[test]
fn signatures_fail_for_a_tampered_body_a_wrong_key_or_a_bad_header() {
    let tampered = BODY.replace("4,999", "5,999");
    assert!(!verify_signature(tampered.as_bytes(), BODY_SIGNATURE, KEY.as_bytes()));
    assert!(!verify_signature(BODY.as_bytes(), BODY_SIGNATURE, b"psk_live_4f9a2c7e1c"));
    assert!(!verify_signature(BODY.as_bytes(), "", KEY.as_bytes()), "missing header");
    assert!(!verify_signature(BODY.as_bytes(), &format!("sha256={BODY_SIGNATURE}"), KEY.as_bytes()));
    assert!(!verify_signature(BODY.as_bytes(), &BODY_SIGNATURE[..63], KEY.as_bytes()));
    let mut flipped = BODY_SIGNATURE.to_owned();
    flipped.replace_range(63.., "0");
    assert!(!verify_signature(BODY.as_bytes(), &flipped, KEY.as_bytes()), "last digit changed");
}
