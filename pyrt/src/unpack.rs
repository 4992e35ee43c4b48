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
    fn non_iterables_cannot_be_unpacked() {
        let err = exact::<2>(&Value::Int(3)).err().unwrap();
        assert_eq!(err.message(), "cannot unpack non-iterable int object");
    }
}
