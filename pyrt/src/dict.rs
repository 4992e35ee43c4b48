//! `dict`: an insertion-ordered hash map, and its key/value/item views.

use std::cell::RefCell;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::rc::Rc;

use indexmap::IndexMap;

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

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for DictKey {
    fn eq(&self, other: &DictKey) -> bool {
        self.hash == other.hash
            && (self.key.is(&other.key)
                || crate::compare::eq(&self.key, &other.key).unwrap_or(false))
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
            Some((k, v)) => Ok(Value::tuple(vec![k.key, v])),
            None => Err(raise::key_error(Value::str(
                "popitem(): dictionary is empty",
            ))),
        }
    }

    /// `d.setdefault(key, default)`: the value for `key`, inserting `default` if absent.
    pub fn setdefault(&self, key: Value, default: Value) -> PyResult<Value> {
        let key = DictKey::new(key)?;
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
        let bad = Value::list(vec![Value::tuple(vec![
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
        let pairs = Value::list(vec![s("ab"), Value::tuple(vec![s("c"), Value::Int(1)])]);
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
