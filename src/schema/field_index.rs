//! A hashed index of an object shape's field names (and aliases), built on first use and
//! kept in the shape ([`ObjectShape::index`]): a key is found in one or two probes instead
//! of a scan over up to 64 names, whatever order the payload lists its keys in.

use std::sync::atomic::{AtomicU8, Ordering};

use super::shape::{ObjectShape, MAX_FIELDS};

const SLOTS: usize = 256;
const EMPTY: u8 = u8::MAX;
/// Set in a slot for a field found through its alias.
const ALIAS: u8 = 0x80;

#[derive(Debug)]
pub struct FieldIndex {
    slots: [u8; SLOTS],
    /// One bit per field that must be present.
    pub required: u64,
    /// For each field (and, last, the start of the object), the field whose key followed it
    /// the last time one was read. Payloads of one type list their keys in one order, so
    /// this guess is usually right and costs one comparison instead of a scan and a lookup.
    /// Atomics only because shapes are statics; the module runs on one thread.
    followed_by: [AtomicU8; MAX_FIELDS + 1],
}

/// The position before an object's first key, in [`FieldIndex::guess_after`].
pub const START: usize = MAX_FIELDS;

#[inline(always)]
fn slot_of(key: &[u8]) -> usize {
    let first = key.first().copied().unwrap_or(0) as usize;
    let last = key.last().copied().unwrap_or(0) as usize;
    let middle = key.get(key.len() / 2).copied().unwrap_or(0) as usize;
    (key.len() * 37 + first * 7 + middle * 13 + last) % SLOTS
}

impl FieldIndex {
    pub fn build(shape: &ObjectShape) -> FieldIndex {
        let mut index = FieldIndex { slots: [EMPTY; SLOTS], required: 0, followed_by: [const { AtomicU8::new(EMPTY) }; MAX_FIELDS + 1] };
        for (i, field) in shape.fields.iter().enumerate().take(super::shape::MAX_FIELDS) {
            index.insert(field.name, i as u8);
            if let Some(alias) = field.alias {
                index.insert(alias, i as u8 | ALIAS);
            }
            if field.required {
                index.required |= 1 << i;
            }
        }
        index
    }

    fn insert(&mut self, name: &str, entry: u8) {
        let mut slot = slot_of(name.as_bytes());
        for _ in 0..SLOTS {
            if let Some(cell) = self.slots.get_mut(slot) {
                if *cell == EMPTY {
                    *cell = entry;
                    return;
                }
            }
            slot = (slot + 1) % SLOTS;
        }
    }

    /// The field whose key followed field `previous` (or [`START`]) last time.
    #[inline]
    pub fn guess_after(&self, previous: usize) -> Option<usize> {
        let next = self.followed_by.get(previous)?.load(Ordering::Relaxed);
        (next != EMPTY).then_some(next as usize)
    }

    /// Remembers that field `next` followed field `previous` (or [`START`]).
    #[inline]
    pub fn learn(&self, previous: usize, next: usize) {
        if let Some(cell) = self.followed_by.get(previous) {
            cell.store(next as u8, Ordering::Relaxed);
        }
    }

    /// The field `key` names in `shape`, and whether it came by its alias.
    #[inline]
    pub fn lookup(&self, shape: &ObjectShape, key: &str) -> Option<(usize, bool)> {
        let bytes = key.as_bytes();
        let mut slot = slot_of(bytes);
        loop {
            let entry = *self.slots.get(slot)?;
            if entry == EMPTY {
                return None;
            }
            let index = (entry & !ALIAS) as usize;
            let by_alias = entry & ALIAS != 0;
            let field = shape.fields.get(index)?;
            let name = if by_alias { field.alias.unwrap_or("") } else { field.name };
            if name.len() == bytes.len() && name.as_bytes() == bytes {
                return Some((index, by_alias));
            }
            slot = (slot + 1) % SLOTS;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{CHAT, MESSAGE, MESSAGE_KEY, TICKET};

    #[test]
    fn every_name_and_alias_is_found_and_nothing_else() {
        for shape in [&TICKET, &CHAT, &MESSAGE, &MESSAGE_KEY] {
            let index = shape.index();
            for (i, field) in shape.fields.iter().enumerate() {
                assert_eq!(index.lookup(shape, field.name), Some((i, false)), "{}", field.name);
                if let Some(alias) = field.alias {
                    assert_eq!(index.lookup(shape, alias), Some((i, true)), "{alias}");
                }
            }
            for unknown in ["", "x", "ticket_idx", "Ticket_id", "from_mee", "__proto__"] {
                assert_eq!(index.lookup(shape, unknown), None, "{unknown}");
            }
        }
    }

    #[test]
    fn required_fields_are_in_the_mask() {
        assert_eq!(TICKET.index().required, 1, "only ticket_id, the first field");
    }
}
