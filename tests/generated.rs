#![cfg(not(target_arch = "wasm32"))]
//! The files (or parts of files) outside Rust that repeat a fact the Rust code names once: each
//! is checked here, and `UPDATE=1 cargo test --test generated` (or a plain `UPDATE=1 cargo test`)
//! rewrites it instead of failing.
//!
//! | file | what it repeats | from |
//! | --- | --- | --- |
//! | `src/events/webhook-events.js` | the `WEBHOOK_EVENTS` array | the table of `src/events/names.rs` |
//! | `js/periskope-error.d.ts`, generated block | the error kinds, issue codes and limits | the enums of `src/error.rs` |
//! | `js/interop.js`, every `N /* NAME */` | the edit operations, path step kinds and shape kinds | `src/schema/wire.rs`, `src/schema/tables.rs` |
//! | `README.md`, "all N event types" | how many events there are | the table of `src/events/names.rs` |
//! | `js/endpoints.js` | the endpoints the client calls (the proxy's default) | the table of `src/client/operations.rs` |
//! | `js/client.js`, generated block | the client's methods and list iterators | the table of `src/client/operations.rs` |
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail by panicking")]

use std::path::Path;

use periskope_wasm::client::{ENDPOINTS_JS, METHODS_JS};
use periskope_wasm::error::js_declarations;
use periskope_wasm::events::{EVENT_KINDS, EVENT_NAMES_JS};
use periskope_wasm::schema::{tables, wire};

fn read(file: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Fails when `file` is not `expected`, or, with `UPDATE=1`, writes `expected` to it.
fn check_or_update(file: &str, expected: &str) {
    let actual = read(file);
    if actual == expected {
        return;
    }
    if std::env::var("UPDATE").as_deref() == Ok("1") {
        std::fs::write(Path::new(env!("CARGO_MANIFEST_DIR")).join(file), expected).unwrap();
        eprintln!("UPDATE=1: rewrote {file}");
        return;
    }
    let line = actual.lines().zip(expected.lines()).position(|(a, e)| a != e).map_or(0, |i| i + 1);
    panic!("{file} is out of date (first difference near line {line}): run `UPDATE=1 cargo test --test generated`");
}

/// `text` with the lines between the line `begin` and the line `end` replaced by `block`.
fn with_block(file: &str, text: &str, begin: &str, end: &str, block: &str) -> String {
    let start = text.find(begin).unwrap_or_else(|| panic!("{file}: no line {begin:?}")) + begin.len();
    let stop = start + text[start..].find(end).unwrap_or_else(|| panic!("{file}: no line {end:?} after {begin:?}"));
    format!("{}{block}{}", &text[..start], &text[stop..])
}

#[test]
fn the_webhook_events_file_is_the_table() {
    check_or_update("src/events/webhook-events.js", EVENT_NAMES_JS);
}

#[test]
fn the_error_declarations_are_the_rust_enums() {
    let file = "js/periskope-error.d.ts";
    let text = read(file);
    let begin = "// Generated from src/error.rs: edit it there, then `UPDATE=1 cargo test` rewrites this block.\n";
    let expected = with_block(file, &text, begin, "// End of the generated block.\n", &js_declarations());
    check_or_update(file, &expected);
}

#[test]
fn the_client_methods_are_the_operations_table() {
    let file = "js/client.js";
    let text = read(file);
    let begin = "// Generated from src/client/operations.rs: edit it there, then `UPDATE=1 cargo test` rewrites this block.\n";
    let expected = with_block(file, &text, begin, "// End of the generated block.\n", METHODS_JS);
    check_or_update(file, &expected);
}

#[test]
fn the_proxys_default_endpoints_are_the_clients() {
    check_or_update("js/endpoints.js", ENDPOINTS_JS);
}

/// Every `<digits> /* NAME */` of `text`, as (start of the digits, end of the digits, name).
fn annotated_numbers(text: &str) -> Vec<(usize, usize, &str)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find(" /* ").map(|i| from + i) {
        from = open + 4;
        let Some(close) = text[from..].find(" */").map(|i| from + i) else { break };
        let name = &text[from..close];
        let digits = text[..open].bytes().rev().take_while(u8::is_ascii_digit).count();
        if digits > 0 && !name.is_empty() && name.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') {
            found.push((open - digits, open, name));
        }
    }
    found
}

#[test]
fn the_numbers_js_reads_carry_the_rust_names() {
    let file = "js/interop.js";
    let names: Vec<(&str, u32)> = wire::js_names().into_iter().chain(tables::js_names()).collect();
    let text = read(file);
    let annotated = annotated_numbers(&text);
    let mut expected = text.clone();
    for &(start, end, name) in annotated.iter().rev() {
        let (_, number) = names
            .iter()
            .find(|(known, _)| *known == name)
            .unwrap_or_else(|| panic!("{file}: {name} is named neither in src/schema/wire.rs nor in src/schema/tables.rs"));
        expected.replace_range(start..end, &number.to_string());
    }
    for (name, _) in &names {
        assert!(annotated.iter().any(|(.., used)| used == name), "{file} never reads {name}: is the Rust side ahead of it?");
    }
    check_or_update(file, &expected);
}

#[test]
fn the_readme_counts_the_events_of_the_table() {
    let file = "README.md";
    let text = read(file);
    let (begin, end) = ("all ", " event types");
    let at = text.find(end).unwrap_or_else(|| panic!("{file}: no \"all N event types\""));
    let start = text[..at].rfind(begin).expect("all N") + begin.len();
    let mut expected = text.clone();
    expected.replace_range(start..at, &EVENT_KINDS.len().to_string());
    check_or_update(file, &expected);
}
