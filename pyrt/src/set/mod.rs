//! `set` and `frozenset`: CPython's open-addressing hash table (see
//! [`table`]), so elements iterate and print in CPython's order.
//!
//! Both types share [`PySet`]; the `Value` variant (`Value::Set` or
//! `Value::FrozenSet`) says which one a value is. Lookups compare keys with
//! `==`, which may run Python code: no `RefCell` borrow is held across such a
//! comparison, and a lookup whose table changed meanwhile starts again.
//! [`algebra`] holds union, intersection, difference and the subset tests;
//! [`protocol`] the operators, comparisons, hash, constructors and displays.

use std::cell::{Cell, Ref, RefCell, RefMut};
use std::rc::Rc;

use crate::error::{raise, ExcKind, PyResult};
use crate::value::Value;

mod algebra;
mod protocol;
pub mod table;
#[cfg(test)]
mod tests;

pub use protocol::{
    binary, build_const_set, build_set, construct, frozen_hash, inplace, rich_compare, BinOp,
    Relation,
};

use table::{Probes, Slot, Table};

/// Which of the two set types a value is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SetKind {
    /// `set` (mutable, unhashable)
    Set,
    /// `frozenset` (immutable, hashable)
    Frozen,
}

impl SetKind {
    /// The value holding `set` as this kind.
    pub fn wrap(self, set: PySet) -> Value {
        match self {
            SetKind::Set => Value::Set(Rc::new(set)),
            SetKind::Frozen => Value::FrozenSet(Rc::new(set)),
        }
    }

    /// The kind and body of a set or frozenset value.
    pub fn of(v: &Value) -> Option<(SetKind, &Rc<PySet>)> {
        match v {
            Value::Set(s) => Some((SetKind::Set, s)),
            Value::FrozenSet(s) => Some((SetKind::Frozen, s)),
            _ => None,
        }
    }
}

/// The body of a set or frozenset value, if `v` is one.
#[inline]
pub fn any_set(v: &Value) -> Option<&Rc<PySet>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s),
        _ => None,
    }
}

/// Whether `v` is the very set `set` (CPython's `(PyObject *)so == other`).
pub(crate) fn is_same(set: &PySet, v: &Value) -> bool {
    any_set(v).is_some_and(|o| std::ptr::eq(set, &**o))
}

/// A set or frozenset body: the hash table and a cached frozenset hash.
#[derive(Default)]
pub struct PySet {
    table: RefCell<Table>,
    /// `hash(frozenset)` once computed; cleared by every mutation.
    hash: Cell<Option<i64>>,
}

/// Where a lookup ended.
enum Lookup {
    /// The key is at this slot.
    Found(usize),
    /// The key is absent: the empty slot that ended the probe chain and the
    /// last dummy slot passed on the way.
    Absent {
        empty: usize,
        freeslot: Option<usize>,
    },
}

/// One stretch of a probe chain inspected under a single borrow.
enum Scan {
    /// The lookup is decided.
    Done(Lookup),
    /// Slot `.0` holds `.1` with the same hash: compare it outside the borrow.
    Compare(usize, Value),
}

impl PySet {
    /// An empty set body.
    pub fn new() -> PySet {
        PySet::default()
    }

    /// The set holding `items`, added in order.
    pub fn from_items(items: impl IntoIterator<Item = Value>) -> PyResult<PySet> {
        let set = PySet::new();
        for item in items {
            set.add(item)?;
        }
        Ok(set)
    }

    /// `len(s)`
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The table, for reading (never held across Python code).
    pub(crate) fn table(&self) -> Ref<'_, Table> {
        self.table.borrow()
    }

    /// The table, for writing; forgets the cached hash.
    pub(crate) fn table_mut(&self) -> RefMut<'_, Table> {
        self.hash.set(None);
        self.table.borrow_mut()
    }

    /// Exchanges the contents of two sets (`intersection_update`).
    pub(crate) fn swap_bodies(&self, other: &PySet) {
        self.hash.set(None);
        other.hash.set(None);
        self.table.swap(&other.table);
    }

    /// The elements with their hashes, in iteration order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.table.borrow().entries()
    }

    /// The elements in iteration order.
    pub fn keys(&self) -> Vec<Value> {
        self.entries().into_iter().map(|(_, key)| key).collect()
    }

    /// Finds `key` (whose hash is `hash`), comparing equal-hash candidates
    /// with `==` outside any borrow and starting over if that changed the table.
    fn lookup(&self, key: &Value, hash: i64) -> PyResult<Lookup> {
        'restart: loop {
            let (mut probes, generation) = {
                let table = self.table.borrow();
                (Probes::new(hash, table.mask()), table.generation)
            };
            let mut freeslot = None;
            loop {
                let (index, candidate) = match self.scan(&mut probes, key, hash, &mut freeslot) {
                    Scan::Done(found) => return Ok(found),
                    Scan::Compare(index, candidate) => (index, candidate),
                };
                let equal = crate::compare::eq(&candidate, key)?;
                let table = self.table.borrow();
                if table.generation != generation || !table.holds(index, &candidate) {
                    continue 'restart;
                }
                if equal {
                    return Ok(Lookup::Found(index));
                }
            }
        }
    }

    /// Follows the probe chain under one borrow until the lookup is decided
    /// or a comparison needs Python code.
    fn scan(
        &self,
        probes: &mut Probes,
        key: &Value,
        hash: i64,
        freeslot: &mut Option<usize>,
    ) -> Scan {
        let table = self.table.borrow();
        loop {
            let index = probes.next_index();
            match &table.slots[index] {
                Slot::Empty => {
                    return Scan::Done(Lookup::Absent {
                        empty: index,
                        freeslot: *freeslot,
                    })
                }
                Slot::Dummy => *freeslot = Some(index),
                Slot::Active { hash: h, key: k } if *h == hash => {
                    if k.is(key) {
                        return Scan::Done(Lookup::Found(index));
                    }
                    match plain_eq(k, key) {
                        Some(true) => return Scan::Done(Lookup::Found(index)),
                        Some(false) => {}
                        None => return Scan::Compare(index, k.clone()),
                    }
                }
                Slot::Active { .. } => {}
            }
        }
    }

    /// Adds `key` whose hash is known.
    pub fn add_entry(&self, key: Value, hash: i64) -> PyResult<()> {
        if let Lookup::Absent { empty, freeslot } = self.lookup(&key, hash)? {
            self.table_mut().place(key, hash, empty, freeslot);
        }
        Ok(())
    }

    /// `s.add(key)`
    pub fn add(&self, key: Value) -> PyResult<()> {
        let hash = crate::hash::hash(&key)?;
        self.add_entry(key, hash)
    }

    /// Whether `key` (whose hash is known) is an element.
    pub fn contains_entry(&self, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.lookup(key, hash)?, Lookup::Found(_)))
    }

    /// Whether `key` is an element; an unhashable key raises `TypeError`.
    pub fn contains_key(&self, key: &Value) -> PyResult<bool> {
        self.contains_entry(key, crate::hash::hash(key)?)
    }

    /// `key in s`: an unhashable `set` key is looked up as a frozenset.
    pub fn contains(&self, key: &Value) -> PyResult<bool> {
        with_frozen_fallback(key, |k| self.contains_key(k))
    }

    /// Removes `key` (whose hash is known); whether it was there.
    pub fn discard_entry(&self, key: &Value, hash: i64) -> PyResult<bool> {
        let Lookup::Found(index) = self.lookup(key, hash)? else {
            return Ok(false);
        };
        let old = self.table_mut().remove_at(index);
        drop(old);
        Ok(true)
    }

    /// Removes `key`; whether it was there. An unhashable key raises `TypeError`.
    pub fn discard_key(&self, key: &Value) -> PyResult<bool> {
        self.discard_entry(key, crate::hash::hash(key)?)
    }

    /// `s.discard(key)`: whether it was there (a `set` key is looked up as a frozenset).
    pub fn discard(&self, key: &Value) -> PyResult<bool> {
        with_frozen_fallback(key, |k| self.discard_key(k))
    }

    /// `s.remove(key)`: `KeyError(key)` when absent.
    pub fn remove(&self, key: &Value) -> PyResult<()> {
        if self.discard(key)? {
            Ok(())
        } else {
            Err(raise::key_error(key.clone()))
        }
    }

    /// `s.pop()`: `KeyError` when empty.
    pub fn pop(&self) -> PyResult<Value> {
        let popped = self.table_mut().pop();
        popped.ok_or_else(|| raise::key_error(Value::str("pop from an empty set")))
    }

    /// `s.clear()`: back to an empty 8-slot table (the `pop` finger stays).
    pub fn clear(&self) {
        let old = {
            let mut table = self.table_mut();
            let fresh = Table {
                finger: table.finger,
                generation: table.generation + 1,
                ..Table::new()
            };
            std::mem::replace(&mut *table, fresh)
        };
        drop(old);
    }

    /// The next element of an iteration at slot `pos`, raising `RuntimeError`
    /// if the length is no longer `used` (and from then on).
    pub fn iter_next(&self, pos: &mut usize, used: &mut usize) -> PyResult<Option<Value>> {
        let table = self.table.borrow();
        if table.used != *used {
            *used = usize::MAX;
            return Err(raise::runtime_error("Set changed size during iteration"));
        }
        match table.next_active(*pos) {
            Some((index, key)) => {
                *pos = index + 1;
                Ok(Some(key.clone()))
            }
            None => {
                *pos = table.slots.len();
                Ok(None)
            }
        }
    }
}

/// Runs `f` on `key`; if that raises `TypeError` and `key` is a `set`, runs
/// it again on a frozenset copy (`{1} in {frozenset({1})}` is true).
fn with_frozen_fallback<T>(key: &Value, f: impl Fn(&Value) -> PyResult<T>) -> PyResult<T> {
    match f(key) {
        Err(e) if e.kind() == ExcKind::TypeError => match key {
            Value::Set(s) => f(&Value::FrozenSet(Rc::new(s.copy()?))),
            _ => Err(e),
        },
        other => other,
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
