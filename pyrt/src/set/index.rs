//! An index over the elements of a set table, keyed by hash.
//!
//! The table keeps CPython's layout, since that decides the iteration order;
//! its probe chains grow long as removals leave dummies behind (a set whose
//! elements come and go walks past many of them on every lookup). The index
//! finds the slots holding a given hash in a probe or two instead: it is a
//! second open-addressing table of slot numbers, linearly probed from a
//! multiplicative hash, with deletion by backward shift, so it never holds
//! dummies. It only finds elements; where a new element goes is still
//! decided by walking the table's own chain ([`super::table::Table::free_slots`]).
//!
//! Invariant: when the index is on, it holds exactly one entry per active
//! slot of its table. Tables of fewer than [`MIN_INDEXED`] slots have none
//! (their chains are short).

use super::table::{quick_eq, Quick, Slot};
use crate::value::Value;

/// Tables with fewer slots keep no index.
pub const MIN_INDEXED: usize = 32;

/// Fibonacci hashing's multiplier (2**64 / golden ratio).
const SPREAD: u64 = 0x9E37_79B9_7F4A_7C15;

/// Slot numbers by hash; `entries[i]` is a slot number plus one, 0 is vacant.
#[derive(Clone, Default)]
pub struct HashIndex {
    entries: Vec<u32>,
    /// `64 - log2(entries.len())`
    shift: u32,
}

impl HashIndex {
    /// The index for `slots`: empty (off) for small or enormous tables.
    pub fn build(slots: &[Slot]) -> HashIndex {
        let len = slots.len();
        if len < MIN_INDEXED || u32::try_from(len).is_err() {
            return HashIndex::default();
        }
        let mut index = HashIndex {
            entries: vec![0; len],
            shift: 64 - len.trailing_zeros(),
        };
        for (slot, entry) in slots.iter().enumerate() {
            if let Some((hash, _)) = entry.element() {
                index.insert(hash, slot);
            }
        }
        index
    }

    /// Whether the index is on.
    #[inline]
    pub fn is_on(&self) -> bool {
        !self.entries.is_empty()
    }

    /// Where the probe for `hash` starts.
    #[inline]
    fn home(&self, hash: i64) -> usize {
        ((hash as u64).wrapping_mul(SPREAD) >> self.shift) as usize
    }

    #[inline]
    fn mask(&self) -> usize {
        self.entries.len() - 1
    }

    /// Looks `key` (hashing to `hash`) up among the indexed `slots`, without
    /// running Python code (see [`Quick`]).
    #[inline]
    pub fn find(&self, slots: &[Slot], key: &Value, hash: i64) -> Quick {
        let mask = self.mask();
        let mut pos = self.home(hash);
        loop {
            let entry = self.entries[pos] as usize;
            if entry == 0 {
                return Quick::Absent;
            }
            let slot = &slots[entry - 1];
            if slot.hash == hash {
                match quick_eq(&slot.key, key) {
                    Some(true) => return Quick::Found(entry - 1),
                    Some(false) => {}
                    None => return Quick::Unknown,
                }
            }
            pos = (pos + 1) & mask;
        }
    }

    /// Records that `slot` now holds an element hashing to `hash`.
    #[inline]
    pub fn insert(&mut self, hash: i64, slot: usize) {
        if !self.is_on() {
            return;
        }
        let mask = self.mask();
        let mut pos = self.home(hash);
        while self.entries[pos] != 0 {
            pos = (pos + 1) & mask;
        }
        // The table is at most 60% full, so a vacant entry is always found;
        // `build` made sure every slot number fits.
        self.entries[pos] = slot as u32 + 1;
    }

    /// Forgets `slot` (hashing to `hash`); `slots` must still hold the
    /// hashes of the other indexed slots.
    pub fn remove(&mut self, slots: &[Slot], hash: i64, slot: usize) {
        if !self.is_on() {
            return;
        }
        let mask = self.mask();
        let wanted = slot as u32 + 1;
        let mut hole = self.home(hash);
        while self.entries[hole] != wanted {
            debug_assert_ne!(self.entries[hole], 0, "slot {slot} is not indexed");
            hole = (hole + 1) & mask;
        }
        // Backward shift: pull later entries of the run into the hole when
        // their home position allows it, so no probe run is cut short.
        let mut pos = hole;
        loop {
            pos = (pos + 1) & mask;
            let entry = self.entries[pos];
            if entry == 0 {
                break;
            }
            let home = self.home(slots[entry as usize - 1].hash);
            if pos.wrapping_sub(home) & mask >= pos.wrapping_sub(hole) & mask {
                self.entries[hole] = entry;
                hole = pos;
            }
        }
        self.entries[hole] = 0;
    }

    /// Whether the index holds exactly the active slots of `slots` (tests).
    #[cfg(test)]
    pub fn agrees_with(&self, slots: &[Slot]) -> bool {
        if !self.is_on() {
            return slots.len() < MIN_INDEXED;
        }
        let mut indexed: Vec<usize> = self
            .entries
            .iter()
            .filter(|&&e| e != 0)
            .map(|&e| e as usize - 1)
            .collect();
        indexed.sort_unstable();
        let active: Vec<usize> = (0..slots.len())
            .filter(|&i| slots[i].element().is_some())
            .collect();
        indexed == active
            && active.iter().all(|&slot| {
                let element = &slots[slot];
                matches!(self.find(slots, &element.key, element.hash), Quick::Found(s) if s == slot)
            })
    }
}
