//! `**`: exact for ints with a non-negative exponent, float otherwise.

use num_bigint::BigInt;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use super::num::{num_pair, NumPair};
use crate::error::{raise, PyResult};
use crate::int::{memory_error, to_f64};
use crate::value::Value;

/// Results with more bits than this raise `MemoryError` instead of being computed.
const MAX_RESULT_BITS: u64 = 1 << 36;

/// `a ** b`: a float base with a float or int exponent inline (a finite
/// positive base goes straight to C's `pow`), everything else out of line.
#[inline(always)]
pub fn pow(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => crate::float::pow(*x, *y).map(Value::Float),
        // An int exponent converts to the nearest float, as CPython's does.
        (Value::Float(x), Value::Int(y)) => crate::float::pow(*x, *y as f64).map(Value::Float),
        _ => pow_other(a, b),
    }
}

/// [`pow`] of anything but two floats: small int powers without overflow
/// first, then the general protocol.
#[inline(never)]
fn pow_other(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) if (0..64).contains(y) => match x.checked_pow(*y as u32) {
            Some(r) => Ok(Value::Int(r)),
            None => pow_slow(a, b),
        },
        _ => pow_slow(a, b),
    }
}

#[inline(never)]
fn pow_slow(a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(result) = crate::object::binary(a, b, "__pow__", "__rpow__") {
        return result;
    }
    let Some(pair) = num_pair(a, b) else {
        return Err(raise::unsupported_operands("** or pow()", a, b));
    };
    match pair? {
        // A negative int exponent makes the result a float.
        NumPair::Small(x, y) if y < 0 => float_pow(x as f64, y as f64),
        NumPair::Small(x, y) => int_pow(&BigInt::from(x), y as u64),
        NumPair::Big(x, y) if y.is_negative() => float_pow(to_f64(&x)?, to_f64(&y)?),
        NumPair::Big(x, y) => match y.to_u64() {
            Some(e) => int_pow(&x, e),
            None => huge_exponent_pow(&x, &y),
        },
        NumPair::Float(x, y) => float_pow(x, y),
    }
}

fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    crate::float::pow(x, y).map(Value::Float)
}

/// `base ** e` for ints; `MemoryError` when the result would be absurdly large.
fn int_pow(base: &BigInt, e: u64) -> PyResult<Value> {
    if e == 0 || base.is_one() {
        return Ok(Value::Int(1));
    }
    if base.is_zero() {
        return Ok(Value::Int(0));
    }
    if (-base).is_one() {
        return Ok(Value::Int(if e.is_multiple_of(2) { 1 } else { -1 }));
    }
    // |base| >= 2, so the result has at least (bits - 1) * e + 1 bits.
    if (base.bits() - 1).saturating_mul(e) > MAX_RESULT_BITS {
        return Err(memory_error());
    }
    Ok(Value::from_bigint(Pow::pow(base, e)))
}

/// `base ** e` for an exponent beyond `u64`: only 0, 1 and -1 fit in memory.
#[cold]
fn huge_exponent_pow(base: &BigInt, e: &BigInt) -> PyResult<Value> {
    if base.is_zero() || base.is_one() {
        return Ok(Value::from_bigint(base.clone()));
    }
    if (-base).is_one() {
        let odd = e.bit(0);
        return Ok(Value::Int(if odd { -1 } else { 1 }));
    }
    Err(memory_error())
}
