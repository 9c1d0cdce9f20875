//! Small value types shared by the models, each with its TypeScript declaration beside it.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The TypeScript declarations of the value types below (the bindings emit them with the models').
pub const TYPESCRIPT: &str = r#"
/** A value the API may send as `null`. Fields typed `field?: Nullable<T>` may also be absent. */
export type Nullable<T> = T | null;
/**
 * A point in time as the API sends it: an ISO 8601 or Postgres-style string
 * (`2025-01-26T13:46:21.670006+00:00`, `2024-05-13 11:19:34+00`) or epoch milliseconds.
 * An empty string from the API is normalised to `null`.
 */
export type Timestamp = string | number;
/** 0 none, 1 low, 2 medium, 3 high, 4 urgent. Numeric strings from the API are normalised to numbers. */
export type Priority = 0 | 1 | 2 | 3 | 4;
/** Any JSON value: what a field holds whose values each organisation defines (custom properties). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
"#;

/// A field the API may send as `null` (or leave out). `None` stands for both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nullable<T>(pub Option<T>);

impl<T> Default for Nullable<T> {
    fn default() -> Self {
        Nullable(None)
    }
}

impl<T> Nullable<T> {
    pub fn value(&self) -> Option<&T> {
        self.0.as_ref()
    }

    pub fn is_null(&self) -> bool {
        self.0.is_none()
    }
}

impl<T> From<Option<T>> for Nullable<T> {
    fn from(value: Option<T>) -> Self {
        Nullable(value)
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Nullable)
    }
}

/// A point in time, as the API sent it (after `""` became `null`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Timestamp {
    Text(String),
    EpochMillis(f64),
}

impl Timestamp {
    /// Milliseconds since the Unix epoch, when the value names a valid instant.
    pub fn epoch_millis(&self) -> Option<f64> {
        match self {
            Timestamp::Text(text) => crate::formats::parse_timestamp(text).ok().map(|i| i.epoch_ms as f64),
            Timestamp::EpochMillis(ms) => Some(*ms),
        }
    }
}

/// 0 (none) to 4 (urgent). The shape guarantees the range before a value is built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Priority(pub u8);

/// Declares a string enum with an `Unknown` variant that keeps any other value, so a value
/// the API adds tomorrow parses today; with its TS union and the list its shape uses.
macro_rules! open_string_enum {
    ($(#[$meta:meta])* $name:ident, $values:ident, [$($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)?]) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
            /// A value this version does not know, kept as sent.
            Unknown(String),
        }

        /// The values the API is known to send today.
        pub const $values: &[&str] = $name::VALUES;

        impl $name {
            /// The values the API is known to send today.
            pub const VALUES: &'static [&'static str] = &[$($text),+];

            /// Its TypeScript union: the known values, or any other string.
            pub const TYPESCRIPT: &'static str = concat!(
                "/** One of the values the API sends today, or a newer one kept as sent. */\nexport type ",
                stringify!($name), " = ", $("\"", $text, "\" | ",)+ "(string & {});\n"
            );

            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $text,)+
                    $name::Unknown(other) => other,
                }
            }
        }

        impl From<&str> for $name {
            fn from(text: &str) -> Self {
                match text {
                    $($text => $name::$variant,)+
                    other => $name::Unknown(other.to_owned()),
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
                Ok($name::from(text.as_ref()))
            }
        }
    };
}

open_string_enum!(
    /// Where a ticket is in its life.
    TicketStatus, TICKET_STATUSES,
    [Open = "open", InProgress = "inprogress", Closed = "closed", Archived = "archived"]
);

open_string_enum!(
    /// What kind of chat this is; sources disagree, so every spelling seen is listed.
    ChatType, CHAT_TYPES,
    [User = "user", Group = "group", Business = "business", Individual = "individual", Chat = "chat", Unspecified = "unknown"]
);

open_string_enum!(
    /// What a message carries.
    MessageType, MESSAGE_TYPES,
    [
        Chat = "chat", Sticker = "sticker", Image = "image", Video = "video", Document = "document", Vcard = "vcard",
        MultiVcard = "multi_vcard", Audio = "audio", Ptt = "ptt", PollCreation = "poll_creation", Location = "location",
        Ciphertext = "ciphertext",
    ]
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_enums_keep_unknown_values() {
        assert_eq!(TicketStatus::from("inprogress"), TicketStatus::InProgress);
        let future: TicketStatus = serde_json::from_str("\"snoozed\"").unwrap();
        assert_eq!(future, TicketStatus::Unknown("snoozed".into()));
        assert_eq!(serde_json::to_string(&future).unwrap(), "\"snoozed\"");
        assert_eq!(TICKET_STATUSES, ["open", "inprogress", "closed", "archived"]);
    }
}
