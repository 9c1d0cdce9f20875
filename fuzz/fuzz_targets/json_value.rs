//! The owned JSON reader against serde_json (a strict, independent RFC 8259 parser), and
//! writing back: what is read, written and read again is the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use periskope_wasm::json::Value;
use periskope_wasm_fuzz::check_error;

/// Escapes of `\uD800`-`\uDFFF`: serde_json refuses them alone, with messages that vary by context.
fn has_surrogate_escape(text: &str) -> bool {
    text.as_bytes()
        .windows(4)
        .any(|w| w[0] == b'\\' && w[1] == b'u' && (w[2] | 0x20) == b'd' && matches!(w[3] | 0x20, b'8'..=b'9' | b'a'..=b'f'))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // Deeper than serde_json's 128, so every text serde_json accepts is within our limit.
    let ours = Value::parse(text, 256);
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    match (&ours, &theirs) {
        (Err(error), Ok(_)) => panic!("serde_json accepts what Value rejects: {error:?}"),
        (Ok(_), Err(error)) => {
            // The documented differences: lone surrogate escapes are kept (as JSON.parse keeps
            // them), numbers are kept as text (1e400 is JSON), nesting up to our own limit.
            let why = error.to_string();
            assert!(
                has_surrogate_escape(text) || why.contains("number out of range") || why.contains("recursion limit"),
                "Value accepts what serde_json rejects: {why}"
            );
        }
        _ => {}
    }
    match ours {
        Ok(value) => {
            let written = value.to_json();
            let again = Value::parse(&written, 256).expect("written JSON reads back");
            assert_eq!(again, value, "written as {written}");
            let _ = value.as_safe_integer();
        }
        Err(error) => check_error(text, &error),
    }
});
