//! The lazy iterator objects `enumerate`, `zip`, `map` and `filter`.
//!
//! Each pulls from other iterator objects and may call Python code (a mapped
//! function, or a nested `map`), so none holds a `RefCell` borrow across a
//! call: their iterators are shared objects with their own state, and the
//! only mutable field (enumerate's counter) is a `Cell` swapped in and out.
//! Like CPython's, they do not remember exhaustion: each `next` asks the
//! underlying iterators again.

use std::cell::Cell;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::error::{raise, PyResult};
use crate::iter::PyIter;
use crate::types::TypeId;
use crate::value::Value;

/// A lazy builtin iterator object.
pub enum Lazy {
    /// `enumerate(iterable, start)`
    Enumerate(Enumerate),
    /// `zip(*iterables, strict=...)`
    Zip(Zip),
    /// `map(func, *iterables)`
    Map(Map),
    /// `filter(func, iterable)`
    Filter(Filter),
}

impl Lazy {
    /// The object's type.
    pub fn type_id(&self) -> TypeId {
        match self {
            Lazy::Enumerate(_) => TypeId::Enumerate,
            Lazy::Zip(_) => TypeId::Zip,
            Lazy::Map(_) => TypeId::Map,
            Lazy::Filter(_) => TypeId::Filter,
        }
    }

    /// The next item, `None` when exhausted.
    #[inline]
    pub fn next(&self) -> PyResult<Option<Value>> {
        match self {
            Lazy::Enumerate(e) => e.next(),
            Lazy::Zip(z) => z.next(),
            Lazy::Map(m) => m.next(),
            Lazy::Filter(f) => f.next(),
        }
    }
}

/// `enumerate`: pairs of a running count and the items of an iterator.
pub struct Enumerate {
    inner: Rc<PyIter>,
    /// The next count (an int); `None` only while being replaced.
    count: Cell<Value>,
}

impl Enumerate {
    /// Counts the items of `inner` from `start` (an int).
    pub fn new(inner: Rc<PyIter>, start: Value) -> Enumerate {
        Enumerate {
            inner,
            count: Cell::new(start),
        }
    }

    fn next(&self) -> PyResult<Option<Value>> {
        let Some(item) = self.inner.next()? else {
            return Ok(None);
        };
        let count = self.count.replace(Value::None);
        self.count.set(successor(&count));
        Ok(Some(Value::tuple_of([count, item])))
    }
}

/// `n + 1` for an int `n` (anything else is left as is).
fn successor(n: &Value) -> Value {
    match n {
        Value::Int(i) => match i.checked_add(1) {
            Some(next) => Value::Int(next),
            None => Value::from_bigint(BigInt::from(*i) + 1),
        },
        Value::BigInt(b) => Value::from_bigint(b.as_ref() + 1),
        other => other.clone(),
    }
}

/// `zip`: tuples of the next items of several iterators.
pub struct Zip {
    iters: Vec<Rc<PyIter>>,
    strict: bool,
}

impl Zip {
    /// Zips `iters`; `strict` makes unequal lengths raise `ValueError`.
    pub fn new(iters: Vec<Rc<PyIter>>, strict: bool) -> Zip {
        Zip { iters, strict }
    }

    fn next(&self) -> PyResult<Option<Value>> {
        if self.iters.is_empty() {
            return Ok(None);
        }
        let mut items = crate::tuple::Items::with_capacity(self.iters.len());
        for (i, it) in self.iters.iter().enumerate() {
            match it.next()? {
                Some(item) => items.push(item),
                None if self.strict => return self.check_exhausted(i),
                None => return Ok(None),
            }
        }
        Ok(Some(Value::Tuple(std::rc::Rc::new(
            crate::tuple::PyTuple { items },
        ))))
    }

    /// With `strict`, iterator `i` ran out: fine only if every iterator did at once.
    #[cold]
    fn check_exhausted(&self, i: usize) -> PyResult<Option<Value>> {
        if i > 0 {
            return Err(length_mismatch(i, "shorter"));
        }
        for (j, it) in self.iters.iter().enumerate().skip(1) {
            if it.next()?.is_some() {
                return Err(length_mismatch(j, "longer"));
            }
        }
        Ok(None)
    }
}

/// `ValueError: zip() argument 3 is shorter than arguments 1-2` (`i` is 0-based).
fn length_mismatch(i: usize, which: &str) -> crate::error::PyErr {
    let others = if i == 1 {
        " 1".to_string()
    } else {
        format!("s 1-{i}")
    };
    raise::value_error(format!(
        "zip() argument {} is {which} than argument{others}",
        i + 1
    ))
}

/// `map`: a function applied to the next items of one or more iterators.
pub struct Map {
    func: Value,
    iters: Vec<Rc<PyIter>>,
}

impl Map {
    /// Maps `func` over `iters` (at least one).
    pub fn new(func: Value, iters: Vec<Rc<PyIter>>) -> Map {
        Map { func, iters }
    }

    fn next(&self) -> PyResult<Option<Value>> {
        if let [it] = self.iters.as_slice() {
            return match it.next()? {
                Some(item) => crate::func::call(&self.func, &[item], &[]).map(Some),
                None => Ok(None),
            };
        }
        let mut args = Vec::with_capacity(self.iters.len());
        for it in &self.iters {
            match it.next()? {
                Some(item) => args.push(item),
                None => return Ok(None),
            }
        }
        crate::func::call(&self.func, &args, &[]).map(Some)
    }
}

/// `filter`: the items of an iterator that a predicate (or truth) accepts.
pub struct Filter {
    /// `None` tests the items' own truth, as `bool` does.
    func: Option<Value>,
    inner: Rc<PyIter>,
}

impl Filter {
    /// Filters `inner` by `func`; `None` or `bool` keeps the true items.
    pub fn new(func: Value, inner: Rc<PyIter>) -> Filter {
        let func = match func {
            Value::None | Value::Type(TypeId::Bool) => None,
            f => Some(f),
        };
        Filter { func, inner }
    }

    fn next(&self) -> PyResult<Option<Value>> {
        while let Some(item) = self.inner.next()? {
            let keep = match &self.func {
                None => crate::object::truthy(&item)?,
                Some(f) => {
                    let verdict = crate::func::call(f, std::slice::from_ref(&item), &[])?;
                    crate::object::truthy(&verdict)?
                }
            };
            if keep {
                return Ok(Some(item));
            }
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(items: &[i64]) -> Value {
        Value::list(items.iter().map(|&i| Value::Int(i)).collect())
    }

    /// Drains `zip(*lists, strict=True)`: the items' count and the error message, if any.
    fn strict_zip(lists: &[&[i64]]) -> (usize, String) {
        let iters = lists
            .iter()
            .map(|l| PyIter::of(&list(l)).unwrap())
            .collect();
        let zip = Zip::new(iters, true);
        let mut n = 0;
        loop {
            match zip.next() {
                Ok(Some(_)) => n += 1,
                Ok(None) => return (n, String::new()),
                Err(e) => return (n, e.message()),
            }
        }
    }

    #[test]
    fn strict_zip_names_the_mismatched_argument() {
        assert_eq!(strict_zip(&[&[1, 2], &[3, 4]]), (2, String::new()));
        assert_eq!(
            strict_zip(&[&[1, 2], &[3]]),
            (1, "zip() argument 2 is shorter than argument 1".into())
        );
        assert_eq!(
            strict_zip(&[&[1], &[3, 4]]),
            (1, "zip() argument 2 is longer than argument 1".into())
        );
        assert_eq!(
            strict_zip(&[&[1], &[3], &[4, 5]]),
            (1, "zip() argument 3 is longer than arguments 1-2".into())
        );
        assert_eq!(
            strict_zip(&[&[1, 2], &[3, 4], &[5]]),
            (1, "zip() argument 3 is shorter than arguments 1-2".into())
        );
        assert_eq!(strict_zip(&[]), (0, String::new()));
    }

    #[test]
    fn enumerate_counts_past_i64() {
        let inner = PyIter::of(&list(&[7, 8])).unwrap();
        let e = Enumerate::new(inner, Value::Int(i64::MAX));
        let first = crate::repr::repr(&e.next().unwrap().unwrap()).unwrap();
        let second = crate::repr::repr(&e.next().unwrap().unwrap()).unwrap();
        assert_eq!(first, "(9223372036854775807, 7)");
        assert_eq!(second, "(9223372036854775808, 8)");
        assert!(e.next().unwrap().is_none());
    }
}
