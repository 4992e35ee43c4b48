//! `+`, `-`, `*`, unary `-` and `+`, and `abs()`.

use num_bigint::BigInt;
use num_traits::Signed;

use super::num::{from_i128, num_pair, NumPair};
use super::seq;
use crate::error::{raise, PyErr, PyResult};
use crate::value::Value;

/// `a + b`
#[inline(always)]
pub fn add(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(match x.checked_add(*y) {
            Some(r) => Value::Int(r),
            None => from_i128(*x as i128 + *y as i128),
        }),
        (Value::Float(x), Value::Float(y)) => Ok(Value::Float(x + y)),
        (Value::Float(x), Value::Int(y)) => Ok(Value::Float(x + *y as f64)),
        (Value::Int(x), Value::Float(y)) => Ok(Value::Float(*x as f64 + y)),
        _ => add_slow(a, b),
    }
}

#[inline(never)]
fn add_slow(a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(result) = crate::object::binary(a, b, "__add__", "__radd__") {
        return result;
    }
    if let Some(result) = crate::native::binary(a, b, "__add__", "__radd__") {
        return result;
    }
    match num_pair(a, b) {
        Some(pair) => Ok(match pair? {
            NumPair::Small(x, y) => from_i128(x as i128 + y as i128),
            NumPair::Big(x, y) => Value::from_bigint(&*x + &*y),
            NumPair::Float(x, y) => Value::Float(x + y),
        }),
        None => seq::concat(a, b),
    }
}

/// `a - b`
#[inline]
pub fn sub(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(match x.checked_sub(*y) {
            Some(r) => Value::Int(r),
            None => from_i128(*x as i128 - *y as i128),
        }),
        (Value::Float(x), Value::Float(y)) => Ok(Value::Float(x - y)),
        (Value::Float(x), Value::Int(y)) => Ok(Value::Float(x - *y as f64)),
        (Value::Int(x), Value::Float(y)) => Ok(Value::Float(*x as f64 - y)),
        _ => sub_slow(a, b),
    }
}

#[inline(never)]
fn sub_slow(a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(result) = crate::object::binary(a, b, "__sub__", "__rsub__") {
        return result;
    }
    match num_pair(a, b) {
        Some(pair) => Ok(match pair? {
            NumPair::Small(x, y) => from_i128(x as i128 - y as i128),
            NumPair::Big(x, y) => Value::from_bigint(&*x - &*y),
            NumPair::Float(x, y) => Value::Float(x - y),
        }),
        None => crate::set::binary(crate::set::BinOp::Sub, a, b)
            .unwrap_or_else(|| Err(raise::unsupported_operands("-", a, b))),
    }
}

/// `a * b`
#[inline]
pub fn mul(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(match x.checked_mul(*y) {
            Some(r) => Value::Int(r),
            None => from_i128(*x as i128 * *y as i128),
        }),
        (Value::Float(x), Value::Float(y)) => Ok(Value::Float(x * y)),
        (Value::Float(x), Value::Int(y)) => Ok(Value::Float(x * *y as f64)),
        (Value::Int(x), Value::Float(y)) => Ok(Value::Float(*x as f64 * y)),
        _ => mul_slow(a, b),
    }
}

#[inline(never)]
fn mul_slow(a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(result) = crate::object::binary(a, b, "__mul__", "__rmul__") {
        return result;
    }
    mul_without_specials(a, b)
}

/// `a *= b` for a Python-defined `a` whose `__imul__` is absent or
/// declined: the binary protocol, but no sequence repetition (a Python
/// class has no `sq_repeat` of its own, so CPython reports `*=`).
pub(crate) fn instance_imul(a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(result) = crate::object::binary(a, b, "__mul__", "__rmul__") {
        return result;
    }
    imul_without_specials(a, b)
}

/// [`instance_imul`] once `__mul__`/`__rmul__` have declined: only a builtin
/// numeric base can still multiply.
pub(crate) fn imul_without_specials(a: &Value, b: &Value) -> PyResult<Value> {
    let declined = || raise::unsupported_operands("*=", a, b);
    if matches!(
        b,
        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
    ) {
        return Err(declined());
    }
    mul_without_specials(a, b).map_err(|err| {
        if err.is_fresh() && err.kind() == crate::error::ExcKind::TypeError {
            declined()
        } else {
            err
        }
    })
}

/// `a * b` once Python-defined `__mul__`/`__rmul__` have declined (or are
/// absent): native objects, numbers, then sequence repetition.
pub(crate) fn mul_without_specials(a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(result) = crate::native::binary(a, b, "__mul__", "__rmul__") {
        return result;
    }
    match num_pair(a, b) {
        Some(pair) => Ok(match pair? {
            NumPair::Small(x, y) => from_i128(x as i128 * y as i128),
            NumPair::Big(x, y) => Value::from_bigint(&*x * &*y),
            NumPair::Float(x, y) => Value::Float(x * y),
        }),
        None => seq::repeat(a, b),
    }
}

/// `-a`
#[inline]
pub fn neg(a: &Value) -> PyResult<Value> {
    match a {
        Value::Int(x) => Ok(match x.checked_neg() {
            Some(r) => Value::Int(r),
            None => from_i128(-(*x as i128)),
        }),
        Value::Float(x) => Ok(Value::Float(-x)),
        _ => neg_slow(a),
    }
}

#[inline(never)]
fn neg_slow(a: &Value) -> PyResult<Value> {
    if let Value::Instance(_) = a {
        return crate::object::unary(a, "__neg__", "unary -");
    }
    match a {
        Value::Bool(b) => Ok(Value::Int(-i64::from(*b))),
        Value::BigInt(b) => Ok(Value::from_bigint(-&**b)),
        other => Err(bad_unary("unary -", other)),
    }
}

/// `+a`
#[inline]
pub fn pos(a: &Value) -> PyResult<Value> {
    match a {
        Value::Int(_) | Value::Float(_) | Value::BigInt(_) => Ok(a.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        other @ Value::Instance(_) => crate::object::unary(other, "__pos__", "unary +"),
        other => Err(bad_unary("unary +", other)),
    }
}

/// `abs(a)`
#[inline]
pub fn abs(a: &Value) -> PyResult<Value> {
    match a {
        Value::Int(x) => Ok(match x.checked_abs() {
            Some(r) => Value::Int(r),
            None => from_i128((*x as i128).abs()),
        }),
        Value::Float(x) => Ok(Value::Float(x.abs())),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::BigInt(b) => Ok(Value::from_bigint(BigInt::abs(b))),
        other @ Value::Instance(_) => crate::object::unary(other, "__abs__", "abs()"),
        other => Err(bad_unary("abs()", other)),
    }
}

/// `TypeError: bad operand type for unary -: 'str'` (and `abs()`, `unary ~`, ...).
#[cold]
pub(super) fn bad_unary(op: &str, v: &Value) -> PyErr {
    raise::type_error(format!("bad operand type for {op}: '{}'", v.type_name()))
}
