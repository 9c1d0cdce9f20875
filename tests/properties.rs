#![cfg(not(target_arch = "wasm32"))]
//! Properties over generated inputs: every model the types can hold survives serialising and
//! parsing back, and no mutation of a valid payload makes any entry point panic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail by panicking")]

use periskope_wasm::events::{changed_fields, parse_event};
use periskope_wasm::json::Value;
use periskope_wasm::model::*;
use periskope_wasm::schema::{apply_edits, validate_text, ObjectShape, Shape};
use periskope_wasm::validate::{validate_create_ticket, validate_list_tickets_query, validate_phone, validate_update_ticket};
use periskope_wasm::{Error, ErrorKind, ParseOptions};
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;

/// Any text, control characters, quotes and backslashes included.
fn text() -> impl Strategy<Value = String> {
    vec(any::<char>(), 0..8).prop_map(String::from_iter)
}

/// Whole numbers the parser types as safe integers, the whole range (serde_json writes them
/// as `123.0`; see `native_parse_reads_large_whole_floats_as_json_parse_does`).
fn safe_int() -> impl Strategy<Value = f64> {
    (-(1i64 << 53) + 1..(1i64 << 53)).prop_map(|n| n as f64)
}

/// Numbers with an exact short decimal form, so the float formatter is not what is tested.
fn number() -> impl Strategy<Value = f64> {
    prop_oneof![safe_int(), (-1_000_000i32..1_000_000).prop_map(|n| f64::from(n) / 8.0)]
}

/// `""` is excluded: the API's empty date is normalised to null on purpose.
fn instant() -> impl Strategy<Value = Timestamp> {
    prop_oneof![vec(any::<char>(), 1..8).prop_map(|c| Timestamp::Text(String::from_iter(c))), number().prop_map(Timestamp::EpochMillis)]
}

/// Fields kept as the API sends them. Integers only: see [`number`].
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        text().prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(2, 12, 3, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..3).prop_map(serde_json::Value::from),
            btree_map(text(), inner, 0..3).prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Any value of `shape` in its normalised form (what a parse returns), derived from the shape
/// alone: a field added to a model is generated without a line here.
fn value_of(shape: &'static Shape) -> BoxedStrategy<serde_json::Value> {
    use serde_json::Value;
    let json = |value: f64| serde_json::json!(value);
    match shape {
        Shape::Any | Shape::UserDefined(_) => any_json().boxed(),
        Shape::Str(_) | Shape::Enum(_) => text().prop_map(Value::from).boxed(),
        Shape::Bool => any::<bool>().prop_map(Value::from).boxed(),
        Shape::Int => safe_int().prop_map(json).boxed(),
        Shape::Number | Shape::NumberLike => number().prop_map(json).boxed(),
        Shape::Priority => (0u8..=4).prop_map(Value::from).boxed(),
        Shape::Timestamp => instant().prop_map(|t| serde_json::to_value(t).unwrap_or_default()).boxed(),
        Shape::Object(object) => object_of(object),
        Shape::Map(values) => btree_map(text(), value_of(values), 0..3).prop_map(|m| Value::Object(m.into_iter().collect())).boxed(),
        Shape::Array(items) => vec(value_of(items), 0..3).prop_map(Value::from).boxed(),
        Shape::Nullable(inner) => prop::option::of(value_of(inner)).prop_map(|v| v.unwrap_or(Value::Null)).boxed(),
    }
}

/// An object of `object`'s shape: each optional field absent, `null` or a value.
fn object_of(object: &'static ObjectShape) -> BoxedStrategy<serde_json::Value> {
    let fields: Vec<BoxedStrategy<Option<(String, serde_json::Value)>>> = object
        .fields
        .iter()
        .map(|field| {
            let named = value_of(&field.shape).prop_map(move |value| Some((field.name.to_owned(), value)));
            if field.required {
                named.boxed()
            } else {
                prop_oneof![Just(None), Just(Some((field.name.to_owned(), serde_json::Value::Null))), named].boxed()
            }
        })
        .collect();
    fields.prop_map(|fields| serde_json::Value::Object(fields.into_iter().flatten().collect())).boxed()
}

/// Any `M` its shape admits.
fn model<M: Model + std::fmt::Debug>() -> impl Strategy<Value = M> {
    object_of(M::SHAPE).prop_map(|value| M::deserialize(&value).unwrap_or_else(|e| panic!("{}: {e}\n{value}", M::SHAPE.name)))
}

/// Serialised as is (every `None` written `null`), and with the top level's nulls left out: the
/// API does both, and both must give the same model.
fn round_trip<M: Model + serde::Serialize + PartialEq + std::fmt::Debug>(model: &M) -> Result<(), TestCaseError> {
    let mut json = serde_json::to_value(model).expect("models serialise");
    let with_nulls = json.to_string();
    if let serde_json::Value::Object(fields) = &mut json {
        fields.retain(|_, value| !value.is_null());
    }
    for text in [with_nulls, json.to_string()] {
        let parsed = parse::<M>(&text, &ParseOptions::default()).map_err(|e| TestCaseError::fail(format!("{e:?}\n{text}")))?;
        prop_assert_eq!(&parsed.value, model, "{}", text);
    }
    Ok(())
}

proptest! {
    // No regression files: a failure prints its minimal input, which belongs in a named test.
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn ticket_info_round_trips(model in model::<TicketInfo>()) { round_trip(&model)?; }

    #[test]
    fn ticket_round_trips(model in model::<Ticket>()) { round_trip(&model)?; }

    #[test]
    fn ticket_list_round_trips(model in model::<TicketList>()) { round_trip(&model)?; }

    #[test]
    fn chat_round_trips(model in model::<Chat>()) { round_trip(&model)?; }

    #[test]
    fn message_round_trips(model in model::<Message>()) { round_trip(&model)?; }

    /// Every registered model, the event data ones included: what its Rust type holds is
    /// written as JSON, and the walker with its edits gives it back.
    #[test]
    fn every_model_round_trips((index, value) in (0..MODELS.len()).prop_flat_map(|i| object_of(MODELS[i].shape).prop_map(move |v| (i, v)))) {
        let model = &MODELS[index];
        let held = (model.through_rust)(&value).map_err(|e| TestCaseError::fail(format!("{}: {e}\n{value}", model.shape.name)))?;
        let text = held.to_string();
        let edits = validate_text(&text, &Shape::Object(model.shape), &ParseOptions::default())
            .map_err(|e| TestCaseError::fail(format!("{}: {e:?}\n{text}", model.shape.name)))?;
        let parsed: serde_json::Value = serde_json::from_str(&apply_edits(&text, &edits)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let again = (model.through_rust)(&parsed).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(again, held, "{}", text);
    }
}

/// Found by the round-trip property: the native typed path reads numbers through serde_json,
/// whose default float reader is one unit off for some inputs, so `model::parse` disagreed with
/// JSON.parse (the wasm build) on the same text. serde_json's `float_roundtrip` feature fixes it.
#[test]
fn native_parse_reads_large_whole_floats_as_json_parse_does() {
    let text = r#"{"delivery_info":{"read_count":-7942622175693164.0}}"#;
    let parsed = parse::<Message>(text, &ParseOptions::default()).expect("valid message");
    let read = parsed.value.delivery_info.value().and_then(|d| d.read_count.value().copied());
    assert_eq!(read, Some(-7942622175693164.0), "JSON.parse reads -7942622175693164");
}

/// Found by the hostile suite: objects inside values kept as sent (`Any` fields such as
/// `closed_message`, items of `labels`, anything under an unknown key) used to skip the check
/// that makes a repeated key a `duplicate_key` issue (JSON.parse silently keeps the last).
#[test]
fn duplicate_keys_inside_values_kept_as_sent_are_reported() {
    for text in [
        r#"{"ticket":{"ticket_id":"A","closed_message":{"a":1,"a":2}}}"#,
        r#"{"ticket":{"ticket_id":"A","labels":[{"a":1,"a":2}]}}"#,
        r#"{"ticket":{"ticket_id":"A"},"x":{"a":1,"a":2}}"#,
    ] {
        let error = parse::<TicketInfo>(text, &ParseOptions::default()).err();
        let codes: Vec<_> = error.iter().flat_map(|e| e.issues.iter().map(|i| i.code().as_str())).collect();
        assert_eq!(codes, ["duplicate_key"], "{text}");
    }
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture exists")
}

const VALID: &[&str] =
    &["ticket-info.get-ticket.json", "chat.json", "event.ticket-created.docs-envelope.json", "events/message.created.json"];

/// JSON tokens a mutation inserts: each is valid somewhere, so some mutants stay JSON.
const TOKENS: &[&str] =
    &["{", "}", "[", "]", ",", ":", "\"", "null", "-1e999", "9007199254740993", "\"\\ud800\"", "\\", "{}", "[]", "\"x\":", "0"];

#[derive(Debug, Clone)]
enum Mutation {
    Flip { at: usize, mask: u8 },
    Truncate { at: usize },
    Insert { at: usize, token: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1u8..).prop_map(|(at, mask)| Mutation::Flip { at, mask }),
        any::<usize>().prop_map(|at| Mutation::Truncate { at }),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(at, token)| Mutation::Insert { at, token }),
    ]
}

fn mutate(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
    for m in mutations {
        let len = bytes.len().max(1);
        match *m {
            Mutation::Flip { at, mask } => {
                if let Some(b) = bytes.get_mut(at % len) {
                    *b ^= mask;
                }
            }
            Mutation::Truncate { at } => bytes.truncate(at % len),
            Mutation::Insert { at, token } => {
                let at = at % (bytes.len() + 1);
                bytes.splice(at..at, TOKENS[token].bytes());
            }
        }
    }
    bytes
}

/// A clean error is one JS can report: a syntax error points inside the text, a validation
/// error lists its issues, a limit error names its limit.
fn check_clean(text: &str, error: &Error) -> Result<(), TestCaseError> {
    match error.kind {
        ErrorKind::Syntax => {
            let at = error.position.expect("syntax errors have a position");
            prop_assert!(at.offset as usize <= text.encode_utf16().count() && at.line >= 1 && at.column >= 1, "{:?}", at);
        }
        ErrorKind::Validation => prop_assert!(!error.issues.is_empty()),
        ErrorKind::Limit => prop_assert!(error.limit.is_some()),
        other => prop_assert!(false, "unexpected error kind {:?}", other),
    }
    Ok(())
}

proptest! {
    // No regression files: a failure prints its minimal input, which belongs in a named test.
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_payloads_give_a_value_or_a_clean_error(which in 0..VALID.len(), mutations in vec(mutation(), 1..6)) {
        let bytes = mutate(fixture(VALID[which]).into_bytes(), &mutations);
        // Invalid UTF-8 never reaches the core (the bindings refuse it); repair it so the
        // mutant still exercises the parsers.
        let text = String::from_utf8_lossy(&bytes);
        let options = ParseOptions::default();
        let results = [
            parse::<TicketInfo>(&text, &options).map(drop),
            parse::<Ticket>(&text, &options).map(drop),
            parse::<TicketList>(&text, &options).map(drop),
            parse::<Chat>(&text, &options).map(drop),
            parse::<Message>(&text, &options).map(drop),
            parse_event(&text, &options).map(drop),
            parse_event(&text, &ParseOptions { strict: true, max_depth: 4, ..options }).map(drop),
        ];
        for result in results {
            if let Err(error) = result {
                check_clean(&text, &error)?;
            }
        }
        match Value::parse(&text, 128) {
            Ok(value) => {
                let _ = changed_fields(&value);
                for issues in [
                    validate_create_ticket(&value).err(),
                    validate_update_ticket(&value).err(),
                    validate_list_tickets_query(&value).err(),
                    validate_phone(&value).err(),
                ].into_iter().flatten() {
                    prop_assert!(!issues.is_empty());
                }
            }
            Err(error) => check_clean(&text, &error)?,
        }
    }
}
