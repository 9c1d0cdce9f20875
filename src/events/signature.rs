//! Webhook signature verification: HMAC-SHA256 of the raw body, keyed with the signing key.

use super::sha256::hmac_sha256;

/// Whether `signature` (the `x-periskope-signature` header) is the HMAC-SHA256 of `body`
/// keyed with `signing_key`, written in hex (either case; surrounding whitespace ignored).
///
/// The scheme follows integrators' reports and the header the API sends: the official page
/// describing it could not be found. The comparison runs in constant time. A header that is
/// not 64 hex digits, and an empty signing key (an unset secret must not make every body
/// signed with the empty key pass), give `false`.
pub fn verify_signature(body: &[u8], signature: &str, signing_key: &[u8]) -> bool {
    if signing_key.is_empty() {
        return false;
    }
    let Some(expected) = decode_sha256_hex(signature.trim()) else { return false };
    // Every byte compared, whatever the first difference: the time taken says nothing of it.
    let difference = hmac_sha256(signing_key, body).iter().zip(expected).fold(0u8, |difference, (a, b)| difference | (a ^ b));
    core::hint::black_box(difference) == 0
}

fn decode_sha256_hex(text: &str) -> Option<[u8; 32]> {
    let digits = text.as_bytes();
    if digits.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (byte, pair) in out.iter_mut().zip(digits.chunks_exact(2)) {
        let high = hex_value(*pair.first()?)?;
        let low = hex_value(*pair.get(1)?)?;
        *byte = high << 4 | low;
    }
    Some(out)
}

fn hex_value(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
    const RFC_4231_2: &str = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    #[test]
    fn rfc_4231_vector_verifies() {
        assert!(verify_signature(b"what do ya want for nothing?", RFC_4231_2, b"Jefe"));
        assert!(!verify_signature(b"what do ya want for nothing!", RFC_4231_2, b"Jefe"));
    }

    #[test]
    fn malformed_headers_are_false() {
        let body = b"what do ya want for nothing?";
        assert!(!verify_signature(body, "", b"Jefe"));
        assert!(!verify_signature(body, &RFC_4231_2[..62], b"Jefe"), "too short");
        assert!(!verify_signature(body, &format!("{RFC_4231_2}00"), b"Jefe"), "too long");
        assert!(!verify_signature(body, &RFC_4231_2.replace('5', "g"), b"Jefe"), "not hex");
        assert!(!verify_signature(body, &format!("sha256={}", &RFC_4231_2[..57]), b"Jefe"));
        assert!(!verify_signature(body, RFC_4231_2, b""), "empty key");
    }
}
