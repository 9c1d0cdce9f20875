#![cfg(not(target_arch = "wasm32"))]
//! Our HMAC-SHA256 (src/events/sha256.rs, written for size) against the `hmac` and `sha2`
//! crates, on random signing keys and bodies of every length around the block boundaries.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing, reason = "tests fail by panicking")]

use hmac::{Hmac, KeyInit, Mac};
use periskope_wasm::events::verify_signature;
use proptest::prelude::*;
use sha2::Sha256;

fn oracle(key: &[u8], body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).unwrap();
    mac.update(body);
    mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]
    #[test]
    fn the_oracles_signature_verifies_and_a_changed_one_does_not(
        key in prop::collection::vec(any::<u8>(), 1..200),
        body in prop::collection::vec(any::<u8>(), 0..300),
        flip in 0usize..64,
    ) {
        let signature = oracle(&key, &body);
        prop_assert!(verify_signature(&body, &signature, &key));
        prop_assert!(verify_signature(&body, &signature.to_uppercase(), &key));
        let mut wrong = signature.into_bytes();
        wrong[flip] = if wrong[flip] == b'0' { b'1' } else { b'0' };
        prop_assert!(!verify_signature(&body, std::str::from_utf8(&wrong).unwrap(), &key));
    }
}

#[test]
fn every_length_around_the_block_boundaries() {
    for length in 0..=200 {
        let body: Vec<u8> = (0..length).map(|i| (i * 7 + 3) as u8).collect();
        for key_length in [1, 32, 63, 64, 65, 128, 200] {
            let key = vec![0x5a; key_length];
            assert!(verify_signature(&body, &oracle(&key, &body), &key), "body {length}, key {key_length}");
        }
    }
}
