//! `tuple`: an immutable sequence, and its methods.

use crate::error::{raise, PyResult};
use crate::list::{clamp_bounds, item_eq};
use crate::value::Value;

/// How many elements a tuple holds inside its own allocation.
pub const INLINE_ITEMS: usize = 3;

/// A tuple's elements: up to [`INLINE_ITEMS`] inside the tuple object (so a
/// pair or triple is one allocation, 80 bytes with its counts), more in a
/// separate one.
pub type Items = smallvec::SmallVec<[Value; INLINE_ITEMS]>;

/// A Python tuple.
pub struct PyTuple {
    /// The elements.
    pub items: Items,
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        crate::value::drop_small_values(&mut self.items);
    }
}

impl PyTuple {
    /// A tuple of `items` (moved inline when they fit).
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple {
            items: Items::from_vec(items),
        }
    }

    /// A tuple of copies of `items` (`tuple(a_list)`), built in place: inside
    /// the tuple object for up to [`INLINE_ITEMS`], in one allocation of the
    /// exact size otherwise.
    #[inline]
    pub fn from_slice(items: &[Value]) -> PyTuple {
        let items = if items.len() <= INLINE_ITEMS {
            items.iter().cloned().collect()
        } else {
            Items::from_vec(items.to_vec())
        };
        PyTuple { items }
    }

    /// A tuple of a fixed number of elements, with no intermediate vector.
    #[inline]
    pub fn of<const N: usize>(items: [Value; N]) -> PyTuple {
        if N > INLINE_ITEMS {
            return PyTuple::new(Vec::from(items));
        }
        // Moved into an inline buffer whose unused tail holds `None`s
        // (which own nothing, so the vector may forget them).
        let mut buffer = [Value::None, Value::None, Value::None];
        for (slot, item) in buffer.iter_mut().zip(items) {
            std::mem::forget(std::mem::replace(slot, item));
        }
        PyTuple {
            items: Items::from_buf_and_len(buffer, N),
        }
    }

    /// `len(t)`
    #[inline]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether the tuple is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// `t.count(x)`
    pub fn count(&self, x: &Value) -> PyResult<usize> {
        let mut n = 0;
        for item in self.items.iter() {
            if item_eq(item, x)? {
                n += 1;
            }
        }
        Ok(n)
    }

    /// `t.index(x, start, end)`: bounds behave like slice bounds.
    pub fn index(&self, x: &Value, start: i64, end: i64) -> PyResult<usize> {
        let (start, end) = clamp_bounds(start, end, self.items.len());
        for i in start..end {
            if item_eq(&self.items[i], x)? {
                return Ok(i);
            }
        }
        Err(raise::value_error("tuple.index(x): x not in tuple"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    #[test]
    fn from_slice_copies_short_and_long_slices() {
        let shared = Value::list(vec![]);
        for n in [0, 2, INLINE_ITEMS, INLINE_ITEMS + 1, 9] {
            let items: Vec<Value> = (0..n).map(|_| shared.clone()).collect();
            let t = PyTuple::from_slice(&items);
            assert_eq!(t.items.len(), n);
            assert_eq!(t.items.spilled(), n > INLINE_ITEMS);
            let Value::List(list) = &shared else {
                unreachable!()
            };
            assert_eq!(
                Rc::strong_count(list),
                1 + 2 * n,
                "each copy owns a reference"
            );
        }
    }

    #[test]
    fn count_and_index() {
        let t = PyTuple::new(vec![Value::str("a"), Value::Int(1), Value::str("a")]);
        assert_eq!(t.count(&Value::str("a")).ok(), Some(2));
        assert_eq!(t.index(&Value::str("a"), 1, i64::MAX).ok(), Some(2));
        assert_eq!(t.index(&Value::str("a"), -1, i64::MAX).ok(), Some(2));
        let err = t.index(&Value::str("a"), 0, -3).err().unwrap();
        assert_eq!(err.summary(), "ValueError: tuple.index(x): x not in tuple");
    }
}
