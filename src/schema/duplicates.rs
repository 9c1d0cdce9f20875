//! Finds repeated keys in one object in a single pass over a small hash table: duplicate keys
//! make a payload ambiguous (JSON.parse silently keeps the last), so they are reported.

use std::borrow::Cow;

const EMPTY: u32 = u32::MAX;
/// Up to this many keys, comparing each with those before it beats building a table.
const SMALL: usize = 12;

fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash, byte| (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193))
}

/// The keys that appear more than once, each listed once, in the order their repeats appear.
pub fn repeated_keys<'k>(keys: &'k [Cow<'_, str>]) -> Vec<&'k str> {
    let mut repeated: Vec<&str> = Vec::new();
    if keys.len() < 2 {
        return repeated;
    }
    if keys.len() <= SMALL {
        for (i, key) in keys.iter().enumerate() {
            let seen_before = keys.get(..i).is_some_and(|before| before.contains(key));
            if seen_before && !repeated.contains(&key.as_ref()) {
                repeated.push(key);
            }
        }
        return repeated;
    }
    let size = (keys.len() * 2).next_power_of_two();
    let mut slots = vec![EMPTY; size];
    for (i, key) in keys.iter().enumerate() {
        let mut slot = fnv1a(key) as usize & (size - 1);
        // The table is at least twice as large as the keys, so an empty slot always comes.
        while let Some(cell) = slots.get_mut(slot) {
            if *cell == EMPTY {
                *cell = i as u32;
                break;
            }
            if keys.get(*cell as usize) == Some(key) {
                if !repeated.contains(&key.as_ref()) {
                    repeated.push(key);
                }
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

    fn keys(list: &[&'static str]) -> Vec<Cow<'static, str>> {
        list.iter().map(|k| Cow::Borrowed(*k)).collect()
    }

    #[test]
    fn finds_each_repeated_key_once() {
        assert_eq!(repeated_keys(&keys(&["a", "b", "a", "c", "a", "b"])), ["a", "b"]);
        assert!(repeated_keys(&keys(&["a", "b", "c"])).is_empty());
        assert!(repeated_keys(&keys(&[])).is_empty());
    }

    #[test]
    fn scales_to_large_maps() {
        let many: Vec<Cow<'static, str>> = (0..5000).map(|i| Cow::Owned(format!("{i}@c.us"))).collect();
        assert!(repeated_keys(&many).is_empty());
        let mut with_repeat = many.clone();
        with_repeat.push(Cow::Borrowed("4999@c.us"));
        assert_eq!(repeated_keys(&with_repeat), ["4999@c.us"]);
    }
}
