//! Unpacking assignments: `a, b = x` and `first, *rest = x`.

use crate::error::{raise, PyResult};
use crate::iter::Iter;
use crate::value::Value;

/// Unpacks exactly `N` items from an iterable, with CPython's ValueErrors.
pub fn exact<const N: usize>(value: &Value) -> PyResult<[Value; N]> {
    let items = take_all(value)?;
    if items.len() != N {
        return Err(count_error(items.len(), N));
    }
    let mut items = items.into_iter();
    Ok(std::array::from_fn(|_| items.next().unwrap_or(Value::None)))
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
            Err(_) => Err(raise::type_error(format!(
                "cannot unpack non-iterable {} object",
                other.type_name()
            ))),
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
        let t = Value::tuple(vec![Value::Int(1), Value::Int(2)]);
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
