//! `round(number, ndigits=None)` with CPython's results.
//!
//! Floats round like CPython's `double_round`: to a correctly rounded decimal
//! string at the requested position (ties to even on the float's exact
//! value), read back as the nearest float. Rust's float formatting with a
//! precision is exact and breaks ties to even, so it yields the same digits.
//! Ints round to a multiple of a power of ten, ties to even.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};

use crate::error::{raise, PyResult};
use crate::func::KwArgs;
use crate::value::Value;

use super::args::{clinic, index_value};

/// Beyond this many digits after the point a float rounds to itself
/// (CPython's `NDIGITS_MAX`, `(53 + 1021) * log10(2)`).
const NDIGITS_MAX: i64 = 323;
/// Below this a float rounds to zero (CPython's `NDIGITS_MIN`, `-(1024 + 1) * log10(2)`).
const NDIGITS_MIN: i64 = -308;

/// `round(number, ndigits=None)`
pub fn round(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [number, ndigits] = clinic("round", args, kwargs, ["number", "ndigits"], 1)?;
    let Some(number) = number else {
        return Err(raise::type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    };
    let ndigits = ndigits.filter(|n| !matches!(n, Value::None));
    match number {
        Value::Float(x) => match ndigits {
            None => crate::int::from_f64(x.round_ties_even()),
            Some(n) => round_float(*x, clipped_index(n)?).map(Value::Float),
        },
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match ndigits {
            None => index_value(number),
            Some(n) => round_int(number, &index_value(n)?),
        },
        Value::Instance(_) => {
            let args: &[Value] = match ndigits {
                Some(n) => std::slice::from_ref(n),
                None => &[],
            };
            crate::instance::call_special(number, "__round__", args)
                .unwrap_or_else(|| Err(no_round(number)))
        }
        other => Err(no_round(other)),
    }
}

/// `TypeError: type str doesn't define __round__ method`
fn no_round(v: &Value) -> crate::error::PyErr {
    raise::type_error(format!(
        "type {} doesn't define __round__ method",
        v.type_name()
    ))
}

/// An int argument as an `i64`, clipping huge values (`PyNumber_AsSsize_t`).
fn clipped_index(n: &Value) -> PyResult<i64> {
    Ok(match index_value(n)? {
        Value::Int(i) => i,
        Value::BigInt(b) if b.is_negative() => i64::MIN,
        _ => i64::MAX,
    })
}

/// `round(x, ndigits)` for a float `x`.
pub fn round_float(x: f64, ndigits: i64) -> PyResult<f64> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded = if ndigits >= 0 {
        reparse(&format!("{:.*}", ndigits as usize, x))
    } else {
        round_to_power_of_ten(x, ndigits.unsigned_abs() as usize)
    };
    if rounded.is_infinite() {
        return Err(raise::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// Reads back a decimal string that Rust's float formatting produced.
fn reparse(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}

/// `x` rounded to a multiple of `10**k` (`k >= 1`), ties to even.
fn round_to_power_of_ten(x: f64, k: usize) -> f64 {
    if x.abs() < 1.0 {
        // Below 1 is always below half of 10**k.
        return 0.0 * x;
    }
    // The exact decimal digits of the integer part (all a float has past 2**52).
    let digits = format!("{:.0}", x.abs().trunc());
    let exponent = digits.len() - 1;
    if exponent >= k {
        // Keep the digits down to the 10**k place: `exponent - k` after the first.
        return reparse(&format!("{:.*e}", exponent - k, x));
    }
    if exponent + 1 == k && above_half(&digits, x.fract() != 0.0) {
        // |x| lies in (10**k / 2, 10**k): it rounds up to 10**k.
        return reparse(&format!("1e{k}")).copysign(x);
    }
    0.0 * x
}

/// Whether the number with integer `digits` (and a fraction if `fraction`)
/// exceeds `5` followed by as many zeros as `digits` has after its first.
fn above_half(digits: &str, fraction: bool) -> bool {
    let mut chars = digits.bytes();
    match chars.next() {
        Some(first) if first > b'5' => true,
        Some(b'5') => fraction || chars.any(|d| d != b'0'),
        _ => false,
    }
}

/// `round(n, ndigits)` for an int `n` and an int `ndigits`.
fn round_int(n: &Value, ndigits: &Value) -> PyResult<Value> {
    let n = index_value(n)?;
    let k = match ndigits {
        Value::Int(d) if *d >= 0 => return Ok(n),
        Value::BigInt(d) if !d.is_negative() => return Ok(n),
        Value::Int(d) => d.unsigned_abs(),
        _ => u64::MAX,
    };
    let value = crate::int::to_bigint(&n).unwrap_or_default();
    // |n| has at most `digits` decimal digits, so is below 10**k / 2 when k > digits.
    let digits = value.bits() * 30103 / 100_000 + 1;
    if k > digits {
        return Ok(Value::Int(0));
    }
    if let (Value::Int(i), Some(pow)) = (&n, 10i128.checked_pow(k as u32)) {
        return Ok(round_i128(*i as i128, pow));
    }
    let pow = num_traits::pow(BigInt::from(10), k as usize);
    let (mut q, r) = value.div_mod_floor(&pow);
    let twice: BigInt = r * 2;
    if twice > pow || (twice == pow && q.is_odd()) {
        q += 1;
    }
    Ok(Value::from_bigint(q * pow))
}

/// `i` rounded to a multiple of `pow` (a power of ten), ties to even.
fn round_i128(i: i128, pow: i128) -> Value {
    let (mut q, r) = (i.div_euclid(pow), i.rem_euclid(pow));
    if 2 * r > pow || (2 * r == pow && q % 2 != 0) {
        q += 1;
    }
    let rounded = q * pow;
    match rounded.to_i64() {
        Some(v) => Value::Int(v),
        None => Value::from_bigint(BigInt::from(rounded)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_repr(args: &[Value]) -> String {
        match round(args, &[]) {
            Ok(v) => crate::repr::repr(&v).unwrap(),
            Err(e) => format!("{}: {}", e.kind().name(), e.message()),
        }
    }

    fn f(x: f64, n: i64) -> String {
        round_repr(&[Value::Float(x), Value::Int(n)])
    }

    #[test]
    fn floats_round_half_to_even_on_their_exact_value() {
        assert_eq!(f(2.675, 2), "2.67");
        assert_eq!(f(0.125, 2), "0.12");
        assert_eq!(f(0.375, 2), "0.38");
        assert_eq!(f(0.05, 1), "0.1");
        assert_eq!(f(0.15, 1), "0.1");
        assert_eq!(f(0.25, 1), "0.2");
        assert_eq!(f(1.005, 2), "1.0");
        assert_eq!(f(2.5, 0), "2.0");
        assert_eq!(f(-2.5, 0), "-2.0");
        assert_eq!(f(-0.001, 2), "-0.0");
        assert_eq!(f(1e-20, 25), "1e-20");
        assert_eq!(f(5e-324, 323), "0.0");
        assert_eq!(f(5e-324, 324), "5e-324");
        assert_eq!(f(123.456, -400), "0.0");
        assert_eq!(f(-123.456, -400), "-0.0");
    }

    #[test]
    fn floats_round_to_tens() {
        assert_eq!(f(12345.678, -2), "12300.0");
        assert_eq!(f(250.0, -2), "200.0");
        assert_eq!(f(350.0, -2), "400.0");
        assert_eq!(f(50.0, -2), "0.0");
        assert_eq!(f(50.5, -2), "100.0");
        assert_eq!(f(0.5, -1), "0.0");
        assert_eq!(f(-0.3, -1), "-0.0");
        assert_eq!(f(-4.0, -1), "-0.0");
        assert_eq!(f(15.0, -1), "20.0");
        assert_eq!(f(-15.0, -1), "-20.0");
        assert_eq!(f(1e23, -22), "1e+23");
        assert_eq!(f(5e22, -23), "0.0");
        assert_eq!(f(1e16 + 2.0, -1), "1e+16");
        assert_eq!(f(123456789012345678.0, -5), "1.234567890123e+17");
        assert_eq!(f(1.7e308, -307), "1.7e+308");
        assert_eq!(
            f(1.7976931348623157e308, -308),
            "OverflowError: rounded value too large to represent"
        );
    }

    #[test]
    fn floats_round_to_ints() {
        let r = |x: f64| round_repr(&[Value::Float(x)]);
        assert_eq!(r(0.5), "0");
        assert_eq!(r(1.5), "2");
        assert_eq!(r(2.5), "2");
        assert_eq!(r(-0.5), "0");
        assert_eq!(r(-2.5), "-2");
        assert_eq!(r(1e15 + 0.5), "1000000000000000");
        assert_eq!(
            r(f64::INFINITY),
            "OverflowError: cannot convert float infinity to integer"
        );
        assert_eq!(
            r(f64::NAN),
            "ValueError: cannot convert float NaN to integer"
        );
        assert_eq!(
            round_repr(&[Value::Float(f64::INFINITY), Value::Int(2)]),
            "inf"
        );
    }

    #[test]
    fn ints_round_half_to_even() {
        let i = |n: i64, d: i64| round_repr(&[Value::Int(n), Value::Int(d)]);
        assert_eq!(i(1234, -2), "1200");
        assert_eq!(i(1250, -2), "1200");
        assert_eq!(i(1350, -2), "1400");
        assert_eq!(i(-1250, -2), "-1200");
        assert_eq!(i(-1251, -2), "-1300");
        assert_eq!(i(15, -1), "20");
        assert_eq!(i(25, -1), "20");
        assert_eq!(i(5, -1), "0");
        assert_eq!(i(5, -400), "0");
        assert_eq!(i(7, 3), "7");
        assert_eq!(i(i64::MAX, -18), "9000000000000000000");
        assert_eq!(i(i64::MIN, -18), "-9000000000000000000");
        assert_eq!(i(i64::MAX, -1), "9223372036854775810");
        assert_eq!(round_repr(&[Value::Bool(true)]), "1");
        assert_eq!(round_repr(&[Value::Bool(true), Value::Int(-1)]), "0");
        let big = Value::from_bigint(BigInt::from(2).pow(80u32) + 5);
        assert_eq!(
            round_repr(&[big, Value::Int(-1)]),
            "1208925819614629174706180"
        );
    }

    #[test]
    fn argument_errors() {
        assert_eq!(
            round_repr(&[Value::str("a")]),
            "TypeError: type str doesn't define __round__ method"
        );
        assert_eq!(
            round_repr(&[Value::Float(1.5), Value::Float(1.0)]),
            "TypeError: 'float' object cannot be interpreted as an integer"
        );
        assert_eq!(round_repr(&[Value::Float(1.5), Value::None]), "2");
    }
}
