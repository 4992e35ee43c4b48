//! `<<`, `>>`, `&`, `|`, `^` and `~` on ints (two's complement semantics),
//! `&`/`|`/`^` on two bools (a bool result), and `dict | dict`.

use std::borrow::Cow;
use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use super::arith::bad_unary;
use super::num::small_int;
use crate::error::{raise, PyResult};
use crate::int::memory_error;
use crate::value::Value;

/// Left shifts producing more bits than this raise `MemoryError`.
const MAX_RESULT_BITS: u64 = 1 << 36;

/// `a << b`
#[inline]
pub fn lshift(a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if (0..64).contains(y) {
            let r = x << y;
            if r >> y == *x {
                return Ok(Value::Int(r));
            }
        }
    }
    lshift_slow(a, b)
}

#[inline(never)]
fn lshift_slow(a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(result) = crate::object::binary(a, b, "__lshift__", "__rlshift__") {
        return result;
    }
    let (x, count) = shift_operands("<<", a, b)?;
    if x.is_zero() {
        return Ok(Value::Int(0));
    }
    match count {
        Some(n) if x.bits().saturating_add(n) <= MAX_RESULT_BITS => {
            Ok(Value::from_bigint(&*x << n))
        }
        _ => Err(memory_error()),
    }
}

/// `a >> b` (rounds toward negative infinity)
#[inline]
pub fn rshift(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) if *y >= 0 => Ok(Value::Int(x >> (*y).min(63))),
        _ => rshift_slow(a, b),
    }
}

#[inline(never)]
fn rshift_slow(a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(result) = crate::object::binary(a, b, "__rshift__", "__rrshift__") {
        return result;
    }
    let (x, count) = shift_operands(">>", a, b)?;
    match count {
        Some(n) if n < x.bits() => Ok(Value::from_bigint(&*x >> n)),
        // Every bit is shifted out: only the sign remains.
        _ => Ok(Value::Int(if x.sign() == Sign::Minus { -1 } else { 0 })),
    }
}

/// The value and count of a shift: both ints, the count non-negative
/// (`None` when it exceeds `u64`).
fn shift_operands<'a>(
    op: &str,
    a: &'a Value,
    b: &Value,
) -> PyResult<(Cow<'a, BigInt>, Option<u64>)> {
    let x = match a {
        Value::BigInt(x) => Cow::Borrowed(&**x),
        _ => match small_int(a) {
            Some(x) if crate::int::is_int(b) => Cow::Owned(BigInt::from(x)),
            _ => return Err(raise::unsupported_operands(op, a, b)),
        },
    };
    let count = match b {
        Value::BigInt(n) if n.sign() == Sign::Minus => None,
        Value::BigInt(n) => Some(n.to_u64()),
        _ => match small_int(b) {
            Some(n) if n >= 0 => Some(Some(n as u64)),
            Some(_) => None,
            None => return Err(raise::unsupported_operands(op, a, b)),
        },
    };
    match count {
        Some(count) => Ok((x, count)),
        None => Err(raise::value_error("negative shift count")),
    }
}

/// Which bitwise operator.
#[derive(Clone, Copy, PartialEq, Eq)]
enum BitOp {
    And,
    Or,
    Xor,
}

impl BitOp {
    fn symbol(self) -> &'static str {
        match self {
            BitOp::And => "&",
            BitOp::Or => "|",
            BitOp::Xor => "^",
        }
    }

    fn small(self, x: i64, y: i64) -> i64 {
        match self {
            BitOp::And => x & y,
            BitOp::Or => x | y,
            BitOp::Xor => x ^ y,
        }
    }

    fn big(self, x: &BigInt, y: &BigInt) -> BigInt {
        match self {
            BitOp::And => x & y,
            BitOp::Or => x | y,
            BitOp::Xor => x ^ y,
        }
    }
}

/// `a & b`
#[inline]
pub fn bitand(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(Value::Int(x & y)),
        (Value::Bool(x), Value::Bool(y)) => Ok(Value::Bool(x & y)),
        _ => bitwise_slow(BitOp::And, a, b),
    }
}

/// `a | b`
#[inline]
pub fn bitor(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(Value::Int(x | y)),
        (Value::Bool(x), Value::Bool(y)) => Ok(Value::Bool(x | y)),
        _ => bitwise_slow(BitOp::Or, a, b),
    }
}

/// `a ^ b`
#[inline]
pub fn bitxor(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(Value::Int(x ^ y)),
        (Value::Bool(x), Value::Bool(y)) => Ok(Value::Bool(x ^ y)),
        _ => bitwise_slow(BitOp::Xor, a, b),
    }
}

#[inline(never)]
fn bitwise_slow(op: BitOp, a: &Value, b: &Value) -> PyResult<Value> {
    let (name, rname) = match op {
        BitOp::And => ("__and__", "__rand__"),
        BitOp::Or => ("__or__", "__ror__"),
        BitOp::Xor => ("__xor__", "__rxor__"),
    };
    if let Some(result) = crate::object::binary(a, b, name, rname) {
        return result;
    }
    if op == BitOp::Or {
        // `int | None`: `type.__or__` makes a union of types.
        if let Some(union) = crate::generic_alias::union(a, b) {
            return union;
        }
    }
    if let (Some(x), Some(y)) = (small_int(a), small_int(b)) {
        return Ok(Value::Int(op.small(x, y)));
    }
    if let (Some(x), Some(y)) = (crate::int::to_bigint(a), crate::int::to_bigint(b)) {
        return Ok(Value::from_bigint(op.big(&x, &y)));
    }
    if let (BitOp::Or, Value::Dict(x), Value::Dict(y)) = (op, a, b) {
        // `d1 | d2`: a new dict with the entries of d1 updated by d2.
        let merged = x.copy();
        merged.update_from(&Value::Dict(y.clone()))?;
        return Ok(Value::Dict(Rc::new(merged)));
    }
    let set_op = match op {
        BitOp::And => crate::set::BinOp::And,
        BitOp::Or => crate::set::BinOp::Or,
        BitOp::Xor => crate::set::BinOp::Xor,
    };
    if let Some(result) = crate::set::binary(set_op, a, b) {
        return result;
    }
    Err(raise::unsupported_operands(op.symbol(), a, b))
}

/// `~a` (`-a - 1`)
#[inline]
pub fn invert(a: &Value) -> PyResult<Value> {
    match a {
        Value::Int(x) => Ok(Value::Int(!x)),
        Value::Bool(b) => Ok(Value::Int(!i64::from(*b))),
        Value::BigInt(b) => Ok(Value::from_bigint(-&**b - 1)),
        other @ Value::Instance(_) => crate::object::unary(other, "__invert__", "unary ~"),
        other => Err(bad_unary("unary ~", other)),
    }
}
