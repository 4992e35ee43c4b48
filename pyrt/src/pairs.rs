//! Loops that unpack two names from `enumerate(...)` or `zip(a, b)`
//! (`for i, x in enumerate(xs)`): the compiler iterates with a [`PairIter`]
//! so that no 2-tuple is made and unpacked per item. While `enumerate` and
//! `zip` still mean the builtins, the pairs come straight from the underlying
//! iterators; otherwise the call is made as written and each item unpacked.

use crate::error::PyResult;
use crate::iter::Iter;
use crate::types::TypeId;
use crate::value::Value;

/// The source of a two-name loop target.
pub enum PairIter {
    /// `enumerate(iterable)`: a counter beside the items.
    Enumerate { items: Iter, count: Value },
    /// `zip(a, b)`: stops at the first exhausted iterator (left first).
    Zip { left: Iter, right: Iter },
    /// Anything else: items unpacked as two values.
    Generic(Iter),
}

impl PairIter {
    /// A pair source with nothing left (a stepped generator's loop source
    /// before its loop starts and after it ends).
    pub fn exhausted() -> PairIter {
        PairIter::Generic(Iter::exhausted())
    }

    /// `enumerate(iterable)` as called with `callee` (the value the name holds).
    pub fn enumerate(callee: &Value, iterable: &Value) -> PyResult<PairIter> {
        if matches!(callee, Value::Type(TypeId::Enumerate)) {
            return Ok(PairIter::Enumerate {
                items: Iter::new(iterable)?,
                count: Value::Int(0),
            });
        }
        let made = crate::func::call(callee, std::slice::from_ref(iterable), &[])?;
        Ok(PairIter::Generic(Iter::new(&made)?))
    }

    /// `zip(left, right)` as called with `callee`.
    pub fn zip(callee: &Value, left: &Value, right: &Value) -> PyResult<PairIter> {
        if matches!(callee, Value::Type(TypeId::Zip)) {
            return Ok(PairIter::Zip {
                left: Iter::new(left)?,
                right: Iter::new(right)?,
            });
        }
        let made = crate::func::call(callee, &[left.clone(), right.clone()], &[])?;
        Ok(PairIter::Generic(Iter::new(&made)?))
    }

    /// The next pair, `None` at the end.
    #[inline]
    pub fn next_pair(&mut self) -> PyResult<Option<(Value, Value)>> {
        match self {
            PairIter::Enumerate { items, count } => {
                let Some(item) = items.next()? else {
                    return Ok(None);
                };
                let next = match count {
                    Value::Int(n) if *n < i64::MAX => Value::Int(*n + 1),
                    // Past i64: the count goes on as a big integer.
                    _ => crate::ops::add(count, &Value::Int(1))?,
                };
                Ok(Some((std::mem::replace(count, next), item)))
            }
            PairIter::Zip { left, right } => {
                let Some(a) = left.next()? else {
                    return Ok(None);
                };
                let Some(b) = right.next()? else {
                    return Ok(None);
                };
                Ok(Some((a, b)))
            }
            PairIter::Generic(items) => match items.next()? {
                Some(item) => {
                    let [a, b] = crate::unpack::exact::<2>(&item)?;
                    Ok(Some((a, b)))
                }
                None => Ok(None),
            },
        }
    }
}
