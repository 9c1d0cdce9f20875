#![cfg(not(target_arch = "wasm32"))]
//! The `request!` tables of chats, messages, notes and contacts: each rule with valid, boundary
//! and invalid values, and both generated TypeScript interfaces checked against the table and
//! against what the validators return; the ticket requests' written declarations checked against
//! what theirs return.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail by panicking")]

use periskope_wasm::error::display_path;
use periskope_wasm::json::Value;
use periskope_wasm::validate::{
    validate_create_note, validate_create_ticket, validate_forward_message, validate_list_chats_query, validate_list_notes_query,
    validate_list_query, validate_list_tickets_query, validate_reaction, validate_send_message, validate_update_contact,
    validate_update_ticket, CreateNote, ForwardMessage, ListChatsQuery, ListNotesQuery, ListQuery, Reaction, RequestPriority, RequestShape,
    RequestStatus, SendMessage, UpdateContact, CREATE_NOTE, FORWARD_MESSAGE, LIST_CHATS_QUERY, LIST_NOTES_QUERY, LIST_QUERY, REACTION,
    REQUESTS_TYPESCRIPT, REQUEST_SHAPES, SEND_MESSAGE, TYPESCRIPT, UPDATE_CONTACT,
};
use periskope_wasm::{Issue, IssueCode};

type Validator = fn(&Value) -> Result<Value, Vec<Issue>>;

fn value(json: &str) -> Value {
    Value::parse(json, 32).unwrap_or_else(|e| panic!("bad test JSON {json}: {e}"))
}

fn ok(validate: Validator, json: &str) -> String {
    validate(&value(json)).unwrap_or_else(|issues| panic!("{json} should be valid: {issues:#?}")).to_json()
}

/// `(path, code)` of each issue.
fn err(validate: Validator, json: &str) -> Vec<(String, IssueCode)> {
    match validate(&value(json)) {
        Ok(request) => panic!("{json} should be rejected, got {}", request.to_json()),
        Err(issues) => issues.iter().map(|i| (display_path(&i.path), i.code())).collect(),
    }
}

fn one(path: &str, code: IssueCode) -> Vec<(String, IssueCode)> {
    vec![(path.to_owned(), code)]
}

#[test]
fn send_message_normalises_the_chat_and_keeps_the_text_as_written() {
    assert_eq!(
        ok(validate_send_message, r#"{"chat_id":"+91 95378 51844","message":"  Hello\n"}"#),
        r#"{"chat_id":"919537851844@c.us","message":"  Hello\n"}"#
    );
    // Fields come out in the table's order; null is "not given".
    assert_eq!(
        ok(validate_send_message, r#"{"hide_url_preview":false,"reply_to":null,"message":"x","chat_id":"120363312345678901@g.us"}"#),
        r#"{"chat_id":"120363312345678901@g.us","message":"x","hide_url_preview":false}"#
    );
    assert_eq!(err(validate_send_message, r#"{"message":"x"}"#), one("chat_id", IssueCode::MissingField));
    // Nothing to send: blank text counts as not given.
    assert_eq!(err(validate_send_message, r#"{"chat_id":"919537851844","message":" \n "}"#), one("", IssueCode::Empty));
    assert_eq!(err(validate_send_message, r#"{"chat_id":"919537851844","message":7}"#), one("message", IssueCode::InvalidType));
    let long = format!(r#"{{"chat_id":"919537851844","message":"{}"}}"#, "a".repeat(65_537));
    assert_eq!(err(validate_send_message, &long), one("message", IssueCode::OutOfRange));
    assert_eq!(
        err(validate_send_message, r#"{"chat_id":"919537851844","message":"x","reply_to":"not an id!"}"#),
        one("reply_to", IssueCode::InvalidFormat)
    );
    assert_eq!(
        err(validate_send_message, r#"{"chat_id":"919537851844","message":"x","hide_url_preview":1}"#),
        one("hide_url_preview", IssueCode::InvalidType)
    );
    assert_eq!(
        err(validate_send_message, r#"{"chat_id":"919537851844","message":"x","chatId":"y"}"#),
        one("chatId", IssueCode::UnknownField)
    );
    assert_eq!(err(validate_send_message, "[]"), one("", IssueCode::InvalidType));
}

#[test]
fn media_is_a_link_or_base64_data_with_its_type() {
    let send = |media: &str| format!(r#"{{"chat_id":"919537851844@c.us","media":{media}}}"#);
    let media = |media: &str| {
        let sent = value(&ok(validate_send_message, &send(media)));
        sent.get("media").unwrap().to_json()
    };
    assert_eq!(
        media(r#"{"url":" https://example.com/a.pdf ","filename":"a.pdf"}"#),
        r#"{"url":"https://example.com/a.pdf","filename":"a.pdf"}"#
    );
    assert_eq!(
        media(r#"{"filedata":"aGk=","mimetype":"text/plain"}"#),
        r#"{"filedata":"data:text/plain;base64,aGk=","mimetype":"text/plain"}"#
    );
    assert_eq!(
        media(r#"{"filedata":"data:audio/ogg; codecs=opus;base64,T2dn"}"#),
        r#"{"filedata":"data:audio/ogg; codecs=opus;base64,T2dn","mimetype":"audio/ogg; codecs=opus"}"#
    );
    for (given, path, code) in [
        (r#"{}"#, "media", IssueCode::Empty),
        (r#"{"url":"https://x.test/a","filedata":"aGk=","mimetype":"text/plain"}"#, "media", IssueCode::InvalidValue),
        (r#"{"filedata":"aGk="}"#, "media", IssueCode::MissingField),
        (r#"{"url":"file:///etc/passwd"}"#, "media.url", IssueCode::InvalidFormat),
        (r#"{"url":"https://x.test/a b"}"#, "media.url", IssueCode::InvalidFormat),
        (r#"{"filedata":"not base64!","mimetype":"text/plain"}"#, "media.filedata", IssueCode::InvalidFormat),
        (r#"{"filedata":"data:text/plain,hello"}"#, "media.filedata", IssueCode::InvalidFormat),
        (r#"{"filedata":"aGk===","mimetype":"text/plain"}"#, "media.filedata", IssueCode::InvalidFormat),
        (r#"{"url":"https://x.test/a","mimetype":"png"}"#, "media.mimetype", IssueCode::InvalidFormat),
        (r#"{"url":"https://x.test/a","size":3}"#, "media.size", IssueCode::UnknownField),
        (r#""https://x.test/a""#, "media", IssueCode::InvalidType),
    ] {
        assert_eq!(err(validate_send_message, &send(given)), one(path, code), "{given}");
    }
}

#[test]
fn polls_need_a_question_and_answers() {
    let send = |poll: &str| format!(r#"{{"chat_id":"919537851844@c.us","poll":{poll}}}"#);
    assert_eq!(
        ok(validate_send_message, &send(r#"{"pollName":" Pick ","pollOptions":["a"," b "]}"#)),
        r#"{"chat_id":"919537851844@c.us","poll":{"pollName":"Pick","pollOptions":["a","b"]}}"#
    );
    assert_eq!(err(validate_send_message, &send(r#"{"pollOptions":["a"]}"#)), one("poll.pollName", IssueCode::MissingField));
    assert_eq!(err(validate_send_message, &send(r#"{"pollName":"Q","pollOptions":[]}"#)), one("poll.pollOptions", IssueCode::OutOfRange));
    assert_eq!(
        err(validate_send_message, &send(r#"{"pollName":"Q","pollOptions":["a",""]}"#)),
        one("poll.pollOptions[1]", IssueCode::OutOfRange)
    );
    assert_eq!(err(validate_send_message, &send(r#"{"pollName":"Q","pollOptions":"a"}"#)), one("poll.pollOptions", IssueCode::InvalidType));
    assert_eq!(
        err(validate_send_message, &send(r#"{"pollName":"Q","pollOptions":["a"],"options":true}"#)),
        one("poll.options", IssueCode::InvalidType)
    );
}

#[test]
fn forwards_reactions_notes_and_contact_updates() {
    assert_eq!(ok(validate_forward_message, r#"{"forward_chat_ids":"+91 95378 51844"}"#), r#"{"forward_chat_ids":["919537851844@c.us"]}"#);
    assert_eq!(err(validate_forward_message, r#"{"forward_chat_ids":[]}"#), one("forward_chat_ids", IssueCode::OutOfRange));
    assert_eq!(
        err(validate_forward_message, r#"{"forward_chat_ids":["919537851844",5]}"#),
        one("forward_chat_ids[1]", IssueCode::InvalidType)
    );
    assert_eq!(err(validate_forward_message, "{}"), one("forward_chat_ids", IssueCode::MissingField));

    assert_eq!(ok(validate_reaction, r#"{"reaction":"❤️"}"#), r#"{"reaction":"❤️"}"#);
    assert_eq!(err(validate_reaction, r#"{"reaction":" "}"#), one("reaction", IssueCode::OutOfRange));

    assert_eq!(
        ok(validate_create_note, r#"{"chat_id":"919537851844","message":"Call @priya@periskope.app","reply_to":" 52643136-aaaa "}"#),
        r#"{"chat_id":"919537851844@c.us","message":"Call @priya@periskope.app","reply_to":"52643136-aaaa"}"#
    );
    assert_eq!(
        err(validate_create_note, r#"{"chat_id":"919537851844","poll":{}}"#),
        vec![("".into(), IssueCode::Empty), ("poll".into(), IssueCode::UnknownField)]
    );

    assert_eq!(
        ok(validate_update_contact, r#"{"labels":"","is_internal":"TRUE","contact_name":"  Asha Rao "}"#),
        r#"{"contact_name":"Asha Rao","is_internal":true,"labels":""}"#
    );
    assert_eq!(err(validate_update_contact, "{}"), one("", IssueCode::Empty));
    assert_eq!(err(validate_update_contact, r#"{"contact_name":""}"#), one("contact_name", IssueCode::OutOfRange));
    assert_eq!(err(validate_update_contact, r#"{"is_internal":"yes"}"#), one("is_internal", IssueCode::InvalidType));
}

#[test]
fn list_queries_take_numbers_from_url_parameters_and_check_filters() {
    assert_eq!(ok(validate_list_query, r#"{"offset":"0","limit":" 2000 "}"#), r#"{"offset":0,"limit":2000}"#);
    assert_eq!(ok(validate_list_query, r#"{"offset":null}"#), "{}");
    assert_eq!(err(validate_list_query, r#"{"limit":2001}"#), one("limit", IssueCode::OutOfRange));
    assert_eq!(
        err(validate_list_query, r#"{"offset":-1,"limit":1.5}"#),
        vec![("offset".into(), IssueCode::OutOfRange), ("limit".into(), IssueCode::InvalidValue)]
    );
    assert_eq!(err(validate_list_query, r#"{"page":2}"#), one("page", IssueCode::UnknownField));

    assert_eq!(
        ok(validate_list_chats_query, r#"{"chat_type":"GROUP","label":"label-ukjqhqngnakncalm"}"#),
        r#"{"chat_type":"group","label":"label-ukjqhqngnakncalm"}"#
    );
    assert_eq!(ok(validate_list_chats_query, r#"{"chat_type":"user"}"#), r#"{"chat_type":"individual"}"#);
    assert_eq!(err(validate_list_chats_query, r#"{"chat_type":"channel"}"#), one("chat_type", IssueCode::InvalidValue));
    assert_eq!(err(validate_list_chats_query, r#"{"label":"VIP"}"#), one("label", IssueCode::InvalidFormat));

    assert_eq!(
        ok(validate_list_notes_query, r#"{"start_time":"2025-04-25","end_time":"2025-04-25T18:30:00+05:30","limit":500}"#),
        r#"{"limit":500,"start_time":"2025-04-25","end_time":"2025-04-25T13:00:00.000Z"}"#
    );
    assert_eq!(err(validate_list_notes_query, r#"{"start_time":"2025-04-31"}"#), one("start_time", IssueCode::InvalidFormat));
    assert_eq!(err(validate_list_notes_query, r#"{"end_time":"2025-04-25T10:00:00"}"#), one("end_time", IssueCode::InvalidFormat));
}

/// `(name, optional, type)` of each field `export interface <name>` declares in `typescript`.
fn declared(typescript: &str, name: &str) -> Vec<(String, bool, String)> {
    let head = format!("export interface {name} {{\n");
    let start = typescript.find(&head).unwrap_or_else(|| panic!("no interface {name}")) + head.len();
    let body = &typescript[start..start + typescript[start..].find("\n}").unwrap()];
    body.lines()
        .map(str::trim)
        .filter(|line| !line.starts_with("/**") && !line.starts_with('*') && !line.is_empty())
        .map(|line| {
            let (field, kind) = line.trim_end_matches(';').split_once(": ").unwrap();
            (field.trim_end_matches('?').to_owned(), field.ends_with('?'), kind.to_owned())
        })
        .collect()
}

/// The string union `export type <name> = "a" | "b";` declares in `typescript`.
fn union(typescript: &str, name: &str) -> Vec<String> {
    let head = format!("export type {name} = ");
    let line = typescript.lines().find_map(|line| line.strip_prefix(&head)).unwrap_or_else(|| panic!("no type {name}"));
    line.trim_end_matches(';').split(" | ").map(|member| member.trim_matches('"').to_owned()).collect()
}

/// Whether a TypeScript type of the output interfaces admits `value`.
fn admits(kind: &str, value: &Value) -> bool {
    kind.split(" | ").any(|member| match (member, value) {
        ("string", Value::String(_)) | ("number", Value::Number(_)) | ("boolean", Value::Bool(_)) | ("null", Value::Null) => true,
        ("RequestPriority" | "RequestStatus", Value::String(text)) => union(TYPESCRIPT, member).contains(text),
        ("string[]", Value::Array(items)) => items.iter().all(|i| matches!(i, Value::String(_))),
        ("ChatTypeFilter", Value::String(s)) => ["group", "individual", "business"].contains(&s.as_str()),
        ("MediaRequest" | "PollRequest", Value::Object(_)) => true,
        _ => false,
    })
}

#[test]
fn the_ticket_unions_are_the_enums() {
    assert_eq!(union(TYPESCRIPT, "RequestPriority"), RequestPriority::ALL.map(|p| p.as_str().to_owned()));
    assert_eq!(union(TYPESCRIPT, "RequestStatus"), RequestStatus::ALL.map(|s| s.as_str().to_owned()));
}

/// Every field of `outputs` is declared in `TYPESCRIPT`'s interface `name` with a type that
/// admits its value, a field not marked optional is in every output, and every declared field
/// is in one of them.
fn check_ticket_request(name: &str, outputs: &[String]) {
    let declared = declared(TYPESCRIPT, name);
    let outputs: Vec<Value> = outputs.iter().map(|json| value(json)).collect();
    for output in &outputs {
        let Value::Object(fields) = output else { panic!("{name} is an object") };
        for (key, value) in fields {
            let (_, _, kind) = declared.iter().find(|(field, ..)| field == key).unwrap_or_else(|| panic!("{name}.{key} is not declared"));
            assert!(admits(kind, value), "{name}.{key}: {} is not a {kind}", value.to_json());
        }
        for (field, optional, _) in &declared {
            assert!(*optional || output.get(field).is_some(), "{name}.{field} is declared required but absent from {}", output.to_json());
        }
    }
    for (field, ..) in &declared {
        assert!(outputs.iter().any(|output| output.get(field).is_some()), "{name}.{field} is declared but never produced");
    }
}

#[test]
fn the_ticket_interfaces_declare_what_the_validators_return() {
    let create = |json: &str| validate_create_ticket(&value(json)).unwrap().to_json();
    check_ticket_request(
        "CreateTicketRequest",
        &[
            create(r#"{"chat_id":"919537851844@c.us","subject":"s"}"#),
            create(
                r#"{"chat_id":"919537851844@c.us","subject":"s","priority":3,"status":"closed","due_date":"2025-04-20",
                "assignee":"a@example.com","labels":["x"],"quoted_message_id":"3EB0ABB7C973860FC19E"}"#,
            ),
        ],
    );
    let update = |json: &str| validate_update_ticket(&value(json)).unwrap().to_json();
    check_ticket_request(
        "UpdateTicketRequest",
        &[
            update(r#"{"subject":"s","assignee":"a@example.com","due_date":"2025-04-20","priority":"2","status":"open","labels":""}"#),
            update(r#"{"due_date":null}"#),
        ],
    );
    let query = |json: &str| validate_list_tickets_query(&value(json)).unwrap().to_json();
    check_ticket_request("ListTicketsQuery", &[query(r#"{"offset":"10","limit":5}"#), query("{}")]);
}

#[test]
fn both_interfaces_of_each_table_declare_its_fields_and_what_it_returns() {
    let requests: [(&RequestShape, &str, &str, &str, Validator, &str); 8] = [
        (
            &SEND_MESSAGE,
            SendMessage::TYPESCRIPT,
            "SendMessageInput",
            "SendMessageRequest",
            validate_send_message,
            r#"{"chat_id":"919537851844","message":"x","media":{"url":"https://x.test/a"},"poll":{"pollName":"Q","pollOptions":["a"]},"reply_to":"3EB0A1","hide_url_preview":true}"#,
        ),
        (
            &FORWARD_MESSAGE,
            ForwardMessage::TYPESCRIPT,
            "ForwardMessageInput",
            "ForwardMessageRequest",
            validate_forward_message,
            r#"{"forward_chat_ids":["919537851844"]}"#,
        ),
        (&REACTION, Reaction::TYPESCRIPT, "ReactionInput", "ReactionRequest", validate_reaction, r#"{"reaction":"👍"}"#),
        (
            &CREATE_NOTE,
            CreateNote::TYPESCRIPT,
            "CreateNoteInput",
            "CreateNoteRequest",
            validate_create_note,
            r#"{"chat_id":"919537851844","message":"x","media":{"url":"https://x.test/a"},"reply_to":"r"}"#,
        ),
        (
            &UPDATE_CONTACT,
            UpdateContact::TYPESCRIPT,
            "UpdateContactInput",
            "UpdateContactRequest",
            validate_update_contact,
            r#"{"contact_name":"A","is_internal":true,"labels":["a"]}"#,
        ),
        (
            &LIST_CHATS_QUERY,
            ListChatsQuery::TYPESCRIPT,
            "ListChatsQueryInput",
            "ListChatsQuery",
            validate_list_chats_query,
            r#"{"offset":1,"limit":2,"chat_type":"group","label":"label-a"}"#,
        ),
        (&LIST_QUERY, ListQuery::TYPESCRIPT, "ListQueryInput", "ListQuery", validate_list_query, r#"{"offset":1,"limit":2}"#),
        (
            &LIST_NOTES_QUERY,
            ListNotesQuery::TYPESCRIPT,
            "ListNotesQueryInput",
            "ListNotesQuery",
            validate_list_notes_query,
            r#"{"offset":1,"limit":2,"start_time":"2025-04-25","end_time":"2025-04-26"}"#,
        ),
    ];
    for (shape, typescript, input, output, validate, full) in requests {
        assert!(REQUESTS_TYPESCRIPT.contains(typescript), "{output} is not in the declarations the bindings emit");
        let table: Vec<(String, bool)> = shape.fields.iter().map(|f| (f.name.to_owned(), !f.required)).collect();
        for name in [input, output] {
            let fields: Vec<(String, bool)> = declared(typescript, name).into_iter().map(|(f, optional, _)| (f, optional)).collect();
            assert_eq!(fields, table, "{name}: fields and optionality are the table's");
        }
        for (field, _, kind) in declared(typescript, input) {
            let required = shape.fields.iter().any(|f| f.name == field && f.required);
            assert_eq!(kind.ends_with(" | null"), !required, "{input}.{field}: an optional input also takes null");
        }
        // Every field is given, so every field is returned: each with a value its type admits.
        let returned = validate(&value(full)).unwrap_or_else(|issues| panic!("{full}: {issues:#?}"));
        let Value::Object(fields) = &returned else { panic!("{output} is an object") };
        let types = declared(typescript, output);
        assert_eq!(fields.len(), types.len(), "{output}: every field of {full}");
        for ((field, value), (name, _, kind)) in fields.iter().zip(&types) {
            assert_eq!(field, name);
            assert!(admits(kind, value), "{output}.{field}: {} is not a {kind}", value.to_json());
        }
    }
}

#[test]
fn what_the_validators_return_validates_again_unchanged() {
    // One input per table, in the order of REQUEST_SHAPES.
    let inputs: [&str; REQUEST_SHAPES.len()] = [
        r#"{"chat_id":"+91 95378 51844","message":" x ","media":{"filedata":"aGk=","mimetype":"text/plain"},"poll":{"pollName":" Q","pollOptions":["a "]}}"#,
        r#"{"forward_chat_ids":"919537851844"}"#,
        r#"{"reaction":" 👍"}"#,
        r#"{"chat_id":"919537851844","media":{"filedata":"data:image/png;base64,iVBO"}}"#,
        r#"{"labels":["b","B"," a"],"is_internal":"false"}"#,
        r#"{"offset":"3","chat_type":"User"}"#,
        r#"{"limit":"7"}"#,
        r#"{"start_time":"2025-04-25T10:00:00+05:30"}"#,
    ];
    for (shape, input) in REQUEST_SHAPES.into_iter().zip(inputs) {
        let once = shape.validate(&value(input)).unwrap();
        assert_eq!(shape.validate(&once).unwrap(), once, "{input}");
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    const KEYS: &[&str] = &[
        "chat_id",
        "message",
        "media",
        "poll",
        "reply_to",
        "hide_url_preview",
        "forward_chat_ids",
        "reaction",
        "contact_name",
        "is_internal",
        "labels",
        "offset",
        "limit",
        "chat_type",
        "label",
        "start_time",
        "end_time",
        "url",
        "filedata",
        "mimetype",
        "filename",
        "pollName",
        "pollOptions",
        "options",
        "extra",
    ];

    fn leaf() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            (-3i64..3000).prop_map(|n| Value::Number(n.to_string())),
            prop::sample::select(vec![
                "",
                " ",
                "919537851844",
                "+91 95378 51844",
                "919537851844@c.us",
                "120363312345678901@g.us",
                "x",
                "👍",
                "true",
                "500",
                "2025-04-25",
                "2025-04-25T10:00:00Z",
                "label-abc",
                "group",
                "User",
                "https://x.test/a",
                "aGk=",
                "data:text/plain;base64,aGk=",
                "text/plain",
                "a,b",
                "3EB0A1",
            ])
            .prop_map(|s| Value::String(s.to_owned())),
        ]
    }

    fn json() -> impl Strategy<Value = Value> {
        leaf().prop_recursive(3, 24, 5, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::vec((prop::sample::select(KEYS), inner), 0..6)
                    .prop_map(|entries| Value::Object(entries.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

        /// Any input: a request that validates again unchanged, or issues that say where.
        #[test]
        fn any_input_gives_an_idempotent_request_or_issues(input in json()) {
            for shape in REQUEST_SHAPES {
                match shape.validate(&input) {
                    Ok(request) => {
                        prop_assert!(matches!(request, Value::Object(_)));
                        prop_assert_eq!(shape.validate(&request), Ok(request.clone()));
                        prop_assert!(Value::parse(&request.to_json(), 64).is_ok());
                    }
                    Err(issues) => prop_assert!(!issues.is_empty()),
                }
            }
        }
    }
}
