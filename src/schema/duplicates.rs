//! Finds repeated keys in one object in a single pass over a small hash table: duplicate keys
//! make a payload ambiguous (JSON.parse silently keeps the last), so they are reported.

use crate::json::JsonStr;

const EMPTY: u32 = u32::MAX;
/// Up to this many keys, comparing each with those before it beats building a table.
const SMALL: usize = 12;

fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash, byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193))
}

/// The keys (as the text has them, escapes not decoded) that appear more than once, each
/// listed once, decoded, in the order their repeats appear.
pub fn repeated_keys(keys: &[JsonStr<'_>]) -> Vec<String> {
    let mut repeated: Vec<String> = Vec::new();
    let mut note = |key: &JsonStr<'_>| {
        let text = key.decode();
        if !repeated.iter().any(|seen| *seen == text) {
            repeated.push(text.into_owned());
        }
    };
    if keys.len() <= SMALL {
        for (i, key) in keys.iter().enumerate() {
            if keys.get(..i).is_some_and(|before| before.iter().any(|other| other.same_text(key))) {
                note(key);
            }
        }
        return repeated;
    }
    let size = (keys.len() * 2).next_power_of_two();
    let mut slots = vec![EMPTY; size];
    for (i, key) in keys.iter().enumerate() {
        let mut slot = fnv1a(&key.decode()) as usize & (size - 1);
        // The table is at least twice as large as the keys, so an empty slot always comes.
        while let Some(cell) = slots.get_mut(slot) {
            if *cell == EMPTY {
                *cell = i as u32;
                break;
            }
            if keys.get(*cell as usize).is_some_and(|other| other.same_text(key)) {
                note(key);
                break;
            }
            slot = (slot + 1) & (size - 1);
        }
    }
    repeated
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(list: &[&'static str]) -> Vec<JsonStr<'static>> {
        list.iter().map(|k| JsonStr { raw: k, has_escapes: k.contains('\\') }).collect()
    }

    #[test]
    fn finds_each_repeated_key_once() {
        assert_eq!(repeated_keys(&keys(&["a", "b", "a", "c", "a", "b"])), ["a", "b"]);
        assert!(repeated_keys(&keys(&["a", "b", "c"])).is_empty());
        assert!(repeated_keys(&keys(&[])).is_empty());
    }

    #[test]
    fn an_escaped_key_repeats_its_plain_spelling() {
        assert_eq!(repeated_keys(&keys(&["ab", "x", r"\u0061b"])), ["ab"]);
        let many: Vec<String> = (0..40).map(|i| format!("k{i}")).collect();
        let mut list: Vec<JsonStr<'_>> = many.iter().map(|k| JsonStr { raw: k, has_escapes: false }).collect();
        list.push(JsonStr { raw: r"k\u00317", has_escapes: true });
        assert_eq!(repeated_keys(&list), ["k17"]);
    }

    #[test]
    fn scales_to_large_maps() {
        let owned: Vec<String> = (0..5000).map(|i| format!("{i}@c.us")).collect();
        let many: Vec<JsonStr<'_>> = owned.iter().map(|k| JsonStr { raw: k, has_escapes: false }).collect();
        assert!(repeated_keys(&many).is_empty());
        let mut with_repeat = many.clone();
        with_repeat.push(JsonStr { raw: "4999@c.us", has_escapes: false });
        assert_eq!(repeated_keys(&with_repeat), ["4999@c.us"]);
    }
}
