//! The two URL jobs of the client: percent-encoding a path segment, and accepting a base URL
//! only where the API key cannot leave in clear text.

/// Percent-encodes `text` for one path segment: RFC 3986 unreserved characters
/// (`A-Z a-z 0-9 - . _ ~`) are kept, every other UTF-8 byte becomes `%XX`, so `/`, `?`, `#`
/// and `..` in a ticket id can never change which endpoint is called.
pub fn percent_encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            let digit = |nibble: u8| char::from(HEX.get(usize::from(nibble)).copied().unwrap_or(b'0'));
            out.push(digit(byte >> 4));
            out.push(digit(byte & 0x0f));
        }
    }
    out
}

/// Hosts where plain `http:` is accepted: the traffic never leaves the machine.
const LOOPBACK_HOSTS: [&str; 3] = ["localhost", "127.0.0.1", "[::1]"];

/// Checks a base URL and returns it without trailing slashes. When it will carry the API key
/// (`carries_key`) it must be `https:`, or `http:` on a loopback host; without the key (the
/// user's own backend adds it) plain `http:` is the caller's choice. Never credentials, a query
/// or a fragment. `Err` says why, in a sentence.
pub fn check_base_url(text: &str, carries_key: bool) -> Result<String, &'static str> {
    let lower = text.to_ascii_lowercase();
    let (secure, rest_at) = if lower.starts_with("https://") {
        (true, "https://".len())
    } else if lower.starts_with("http://") {
        (false, "http://".len())
    } else {
        return Err("must be an absolute https: URL, such as https://api.periskope.app/v1");
    };
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("must not contain spaces or control characters");
    }
    if text.contains(['?', '#']) {
        return Err("must not have a query or a fragment");
    }
    let rest = lower.get(rest_at..).unwrap_or("");
    let authority = rest.split('/').next().unwrap_or("");
    if authority.contains('@') {
        return Err("must not carry credentials: the API key goes in the apiKey option");
    }
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.find(']').and_then(|end| authority.get(..end + 2)).unwrap_or(""),
        None => authority.split(':').next().unwrap_or(""),
    };
    let port = authority.get(host.len()..).unwrap_or("");
    if host.is_empty() || host == "[]" {
        return Err("has no host");
    }
    if !(port.is_empty() || (port.len() > 1 && port.starts_with(':') && port.bytes().skip(1).all(|b| b.is_ascii_digit()))) {
        return Err("has an invalid port");
    }
    if !secure && carries_key && !LOOPBACK_HOSTS.contains(&host) {
        return Err(
            "must use https: (plain http: is only accepted for localhost, 127.0.0.1 and [::1]) so the API key is never sent in clear text",
        );
    }
    Ok(text.trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_unreserved_and_encodes_the_rest() {
        assert_eq!(percent_encode("BKT-001_a.b~"), "BKT-001_a.b~");
        assert_eq!(percent_encode("a/b?c#d e"), "a%2Fb%3Fc%23d%20e");
        assert_eq!(percent_encode(".."), "..");
        assert_eq!(percent_encode("é"), "%C3%A9");
        assert_eq!(percent_encode("%"), "%25");
    }

    fn check_base_url_with_key(text: &str) -> Result<String, &'static str> {
        check_base_url(text, true)
    }

    #[test]
    fn without_the_key_plain_http_is_the_callers_choice() {
        assert!(check_base_url("http://intranet.example/api/periskope", false).is_ok());
        assert!(check_base_url("http://user:pass@intranet.example", false).is_err());
    }

    #[test]
    fn accepts_https_and_loopback_http() {
        assert_eq!(check_base_url_with_key("https://api.periskope.app/v1/"), Ok("https://api.periskope.app/v1".to_owned()));
        assert_eq!(check_base_url_with_key("HTTPS://Example.com"), Ok("HTTPS://Example.com".to_owned()));
        assert!(check_base_url_with_key("http://127.0.0.1:8787/v1").is_ok());
        assert!(check_base_url_with_key("http://localhost/v1").is_ok());
        assert!(check_base_url_with_key("http://[::1]:9000/v1").is_ok());
    }

    #[test]
    fn refuses_clear_text_and_odd_urls() {
        assert!(check_base_url_with_key("http://api.periskope.app/v1").is_err());
        assert!(check_base_url_with_key("http://localhost.evil.com/v1").is_err());
        assert!(check_base_url_with_key("http://127.0.0.1.nip.io/v1").is_err());
        assert!(check_base_url_with_key("http://user:pass@localhost/v1").is_err());
        assert!(check_base_url_with_key("https://user@api.periskope.app").is_err());
        assert!(check_base_url_with_key("ftp://api.periskope.app").is_err());
        assert!(check_base_url_with_key("api.periskope.app/v1").is_err());
        assert!(check_base_url_with_key("https://").is_err());
        assert!(check_base_url_with_key("https://api.periskope.app/v1?x=1").is_err());
        assert!(check_base_url_with_key("https://api.periskope.app:abc/v1").is_err());
        assert!(check_base_url_with_key("https://api.periskope.app /v1").is_err());
    }
}
