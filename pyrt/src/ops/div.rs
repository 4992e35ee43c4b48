//! `/`, `//`, `%` and `divmod()`.
//!
//! Int true division is correctly rounded: exact float division when both
//! operands fit in 53 bits, otherwise an integer quotient scaled to 63-64
//! significant bits with a sticky bit for the remainder, rounded once.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

use super::bigdiv;
use super::num::{from_i128, num_pair, NumPair};
use crate::error::{raise, PyErr, PyResult};
use crate::int::round_scaled;
use crate::value::Value;

/// Whether an `i64` converts to float exactly because `|x| <= 2**53`.
#[inline]
fn fits_53_bits(x: i64) -> bool {
    x.unsigned_abs() <= 1 << 53
}

/// `a / b`
#[inline]
pub fn truediv(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) if *y != 0 && fits_53_bits(*x) && fits_53_bits(*y) => {
            Ok(Value::Float(*x as f64 / *y as f64))
        }
        (Value::Float(x), Value::Float(y)) if *y != 0.0 => Ok(Value::Float(x / y)),
        // Mixed operands: the int converts to the nearest float, as CPython converts it.
        (Value::Float(x), Value::Int(y)) if *y != 0 => Ok(Value::Float(x / *y as f64)),
        (Value::Int(x), Value::Float(y)) if *y != 0.0 => Ok(Value::Float(*x as f64 / y)),
        _ => truediv_slow(a, b),
    }
}

#[inline(never)]
fn truediv_slow(a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(result) = crate::object::binary(a, b, "__truediv__", "__rtruediv__") {
        return result;
    }
    let Some(pair) = num_pair(a, b) else {
        return Err(raise::unsupported_operands("/", a, b));
    };
    let f = match pair? {
        NumPair::Small(_, 0) => return Err(raise::zero_division("division by zero")),
        NumPair::Small(x, y) => small_truediv(x, y),
        NumPair::Big(x, y) => big_truediv(&x, &y)?,
        NumPair::Float(x, y) => {
            if y == 0.0 {
                return Err(raise::zero_division("float division by zero"));
            }
            x / y
        }
    };
    Ok(Value::Float(f))
}

/// `x / y` for a nonzero `y`, correctly rounded.
fn small_truediv(x: i64, y: i64) -> f64 {
    if fits_53_bits(x) && fits_53_bits(y) {
        return x as f64 / y as f64;
    }
    let negative = (x < 0) != (y < 0);
    let (ux, uy) = (x.unsigned_abs() as u128, y.unsigned_abs() as u128);
    let magnitude = if ux == 0 {
        0.0
    } else {
        let (na, nb) = (128 - ux.leading_zeros(), 128 - uy.leading_zeros());
        // Scale so that the quotient has 63 or 64 bits; ux << s < 2**127.
        let s = nb + 63 - na;
        let num = ux << s;
        let (q, r) = (num / uy, num % uy);
        round_scaled(q as u64 | u64::from(r != 0), -i64::from(s))
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// `x / y` for big ints, correctly rounded; `ZeroDivisionError` and
/// `OverflowError: integer division result too large for a float`.
fn big_truediv(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if y.is_zero() {
        return Err(raise::zero_division("division by zero"));
    }
    // Like IEEE division, 0 / -n is -0.0.
    let negative = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
    let magnitude = big_quotient(x.magnitude(), y.magnitude());
    if magnitude.is_infinite() {
        return Err(division_overflow());
    }
    Ok(if negative { -magnitude } else { magnitude })
}

/// `|x| / |y|` correctly rounded; infinite when too large for a float.
fn big_quotient(x: &BigUint, y: &BigUint) -> f64 {
    if x.is_zero() {
        return 0.0;
    }
    let (na, nb) = (x.bits() as i64, y.bits() as i64);
    // The quotient lies in (2**(na-nb-1), 2**(na-nb+1)).
    if na - nb > 1025 {
        return f64::INFINITY;
    }
    if na - nb < -1076 {
        return 0.0; // below half of the smallest subnormal
    }
    let s = nb + 63 - na;
    let (q, r) = if s >= 0 {
        (x << s as u64).div_rem(y)
    } else {
        x.div_rem(&(y << (-s) as u64))
    };
    let q = q.to_u64().unwrap_or(u64::MAX);
    round_scaled(q | u64::from(!r.is_zero()), -s)
}

/// `OverflowError: integer division result too large for a float`
#[cold]
fn division_overflow() -> PyErr {
    raise::overflow("integer division result too large for a float")
}

/// `a // b`
#[inline]
pub fn floordiv(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        // For a positive divisor, Euclidean and floor division agree.
        (Value::Int(x), Value::Int(y)) if *y > 0 => Ok(Value::Int(x.div_euclid(*y))),
        _ => floordiv_slow(a, b),
    }
}

#[inline(never)]
fn floordiv_slow(a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(result) = crate::object::binary(a, b, "__floordiv__", "__rfloordiv__") {
        return result;
    }
    let Some(pair) = num_pair(a, b) else {
        return Err(raise::unsupported_operands("//", a, b));
    };
    match pair? {
        NumPair::Small(_, 0) => Err(int_division_by_zero()),
        NumPair::Small(x, y) => Ok(from_i128(floor_div_i128(x as i128, y as i128))),
        NumPair::Big(_, y) if y.is_zero() => Err(int_division_by_zero()),
        NumPair::Big(x, y) => Ok(Value::from_bigint(bigdiv::div_floor(&x, &y))),
        NumPair::Float(x, y) => crate::float::floordiv(x, y).map(Value::Float),
    }
}

/// Floor division of `i64`-range values (cannot overflow in `i128`).
fn floor_div_i128(x: i128, y: i128) -> i128 {
    let q = x / y;
    if x % y != 0 && ((x < 0) != (y < 0)) {
        q - 1
    } else {
        q
    }
}

/// Floor modulo of `i64` values, for a nonzero `y`: the sign follows `y`.
fn floor_mod_i64(x: i64, y: i64) -> i64 {
    let r = x.checked_rem(y).unwrap_or(0); // i64::MIN % -1 == 0
    if r != 0 && ((r < 0) != (y < 0)) {
        r + y
    } else {
        r
    }
}

/// `ZeroDivisionError: integer division or modulo by zero`
#[cold]
fn int_division_by_zero() -> PyErr {
    raise::zero_division("integer division or modulo by zero")
}

/// `a % b` (for a str `a`, printf-style formatting).
#[inline]
pub fn modulo(a: &Value, b: &Value) -> PyResult<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) if *y > 0 => Ok(Value::Int(if y & (y - 1) == 0 {
            // A power of two: the low bits are the floor remainder, also of a
            // negative `x` (two's complement), with no division.
            x & (y - 1)
        } else {
            x.rem_euclid(*y)
        })),
        _ => modulo_slow(a, b),
    }
}

#[inline(never)]
fn modulo_slow(a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(result) = crate::object::binary(a, b, "__mod__", "__rmod__") {
        return result;
    }
    if let Value::Str(s) = a {
        return super::format::percent_format(s.as_str(), b).map(Value::string);
    }
    let Some(pair) = num_pair(a, b) else {
        return Err(raise::unsupported_operands("%", a, b));
    };
    match pair? {
        NumPair::Small(_, 0) => Err(int_modulo_by_zero()),
        NumPair::Small(x, y) => Ok(Value::Int(floor_mod_i64(x, y))),
        NumPair::Big(_, y) if y.is_zero() => Err(int_modulo_by_zero()),
        NumPair::Big(x, y) => Ok(Value::from_bigint(bigdiv::mod_floor(&x, &y))),
        NumPair::Float(x, y) => crate::float::modulo(x, y).map(Value::Float),
    }
}

/// `ZeroDivisionError: integer modulo by zero`
#[cold]
fn int_modulo_by_zero() -> PyErr {
    raise::zero_division("integer modulo by zero")
}

/// `divmod(a, b)`: the tuple `(a // b, a % b)`.
pub fn divmod(a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(result) = crate::object::binary(a, b, "__divmod__", "__rdivmod__") {
        return result;
    }
    let Some(pair) = num_pair(a, b) else {
        return Err(raise::unsupported_operands("divmod()", a, b));
    };
    let (q, r) = match pair? {
        NumPair::Small(_, 0) => return Err(int_division_by_zero()),
        NumPair::Small(x, y) => (
            from_i128(floor_div_i128(x as i128, y as i128)),
            Value::Int(floor_mod_i64(x, y)),
        ),
        NumPair::Big(_, y) if y.is_zero() => return Err(int_division_by_zero()),
        NumPair::Big(x, y) => {
            let (q, r) = bigdiv::div_mod_floor(&x, &y);
            (Value::from_bigint(q), Value::from_bigint(r))
        }
        NumPair::Float(x, y) => {
            let (q, r) = crate::float::divmod(x, y)?;
            (Value::Float(q), Value::Float(r))
        }
    };
    Ok(Value::tuple_of([q, r]))
}
