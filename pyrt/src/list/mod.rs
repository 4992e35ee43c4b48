//! `list`: a mutable sequence, and its methods.
//!
//! Borrows of the item vector never live across calls back into Python code
//! (comparisons, key functions): elements are cloned out one at a time.

use std::cell::RefCell;

use crate::error::{raise, PyResult};
use crate::value::Value;

mod sort;

pub use sort::sort_values;

/// A Python list.
pub struct PyList {
    /// The elements. Borrows never live across calls back into Python code.
    pub items: RefCell<Vec<Value>>,
}

impl Drop for PyList {
    fn drop(&mut self) {
        crate::value::drop_values(std::mem::take(self.items.get_mut()));
    }
}

impl PyList {
    /// A list of `items`.
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: RefCell::new(items),
        }
    }

    /// `len(list)`
    #[inline]
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// Whether the list is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    /// Item `i` (already non-negative), if the list still has it.
    #[inline]
    fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// `list.append(x)`
    #[inline]
    pub fn append(&self, x: Value) {
        self.items.borrow_mut().push(x);
    }

    /// `list.pop(i)`; `None` pops the last item.
    pub fn pop(&self, index: Option<i64>) -> PyResult<Value> {
        let mut items = self.items.borrow_mut();
        if items.is_empty() {
            return Err(raise::index_error("pop from empty list"));
        }
        let len = items.len();
        let i = match index {
            None => len - 1,
            Some(i) => crate::subscript::normalize_index(i, len)
                .ok_or_else(|| raise::index_error("pop index out of range"))?,
        };
        Ok(items.remove(i))
    }

    /// `list.insert(i, x)`: negative `i` counts from the end; out-of-range `i` clamps.
    pub fn insert(&self, index: i64, x: Value) {
        let mut items = self.items.borrow_mut();
        let len = items.len() as i64;
        let i = if index < 0 {
            (index + len).max(0)
        } else {
            index.min(len)
        };
        items.insert(i as usize, x);
    }

    /// `list.extend(iterable)`
    pub fn extend(&self, iterable: &Value) -> PyResult<()> {
        let new_items = crate::iter::collect(iterable)?;
        self.items.borrow_mut().extend(new_items);
        Ok(())
    }

    /// `list.remove(x)`: removes the first item equal to `x`.
    pub fn remove(&self, x: &Value) -> PyResult<()> {
        let mut i = 0;
        while let Some(item) = self.get(i) {
            if item_eq(&item, x)? {
                let mut items = self.items.borrow_mut();
                if i < items.len() {
                    let removed = items.remove(i);
                    drop(items);
                    drop(removed);
                }
                return Ok(());
            }
            i += 1;
        }
        Err(raise::value_error("list.remove(x): x not in list"))
    }

    /// `list.index(x, start, end)`: the first index of an item equal to `x`;
    /// bounds behave like slice bounds.
    pub fn index(&self, x: &Value, start: i64, end: i64) -> PyResult<usize> {
        let (start, end) = clamp_bounds(start, end, self.len());
        let mut i = start;
        while i < end {
            let Some(item) = self.get(i) else { break };
            if item_eq(&item, x)? {
                return Ok(i);
            }
            i += 1;
        }
        let shown = crate::repr::repr(x)?;
        Err(raise::value_error(format!("{shown} is not in list")))
    }

    /// `list.count(x)`
    pub fn count(&self, x: &Value) -> PyResult<usize> {
        let mut n = 0;
        let mut i = 0;
        while let Some(item) = self.get(i) {
            if item_eq(&item, x)? {
                n += 1;
            }
            i += 1;
        }
        Ok(n)
    }

    /// `list.sort(key=key, reverse=reverse)`: a stable sort using only `<`.
    ///
    /// While sorting the list appears empty to Python code; if that code
    /// changes it, its changes are discarded and `ValueError` is raised.
    pub fn sort(&self, key: Option<&Value>, reverse: bool) -> PyResult<()> {
        let mut items = std::mem::take(&mut *self.items.borrow_mut());
        let result = sort_values(&mut items, key, reverse);
        let mut slot = self.items.borrow_mut();
        let modified = !slot.is_empty();
        let intruders = std::mem::replace(&mut *slot, items);
        drop(slot);
        drop(intruders);
        result?;
        if modified {
            return Err(raise::value_error("list modified during sort"));
        }
        Ok(())
    }

    /// `list.clear()`
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        drop(old);
    }

    /// `list.copy()`: a shallow copy.
    pub fn copy(&self) -> Value {
        Value::list(self.items.borrow().clone())
    }

    /// `list.reverse()`
    pub fn reverse(&self) {
        self.items.borrow_mut().reverse();
    }
}

/// Slice-like bounds of `index`: negatives count from the end, then clamp to `0..=len`.
pub fn clamp_bounds(start: i64, end: i64, len: usize) -> (usize, usize) {
    let len = len as i64;
    let fix = |i: i64| -> usize {
        let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
        i as usize
    };
    (fix(start), fix(end))
}

/// Equality as containers test it: identity first, then `==`.
#[inline]
pub fn item_eq(item: &Value, x: &Value) -> PyResult<bool> {
    match (item, x) {
        (Value::Int(a), Value::Int(b)) => Ok(a == b),
        (Value::Str(a), Value::Str(b)) => Ok(a.as_str() == b.as_str()),
        (Value::None, Value::None) => Ok(true),
        _ => Ok(item.is(x) || crate::compare::eq(item, x)?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(v: &[i64]) -> PyList {
        PyList::new(v.iter().map(|&i| Value::Int(i)).collect())
    }

    fn as_ints(l: &PyList) -> Vec<i64> {
        l.items
            .borrow()
            .iter()
            .map(|i| match i {
                Value::Int(i) => *i,
                _ => panic!("not an int"),
            })
            .collect()
    }

    fn err<T>(r: PyResult<T>) -> String {
        r.err().unwrap().summary()
    }

    #[test]
    fn pop_errors_and_indices() {
        let l = ints(&[1, 2, 3]);
        assert!(matches!(l.pop(None), Ok(Value::Int(3))));
        assert!(matches!(l.pop(Some(-2)), Ok(Value::Int(1))));
        assert_eq!(err(l.pop(Some(5))), "IndexError: pop index out of range");
        assert!(matches!(l.pop(Some(0)), Ok(Value::Int(2))));
        assert_eq!(err(l.pop(Some(0))), "IndexError: pop from empty list");
        assert_eq!(err(l.pop(None)), "IndexError: pop from empty list");
    }

    #[test]
    fn insert_clamps() {
        let l = ints(&[1, 2]);
        l.insert(-10, Value::Int(0));
        l.insert(10, Value::Int(9));
        l.insert(-1, Value::Int(5));
        assert_eq!(as_ints(&l), [0, 1, 2, 5, 9]);
    }

    #[test]
    fn index_count_remove() {
        let l = ints(&[1, 2, 1, 3]);
        assert_eq!(l.index(&Value::Int(1), 0, i64::MAX).ok(), Some(0));
        assert_eq!(l.index(&Value::Int(1), 1, i64::MAX).ok(), Some(2));
        assert_eq!(l.index(&Value::Int(1), -2, i64::MAX).ok(), Some(2));
        assert_eq!(l.index(&Value::Int(1), -1, i64::MAX).ok(), None);
        assert_eq!(
            err(l.index(&Value::Int(7), 0, i64::MAX)),
            "ValueError: 7 is not in list"
        );
        assert_eq!(
            err(l.index(&Value::str("a"), 0, i64::MAX)),
            "ValueError: 'a' is not in list"
        );
        assert_eq!(
            err(l.index(&Value::Int(3), 0, -1)),
            "ValueError: 3 is not in list"
        );
        assert_eq!(l.count(&Value::Int(1)).ok(), Some(2));
        l.remove(&Value::Int(1)).ok().unwrap();
        assert_eq!(as_ints(&l), [2, 1, 3]);
        assert_eq!(
            err(l.remove(&Value::Int(9))),
            "ValueError: list.remove(x): x not in list"
        );
    }

    thread_local! {
        static SORTED: std::cell::RefCell<Option<std::rc::Rc<PyList>>> = const { std::cell::RefCell::new(None) };
    }

    /// A key function that appends to the list being sorted and reports its length.
    fn meddling_key(args: &[Value], _: crate::func::KwArgs) -> PyResult<Value> {
        let list = SORTED.with(|s| s.borrow().clone()).unwrap();
        let seen = list.len() as i64;
        list.append(Value::Int(0));
        Ok(Value::Int(
            seen * 100 + if let Value::Int(i) = args[0] { i } else { 0 },
        ))
    }

    #[test]
    fn modification_during_sort_is_reported() {
        static KEY: crate::func::BuiltinFunction = crate::func::BuiltinFunction {
            name: "key",
            call: meddling_key,
        };
        let l = std::rc::Rc::new(ints(&[3, 1, 2]));
        SORTED.with(|s| *s.borrow_mut() = Some(l.clone()));
        let result = l.sort(Some(&Value::Builtin(&KEY)), false);
        SORTED.with(|s| *s.borrow_mut() = None);
        assert_eq!(err(result), "ValueError: list modified during sort");
        // Keys were 3, 101, 202: the list appeared empty, then gained items.
        assert_eq!(as_ints(&l), [3, 1, 2]);
    }

    #[test]
    fn extend_with_itself() {
        let l = std::rc::Rc::new(ints(&[1, 2]));
        l.extend(&Value::List(l.clone())).ok().unwrap();
        assert_eq!(as_ints(&l), [1, 2, 1, 2]);
        l.extend(&Value::tuple_of([Value::Int(3)])).ok().unwrap();
        assert_eq!(as_ints(&l), [1, 2, 1, 2, 3]);
        assert_eq!(
            err(l.extend(&Value::Int(1))),
            "TypeError: 'int' object is not iterable"
        );
        l.reverse();
        assert_eq!(as_ints(&l), [3, 2, 1, 2, 1]);
        l.clear();
        assert!(l.is_empty());
    }
}
