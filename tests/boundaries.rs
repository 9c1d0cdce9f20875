#![cfg(not(target_arch = "wasm32"))]
//! The core is plain Rust: only `src/bindings` (compiled for wasm32 alone) knows JavaScript.
//! Cargo.toml makes the JS crates wasm32-only dependencies, so the core cannot even name them
//! in a native build; this test says so plainly and also catches a use behind a `cfg`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail by panicking")]

use std::path::{Path, PathBuf};

/// What only the bindings may name: the JS crates and their types.
const JS_ONLY: &[&str] = &["wasm_bindgen", "js_sys", "web_sys", "JsValue", "JsCast", "JsString", "serde_wasm_bindgen", "tsify"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn only_the_bindings_name_javascript_crates_and_types() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bindings = root.join("src/bindings");
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    assert!(files.len() > 20, "found the sources");
    let mut found = Vec::new();
    for file in files.iter().filter(|f| !f.starts_with(&bindings)) {
        let text = std::fs::read_to_string(file).unwrap();
        for (number, line) in text.lines().enumerate() {
            for name in JS_ONLY.iter().filter(|name| line.contains(*name)) {
                found.push(format!("{}:{}: {name}", file.strip_prefix(root).unwrap().display(), number + 1));
            }
        }
    }
    assert!(found.is_empty(), "outside src/bindings:\n{}", found.join("\n"));
}

#[test]
fn the_javascript_crates_are_wasm32_only_dependencies() {
    let manifest = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let start = manifest.find("\n[dependencies]\n").expect("a [dependencies] table");
    let table = &manifest[start + 1..];
    let table = &table[..table[1..].find("\n[").map_or(table.len(), |end| end + 1)];
    for name in ["wasm-bindgen", "js-sys", "wasm-bindgen-futures", "web-sys", "serde-wasm-bindgen", "tsify"] {
        assert!(!table.lines().any(|line| line.starts_with(&format!("{name} "))), "{name} is a dependency of every target");
    }
    assert!(manifest.contains("[target.'cfg(target_arch = \"wasm32\")'.dependencies]\n"), "the wasm32-only table");
}
