//! Set algebra with CPython 3.11's algorithms: which operand is iterated,
//! when the table is presized or rebuilt, and which equal element is kept
//! all follow `setobject.c`, since they decide the result's iteration order.
//!
//! Elements of the other operand are snapshotted before the loop, so a
//! comparison that runs Python code never observes a held borrow.

use crate::dict::{DictKey, PyDict};
use crate::error::PyResult;
use crate::iter::Iter;
use crate::value::Value;

use super::{any_set, is_same, PySet};

impl PySet {
    /// A new set holding the elements of any iterable (`set(iterable)`).
    pub fn from_value(iterable: &Value) -> PyResult<PySet> {
        let set = PySet::new();
        set.update_from(iterable)?;
        Ok(set)
    }

    /// `s.copy()`: a new set with the same elements.
    pub fn copy(&self) -> PyResult<PySet> {
        let set = PySet::new();
        set.merge(self)?;
        Ok(set)
    }

    /// Adds every element of `other` (one argument of `s.update(...)`, `s |= other`).
    pub fn update_from(&self, other: &Value) -> PyResult<()> {
        match other {
            Value::Set(o) | Value::FrozenSet(o) => self.merge(o),
            Value::Dict(d) => self.update_from_dict(d),
            _ => {
                let mut it = Iter::new(other)?;
                while let Some(key) = it.next()? {
                    self.add(key)?;
                }
                Ok(())
            }
        }
    }

    /// Grows the table once for `incoming` more elements when they would
    /// overfill it, as CPython does before a bulk update.
    fn presize(&self, incoming: usize) {
        let mut table = self.table_mut();
        if (table.fill + incoming) * 5 >= table.mask() * 3 {
            let target = (table.used + incoming) * 2;
            table.resize(target);
        }
    }

    /// Adds the keys of a dict, with the hashes the dict stored.
    fn update_from_dict(&self, dict: &PyDict) -> PyResult<()> {
        let entries = dict.entries();
        self.presize(entries.len());
        for (key, _) in entries {
            self.add_entry(key.key, key.hash)?;
        }
        Ok(())
    }

    /// Adds the elements of another set: a slot-for-slot copy into an empty
    /// table of the same size, a clean re-insertion into an empty table, or
    /// one insertion at a time.
    pub(crate) fn merge(&self, other: &PySet) -> PyResult<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        let source = other.table().clone();
        if source.used == 0 {
            return Ok(());
        }
        self.presize(source.used);
        {
            let mut table = self.table_mut();
            if table.fill == 0 {
                table.fill_from(source);
                return Ok(());
            }
        }
        for (hash, key) in source.entries() {
            self.add_entry(key, hash)?;
        }
        Ok(())
    }

    /// `s.union(*others)`: a copy of `s` updated with each argument.
    pub fn union(&self, others: &[Value]) -> PyResult<PySet> {
        let result = self.copy()?;
        for other in others {
            if !is_same(self, other) {
                result.update_from(other)?;
            }
        }
        Ok(result)
    }

    /// `s.intersection(other)`: iterates the smaller set (or the iterable)
    /// and keeps the elements the other operand holds, as `other` holds them.
    pub fn intersection(&self, other: &Value) -> PyResult<PySet> {
        if is_same(self, other) {
            return self.copy();
        }
        let result = PySet::new();
        if let Some(o) = any_set(other) {
            let (iterated, probed) = if o.len() > self.len() {
                (self, &**o)
            } else {
                (&**o, self)
            };
            for (hash, key) in iterated.entries() {
                if probed.contains_entry(&key, hash)? {
                    result.add_entry(key, hash)?;
                }
            }
            return Ok(result);
        }
        let mut it = Iter::new(other)?;
        while let Some(key) = it.next()? {
            let hash = crate::hash::hash(&key)?;
            if self.contains_entry(&key, hash)? {
                result.add_entry(key, hash)?;
            }
        }
        Ok(result)
    }

    /// `s.intersection(*others)`: a copy of `s` when there are none.
    pub fn intersection_multi(&self, others: &[Value]) -> PyResult<PySet> {
        let Some((first, rest)) = others.split_first() else {
            return self.copy();
        };
        let mut result = self.intersection(first)?;
        for other in rest {
            result = result.intersection(other)?;
        }
        Ok(result)
    }

    /// `s.intersection_update(*others)`
    pub fn intersection_update(&self, others: &[Value]) -> PyResult<()> {
        let result = self.intersection_multi(others)?;
        self.swap_bodies(&result);
        Ok(())
    }

    /// `s - other`, `s.difference(other)`: a copy with the common elements
    /// removed when `s` is much larger than `other` (or `other` is neither a
    /// set nor a dict); else the elements of `s` that `other` lacks.
    pub fn difference(&self, other: &Value) -> PyResult<PySet> {
        let other_len = match other {
            Value::Set(o) | Value::FrozenSet(o) => o.len(),
            Value::Dict(d) => d.len(),
            _ => return self.copy_and_difference(other),
        };
        if (self.len() >> 2) > other_len {
            return self.copy_and_difference(other);
        }
        let result = PySet::new();
        for (hash, key) in self.entries() {
            let common = match other {
                Value::Dict(d) => dict_has(d, &key, hash),
                _ => any_set(other).map_or(Ok(false), |o| o.contains_entry(&key, hash))?,
            };
            if !common {
                result.add_entry(key, hash)?;
            }
        }
        Ok(result)
    }

    /// A copy of `s` with the elements of `other` discarded.
    fn copy_and_difference(&self, other: &Value) -> PyResult<PySet> {
        let result = self.copy()?;
        result.difference_update(other)?;
        Ok(result)
    }

    /// `s.difference(*others)`: a copy of `s` when there are none.
    pub fn difference_multi(&self, others: &[Value]) -> PyResult<PySet> {
        let Some((first, rest)) = others.split_first() else {
            return self.copy();
        };
        let result = self.difference(first)?;
        for other in rest {
            result.difference_update(other)?;
        }
        Ok(result)
    }

    /// `s -= other`, one argument of `s.difference_update(...)`; afterwards a
    /// table more than a quarter dummies is rebuilt.
    pub fn difference_update(&self, other: &Value) -> PyResult<()> {
        if is_same(self, other) {
            self.clear();
            return Ok(());
        }
        if let Some(o) = any_set(other) {
            // Against a much larger set, only the common elements matter.
            let removed = if (o.len() >> 3) > self.len() {
                self.intersection(other)?.entries()
            } else {
                o.entries()
            };
            for (hash, key) in removed {
                self.discard_entry(&key, hash)?;
            }
        } else {
            let mut it = Iter::new(other)?;
            while let Some(key) = it.next()? {
                self.discard_key(&key)?;
            }
        }
        let mut table = self.table_mut();
        if table.fill - table.used > table.mask() / 4 {
            let target = table.growth_target();
            table.resize(target);
        }
        Ok(())
    }

    /// Removes `key` if present, else adds it.
    fn toggle(&self, key: Value, hash: i64) -> PyResult<()> {
        if !self.discard_entry(&key, hash)? {
            self.add_entry(key, hash)?;
        }
        Ok(())
    }

    /// `s ^= other`, `s.symmetric_difference_update(other)`.
    pub fn symmetric_difference_update(&self, other: &Value) -> PyResult<()> {
        if is_same(self, other) {
            self.clear();
            return Ok(());
        }
        let entries = match other {
            Value::Dict(d) => d
                .entries()
                .into_iter()
                .map(|(k, _)| (k.hash, k.key))
                .collect(),
            Value::Set(o) | Value::FrozenSet(o) => o.entries(),
            _ => PySet::from_value(other)?.entries(),
        };
        for (hash, key) in entries {
            self.toggle(key, hash)?;
        }
        Ok(())
    }

    /// `s ^ other`: a set of `other`'s elements toggled by those of `s`.
    pub fn symmetric_difference(&self, other: &Value) -> PyResult<PySet> {
        let result = PySet::from_value(other)?;
        for (hash, key) in self.entries() {
            result.toggle(key, hash)?;
        }
        Ok(result)
    }

    /// Whether every element of `self` is in the set `other`.
    pub fn is_subset_of(&self, other: &PySet) -> PyResult<bool> {
        if self.len() > other.len() {
            return Ok(false);
        }
        for (hash, key) in self.entries() {
            if !other.contains_entry(&key, hash)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `s.issubset(other)` for any iterable `other`.
    pub fn issubset(&self, other: &Value) -> PyResult<bool> {
        match any_set(other) {
            Some(o) => self.is_subset_of(o),
            None => self.is_subset_of(&PySet::from_value(other)?),
        }
    }

    /// `s.issuperset(other)` for any iterable `other` (stops at the first miss).
    pub fn issuperset(&self, other: &Value) -> PyResult<bool> {
        if let Some(o) = any_set(other) {
            return o.is_subset_of(self);
        }
        let mut it = Iter::new(other)?;
        while let Some(key) = it.next()? {
            if !self.contains_key(&key)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `s.isdisjoint(other)` for any iterable `other`.
    pub fn isdisjoint(&self, other: &Value) -> PyResult<bool> {
        if is_same(self, other) {
            return Ok(self.is_empty());
        }
        if let Some(o) = any_set(other) {
            let (iterated, probed) = if o.len() > self.len() {
                (self, &**o)
            } else {
                (&**o, self)
            };
            for (hash, key) in iterated.entries() {
                if probed.contains_entry(&key, hash)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        let mut it = Iter::new(other)?;
        while let Some(key) = it.next()? {
            if self.contains_key(&key)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// Whether `dict` has `key`, whose hash is known.
fn dict_has(dict: &PyDict, key: &Value, hash: i64) -> bool {
    let key = DictKey {
        hash,
        key: key.clone(),
    };
    dict.map.borrow().contains_key(&key)
}
