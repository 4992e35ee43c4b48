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

use super::index::HashIndex;
use crate::value::Value;

/// Slots checked one after the other before the base slot is perturbed.
pub const LINEAR_PROBES: usize = 9;
/// Bits of the hash mixed into each perturbed step.
pub const PERTURB_SHIFT: u32 = 5;
/// Slots in a new or cleared table.
pub const MIN_SIZE: usize = 8;

/// The hash a slot without an element holds: no key ever hashes to -1.
pub const FREE: i64 = -1;

/// One slot of the table: an element with its hash, or (hash [`FREE`]) an
/// empty slot or a dummy. A lookup compares the hash first, so walking past
/// slots of other keys reads one word each, as in CPython.
#[derive(Clone)]
pub struct Slot {
    /// `hash(key)`, or [`FREE`].
    pub hash: i64,
    /// The element; in a free slot, `None` marks it empty (never used since
    /// the table was built: it ends every probe chain) and `False` a dummy
    /// (held a key that was removed: probe chains continue past it).
    pub key: Value,
}

impl Slot {
    /// A slot never used since the table was built.
    pub const EMPTY: Slot = Slot {
        hash: FREE,
        key: Value::None,
    };
    /// A slot whose key was removed.
    pub const DUMMY: Slot = Slot {
        hash: FREE,
        key: Value::Bool(false),
    };

    /// A slot holding `key`, whose hash is `hash`.
    #[inline]
    pub fn active(hash: i64, key: Value) -> Slot {
        debug_assert_ne!(hash, FREE);
        Slot { hash, key }
    }

    /// Whether the slot is empty (given that it is free).
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.hash == FREE && matches!(self.key, Value::None)
    }

    /// The hash and element, if the slot holds one.
    #[inline]
    pub fn element(&self) -> Option<(i64, &Value)> {
        (self.hash != FREE).then_some((self.hash, &self.key))
    }

    /// The hash and element, if the slot holds one, taking it out.
    #[inline]
    pub fn into_element(self) -> Option<(i64, Value)> {
        (self.hash != FREE).then_some((self.hash, self.key))
    }
}

/// The slot indices a lookup for `hash` visits, in order (an endless sequence:
/// every table keeps at least one empty slot, which ends the search). The
/// sequence is a series of runs of consecutive slots: `next..=end` is what is
/// left of the current one.
pub struct Probes {
    mask: usize,
    /// The first slot of the current run.
    base: usize,
    /// The next slot to inspect (`end + 1` once the run is used up).
    pub next: usize,
    /// The last slot of the current run.
    pub end: usize,
    perturb: u64,
}

impl Probes {
    /// The probe sequence for `hash` in a table of `mask + 1` slots.
    #[inline]
    pub fn new(hash: i64, mask: usize) -> Probes {
        let base = (hash as u64 as usize) & mask;
        Probes {
            mask,
            base,
            next: base,
            end: base + linear_span(base, mask),
            perturb: hash as u64,
        }
    }

    /// Moves on to the next run: the base slot is perturbed.
    #[inline]
    pub fn advance(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.base = self
            .base
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize)
            & self.mask;
        self.next = self.base;
        self.end = self.base + linear_span(self.base, self.mask);
    }

    /// The next slot index to inspect.
    #[inline]
    pub fn next_index(&mut self) -> usize {
        if self.next > self.end {
            self.advance();
        }
        let index = self.next;
        self.next += 1;
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
    slots: Vec<Slot>,
    /// Finds the slots holding a hash without walking the probe chains.
    index: HashIndex,
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
            slots: vec![Slot::EMPTY; MIN_SIZE],
            index: HashIndex::default(),
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

    /// The slots, in order.
    #[inline]
    pub fn slots(&self) -> &[Slot] {
        &self.slots
    }

    /// Whether lookups go through the index.
    #[inline]
    pub fn indexed(&self) -> bool {
        self.index.is_on()
    }

    /// Looks `key` up without running Python code, through the index or
    /// along the probe chain: where it is, that it is absent, or `Unknown`
    /// when an element with its hash needs `==` to tell.
    #[inline]
    pub fn find_quick(&self, key: &Value, hash: i64) -> Quick {
        if self.index.is_on() {
            self.index.find(&self.slots, key, hash)
        } else {
            self.walk_quick(key, hash)
        }
    }

    /// [`Table::find_quick`] along the probe chain.
    fn walk_quick(&self, key: &Value, hash: i64) -> Quick {
        let mut probes = Probes::new(hash, self.mask());
        loop {
            let start = probes.next;
            for (offset, slot) in self.slots[start..=probes.end].iter().enumerate() {
                if slot.hash == hash {
                    match quick_eq(&slot.key, key) {
                        Some(true) => return Quick::Found(start + offset),
                        Some(false) => {}
                        None => return Quick::Unknown,
                    }
                } else if slot.is_empty() {
                    return Quick::Absent;
                }
            }
            probes.advance();
        }
    }

    /// Where a key hashing to `hash` that no element equals goes: the empty
    /// slot ending its probe chain and the last dummy passed on the way.
    /// (CPython's walk would compare it with the elements of equal hash on
    /// the way; the caller knows those comparisons to be false and silent.)
    pub fn free_slots(&self, hash: i64) -> (usize, Option<usize>) {
        let mut probes = Probes::new(hash, self.mask());
        let mut freeslot = None;
        loop {
            let start = probes.next;
            for (offset, slot) in self.slots[start..=probes.end].iter().enumerate() {
                if slot.hash == FREE {
                    if slot.is_empty() {
                        return (start + offset, freeslot);
                    }
                    freeslot = Some(start + offset);
                }
            }
            probes.advance();
        }
    }

    /// Whether slot `index` holds exactly `key` (by identity).
    pub fn holds(&self, index: usize, key: &Value) -> bool {
        matches!(self.slots[index].element(), Some((_, k)) if k.is(key))
    }

    /// Stores a key known to be absent: in the last dummy slot its probe chain
    /// passed (`freeslot`), else in the empty slot that ended it, growing the
    /// table when it gets too full.
    pub fn place(&mut self, key: Value, hash: i64, empty: usize, freeslot: Option<usize>) {
        self.used += 1;
        if let Some(slot) = freeslot {
            self.slots[slot] = Slot::active(hash, key);
            self.index.insert(hash, slot);
            return;
        }
        self.slots[empty] = Slot::active(hash, key);
        self.index.insert(hash, empty);
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
        let hash = self.slots[index].hash;
        if hash == FREE {
            return None;
        }
        self.index.remove(&self.slots, hash, index);
        self.used -= 1;
        Some(std::mem::replace(&mut self.slots[index], Slot::DUMMY).key)
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
        let old = std::mem::replace(&mut self.slots, vec![Slot::EMPTY; size]);
        self.fill = self.used;
        self.generation += 1;
        let mask = size - 1;
        for (hash, key) in old.into_iter().filter_map(Slot::into_element) {
            insert_clean(&mut self.slots, mask, key, hash);
        }
        self.index = HashIndex::build(&self.slots);
    }

    /// Fills this empty table with the elements of `source`: a slot-for-slot
    /// copy when both have the same size and `source` has no dummies, else a
    /// clean re-insertion in `source`'s slot order.
    pub fn fill_from(&mut self, source: Table) {
        debug_assert_eq!(self.fill, 0);
        if self.mask() == source.mask() && source.fill == source.used {
            self.slots = source.slots;
        } else {
            let mask = self.mask();
            for (hash, key) in source.slots.into_iter().filter_map(Slot::into_element) {
                insert_clean(&mut self.slots, mask, key, hash);
            }
        }
        self.index = HashIndex::build(&self.slots);
        self.fill = source.used;
        self.used = source.used;
        self.generation += 1;
    }

    /// Whether the index agrees with the slots (tests).
    #[cfg(test)]
    pub fn index_agrees(&self) -> bool {
        self.index.agrees_with(&self.slots)
    }

    /// Index and key of the first active slot at or after `pos`.
    pub fn next_active(&self, pos: usize) -> Option<(usize, &Value)> {
        self.slots
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, slot)| slot.element().map(|(_, key)| (i, key)))
    }

    /// The active entries as `(hash, key)`, in slot order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.slots
            .iter()
            .filter_map(|slot| slot.element().map(|(hash, key)| (hash, key.clone())))
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
        while self.slots[index].hash == FREE {
            index = if index == mask { 0 } else { index + 1 };
        }
        self.finger = index + 1;
        self.remove_at(index)
    }
}

/// What a lookup through the index found.
pub enum Quick {
    /// The element is at this slot.
    Found(usize),
    /// No element equals the key.
    Absent,
    /// The table's probe chain must be walked (see [`Table::find_quick`]).
    Unknown,
}

/// `a == b` when no Python code can decide it: identical objects, two small
/// ints, or numbers, strs, None and tuples of those; `None` when `==` must run.
#[inline]
pub fn quick_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        _ => quick_eq_other(a, b),
    }
}

/// [`quick_eq`] for all but two small ints.
#[inline(never)]
fn quick_eq_other(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        Some(true)
    } else {
        plain_eq(a, b)
    }
}

/// `a == b` for two values whose comparison runs no Python code (numbers,
/// strs, None and tuples of those); `None` when it might.
fn plain_eq(a: &Value, b: &Value) -> Option<bool> {
    if is_plain(a, 3) && is_plain(b, 3) {
        crate::compare::eq(a, b).ok()
    } else {
        None
    }
}

/// Whether comparing `v` can run no Python code.
fn is_plain(v: &Value, depth: u32) -> bool {
    match v {
        Value::None
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::BigInt(_)
        | Value::Str(_) => true,
        Value::Tuple(t) => depth > 0 && t.items.iter().all(|x| is_plain(x, depth - 1)),
        _ => false,
    }
}

/// Puts a key into a table known to hold no equal key and no dummies: the
/// first empty slot of its probe sequence.
pub fn insert_clean(slots: &mut [Slot], mask: usize, key: Value, hash: i64) {
    let mut probes = Probes::new(hash, mask);
    loop {
        let index = probes.next_index();
        if slots[index].is_empty() {
            slots[index] = Slot::active(hash, key);
            return;
        }
    }
}
