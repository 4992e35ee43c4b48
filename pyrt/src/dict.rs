//! `dict`: an insertion-ordered hash map, and its key/value/item views.

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::{raise, PyResult};
use crate::func::KwArgs;
use crate::iter::Iter;
use crate::types::TypeId;
use crate::value::Value;

/// A dict key: the key object with its Python hash computed once.
#[derive(Clone)]
pub struct DictKey {
    /// `hash(key)`
    pub hash: i64,
    /// The key object.
    pub key: Value,
}

impl DictKey {
    /// Hashes `key`, raising `TypeError` for unhashable keys.
    pub fn new(key: Value) -> PyResult<DictKey> {
        Ok(DictKey {
            hash: crate::hash::hash(&key)?,
            key,
        })
    }
}

impl DictKey {
    /// Whether this (stored) key matches `key` hashing to `hash`: same hash,
    /// then identity or `==` with the stored key on the left, as in CPython.
    #[inline]
    fn matches(&self, hash: i64, key: &Value) -> bool {
        if self.hash != hash {
            return false;
        }
        match (&self.key, key) {
            (Value::Str(a), Value::Str(b)) => Rc::ptr_eq(a, b) || a.as_str() == b.as_str(),
            (Value::Int(a), Value::Int(b)) => a == b,
            (a, b) => a.is(b) || crate::compare::eq(a, b).unwrap_or(false),
        }
    }
}

impl PartialEq for DictKey {
    fn eq(&self, other: &DictKey) -> bool {
        self.matches(other.hash, &other.key)
    }
}

impl Eq for DictKey {}

/// The map behind a dict: its entries in insertion order, found through an
/// open-addressing index of their positions.
///
/// Like CPython's compact dict, an entry is stored once, in order (no holes:
/// removing one shifts the later ones down); the index is at most 2/3 full
/// and the entries' capacity is what that allows, so a dict of `n` entries
/// takes about `40n..60n` bytes of entries and `12n..24n` of index. Probing is
/// linear from a slot chosen by the high bits of the hash times a 64-bit odd
/// constant; each slot holds an entry's position and 32 other bits of that
/// product, so that probing past other keys seldom reads their entries.
#[derive(Clone, Default)]
pub struct DictMap {
    /// The entries in insertion order.
    entries: Vec<(DictKey, Value)>,
    /// [`EMPTY`], or an entry's tag (high half) and position in `entries`
    /// (low half); empty or a power of two long.
    slots: Box<[u64]>,
}

/// An unused slot of the index.
const EMPTY: u64 = u64::MAX;

/// The multiplier that spreads hashes over the index.
const SPREAD: u64 = 0x9e37_79b9_7f4a_7c15;

/// The tag of `hash` kept in its slot: the low half of the spread hash
/// (the home slot comes from the high bits).
#[inline]
fn tag(hash: i64) -> u64 {
    (hash as u64).wrapping_mul(SPREAD) << 32
}

/// The entry position in a used slot.
#[inline]
fn position(slot: u64) -> usize {
    slot as u32 as usize
}

/// The smallest index.
const MIN_SLOTS: usize = 8;

impl DictMap {
    /// An empty map (allocates nothing).
    pub fn new() -> DictMap {
        DictMap::default()
    }

    /// Number of entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no entries.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// How many entries the index takes before it grows.
    #[inline]
    fn usable(&self) -> usize {
        self.slots.len() / 3 * 2 + (self.slots.len() % 3) * 2 / 3
    }

    /// The first slot probed for `hash` (the index is not empty).
    #[inline]
    fn home(&self, hash: i64) -> usize {
        let bits = self.slots.len().trailing_zeros();
        ((hash as u64).wrapping_mul(SPREAD) >> (64 - bits)) as usize
    }

    /// The slot and position of the entry whose key equals `key`.
    #[inline]
    fn find(&self, key: &DictKey) -> Option<(usize, usize)> {
        self.find_hashed(key.hash, &key.key)
    }

    /// The slot and position of the entry whose key equals `key`, which hashes to `hash`.
    #[inline]
    fn find_hashed(&self, hash: i64, key: &Value) -> Option<(usize, usize)> {
        if self.entries.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let tag = tag(hash);
        let mut slot = self.home(hash);
        loop {
            let used = self.slots[slot];
            if used == EMPTY {
                return None;
            }
            if used & !0xffff_ffff == tag {
                let pos = position(used);
                if self.entries[pos].0.matches(hash, key) {
                    return Some((slot, pos));
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The value for `key`, which hashes to `hash`.
    #[inline]
    pub fn get_hashed(&self, hash: i64, key: &Value) -> Option<&Value> {
        self.find_hashed(hash, key)
            .map(|(_, pos)| &self.entries[pos].1)
    }

    /// Records in the index that position `pos` holds an entry with `hash`.
    #[inline]
    fn place(&mut self, hash: i64, pos: usize) {
        let mask = self.slots.len() - 1;
        let mut slot = self.home(hash);
        while self.slots[slot] != EMPTY {
            slot = (slot + 1) & mask;
        }
        self.slots[slot] = tag(hash) | pos as u64;
    }

    /// Rebuilds the index with room for `2 * len + 1` entries (CPython's growth).
    fn grow(&mut self) {
        let wanted = (self.entries.len() * 3).max(MIN_SLOTS).next_power_of_two();
        assert!(wanted <= u32::MAX as usize, "dict too large");
        self.slots = vec![EMPTY; wanted].into_boxed_slice();
        for pos in 0..self.entries.len() {
            self.place(self.entries[pos].0.hash, pos);
        }
    }

    /// Empties `slot` and moves later entries of its probe run back into the
    /// gap, so that every entry stays reachable from its home slot.
    fn erase_slot(&mut self, mut hole: usize) {
        let mask = self.slots.len() - 1;
        let mut slot = (hole + 1) & mask;
        loop {
            let used = self.slots[slot];
            if used == EMPTY {
                break;
            }
            let home = self.home(self.entries[position(used)].0.hash);
            // The entry may move to the hole when the hole is between its
            // home and its slot.
            if slot.wrapping_sub(home) & mask >= slot.wrapping_sub(hole) & mask {
                self.slots[hole] = used;
                hole = slot;
            }
            slot = (slot + 1) & mask;
        }
        self.slots[hole] = EMPTY;
    }

    /// The value for `key`.
    #[inline]
    pub fn get(&self, key: &DictKey) -> Option<&Value> {
        self.find(key).map(|(_, pos)| &self.entries[pos].1)
    }

    /// Whether there is an entry for `key`.
    pub fn contains_key(&self, key: &DictKey) -> bool {
        self.find(key).is_some()
    }

    /// Sets the value for `key`, returning the old one; an existing entry
    /// keeps its key object and its place.
    pub fn insert(&mut self, key: DictKey, value: Value) -> Option<Value> {
        if let Some((_, pos)) = self.find(&key) {
            return Some(std::mem::replace(&mut self.entries[pos].1, value));
        }
        self.push_new(key, value);
        None
    }

    /// Appends an entry for a key known to be absent.
    fn push_new(&mut self, key: DictKey, value: Value) {
        if self.entries.len() >= self.usable() {
            self.grow();
        }
        if self.entries.len() == self.entries.capacity() {
            self.entries
                .reserve_exact(self.usable().max(self.entries.len() + 1) - self.entries.len());
        }
        let pos = self.entries.len();
        let hash = key.hash;
        self.entries.push((key, value));
        self.place(hash, pos);
    }

    /// Removes the entry for `key`, keeping the order of the others.
    pub fn shift_remove(&mut self, key: &DictKey) -> Option<Value> {
        let (slot, pos) = self.find(key)?;
        self.erase_slot(slot);
        let (_, value) = self.entries.remove(pos);
        if pos < self.entries.len() {
            for used in self.slots.iter_mut() {
                if *used != EMPTY && position(*used) > pos {
                    *used -= 1;
                }
            }
        }
        Some(value)
    }

    /// Removes and returns the last entry.
    pub fn pop(&mut self) -> Option<(DictKey, Value)> {
        let last = self.entries.len().checked_sub(1)?;
        let mask = self.slots.len() - 1;
        let mut slot = self.home(self.entries[last].0.hash);
        while self.slots[slot] == EMPTY || position(self.slots[slot]) != last {
            slot = (slot + 1) & mask;
        }
        self.erase_slot(slot);
        self.entries.pop()
    }

    /// Entry `i` in insertion order.
    #[inline]
    pub fn get_index(&self, i: usize) -> Option<(&DictKey, &Value)> {
        self.entries.get(i).map(|(k, v)| (k, v))
    }

    /// The entries in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&DictKey, &Value)> + '_ {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The keys in insertion order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &DictKey> + '_ {
        self.entries.iter().map(|(k, _)| k)
    }

    /// The values in insertion order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Value> + '_ {
        self.entries.iter().map(|(_, v)| v)
    }
}

/// A Python dict.
pub struct PyDict {
    /// Entries in insertion order. Borrows never live across calls back into Python code.
    pub map: RefCell<DictMap>,
}

impl Default for PyDict {
    fn default() -> Self {
        Self::new()
    }
}

impl PyDict {
    /// An empty dict.
    pub fn new() -> PyDict {
        PyDict {
            map: RefCell::new(DictMap::default()),
        }
    }

    /// `len(d)`
    pub fn len(&self) -> usize {
        self.map.borrow().len()
    }

    /// Whether the dict is empty.
    pub fn is_empty(&self) -> bool {
        self.map.borrow().is_empty()
    }

    /// `d.get(key)` without a default: `None` if absent.
    pub fn get(&self, key: &Value) -> PyResult<Option<Value>> {
        let hash = crate::hash::hash(key)?;
        Ok(self.map.borrow().get_hashed(hash, key).cloned())
    }

    /// `d[key] = value`
    pub fn set(&self, key: Value, value: Value) -> PyResult<()> {
        let key = DictKey::new(key)?;
        let old = self.map.borrow_mut().insert(key, value);
        drop(old);
        Ok(())
    }

    /// Removes `key`, keeping the order of the rest; `None` if absent.
    pub fn remove(&self, key: &Value) -> PyResult<Option<Value>> {
        let key = DictKey::new(key.clone())?;
        let removed = self.map.borrow_mut().shift_remove(&key);
        Ok(removed)
    }
}

impl PyDict {
    /// A dict holding `entries` (later duplicates overwrite earlier ones).
    pub fn from_pairs(entries: impl IntoIterator<Item = (Value, Value)>) -> PyResult<PyDict> {
        let dict = PyDict::new();
        for (k, v) in entries {
            dict.set(k, v)?;
        }
        Ok(dict)
    }

    /// `d.get(key, default)`
    pub fn get_or(&self, key: &Value, default: Value) -> PyResult<Value> {
        Ok(self.get(key)?.unwrap_or(default))
    }

    /// `d.pop(key[, default])`: `KeyError(key)` when absent without a default.
    pub fn pop(&self, key: &Value, default: Option<Value>) -> PyResult<Value> {
        match (self.remove(key)?, default) {
            (Some(v), _) => Ok(v),
            (None, Some(d)) => Ok(d),
            (None, None) => Err(raise::key_error(key.clone())),
        }
    }

    /// `d.popitem()`: removes and returns the last inserted `(key, value)`.
    pub fn popitem(&self) -> PyResult<Value> {
        let last = self.map.borrow_mut().pop();
        match last {
            Some((k, v)) => Ok(Value::tuple_of([k.key, v])),
            None => Err(raise::key_error(Value::str(
                "popitem(): dictionary is empty",
            ))),
        }
    }

    /// `d.setdefault(key, default)`: the value for `key`, inserting `default` if absent.
    pub fn setdefault(&self, key: Value, default: Value) -> PyResult<Value> {
        let key = DictKey::new(key)?;
        if matches!(key.key, Value::Str(_) | Value::Int(_)) {
            // Comparing such keys runs no Python code: one lookup under one borrow.
            let mut map = self.map.borrow_mut();
            if let Some(v) = map.get(&key) {
                return Ok(v.clone());
            }
            map.push_new(key, default.clone());
            return Ok(default);
        }
        if let Some(v) = self.map.borrow().get(&key) {
            return Ok(v.clone());
        }
        self.map.borrow_mut().insert(key, default.clone());
        Ok(default)
    }

    /// `d.clear()`
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.map.borrow_mut());
        drop(old);
    }

    /// `d.copy()`: a shallow copy keeping the order.
    pub fn copy(&self) -> PyDict {
        PyDict {
            map: RefCell::new(self.map.borrow().clone()),
        }
    }

    /// The entries, cloned out of the map.
    pub fn entries(&self) -> Vec<(DictKey, Value)> {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    /// `d.update(other)` for a dict, a mapping (an object with `keys()`) or
    /// an iterable of pairs.
    pub fn update_from(&self, other: &Value) -> PyResult<()> {
        if let Some(src) = crate::builtin_base::plain_dict(other) {
            // A snapshot: `d.update(d)` must not borrow the map twice.
            for (k, v) in src.entries() {
                let old = self.map.borrow_mut().insert(k, v);
                drop(old);
            }
            return Ok(());
        }
        if let Value::Instance(i) = other {
            if i.class_ref().lookup("keys").is_some() {
                // The mapping protocol: `self[k] = other[k] for k in other.keys()`.
                let keys = crate::methods::call_method(other, "keys", &[], &[])?;
                let mut keys = Iter::new(&keys)?;
                while let Some(key) = keys.next()? {
                    let value = crate::subscript::getitem(other, &key)?;
                    self.set(key, value)?;
                }
                return Ok(());
            }
        }
        let mut it = Iter::new(other)?;
        let mut index = 0;
        while let Some(item) = it.next()? {
            let (k, v) = update_pair(&item, index)?;
            self.set(k, v)?;
            index += 1;
        }
        Ok(())
    }

    /// Sets each keyword argument as a str key.
    pub fn update_kwargs(&self, kwargs: KwArgs) -> PyResult<()> {
        for (name, value) in kwargs {
            self.set(Value::str(name), value.clone())?;
        }
        Ok(())
    }

    /// `dict.fromkeys(iterable, value)`
    pub fn fromkeys(iterable: &Value, value: &Value) -> PyResult<PyDict> {
        let dict = PyDict::new();
        let mut it = Iter::new(iterable)?;
        while let Some(key) = it.next()? {
            dict.set(key, value.clone())?;
        }
        Ok(dict)
    }
}

/// Element `index` of a `dict(...)`/`update(...)` argument as a key/value pair.
fn update_pair(item: &Value, index: usize) -> PyResult<(Value, Value)> {
    let items = match item {
        Value::Tuple(t) => t.items.to_vec(),
        Value::List(l) => l.items.borrow().clone(),
        other => Iter::new(other)
            .map_err(|_| {
                raise::type_error(format!(
                    "cannot convert dictionary update sequence element #{index} to a sequence"
                ))
            })?
            .collect()?,
    };
    match <[Value; 2]>::try_from(items) {
        Ok([k, v]) => Ok((k, v)),
        Err(items) => Err(raise::value_error(format!(
            "dictionary update sequence element #{index} has length {}; 2 is required",
            items.len()
        ))),
    }
}

/// `dict(...)`: from nothing, a mapping or an iterable of pairs, then keyword arguments.
pub fn dict_from(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(raise::type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let dict = match args.first().and_then(crate::builtin_base::plain_dict) {
        Some(src) => src.copy(),
        None => match args.first() {
            Some(other) => {
                let dict = PyDict::new();
                dict.update_from(other)?;
                dict
            }
            None => PyDict::new(),
        },
    };
    dict.update_kwargs(kwargs)?;
    Ok(Value::Dict(Rc::new(dict)))
}

/// `d.keys()`, `d.values()` or `d.items()`: a live view of `dict`.
pub fn view(dict: &Rc<PyDict>, kind: ViewKind) -> Value {
    Value::DictView(Rc::new(DictView {
        dict: dict.clone(),
        kind,
    }))
}

/// Which view of a dict a [`DictView`] shows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    /// `d.keys()`
    Keys,
    /// `d.values()`
    Values,
    /// `d.items()`
    Items,
}

/// A live view of a dict's keys, values or items.
pub struct DictView {
    /// The dict viewed.
    pub dict: Rc<PyDict>,
    /// Which view.
    pub kind: ViewKind,
}

impl DictView {
    /// The view's type.
    pub fn type_id(&self) -> TypeId {
        match self.kind {
            ViewKind::Keys => TypeId::DictKeys,
            ViewKind::Values => TypeId::DictValues,
            ViewKind::Items => TypeId::DictItems,
        }
    }

    /// Number of entries in the underlying dict.
    pub fn len(&self) -> usize {
        self.dict.len()
    }

    /// Whether the underlying dict is empty.
    pub fn is_empty(&self) -> bool {
        self.dict.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Value {
        Value::str(text)
    }

    fn keys(d: &PyDict) -> Vec<String> {
        d.map
            .borrow()
            .keys()
            .map(|k| crate::repr::repr(&k.key).ok().unwrap())
            .collect()
    }

    fn err<T>(r: PyResult<T>) -> String {
        r.err().unwrap().summary()
    }

    /// Random inserts, removals and pops of int keys agree with a plain vector
    /// of pairs, through growth and backward-shift deletion; colliding hashes
    /// (`-1` and `-2` both hash to `-2`) stay distinct keys.
    #[test]
    fn map_matches_a_model() {
        let mut map = DictMap::new();
        let mut model: Vec<(i64, i64)> = Vec::new();
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for step in 0..20_000i64 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let k = (x % 700) as i64 - 350;
            let key = DictKey::new(Value::Int(k)).ok().unwrap();
            match x % 7 {
                0 | 1 => {
                    let got = map.shift_remove(&key).map(|v| matches!(v, Value::Int(_)));
                    let want = model.iter().position(|&(mk, _)| mk == k);
                    assert_eq!(got.is_some(), want.is_some());
                    if let Some(i) = want {
                        model.remove(i);
                    }
                }
                2 if step % 5 == 0 => {
                    let got = map.pop().map(|(k, _)| match k.key {
                        Value::Int(i) => i,
                        _ => i64::MIN,
                    });
                    assert_eq!(got, model.pop().map(|(k, _)| k));
                }
                _ => {
                    let old = map.insert(key, Value::Int(step));
                    match model.iter_mut().find(|(mk, _)| *mk == k) {
                        Some(entry) => {
                            assert!(old.is_some());
                            entry.1 = step;
                        }
                        None => {
                            assert!(old.is_none());
                            model.push((k, step));
                        }
                    }
                }
            }
            assert_eq!(map.len(), model.len());
        }
        let got: Vec<(i64, i64)> = map
            .iter()
            .map(|(k, v)| match (&k.key, v) {
                (Value::Int(a), Value::Int(b)) => (*a, *b),
                _ => (i64::MIN, i64::MIN),
            })
            .collect();
        assert_eq!(got, model);
        for &(k, v) in &model {
            let key = DictKey::new(Value::Int(k)).ok().unwrap();
            assert!(matches!(map.get(&key), Some(Value::Int(x)) if *x == v));
        }
        let absent = DictKey::new(Value::Int(10_000)).ok().unwrap();
        assert!(map.get(&absent).is_none());
    }

    #[test]
    fn order_after_pop_and_reinsert() {
        let d = PyDict::from_pairs([
            (s("a"), Value::Int(1)),
            (s("b"), Value::Int(2)),
            (s("c"), Value::Int(3)),
        ])
        .ok()
        .unwrap();
        assert!(matches!(d.pop(&s("b"), None), Ok(Value::Int(2))));
        d.set(s("b"), Value::Int(4)).ok().unwrap();
        assert_eq!(keys(&d), ["'a'", "'c'", "'b'"]);
        d.set(s("a"), Value::Int(5)).ok().unwrap();
        assert_eq!(keys(&d), ["'a'", "'c'", "'b'"]);
        assert_eq!(
            crate::repr::repr(&d.popitem().ok().unwrap()).ok().unwrap(),
            "('b', 4)"
        );
        assert_eq!(err(d.pop(&s("zz"), None)), "KeyError: 'zz'");
        assert!(matches!(
            d.pop(&s("zz"), Some(Value::None)),
            Ok(Value::None)
        ));
        d.clear();
        assert_eq!(
            err(d.popitem()),
            "KeyError: 'popitem(): dictionary is empty'"
        );
    }

    #[test]
    fn construction_errors() {
        let bad = Value::list(vec![Value::tuple_of([
            Value::Int(1),
            Value::Int(2),
            Value::Int(3),
        ])]);
        assert_eq!(
            err(dict_from(&[bad], &[])),
            "ValueError: dictionary update sequence element #0 has length 3; 2 is required"
        );
        let bad = Value::list(vec![Value::Int(1)]);
        assert_eq!(
            err(dict_from(&[bad], &[])),
            "TypeError: cannot convert dictionary update sequence element #0 to a sequence"
        );
        let bad = Value::list(vec![s("ab"), s("abc")]);
        assert_eq!(
            err(dict_from(&[bad], &[])),
            "ValueError: dictionary update sequence element #1 has length 3; 2 is required"
        );
        assert_eq!(
            err(dict_from(&[Value::Int(1)], &[])),
            "TypeError: 'int' object is not iterable"
        );
        assert_eq!(
            err(dict_from(&[Value::None, Value::None], &[])),
            "TypeError: dict expected at most 1 argument, got 2"
        );
        let pairs = Value::list(vec![s("ab"), Value::tuple_of([s("c"), Value::Int(1)])]);
        let d = dict_from(&[pairs], &[("z", Value::Int(0))]).ok().unwrap();
        assert_eq!(
            crate::repr::repr(&d).ok().unwrap(),
            "{'a': 'b', 'c': 1, 'z': 0}"
        );
    }

    #[test]
    fn update_with_itself_and_views() {
        let d = Rc::new(PyDict::from_pairs([(s("a"), Value::Int(1))]).ok().unwrap());
        d.update_from(&Value::Dict(d.clone())).ok().unwrap();
        assert_eq!(d.len(), 1);
        assert!(matches!(
            d.setdefault(s("b"), Value::Int(2)),
            Ok(Value::Int(2))
        ));
        assert!(matches!(
            d.setdefault(s("b"), Value::Int(3)),
            Ok(Value::Int(2))
        ));
        let shown = |v: &Value| crate::repr::repr(v).ok().unwrap();
        assert_eq!(shown(&view(&d, ViewKind::Keys)), "dict_keys(['a', 'b'])");
        assert_eq!(shown(&view(&d, ViewKind::Values)), "dict_values([1, 2])");
        assert_eq!(
            shown(&view(&d, ViewKind::Items)),
            "dict_items([('a', 1), ('b', 2)])"
        );
        d.set(Value::Int(1), view(&d, ViewKind::Values))
            .ok()
            .unwrap();
        assert_eq!(
            shown(&Value::Dict(d.clone())),
            "{'a': 1, 'b': 2, 1: dict_values([1, 2, ...])}"
        );
        d.set(Value::Int(2), Value::Dict(d.clone())).ok().unwrap();
        assert!(shown(&Value::Dict(d.clone())).ends_with(", 2: {...}}"));
        d.clear();
    }
}
