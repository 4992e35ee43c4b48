//! Numeric operands brought to a common representation for a binary operator.

use std::borrow::Cow;

use num_bigint::BigInt;

use crate::error::PyResult;
use crate::value::Value;

/// Two numeric operands after CPython's coercion: both ints (small or big)
/// or, when either is a float, both floats.
pub(crate) enum NumPair<'a> {
    /// Two ints that fit in `i64` (bools included).
    Small(i64, i64),
    /// Two ints, at least one of them big.
    Big(Cow<'a, BigInt>, Cow<'a, BigInt>),
    /// Two floats (an int operand converted, which may overflow).
    Float(f64, f64),
}

/// One numeric operand (shared with the comparisons).
pub(crate) enum Num<'a> {
    Small(i64),
    Big(&'a BigInt),
    Float(f64),
}

/// The numeric view of `v`, if it is a number (bool counts as int).
pub(crate) fn num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Small(*i)),
        Value::Bool(b) => Some(Num::Small(i64::from(*b))),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::BigInt(b) => Some(Num::Big(b)),
        _ => None,
    }
}

/// The coerced operands, `None` if either is not a number, or the
/// `OverflowError` of converting a huge int to float. Called once special
/// methods have declined, it reads an instance of an `int` or `float`
/// subclass as its value (`1.5 + I(3)`).
pub(crate) fn num_pair<'a>(a: &'a Value, b: &'a Value) -> Option<PyResult<NumPair<'a>>> {
    let (a, b) = (crate::builtin_base::view(a), crate::builtin_base::view(b));
    let (x, y) = (num(a)?, num(b)?);
    Some(match (x, y) {
        (Num::Small(x), Num::Small(y)) => Ok(NumPair::Small(x, y)),
        (Num::Float(x), Num::Float(y)) => Ok(NumPair::Float(x, y)),
        (Num::Float(x), y) => as_float(y).map(|y| NumPair::Float(x, y)),
        (x, Num::Float(y)) => as_float(x).map(|x| NumPair::Float(x, y)),
        (x, y) => Ok(NumPair::Big(as_big(x), as_big(y))),
    })
}

fn as_float(n: Num<'_>) -> PyResult<f64> {
    match n {
        Num::Small(i) => Ok(i as f64),
        Num::Big(b) => crate::int::to_f64(b),
        Num::Float(f) => Ok(f),
    }
}

fn as_big(n: Num<'_>) -> Cow<'_, BigInt> {
    match n {
        Num::Small(i) => Cow::Owned(BigInt::from(i)),
        Num::Big(b) => Cow::Borrowed(b),
        Num::Float(_) => unreachable!("floats are coerced before ints"),
    }
}

/// An int result computed in `i128`.
#[inline]
pub(crate) fn from_i128(v: i128) -> Value {
    match i64::try_from(v) {
        Ok(i) => Value::Int(i),
        Err(_) => wide(v),
    }
}

/// A big int result from an `i128` outside `i64`.
#[cold]
fn wide(v: i128) -> Value {
    Value::from_bigint(BigInt::from(v))
}

/// The `i64` value of an int-like value (`None` for big ints and non-ints).
#[inline]
pub(crate) fn small_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    }
}
