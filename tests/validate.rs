//! Request validation, table-driven: each rule with valid, boundary and invalid values,
//! the reference's own examples, and the JSON bodies the client will send.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail by panicking")]

use periskope_wasm::json::Value;
use periskope_wasm::validate::{validate_create_ticket, validate_list_tickets_query, validate_phone, validate_update_ticket};
use periskope_wasm::{Issue, IssueCode, PathSegment};

fn value(json: &str) -> Value {
    Value::parse(json, 32).unwrap_or_else(|e| panic!("bad test JSON {json}: {e}"))
}

/// `path` of an issue rendered as `a.b.0` for compact expectations.
fn path_of(issue: &Issue) -> String {
    let parts: Vec<String> = issue
        .path
        .iter()
        .map(|s| match s {
            PathSegment::Key(k) => k.clone(),
            PathSegment::Index(i) => i.to_string(),
        })
        .collect();
    parts.join(".")
}

fn create_ok(json: &str) -> String {
    match validate_create_ticket(&value(json)) {
        Ok(request) => request.to_json(),
        Err(issues) => panic!("{json} should be valid, got {issues:#?}"),
    }
}

fn create_err(json: &str) -> Vec<Issue> {
    match validate_create_ticket(&value(json)) {
        Ok(request) => panic!("{json} should be rejected, got {}", request.to_json()),
        Err(issues) => issues,
    }
}

/// A minimal valid create body with `key` set to `json` (replacing chat_id or subject).
fn with_field(key: &str, json: &str) -> String {
    let mut body = String::from("{");
    for (base_key, base_json) in [("chat_id", r#""919537851844@c.us""#), ("subject", r#""S""#)] {
        if base_key != key {
            body.push_str(&format!("\"{base_key}\":{base_json},"));
        }
    }
    format!("{body}\"{key}\":{json}}}")
}

/// The body with one field checked: `Ok(normalised field JSON)` or the issue's code and message.
fn create_field(key: &str, json: &str) -> Result<Option<Value>, (String, IssueCode, String)> {
    match validate_create_ticket(&value(&with_field(key, json))) {
        Ok(request) => Ok(value(&request.to_json()).get(key).cloned()),
        Err(issues) => {
            assert_eq!(issues.len(), 1, "{key}={json}: {issues:#?}");
            let issue = &issues[0];
            Err((path_of(issue), issue.code(), issue.message.clone()))
        }
    }
}

fn s(text: &str) -> Option<Value> {
    Some(Value::String(text.to_owned()))
}

#[test]
fn the_documented_field_examples_validate() {
    let body = r#"{"chat_id":"919537851844@c.us","subject":"New subject 1","labels":"Test, Demo",
        "assignee":"bharat@periskope.app","quoted_message_id":"3EB0ABB7C973860FC19EBE05FD934141CCEC2D8B",
        "due_date":"2025-04-20","priority":"2","status":"closed"}"#;
    assert_eq!(
        create_ok(body),
        r#"{"chat_id":"919537851844@c.us","subject":"New subject 1","priority":"2","status":"closed","due_date":"2025-04-20T00:00:00.000Z","assignee":"bharat@periskope.app","labels":"Test, Demo","quoted_message_id":"3EB0ABB7C973860FC19EBE05FD934141CCEC2D8B"}"#
    );
}

#[test]
fn the_openapi_node_sample_validates_with_defaults_filled_in() {
    let body = r#"{"chat_id":"120363392071406466@g.us",
        "quoted_message_id":"false_120363176874912345@g.us_3A23F157E7D477DD1234_919971866123@c.us",
        "subject":"A simple subject"}"#;
    assert_eq!(
        create_ok(body),
        r#"{"chat_id":"120363392071406466@g.us","subject":"A simple subject","priority":"1","status":"open","quoted_message_id":"false_120363176874912345@g.us_3A23F157E7D477DD1234_919971866123@c.us"}"#
    );
}

#[test]
fn the_pasted_create_group_example_names_missing_and_unknown_fields() {
    let body = r#"{"group_name":"Test New 1040","options":{"addMembersAdminsOnly":"","description":"","image":"",
        "infoAdminsOnly":"","messagesAdminsOnly":""},"participants":["919537851844"]}"#;
    let issues = create_err(body);
    let found: Vec<(String, IssueCode)> = issues.iter().map(|i| (path_of(i), i.code())).collect();
    assert_eq!(
        found,
        vec![
            ("chat_id".into(), IssueCode::MissingField),
            ("subject".into(), IssueCode::MissingField),
            ("group_name".into(), IssueCode::UnknownField),
            ("options".into(), IssueCode::UnknownField),
            ("participants".into(), IssueCode::UnknownField),
        ]
    );
    assert!(issues[2].message.contains("\"group_name\""), "{}", issues[2].message);
    assert!(issues[2].message.contains("chat_id, subject"), "lists the fields it takes: {}", issues[2].message);
}

#[test]
fn five_problems_give_five_issues_with_their_paths() {
    let body = r#"{"chat_id":"hello","subject":"   ","priority":7,"status":"done","asignee":"a@b.io"}"#;
    let issues = create_err(body);
    let found: Vec<(String, IssueCode)> = issues.iter().map(|i| (path_of(i), i.code())).collect();
    assert_eq!(
        found,
        vec![
            ("chat_id".into(), IssueCode::InvalidFormat),
            ("subject".into(), IssueCode::OutOfRange),
            ("priority".into(), IssueCode::OutOfRange),
            ("status".into(), IssueCode::InvalidValue),
            ("asignee".into(), IssueCode::UnknownField),
        ]
    );
    assert_eq!(issues[4].message, r#"unknown field "asignee": did you mean assignee?"#);
}

#[test]
fn non_objects_are_one_issue_at_the_root() {
    for (json, got) in [
        (r#""919537851844@c.us""#, "got a string"),
        ("[1,2]", "got an array"),
        ("null", "got null"),
        ("42", "got a number (42)"),
        ("true", "got a boolean (true)"),
    ] {
        for result in [
            validate_create_ticket(&value(json)).err(),
            validate_update_ticket(&value(json)).err(),
            validate_list_tickets_query(&value(json)).err(),
        ] {
            let issues = result.expect("rejected");
            assert_eq!(issues.len(), 1, "{json}");
            assert!(issues[0].path.is_empty());
            assert_eq!(issues[0].code(), IssueCode::InvalidType);
            assert!(issues[0].message.starts_with("expected an object") && issues[0].message.contains(got), "{}", issues[0].message);
        }
    }
}

#[test]
fn chat_id_rule() {
    let ok = [
        (r#""919537851844@c.us""#, "919537851844@c.us"),
        (r#""120363392071406466@g.us""#, "120363392071406466@g.us"),
        (r#""919876543210-1600000000@g.us""#, "919876543210-1600000000@g.us"),
        (r#"" 919537851844@c.us ""#, "919537851844@c.us"),
        (r#""+91 95378 51844""#, "919537851844@c.us"),
        (r#""+1 (415) 555-0100""#, "14155550100@c.us"),
        (r#""1234567""#, "1234567@c.us"),                 // 7 digits: the shortest
        (r#""123456789012345""#, "123456789012345@c.us"), // 15 digits: the longest
    ];
    for (json, expected) in ok {
        assert_eq!(create_field("chat_id", json), Ok(s(expected)), "{json}");
    }
    let bad = [
        (r#""123456""#, IssueCode::InvalidFormat, "has 6 digits"),
        (r#""1234567890123456""#, IssueCode::InvalidFormat, "has 16 digits"),
        (r#""098745 32456""#, IssueCode::InvalidFormat, "starts with 0"),
        (r#""919X836X025X090@Xc.us""#, IssueCode::InvalidFormat, "expected a chat id"),
        (r#""12345@c.us""#, IssueCode::InvalidFormat, "has 5 digits"),
        (r#""+91 95378 51844@c.us""#, IssueCode::InvalidFormat, "other than digits"),
        (r#""abc@g.us""#, IssueCode::InvalidFormat, "expected a chat id"),
        (r#""john""#, IssueCode::InvalidFormat, "country code"),
        (r#""""#, IssueCode::InvalidFormat, "is empty"),
        ("919537851844", IssueCode::InvalidType, "expected a chat id string such as 919537851844@c.us, got a number (919537851844)"),
        ("null", IssueCode::InvalidType, "got null"),
    ];
    for (json, code, fragment) in bad {
        let (path, got_code, message) = create_field("chat_id", json).expect_err(json);
        assert_eq!((path.as_str(), got_code), ("chat_id", code), "{json}: {message}");
        assert!(message.contains(fragment), "{json}: {message}");
    }
}

#[test]
fn subject_rule() {
    let max = "é".repeat(500);
    assert_eq!(create_field("subject", r#""  New subject 1  ""#), Ok(s("New subject 1")));
    assert_eq!(create_field("subject", r#""x""#), Ok(s("x")));
    assert_eq!(create_field("subject", &format!("\"{max}\"")), Ok(s(&max)));
    let too_long = format!("\"{}\"", "a".repeat(501));
    // An emoji is two UTF-16 units, as `maxlength` counts it.
    let emoji_too_long = format!("\"{}\"", "😀".repeat(251));
    for (json, code, fragment) in [
        (too_long.as_str(), IssueCode::OutOfRange, "is 501 characters long; at most 500"),
        (emoji_too_long.as_str(), IssueCode::OutOfRange, "is 502 characters long"),
        (r#""""#, IssueCode::OutOfRange, "must not be empty"),
        (r#"" \t ""#, IssueCode::OutOfRange, "must not be empty"),
        ("12", IssueCode::InvalidType, "expected a string, got a number (12)"),
        ("[\"a\"]", IssueCode::InvalidType, "expected a string, got an array"),
    ] {
        let (_, got_code, message) = create_field("subject", json).expect_err(json);
        assert_eq!(got_code, code, "{json}");
        assert!(message.contains(fragment), "{json}: {message}");
    }
}

#[test]
fn priority_rule() {
    for (json, expected) in [("1", "1"), ("4", "4"), (r#""2""#, "2"), (r#"" 3 ""#, "3"), ("2.0", "2"), ("4e0", "4")] {
        assert_eq!(create_field("priority", json), Ok(s(expected)), "{json}");
    }
    for (json, code, fragment) in [
        ("0", IssueCode::OutOfRange, "must be 1 (low), 2 (medium), 3 (high) or 4 (urgent), got 0"),
        ("5", IssueCode::OutOfRange, "got 5"),
        ("-1", IssueCode::OutOfRange, "got -1"),
        ("1e300", IssueCode::OutOfRange, "got 1e300"),
        ("2.5", IssueCode::InvalidValue, "whole number"),
        (r#""high""#, IssueCode::InvalidValue, r#"got "high""#),
        (r#""""#, IssueCode::InvalidValue, r#"got """#),
        ("true", IssueCode::InvalidType, "got a boolean (true)"),
        ("null", IssueCode::InvalidType, "got null"),
    ] {
        let (_, got_code, message) = create_field("priority", json).expect_err(json);
        assert_eq!(got_code, code, "{json}: {message}");
        assert!(message.contains(fragment), "{json}: {message}");
    }
}

#[test]
fn status_rule() {
    for (json, expected) in [
        (r#""open""#, "open"),
        (r#""inprogress""#, "inprogress"),
        (r#""closed""#, "closed"),
        (r#""archived""#, "archived"),
        (r#"" Closed ""#, "closed"),
    ] {
        assert_eq!(create_field("status", json), Ok(s(expected)), "{json}");
    }
    for (json, code, fragment) in [
        (r#""in progress""#, IssueCode::InvalidValue, "did you mean inprogress?"),
        (r#""done""#, IssueCode::InvalidValue, r#"expected one of open, inprogress, closed, archived, got "done""#),
        ("1", IssueCode::InvalidType, "got a number (1)"),
    ] {
        let (_, got_code, message) = create_field("status", json).expect_err(json);
        assert_eq!(got_code, code, "{json}");
        assert!(message.contains(fragment), "{json}: {message}");
    }
}

#[test]
fn due_date_rule() {
    for (json, expected) in [
        (r#""2025-04-20""#, "2025-04-20T00:00:00.000Z"),
        (r#""2025-04-09 18:29:59+00""#, "2025-04-09T18:29:59.000Z"),
        (r#""2025-04-09T18:29:59Z""#, "2025-04-09T18:29:59.000Z"),
        (r#""2025-04-10T00:29:59.5+05:30""#, "2025-04-09T18:59:59.500Z"),
        (r#""2024-02-29""#, "2024-02-29T00:00:00.000Z"),
        // What JSON.stringify makes of a Date.
        (r#""2025-04-20T10:00:00.000Z""#, "2025-04-20T10:00:00.000Z"),
    ] {
        assert_eq!(create_field("due_date", json), Ok(s(expected)), "{json}");
    }
    for (json, code, fragment) in [
        (
            r#""2025-04-09T18:29:59""#,
            IssueCode::InvalidFormat,
            "has no timezone, so it is ambiguous: add Z for UTC or an offset such as +05:30",
        ),
        (r#""2025-04-09 18:29""#, IssueCode::InvalidFormat, "add Z"),
        (r#""2025-02-29""#, IssueCode::InvalidFormat, "not a real date"),
        (r#""2025-04-09T25:00:00Z""#, IssueCode::InvalidFormat, "not a real date or time"),
        (r#""20/04/2025""#, IssueCode::InvalidFormat, r#"expected a date such as 2025-04-20"#),
        (r#""tomorrow""#, IssueCode::InvalidFormat, r#"got "tomorrow""#),
        ("1745107200000", IssueCode::InvalidType, "expected a date string"),
        ("null", IssueCode::InvalidType, "an invalid Date becomes null"),
    ] {
        let (_, got_code, message) = create_field("due_date", json).expect_err(json);
        assert_eq!(got_code, code, "{json}");
        assert!(message.contains(fragment), "{json}: {message}");
    }
}

#[test]
fn assignee_rule() {
    assert_eq!(create_field("assignee", r#"" bharat@periskope.app ""#), Ok(s("bharat@periskope.app")));
    for (json, code) in [
        (r#""bharat""#, IssueCode::InvalidFormat),
        (r#""bharat@periskope""#, IssueCode::InvalidFormat),
        (r#""""#, IssueCode::InvalidFormat),
        ("{}", IssueCode::InvalidType),
    ] {
        let (_, got_code, message) = create_field("assignee", json).expect_err(json);
        assert_eq!(got_code, code, "{json}: {message}");
    }
}

#[test]
fn labels_rule() {
    for (json, expected) in [
        (r#""Test, Demo""#, Some("Test, Demo")),
        (r#""Test,Demo""#, Some("Test, Demo")),
        (r#"" Test ,, demo , TEST, Demo ,Other""#, Some("Test, demo, Other")),
        (r#"["Test", " Demo ", "", "test"]"#, Some("Test, Demo")),
        // No label at all: nothing to send on create.
        (r#""""#, None),
        ("[]", None),
        (r#"" , ""#, None),
    ] {
        assert_eq!(create_field("labels", json), Ok(expected.and_then(s)), "{json}");
    }
    let issues = create_err(&with_field("labels", r#"["ok", "a,b", 3, null]"#));
    let found: Vec<(String, IssueCode)> = issues.iter().map(|i| (path_of(i), i.code())).collect();
    assert_eq!(
        found,
        vec![
            ("labels.1".into(), IssueCode::InvalidFormat),
            ("labels.2".into(), IssueCode::InvalidType),
            ("labels.3".into(), IssueCode::InvalidType),
        ]
    );
    assert!(issues[0].message.contains("cannot contain a comma"), "{}", issues[0].message);
    let (_, code, _) = create_field("labels", "{\"a\":1}").expect_err("object");
    assert_eq!(code, IssueCode::InvalidType);
}

#[test]
fn quoted_message_id_rule() {
    for id in [
        "3EB0ABB7C973860FC19EBE05FD934141CCEC2D8B",
        "true_919537851844@c.us_3EB0ABB7C973860FC19EBE05FD934141CCEC2D8B",
        "false_120363176874912345@g.us_3A23F157E7D477DD1234_919971866123@c.us",
    ] {
        assert_eq!(create_field("quoted_message_id", &format!("\"{id}\"")), Ok(s(id)));
    }
    for json in [r#""3EB0-ABB7""#, r#""maybe_919@c.us_3EB0""#, r#""""#, "3"] {
        assert!(create_field("quoted_message_id", json).is_err(), "{json}");
    }
}

#[test]
fn long_values_are_cut_in_messages() {
    let long = "x".repeat(5000);
    let (_, _, message) = create_field("status", &format!("\"{long}\"")).expect_err("long");
    assert!(message.len() < 200, "{message}");
    assert!(message.contains('…'));
}

#[test]
fn unknown_fields_suggest_the_closest_known_one() {
    for (key, expected) in [
        ("asignee", "did you mean assignee?"),
        ("dueDate", "did you mean due_date?"),
        ("chatId", "did you mean chat_id?"),
        ("label", "did you mean labels?"),
        ("Subjects", "did you mean subject?"),
        ("customer", "a create-ticket request takes chat_id, subject, priority"),
    ] {
        let issues = create_err(&with_field(key, "\"x\""));
        assert_eq!(issues.len(), 1);
        assert_eq!((path_of(&issues[0]), issues[0].code()), (key.to_owned(), IssueCode::UnknownField));
        assert!(issues[0].message.contains(expected), "{key}: {}", issues[0].message);
    }
}

#[test]
fn repeated_keys_are_reported() {
    let issues = create_err(r#"{"chat_id":"919537851844@c.us","subject":"a","subject":"b"}"#);
    assert_eq!(issues.len(), 1);
    assert_eq!((path_of(&issues[0]), issues[0].code()), ("subject".to_owned(), IssueCode::DuplicateKey));
}

fn update(json: &str) -> Result<String, Vec<(String, IssueCode, String)>> {
    validate_update_ticket(&value(json))
        .map(|request| request.to_json())
        .map_err(|issues| issues.iter().map(|i| (path_of(i), i.code(), i.message.clone())).collect())
}

#[test]
fn update_rules() {
    let ok = [
        (r#"{"due_date":null}"#, r#"{"due_date":null}"#),
        (r#"{"status":"closed"}"#, r#"{"status":"closed"}"#),
        (r#"{"priority":3}"#, r#"{"priority":"3"}"#),
        (r#"{"labels":""}"#, r#"{"labels":""}"#),
        (r#"{"labels":["a","A"]}"#, r#"{"labels":"a"}"#),
        (
            r#"{"labels":"Test, Demo","status":"inprogress","priority":"4","due_date":"2025-04-09 18:29:59+00","assignee":"bharat@periskope.app","subject":" New "}"#,
            r#"{"subject":"New","assignee":"bharat@periskope.app","due_date":"2025-04-09T18:29:59.000Z","priority":"4","status":"inprogress","labels":"Test, Demo"}"#,
        ),
    ];
    for (json, expected) in ok {
        assert_eq!(update(json).as_deref(), Ok(expected), "{json}");
    }
    let bad: [(&str, &[(&str, IssueCode)]); 7] = [
        ("{}", &[("", IssueCode::Empty)]),
        (r#"{"asignee":"a@b.io"}"#, &[("", IssueCode::Empty), ("asignee", IssueCode::UnknownField)]),
        (r#"{"chat_id":"919537851844@c.us","status":"open"}"#, &[("chat_id", IssueCode::UnknownField)]),
        (r#"{"subject":null}"#, &[("subject", IssueCode::InvalidType)]),
        (r#"{"labels":null}"#, &[("labels", IssueCode::InvalidType)]),
        (r#"{"priority":9,"status":"nope"}"#, &[("priority", IssueCode::OutOfRange), ("status", IssueCode::InvalidValue)]),
        (r#"{"due_date":"2025-04-09 18:29:59"}"#, &[("due_date", IssueCode::InvalidFormat)]),
    ];
    for (json, expected) in bad {
        let issues = update(json).expect_err(json);
        let found: Vec<(&str, IssueCode)> = issues.iter().map(|(p, c, _)| (p.as_str(), *c)).collect();
        assert_eq!(found, expected, "{json}: {issues:#?}");
    }
    let null_issue = &update(r#"{"subject":null}"#).expect_err("null")[0].2;
    assert!(null_issue.contains("leave subject out"), "{null_issue}");
}

fn list(json: &str) -> Result<String, Vec<(String, IssueCode)>> {
    validate_list_tickets_query(&value(json))
        .map(|query| query.to_json())
        .map_err(|issues| issues.iter().map(|i| (path_of(i), i.code())).collect())
}

#[test]
fn list_query_rules() {
    for (json, expected) in [
        ("{}", "{}"),
        (r#"{"offset":0,"limit":100}"#, r#"{"offset":0,"limit":100}"#),
        (r#"{"limit":5}"#, r#"{"limit":5}"#),
        (r#"{"limit":"2000","offset":"10"}"#, r#"{"offset":10,"limit":2000}"#),
        (r#"{"limit":1}"#, r#"{"limit":1}"#),
        (r#"{"offset":9007199254740991}"#, r#"{"offset":9007199254740991}"#),
        (r#"{"offset":null,"limit":null}"#, "{}"),
        (r#"{"limit":"1e2"}"#, r#"{"limit":100}"#),
    ] {
        assert_eq!(list(json).as_deref(), Ok(expected), "{json}");
    }
    for (json, expected) in [
        (r#"{"limit":0}"#, vec![("limit", IssueCode::OutOfRange)]),
        (r#"{"limit":2001}"#, vec![("limit", IssueCode::OutOfRange)]),
        (r#"{"offset":-1}"#, vec![("offset", IssueCode::OutOfRange)]),
        (r#"{"offset":1.5}"#, vec![("offset", IssueCode::InvalidValue)]),
        (r#"{"offset":"ten"}"#, vec![("offset", IssueCode::InvalidValue)]),
        (r#"{"limit":""}"#, vec![("limit", IssueCode::InvalidValue)]),
        (r#"{"limit":true}"#, vec![("limit", IssueCode::InvalidType)]),
        (r#"{"page":2,"limit":0}"#, vec![("limit", IssueCode::OutOfRange), ("page", IssueCode::UnknownField)]),
    ] {
        let expected: Vec<(String, IssueCode)> = expected.into_iter().map(|(p, c)| (p.to_owned(), c)).collect();
        assert_eq!(list(json), Err(expected), "{json}");
    }
}

#[test]
fn phone_rule() {
    for (json, expected) in [
        (r#""+91 98745 32456""#, "919874532456"),
        (r#""919874532456""#, "919874532456"),
        (r#""+1 (415) 555-0100""#, "14155550100"),
        (r#""919874532456@c.us""#, "919874532456"),
        ("919874532456", "919874532456"),
        (r#""phone-bqzvyibhmwkaergr""#, "phone-bqzvyibhmwkaergr"),
        (r#"" phone-bqzvyibhmwkaergr ""#, "phone-bqzvyibhmwkaergr"),
    ] {
        assert_eq!(validate_phone(&value(json)), Ok(expected.to_owned()), "{json}");
    }
    for (json, code, fragment) in [
        (r#""phone-bqzvyibhmwkaerg""#, IssueCode::InvalidFormat, "16 lowercase letters"),
        (r#""PHONE-BQZVYIBHMWKAERGR""#, IssueCode::InvalidFormat, "16 lowercase letters"),
        (r#""98745""#, IssueCode::InvalidFormat, "has 5 digits"),
        (r#""0987453245""#, IssueCode::InvalidFormat, "starts with 0"),
        (r#""+91 98745 abc""#, IssueCode::InvalidFormat, "country code"),
        (r#""""#, IssueCode::InvalidFormat, "is empty"),
        ("null", IssueCode::InvalidType, "got null"),
        ("{}", IssueCode::InvalidType, "got an object"),
    ] {
        let issues = validate_phone(&value(json)).expect_err(json);
        assert_eq!(issues.len(), 1);
        assert!(issues[0].path.is_empty());
        assert_eq!(issues[0].code(), code, "{json}");
        assert!(issues[0].message.contains(fragment), "{json}: {}", issues[0].message);
    }
}
