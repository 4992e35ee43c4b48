//! The open-addressing hash table behind `set` and `frozenset`, laid out as
//! CPython 3.11 lays it out, so that iteration (slot order) matches.
//!
//! The table has a power-of-two number of slots (at least 8). A key with hash
//! `h` is looked for at slot `h & mask` and, when that slot is more than
//! [`LINEAR_PROBES`] slots from the end, at the next `LINEAR_PROBES` slots;
//! then the base slot moves to `(base * 5 + 1 + perturb) & mask`, where
//! `perturb` starts as `h` (unsigned) and loses [`PERTURB_SHIFT`] bits per
//! step. Deleting leaves a dummy slot so probe chains stay connected. `fill`
//! counts active and dummy slots, `used` active ones; the table grows when
//! `fill * 5 >= mask * 3`. Nothing here calls Python code.

use crate::value::Value;

/// Slots checked one after the other before the base slot is perturbed.
pub const LINEAR_PROBES: usize = 9;
/// Bits of the hash mixed into each perturbed step.
pub const PERTURB_SHIFT: u32 = 5;
/// Slots in a new or cleared table.
pub const MIN_SIZE: usize = 8;

/// One slot of the table.
#[derive(Clone)]
pub enum Slot {
    /// Never used since the table was built: ends every probe chain.
    Empty,
    /// Held a key that was removed: probe chains continue past it.
    Dummy,
    /// Holds a key with its hash.
    Active {
        /// `hash(key)`
        hash: i64,
        /// The element.
        key: Value,
    },
}

/// The slot indices a lookup for `hash` visits, in order (an endless sequence:
/// every table keeps at least one empty slot, which ends the search).
pub struct Probes {
    mask: usize,
    base: usize,
    offset: usize,
    span: usize,
    perturb: u64,
}

impl Probes {
    /// The probe sequence for `hash` in a table of `mask + 1` slots.
    pub fn new(hash: i64, mask: usize) -> Probes {
        let base = (hash as u64 as usize) & mask;
        Probes {
            mask,
            base,
            offset: 0,
            span: linear_span(base, mask),
            perturb: hash as u64,
        }
    }

    /// The next slot index to inspect.
    #[inline]
    pub fn next_index(&mut self) -> usize {
        if self.offset > self.span {
            self.perturb >>= PERTURB_SHIFT;
            self.base = self
                .base
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize)
                & self.mask;
            self.offset = 0;
            self.span = linear_span(self.base, self.mask);
        }
        let index = self.base + self.offset;
        self.offset += 1;
        index
    }
}

/// How many slots after `base` are inspected linearly (all or nothing).
#[inline]
fn linear_span(base: usize, mask: usize) -> usize {
    if base + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

/// The slots with their counts.
#[derive(Clone)]
pub struct Table {
    /// `mask + 1` slots.
    pub slots: Vec<Slot>,
    /// Active plus dummy slots.
    pub fill: usize,
    /// Active slots (the set's length).
    pub used: usize,
    /// Where `pop` starts looking.
    pub finger: usize,
    /// Bumped whenever `slots` is replaced, so a lookup that called Python
    /// code can tell that its probe chain is stale.
    pub generation: u64,
}

impl Default for Table {
    fn default() -> Self {
        Table::new()
    }
}

impl Table {
    /// An empty table of [`MIN_SIZE`] slots.
    pub fn new() -> Table {
        Table {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            generation: 0,
        }
    }

    /// Slot count minus one.
    #[inline]
    pub fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Whether slot `index` holds exactly `key` (by identity).
    pub fn holds(&self, index: usize, key: &Value) -> bool {
        matches!(&self.slots[index], Slot::Active { key: k, .. } if k.is(key))
    }

    /// Stores a key known to be absent: in the last dummy slot its probe chain
    /// passed (`freeslot`), else in the empty slot that ended it, growing the
    /// table when it gets too full.
    pub fn place(&mut self, key: Value, hash: i64, empty: usize, freeslot: Option<usize>) {
        self.used += 1;
        if let Some(slot) = freeslot {
            self.slots[slot] = Slot::Active { hash, key };
            return;
        }
        self.slots[empty] = Slot::Active { hash, key };
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(self.growth_target());
        }
    }

    /// The `minused` a growing table is resized for.
    pub fn growth_target(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Turns active slot `index` into a dummy, returning its key.
    pub fn remove_at(&mut self, index: usize) -> Option<Value> {
        match std::mem::replace(&mut self.slots[index], Slot::Dummy) {
            Slot::Active { key, .. } => {
                self.used -= 1;
                Some(key)
            }
            other => {
                self.slots[index] = other;
                None
            }
        }
    }

    /// Rebuilds the table with the smallest power-of-two size (at least 8)
    /// above `minused`, dropping dummies; keys are re-inserted in slot order.
    pub fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.fill = self.used;
        self.generation += 1;
        let mask = size - 1;
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                insert_clean(&mut self.slots, mask, key, hash);
            }
        }
    }

    /// Index and key of the first active slot at or after `pos`.
    pub fn next_active(&self, pos: usize) -> Option<(usize, &Value)> {
        self.slots
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, slot)| match slot {
                Slot::Active { key, .. } => Some((i, key)),
                _ => None,
            })
    }

    /// The active entries as `(hash, key)`, in slot order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.slots
            .iter()
            .filter_map(|slot| match slot {
                Slot::Active { hash, key } => Some((*hash, key.clone())),
                _ => None,
            })
            .collect()
    }

    /// Removes and returns an element: the first active slot at or after the
    /// finger (wrapping around), which then moves past it.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut index = self.finger & mask;
        while !matches!(self.slots[index], Slot::Active { .. }) {
            index = if index == mask { 0 } else { index + 1 };
        }
        self.finger = index + 1;
        self.remove_at(index)
    }
}

/// Puts a key into a table known to hold no equal key and no dummies: the
/// first empty slot of its probe sequence.
pub fn insert_clean(slots: &mut [Slot], mask: usize, key: Value, hash: i64) {
    let mut probes = Probes::new(hash, mask);
    loop {
        let index = probes.next_index();
        if matches!(slots[index], Slot::Empty) {
            slots[index] = Slot::Active { hash, key };
            return;
        }
    }
}
