#![cfg(not(target_arch = "wasm32"))]
//! Per model, the three things `model!` generates from one description agree: the shape the
//! parser checks, the Rust struct, and the TypeScript interface in the `.d.ts`. Each test names
//! the model and the field that disagrees.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail by panicking")]

use std::collections::BTreeSet;

use periskope_wasm::events::EVENT_KINDS;
use periskope_wasm::model::{ModelInfo, MODELS, TYPESCRIPT};
use periskope_wasm::schema::{Field, Format, ObjectShape, Shape};
use serde_json::{json, Value};

fn model(shape: &ObjectShape) -> &'static ModelInfo {
    MODELS.iter().find(|m| std::ptr::eq(m.shape, shape)).unwrap_or_else(|| panic!("{} is not in model::MODELS", shape.name))
}

/// The TypeScript type of a field, written here independently of the macro that generates it.
fn typescript_of(shape: &Shape) -> String {
    match shape {
        Shape::Any => "unknown".into(),
        Shape::Str(_) => "string".into(),
        Shape::Bool => "boolean".into(),
        Shape::Int | Shape::Number | Shape::NumberLike => "number".into(),
        Shape::Priority => "Priority".into(),
        Shape::Timestamp => "Timestamp".into(),
        Shape::Enum(values) => enum_name(values).into(),
        Shape::Object(object) => object.name.into(),
        Shape::Map(values) => format!("Record<string, {}>", typescript_of(values)),
        Shape::Array(items) => format!("{}[]", typescript_of(items)),
        Shape::Nullable(inner) => format!("Nullable<{}>", typescript_of(inner)),
        Shape::UserDefined(_) => "JsonValue".into(),
    }
}

fn enum_name(values: &[&str]) -> &'static str {
    use periskope_wasm::model::{ChatType, MessageType, TicketStatus};
    [("TicketStatus", TicketStatus::VALUES), ("ChatType", ChatType::VALUES), ("MessageType", MessageType::VALUES)]
        .into_iter()
        .find(|(_, known)| *known == values)
        .map(|(name, _)| name)
        .expect("an open string enum of values.rs")
}

/// `name?: type` as the `.d.ts` must declare the field.
fn declaration_of(field: &Field) -> String {
    match (&field.shape, field.required) {
        (shape, true) => format!("{}: {}", field.name, typescript_of(shape)),
        (Shape::Any, false) => format!("{}?: unknown", field.name),
        (shape, false) => format!("{}?: Nullable<{}>", field.name, typescript_of(shape)),
    }
}

/// The field lines of `export interface <name> { ... }`, as declared.
fn declared_fields(typescript: &str, name: &str) -> Vec<String> {
    let head = format!("export interface {name} {{\n");
    let start = typescript.find(&head).unwrap_or_else(|| panic!("no `export interface {name}` in its TypeScript")) + head.len();
    let body = &typescript[start..start + typescript[start..].find("\n}\n").expect("the interface ends")];
    body.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("/**") && !line.starts_with('*'))
        .map(|line| line.trim_end_matches(';').to_owned())
        .collect()
}

#[test]
fn every_model_declares_in_typescript_the_fields_its_shape_checks() {
    for model in MODELS {
        let expected: Vec<String> = model.shape.fields.iter().map(declaration_of).collect();
        assert_eq!(declared_fields(model.typescript, model.shape.name), expected, "{}: .d.ts and shape differ", model.shape.name);
        assert_eq!(
            declared_fields(TYPESCRIPT, model.shape.name),
            expected,
            "{}: the declarations the bindings emit differ",
            model.shape.name
        );
    }
}

/// A value of `shape` with something in it, so that a field the Rust struct drops, renames or
/// holds with another type shows up as a difference.
fn sample(shape: &Shape) -> Value {
    match shape {
        Shape::Any => json!({ "kept": [1, "as sent", null] }),
        Shape::Str(Format::Text) => json!("text"),
        Shape::Str(_) => json!("919537851844@c.us"),
        Shape::Bool => json!(true),
        Shape::Int => json!(42),
        Shape::Number | Shape::NumberLike => json!(2.5),
        Shape::Priority => json!(3),
        Shape::Timestamp => json!("2025-01-26T13:46:21.670006+00:00"),
        Shape::Enum(values) => json!(values.first().copied().unwrap_or("x")),
        Shape::Object(object) => full(object),
        Shape::Map(values) => json!({ "key": sample(values) }),
        Shape::Array(items) => json!([sample(items)]),
        Shape::Nullable(inner) => sample(inner),
        Shape::UserDefined(_) => json!([7, { "kept": true }]),
    }
}

/// Every field of `object` present, with a sample value.
fn full(object: &ObjectShape) -> Value {
    Value::Object(object.fields.iter().map(|field| (field.name.to_owned(), sample(&field.shape))).collect())
}

/// Only the required fields, the optional ones absent: the Rust struct writes them as `null`.
fn bare(object: &ObjectShape) -> (Value, Value) {
    let given = object.fields.iter().filter(|f| f.required).map(|field| (field.name.to_owned(), sample(&field.shape)));
    let written = object.fields.iter().map(|field| {
        let value = if field.required { sample(&field.shape) } else { Value::Null };
        (field.name.to_owned(), value)
    });
    (Value::Object(given.collect()), Value::Object(written.collect()))
}

/// Numbers as f64: the Rust structs hold every number so, as JS does.
fn as_js(value: Value) -> Value {
    match value {
        Value::Number(n) => n.as_f64().map_or(Value::Null, |f| json!(f)),
        Value::Array(items) => Value::Array(items.into_iter().map(as_js).collect()),
        Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, as_js(v))).collect()),
        other => other,
    }
}

#[test]
fn every_model_keeps_in_rust_every_field_its_shape_checks_with_its_value() {
    for model in MODELS {
        let name = model.shape.name;
        let value = full(model.shape);
        let kept = as_js((model.through_rust)(&value).unwrap_or_else(|e| panic!("{name}: the Rust struct cannot hold {value}: {e}")));
        let value = as_js(value);
        for field in model.shape.fields {
            assert_eq!(kept.get(field.name), value.get(field.name), "{name}.{}: the Rust struct does not keep it as sent", field.name);
        }
        assert_eq!(kept, value, "{name}: the Rust struct has fields the shape does not check");

        let (given, written) = bare(model.shape);
        let kept = as_js((model.through_rust)(&given).unwrap_or_else(|e| panic!("{name}: optional fields must be optional in Rust: {e}")));
        assert_eq!(kept, as_js(written), "{name}: only the required fields given");
        for field in model.shape.fields.iter().filter(|f| f.required) {
            let mut missing = given.clone();
            missing.as_object_mut().unwrap().remove(field.name);
            assert!((model.through_rust)(&missing).is_err(), "{name}.{}: required by the shape, optional in Rust", field.name);
        }
    }
}

/// Every object shape reachable from `shape`.
fn reachable(shape: &Shape, found: &mut Vec<&'static ObjectShape>) {
    match shape {
        Shape::Object(object) if !found.iter().any(|known| std::ptr::eq(*known, *object)) => {
            found.push(object);
            for field in object.fields {
                reachable(&field.shape, found);
            }
        }
        Shape::Map(inner) | Shape::Array(inner) | Shape::Nullable(inner) => reachable(inner, found),
        _ => {}
    }
}

#[test]
fn every_shape_a_parser_reaches_is_a_registered_model_once() {
    let mut found = Vec::new();
    for kind in EVENT_KINDS {
        reachable(&Shape::Object(kind.data), &mut found);
    }
    for model in MODELS {
        reachable(&Shape::Object(model.shape), &mut found);
    }
    for shape in found {
        model(shape);
    }
    let names: BTreeSet<&str> = MODELS.iter().map(|m| m.shape.name).collect();
    assert_eq!(names.len(), MODELS.len(), "a model is registered twice");
}

#[test]
fn every_model_the_client_reads_is_registered() {
    use periskope_wasm::client::{Alternative, Operation};
    let mut found = Vec::new();
    for operation in Operation::ALL {
        reachable(operation.response_shape(), &mut found);
        if let Some(Alternative::Bare(_, items)) = operation.alternative() {
            reachable(items, &mut found);
        }
    }
    assert!(found.len() > 10, "the pages, their items and what those hold");
    for shape in found {
        model(shape);
    }
}

/// Custom properties are defined by each organisation, not by the API: one numeric or list
/// value must not make a whole page fail. Leniently any JSON value is kept as sent; strictly,
/// the documented string (or `null`) is required.
#[test]
fn custom_properties_keep_any_value_and_strict_mode_wants_strings() {
    use periskope_wasm::model::{parse, TicketInfo, TicketList};
    use periskope_wasm::{IssueCode, ParseOptions, PathSegment};

    let properties = json!({ "n": 5, "b": true, "a": [1, "x"], "o": { "k": null }, "z": null, "s": "hello" });
    let info = json!({
        "ticket": { "ticket_id": "T", "ticket_custom_properties": properties, "custom_properties": properties },
        "chat": { "chat_id": "919537851844@c.us", "custom_properties": properties },
    });
    let text = info.to_string();
    let parsed = parse::<TicketInfo>(&text, &ParseOptions::default()).unwrap();
    assert_eq!(parsed.json, info, "every value kept as sent");
    let kept = parsed.value.ticket.ticket_custom_properties.value().unwrap();
    assert_eq!(kept.get("n"), Some(&json!(5)));
    assert_eq!(kept.get("a"), Some(&json!([1, "x"])));
    assert_eq!(parsed.value.chat.value().unwrap().custom_properties.value().unwrap().get("o"), Some(&json!({ "k": null })));
    let list = json!({ "tickets": [{ "ticket_id": "T", "custom_properties": properties }] });
    assert_eq!(parse::<TicketList>(&list.to_string(), &ParseOptions::default()).unwrap().json, list);

    let strict = parse::<TicketInfo>(&text, &ParseOptions { strict: true, ..ParseOptions::default() }).unwrap_err();
    let found: Vec<(String, IssueCode, &str)> = strict
        .issues
        .iter()
        .map(|i| {
            let path: Vec<String> = i.path.iter().map(|s| if let PathSegment::Key(k) = s { k.clone() } else { "#".into() }).collect();
            (path.join("."), i.code(), i.message.as_str())
        })
        .filter(|(path, ..)| path.starts_with("ticket.ticket_custom_properties"))
        .collect();
    assert_eq!(
        found,
        [
            ("ticket.ticket_custom_properties.a".to_owned(), IssueCode::InvalidType, "expected a string, got an array"),
            ("ticket.ticket_custom_properties.b".to_owned(), IssueCode::InvalidType, "expected a string, got a boolean"),
            ("ticket.ticket_custom_properties.n".to_owned(), IssueCode::InvalidType, "expected a string, got a number"),
            ("ticket.ticket_custom_properties.o".to_owned(), IssueCode::InvalidType, "expected a string, got an object"),
        ]
    );
    assert_eq!(strict.issues.len(), 12, "the same four in each of the three maps");

    // Kept as sent, so checked as every such value is: a repeated key is still an issue.
    let repeated = r#"{"ticket":{"ticket_id":"T","custom_properties":{"o":{"k":1,"k":2}}}}"#;
    let error = parse::<TicketInfo>(repeated, &ParseOptions::default()).unwrap_err();
    assert_eq!(error.issues.iter().map(|i| i.code()).collect::<Vec<_>>(), [IssueCode::DuplicateKey]);
}
