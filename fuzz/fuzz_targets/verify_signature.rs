//! Signature verification on arbitrary keys, bodies and headers: never a panic, the true
//! signature (in either hex case, with whitespace around) always accepted, and a header that
//! differs from it in any way rejected.
#![no_main]

use hmac::{Hmac, KeyInit, Mac};
use libfuzzer_sys::fuzz_target;
use periskope_wasm::events::verify_signature;
use sha2::Sha256;

fuzz_target!(|data: &[u8]| {
    let Some((&key_len, rest)) = data.split_first() else { return };
    let (key, rest) = rest.split_at(usize::from(key_len).min(rest.len()));
    let (header, body) = rest.split_at(rest.len().min(rest.first().map_or(0, |&n| usize::from(n % 80))));
    let header = String::from_utf8_lossy(header);

    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(body);
    let hex: String = mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();

    let expected = !key.is_empty();
    assert_eq!(verify_signature(body, &hex, key), expected);
    assert_eq!(verify_signature(body, &format!(" {}\n", hex.to_uppercase()), key), expected);
    let arbitrary = verify_signature(body, &header, key);
    assert_eq!(arbitrary, expected && header.trim().eq_ignore_ascii_case(&hex), "header {header:?}");
});
