//! The shapes of Periskope and WhatsApp identifiers, as documented in the API reference.

/// `919537851844@c.us` (a user) or `120363392071406466@g.us` (a group).
pub fn is_chat_id(text: &str) -> bool {
    match text.split_once('@') {
        Some((digits, "c.us" | "g.us")) => is_digits(digits),
        _ => false,
    }
}

/// `919537851844@c.us`: a user's WhatsApp id.
pub fn is_contact_id(text: &str) -> bool {
    text.strip_suffix("@c.us").is_some_and(is_digits)
}

/// A phone as the API writes it in `sender_phone`: digits, with or without `@c.us`.
pub fn is_phone_or_contact_id(text: &str) -> bool {
    is_digits(text) || is_contact_id(text)
}

/// A full message id: `true_919537851844@c.us_3EB0...` (1:1) or
/// `false_<group>@g.us_<id>_<participant>@c.us` (group).
pub fn is_message_id(text: &str) -> bool {
    let Some((from_me, rest)) = text.split_once('_') else { return false };
    if from_me != "true" && from_me != "false" {
        return false;
    }
    let Some((chat, rest)) = rest.split_once('_') else { return false };
    if !is_chat_id(chat) {
        return false;
    }
    match rest.split_once('_') {
        None => is_bare_message_id(rest),
        Some((id, participant)) => is_bare_message_id(id) && is_contact_id(participant),
    }
}

/// The WhatsApp id of a message alone: `3EB0ABB7C973860FC19EBE05FD934141CCEC2D8B`.
pub fn is_bare_message_id(text: &str) -> bool {
    !text.is_empty() && text.len() <= 128 && text.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// A lowercase-hex UUID such as an organisation id.
pub fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5 && groups.iter().zip([8, 4, 4, 4, 12]).all(|(g, len)| g.len() == len && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// `label-xbitdvipqshahdcu`.
pub fn is_label_id(text: &str) -> bool {
    text.strip_prefix("label-").is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_lowercase()))
}

/// `phone-bqzvyibhmwkaergr`: `phone-` and 16 lowercase letters.
pub fn is_phone_id(text: &str) -> bool {
    text.strip_prefix("phone-").is_some_and(|rest| rest.len() == 16 && rest.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A pragmatic email check (one `@`, a dotted domain, no spaces), the one browsers use for
/// `<input type=email>` in spirit; delivery is the server's business.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else { return false };
    let label_ok = |l: &str| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    !local.is_empty()
        && local.len() <= 64
        && text.len() <= 254
        && local.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+/=?^_`{|}~.-".contains(&b))
        && domain.contains('.')
        && domain.split('.').all(label_ok)
}

pub fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_the_reference_have_their_shapes() {
        assert!(is_chat_id("919537851844@c.us") && is_chat_id("120363392071406466@g.us"));
        assert!(!is_chat_id("919X836X025X090@Xc.us") && !is_chat_id("919537851844") && !is_chat_id("@c.us"));
        assert!(is_message_id("true_919537851844@c.us_3EB0ABB7C973860FC19EBE05FD934141CCEC2D8B"));
        assert!(is_message_id("false_120363176874912345@g.us_3A23F157E7D477DD1234_919971866123@c.us"));
        // The docs mask digits with letters: such an id is not one the API can send.
        assert!(!is_message_id("true_91983602ABCD@c.us_3EB0DAB631F7E58ABCDE0C"));
        assert!(is_uuid("2997dd64-89bf-48d3-9a22-b314fca017e5") && !is_uuid("2997xx64-89bf-48d3-9a22-b314fxx017e5"));
        assert!(is_label_id("label-xbitdvipqshahdcu") && !is_label_id("label-"));
        assert!(is_phone_id("phone-bqzvyibhmwkaergr") && !is_phone_id("phone-bqzvyibhmwkaerg"));
        assert!(is_email("bharat@periskope.app") && !is_email("bharat@periskope") && !is_email("a b@x.io"));
    }
}
