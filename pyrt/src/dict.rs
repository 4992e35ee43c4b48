//! `dict`: an insertion-ordered hash map, and its key/value/item views.

use std::cell::RefCell;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::rc::Rc;

use indexmap::IndexMap;

use crate::error::PyResult;
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

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for DictKey {
    fn eq(&self, other: &DictKey) -> bool {
        self.hash == other.hash
            && (self.key.is(&other.key) || crate::compare::eq(&self.key, &other.key).unwrap_or(false))
    }
}

impl Eq for DictKey {}

/// Hasher for keys that already carry their Python hash: mixes the one i64 it is given.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_i64(&mut self, i: i64) {
        self.0 = (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// The map type behind a dict.
pub type DictMap = IndexMap<DictKey, Value, BuildHasherDefault<KeyHasher>>;

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
        let key = DictKey::new(key.clone())?;
        Ok(self.map.borrow().get(&key).cloned())
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
