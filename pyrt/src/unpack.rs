//! Unpacking assignments: `a, b = x` and `first, *rest = x`.

use crate::error::{raise, PyResult};
use crate::iter::Iter;
use crate::value::Value;

/// Unpacks exactly `N` items from an iterable, with CPython's ValueErrors.
/// Lists and tuples are copied from directly; other iterables are read one
/// item past `N` at most, as CPython reads them.
#[inline]
pub fn exact<const N: usize>(value: &Value) -> PyResult<[Value; N]> {
    match value {
        Value::Tuple(t) => from_slice(&t.items),
        Value::List(l) => from_slice(&l.items.borrow()),
        other => {
            let mut it = Iter::new(other).map_err(|_| not_iterable(other))?;
            let mut out: [Value; N] = std::array::from_fn(|_| Value::None);
            for (i, slot) in out.iter_mut().enumerate() {
                match it.next()? {
                    Some(v) => *slot = v,
                    None => return Err(count_error(i, N)),
                }
            }
            if it.next()?.is_some() {
                return Err(count_error(N + 1, N));
            }
            Ok(out)
        }
    }
}

/// The `N` items of a value being unpacked into names, borrowed where they
/// already sit: a tuple's items in place, a list's under a shared borrow,
/// and other iterables' items read out (with [`exact`]'s errors).
///
/// A nested target such as `(a, [b, c]), d = x` then reads `a`, `b`, `c`
/// and `d` without copying the inner tuple and list first. Binding a name
/// runs no Python code, so the list borrow cannot meet a mutation.
pub enum Borrowed<'a, const N: usize> {
    /// A tuple's items.
    Tuple(&'a [Value; N]),
    /// A list's items, borrowed.
    List(std::cell::Ref<'a, [Value; N]>),
    /// Items read from any other iterable.
    Owned([Value; N]),
}

impl<const N: usize> std::ops::Deref for Borrowed<'_, N> {
    type Target = [Value; N];

    #[inline(always)]
    fn deref(&self) -> &[Value; N] {
        match self {
            Borrowed::Tuple(items) => items,
            Borrowed::List(items) => items,
            Borrowed::Owned(items) => items,
        }
    }
}

/// Unpacks exactly `N` items from `value` for binding to names (see [`Borrowed`]).
#[inline(always)]
pub fn borrowed<const N: usize>(value: &Value) -> PyResult<Borrowed<'_, N>> {
    match value {
        Value::Tuple(t) => match <&[Value; N]>::try_from(&t.items[..]) {
            Ok(items) => Ok(Borrowed::Tuple(items)),
            Err(_) => Err(count_error(t.items.len(), N)),
        },
        Value::List(l) => {
            let items = l.items.borrow();
            let len = items.len();
            std::cell::Ref::filter_map(items, |v| <&[Value; N]>::try_from(&v[..]).ok())
                .map(Borrowed::List)
                .map_err(|_| count_error(len, N))
        }
        other => borrowed_other(other),
    }
}

/// [`borrowed`] for iterables other than tuples and lists, out of line.
#[inline(never)]
fn borrowed_other<const N: usize>(value: &Value) -> PyResult<Borrowed<'_, N>> {
    exact(value).map(Borrowed::Owned)
}

#[inline]
fn from_slice<const N: usize>(items: &[Value]) -> PyResult<[Value; N]> {
    if items.len() != N {
        return Err(count_error(items.len(), N));
    }
    Ok(std::array::from_fn(|i| items[i].clone()))
}

#[cold]
fn not_iterable(value: &Value) -> crate::PyErr {
    raise::type_error(format!(
        "cannot unpack non-iterable {} object",
        value.type_name()
    ))
}

/// Unpacks `before` leading items, a list of the middle, and `after` trailing items.
pub fn starred(
    value: &Value,
    before: usize,
    after: usize,
) -> PyResult<(Vec<Value>, Value, Vec<Value>)> {
    let mut items = take_all(value)?;
    if items.len() < before + after {
        return Err(raise::value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let tail = items.split_off(items.len() - after);
    let middle = items.split_off(before);
    Ok((items, Value::list(middle), tail))
}

fn take_all(value: &Value) -> PyResult<Vec<Value>> {
    match value {
        Value::Tuple(t) => Ok(t.items.to_vec()),
        Value::List(l) => Ok(l.items.borrow().clone()),
        other => match Iter::new(other) {
            Ok(it) => it.collect(),
            Err(_) => Err(not_iterable(other)),
        },
    }
}

#[cold]
fn count_error(got: usize, expected: usize) -> crate::PyErr {
    if got > expected {
        raise::value_error(format!("too many values to unpack (expected {expected})"))
    } else {
        raise::value_error(format!(
            "not enough values to unpack (expected {expected}, got {got})"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_counts_are_checked() {
        let t = Value::tuple_of([Value::Int(1), Value::Int(2)]);
        let [a, b] = exact::<2>(&t).unwrap();
        assert!(matches!((a, b), (Value::Int(1), Value::Int(2))));
        let err = exact::<3>(&t).err().unwrap();
        assert_eq!(
            err.message(),
            "not enough values to unpack (expected 3, got 2)"
        );
        let err = exact::<1>(&t).err().unwrap();
        assert_eq!(err.message(), "too many values to unpack (expected 1)");
    }

    #[test]
    fn borrowed_items_are_counted_and_not_copied() {
        let inner = Value::list(vec![Value::Int(7), Value::Float(0.5)]);
        let t = Value::tuple_of([inner.clone(), Value::Int(2)]);
        {
            let outer = borrowed::<2>(&t).unwrap();
            assert!(matches!(outer, Borrowed::Tuple(_)));
            let [first, second] = &*outer;
            assert!(matches!(second, Value::Int(2)));
            let items = borrowed::<2>(first).unwrap();
            assert!(matches!(items[..], [Value::Int(7), Value::Float(x)] if x == 0.5));
            // Two owners (`inner` and the tuple): nothing was cloned.
            let Value::List(l) = &inner else {
                unreachable!()
            };
            assert_eq!(std::rc::Rc::strong_count(l), 2);
        }
        let err = borrowed::<3>(&inner).err().unwrap();
        assert_eq!(
            err.message(),
            "not enough values to unpack (expected 3, got 2)"
        );
        let err = borrowed::<1>(&t).err().unwrap();
        assert_eq!(err.message(), "too many values to unpack (expected 1)");
        let range = Value::Range(std::rc::Rc::new(crate::range::PyRange {
            start: 0,
            stop: 2,
            step: 1,
        }));
        let items = borrowed::<2>(&range).unwrap();
        assert!(matches!(items, Borrowed::Owned(_)));
        assert!(matches!(items[..], [Value::Int(0), Value::Int(1)]));
        let err = borrowed::<2>(&Value::Int(3)).err().unwrap();
        assert_eq!(err.message(), "cannot unpack non-iterable int object");
    }

    #[test]
    fn non_iterables_cannot_be_unpacked() {
        let err = exact::<2>(&Value::Int(3)).err().unwrap();
        assert_eq!(err.message(), "cannot unpack non-iterable int object");
    }
}
