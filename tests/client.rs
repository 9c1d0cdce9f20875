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

// ---- The operations of the table beyond tickets: what each sends, and what each answer becomes.

use periskope_wasm::client::{interpret, Answer, Form};

/// What a request sends: `(method, path and query, body)`.
type Sent = (Method, String, Option<String>);
/// An operation, its path id and input, and what it must send.
type Case = (Operation, Option<&'static str>, &'static str, (Method, &'static str, Option<String>));

/// `(method, url, body)` of `operation` with an optional path id and an input.
fn sent(operation: Operation, id: Option<&str>, input: &str) -> Sent {
    let id = id.map(value);
    let spec = config("").request(operation, id.as_ref(), &value(input)).unwrap_or_else(|e| panic!("{operation:?}: {e:?}"));
    (spec.method, spec.url.trim_start_matches("https://api.periskope.app/v1").to_owned(), spec.body)
}

fn issue_paths(operation: Operation, id: Option<&str>, input: &str) -> Vec<String> {
    let id = id.map(value);
    let error = config("").request(operation, id.as_ref(), &value(input)).expect_err("invalid");
    assert_eq!(error.kind, ErrorKind::Validation);
    error.issues.iter().map(|i| periskope_wasm::error::display_path(&i.path)).collect()
}

#[test]
fn every_operation_sends_its_method_path_and_normalised_input() {
    use Method::{Get, Patch, Post};
    let body = |json: &str| Some(json.to_owned());
    let cases: [Case; 14] = [
        (
            Operation::ListChats,
            None,
            r#"{"offset":"10","limit":50,"chat_type":"User","label":" label-vip "}"#,
            (Get, "/chats?offset=10&limit=50&chat_type=individual&label=label-vip", None),
        ),
        (Operation::GetChat, Some(r#""+91 95378 51844""#), "null", (Get, "/chats/919537851844%40c.us", None)),
        (
            Operation::ListChatMessages,
            Some(r#""120363312345678901@g.us""#),
            r#"{"limit":20}"#,
            (Get, "/chats/120363312345678901%40g.us/messages?limit=20", None),
        ),
        (Operation::ListMessages, None, "null", (Get, "/chats/messages", None)),
        (
            Operation::SendMessage,
            None,
            r#"{"chat_id":"919537851844","message":" Hi ","reply_to":"3EB0A1B2C3D4E5F60718","hide_url_preview":"true"}"#,
            (
                Post,
                "/message/send",
                body(r#"{"chat_id":"919537851844@c.us","message":" Hi ","reply_to":"3EB0A1B2C3D4E5F60718","hide_url_preview":true}"#),
            ),
        ),
        (
            Operation::ForwardMessage,
            Some(r#""true_919537851844@c.us_3EB0A1""#),
            r#"{"forward_chat_ids":["+91 95378 51844","919537851844@c.us","120363312345678901@g.us"]}"#,
            (
                Post,
                "/message/true_919537851844%40c.us_3EB0A1/forward",
                body(r#"{"forward_chat_ids":["919537851844@c.us","120363312345678901@g.us"]}"#),
            ),
        ),
        (
            Operation::ReactToMessage,
            Some(r#""c2b892d5-4f8f-4a46-9b5d-3c3b1f1c2d10""#),
            r#"{"reaction":" 👍 "}"#,
            (Post, "/message/c2b892d5-4f8f-4a46-9b5d-3c3b1f1c2d10/react", body(r#"{"reaction":"👍"}"#)),
        ),
        (
            Operation::CreateNote,
            None,
            r#"{"chat_id":"919537851844@c.us","message":"Call after 6pm","media":null}"#,
            (Post, "/note/create", body(r#"{"chat_id":"919537851844@c.us","message":"Call after 6pm"}"#)),
        ),
        (
            Operation::ListChatNotes,
            Some(r#""919537851844@c.us""#),
            r#"{"start_time":"2025-04-25","end_time":"2025-04-26T05:30:00+05:30"}"#,
            (Get, "/chats/919537851844%40c.us/notes?start_time=2025-04-25&end_time=2025-04-26T00%3A00%3A00.000Z", None),
        ),
        (Operation::ListNotes, None, r#"{"limit":"500"}"#, (Get, "/notes?limit=500", None)),
        (
            Operation::GetNote,
            Some(r#""true_2634e275-ac58-4c85-892d-83882810fc1c_api""#),
            "null",
            (Get, "/notes/true_2634e275-ac58-4c85-892d-83882810fc1c_api", None),
        ),
        (Operation::ListContacts, None, r#"{"offset":0,"limit":2000}"#, (Get, "/contacts?offset=0&limit=2000", None)),
        (Operation::GetContact, Some(r#""919537851844@c.us""#), "null", (Get, "/contacts/919537851844", None)),
        (
            Operation::UpdateContact,
            Some(r#""+91 95378-51844""#),
            r#"{"contact_name":" Asha ","labels":["vip","VIP","refund"],"is_internal":false}"#,
            (Patch, "/contacts/919537851844", body(r#"{"contact_name":"Asha","is_internal":false,"labels":"vip, refund"}"#)),
        ),
    ];
    for (operation, id, input, (method, path, expected_body)) in cases {
        assert_eq!(sent(operation, id, input), (method, path.to_owned(), expected_body), "{operation:?}");
    }
    // Bodies are JSON, so they say so; queries never carry a body.
    let spec = config("").request(Operation::SendMessage, None, &value(r#"{"chat_id":"919537851844","message":"x"}"#)).expect("valid");
    assert_eq!(header(&spec.headers, "content-type"), Some("application/json"));
}

#[test]
fn a_send_carries_media_by_url_or_as_a_data_url_and_polls_trimmed() {
    let (_, _, body) = sent(
        Operation::SendMessage,
        None,
        r#"{"chat_id":"919537851844@c.us","media":{"filedata":"UklGRiQAAABXQVZF","mimetype":"audio/wav","filename":"beep.wav","type":"audio"}}"#,
    );
    assert_eq!(
        body.as_deref(),
        Some(
            r#"{"chat_id":"919537851844@c.us","media":{"type":"audio","filedata":"data:audio/wav;base64,UklGRiQAAABXQVZF","mimetype":"audio/wav","filename":"beep.wav"}}"#
        )
    );
    let (_, _, body) =
        sent(Operation::SendMessage, None, r#"{"chat_id":"919537851844@c.us","media":{"filedata":"data:image/png;base64,iVBORw0K"}}"#);
    assert_eq!(
        body.as_deref(),
        Some(r#"{"chat_id":"919537851844@c.us","media":{"filedata":"data:image/png;base64,iVBORw0K","mimetype":"image/png"}}"#)
    );
    let (_, _, body) = sent(
        Operation::SendMessage,
        None,
        r#"{"chat_id":"919537851844@c.us","media":{"url":"https://example.com/a.pdf"},"message":"Invoice"}"#,
    );
    assert_eq!(body.as_deref(), Some(r#"{"chat_id":"919537851844@c.us","message":"Invoice","media":{"url":"https://example.com/a.pdf"}}"#));
    let (_, _, body) = sent(
        Operation::SendMessage,
        None,
        r#"{"chat_id":"919537851844@c.us","poll":{"pollName":" Slot? ","pollOptions":[" 10am","2pm "],"options":{"allowMultipleAnswers":true,"pollId":"p-1"}}}"#,
    );
    assert_eq!(
        body.as_deref(),
        Some(
            r#"{"chat_id":"919537851844@c.us","poll":{"pollName":"Slot?","pollOptions":["10am","2pm"],"options":{"allowMultipleAnswers":true,"pollId":"p-1"}}}"#
        )
    );
}

#[test]
fn issues_name_the_argument_after_a_path_id_and_nothing_is_built() {
    assert_eq!(issue_paths(Operation::ListChatMessages, Some(r#""nope""#), r#"{"limit":0}"#), ["chatId", "query.limit"]);
    assert_eq!(issue_paths(Operation::UpdateContact, Some(r#""120363312345678901@g.us""#), "{}"), ["contactId", "patch"]);
    assert_eq!(issue_paths(Operation::UpdateContact, Some("42"), r#"{"labels":["a,b"]}"#), ["contactId", "patch.labels[0]"]);
    assert_eq!(
        issue_paths(Operation::ForwardMessage, Some(r#"" x""#), r#"{"forward_chat_ids":["919537851844","x"]}"#),
        ["messageId", "forward.forward_chat_ids[1]"]
    );
    assert_eq!(issue_paths(Operation::GetNote, None, "null"), ["noteId"]);
    // Without a path id, an input's issues are at its own fields, as for tickets.
    assert_eq!(
        issue_paths(Operation::SendMessage, None, r#"{"chat_id":"1","media":{"url":"ftp://x"},"poll":{"pollOptions":[]},"mesage":"hi"}"#),
        ["chat_id", "media.url", "poll.pollName", "poll.pollOptions", "mesage"]
    );
    assert_eq!(issue_paths(Operation::SendMessage, None, r#"{"chat_id":"919537851844@c.us","message":"   "}"#), [""]);
    assert_eq!(issue_paths(Operation::ListChats, None, r#"{"chat_type":"channel","label":"VIP"}"#), ["chat_type", "label"]);
    assert_eq!(issue_paths(Operation::ListNotes, None, r#"{"start_time":"2025-04-31"}"#), ["start_time"]);
}

fn answer(operation: Operation, status: u16, body: &str) -> Result<Answer, periskope_wasm::Error> {
    interpret(operation, status, &[], body, NOW)
}

fn api_fixture(name: &str) -> String {
    fixture(&format!("api/{name}"))
}

#[test]
fn each_answer_in_its_documented_form_is_read_by_its_model() {
    for (operation, file) in [
        (Operation::ListChats, "chats.list.json"),
        (Operation::ListChatMessages, "messages.list.json"),
        (Operation::ListMessages, "messages.list.json"),
        (Operation::ListChatNotes, "notes.list.json"),
        (Operation::ListNotes, "notes.list.json"),
        (Operation::ListContacts, "contacts.list.json"),
        (Operation::GetContact, "contact.json"),
        (Operation::UpdateContact, "contact.json"),
        (Operation::SendMessage, "message.sent.json"),
    ] {
        let found = answer(operation, 200, &api_fixture(file)).unwrap_or_else(|e| panic!("{operation:?} {file}: {e:?}"));
        assert!(matches!(found, Answer::Body { form: Form::Whole, .. }), "{operation:?}: {found:?}");
    }
    // The lenient forms are normalised: numeric strings, both message-key spellings.
    let Ok(Answer::Body { edits, .. }) = answer(Operation::ListChatMessages, 200, &api_fixture("messages.list.json")) else { panic!() };
    assert!(edits.len() >= 4, "duration, size, fromMe and _serialized: {edits:?}");
    let chat = r#"{"chat_id":"919537851844@c.us","members":{"919537851844@c.us":{"contact_id":"919537851844@c.us","is_admin":true}}}"#;
    assert!(matches!(answer(Operation::GetChat, 200, chat), Ok(Answer::Body { form: Form::Whole, .. })));
}

#[test]
fn the_other_documented_forms_are_read_too() {
    // A new note comes in its envelope: the call resolves to the note in `data`.
    let found = answer(Operation::CreateNote, 200, &api_fixture("note.created.json")).expect("envelope");
    assert!(matches!(found, Answer::Body { form: Form::Field("data"), .. }), "{found:?}");
    let note = r#"{"message_id":"true_2634e275-ac58-4c85-892d-83882810fc1c_api","body":"x"}"#;
    assert!(matches!(answer(Operation::CreateNote, 200, note), Ok(Answer::Body { form: Form::Whole, .. })));
    // A broken envelope is reported as one, at its own paths.
    let error = answer(Operation::CreateNote, 200, r#"{"success":true,"data":{"body":"x","from_me":"yes"}}"#).expect_err("bad");
    assert!(error.from_server);
    let paths: Vec<String> = error.issues.iter().map(|i| periskope_wasm::error::display_path(&i.path)).collect();
    assert_eq!(paths, ["data.from_me", "data.message_id"]);

    // 204 No Content: forward and react resolve to null; a body is still read when there is one.
    assert_eq!(answer(Operation::ForwardMessage, 204, "").expect("204"), Answer::Empty);
    assert_eq!(answer(Operation::ReactToMessage, 204, "").expect("204"), Answer::Empty);
    assert!(matches!(answer(Operation::ForwardMessage, 200, r#"{"919537851844@c.us":true}"#), Ok(Answer::Body { form: Form::Whole, .. })));
    assert!(answer(Operation::ForwardMessage, 200, r#"{"919537851844@c.us":"yes"}"#).is_err());
    let message = r#"{"message_id":"true_919537851844@c.us_3EB0A1","reactions":[{"reaction":"👍"}]}"#;
    assert!(matches!(answer(Operation::ReactToMessage, 200, message), Ok(Answer::Body { form: Form::Whole, .. })));
    assert!(matches!(answer(Operation::ReactToMessage, 200, "{}"), Ok(Answer::Body { .. })));
    // Where no empty answer is documented, an empty body is the server's error.
    assert_eq!(answer(Operation::SendMessage, 200, "").expect_err("empty").kind, ErrorKind::Syntax);

    // A note list as a bare array (the page's text says so) becomes a page.
    let bare = r#"[{"message_id":"true_2634e275-ac58-4c85-892d-83882810fc1c_api"}]"#;
    assert!(matches!(answer(Operation::ListChatNotes, 200, bare), Ok(Answer::Body { form: Form::WrappedIn("notes"), .. })));
    let error = answer(Operation::ListNotes, 200, r#"[{"body":"no id"}]"#).expect_err("bad items");
    assert_eq!(periskope_wasm::error::display_path(&error.issues[0].path), "[0].message_id");

    // The oldest send answer, { "<chat id>": "<id>" }, has none of the fields: kept as sent.
    assert!(
        matches!(answer(Operation::SendMessage, 200, r#"{"120363312345678901@g.us":"f7ab866c"}"#), Ok(Answer::Body { edits, .. }) if edits.is_empty())
    );
}

#[test]
fn errors_of_the_new_endpoints_read_as_for_tickets() {
    let body = r#"{"code":"VALIDATION_ERROR","fields":{"x-phone":{"message":"The x-phone header is required","value":null}},"message":"Validation failed","name":"Validation Error","status":422}"#;
    let error = answer(Operation::ListChats, 422, body).expect_err("422");
    assert_eq!((error.kind, error.issues[0].path.clone()), (ErrorKind::Http, vec![PathSegment::from("x-phone")]));
    let error = answer(Operation::GetContact, 404, r#"{"code":"NOT_FOUND_ERROR","message":"Contact 91 not found"}"#).expect_err("404");
    assert_eq!(error.http.map(|h| h.status), Some(404));
}
