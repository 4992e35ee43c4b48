//! The few methods and attributes of `int`, `bool` and `float` objects that
//! pyrt provides: `bit_length`, `bit_count`, `conjugate`, `is_integer`,
//! `real`, `imag`, `numerator`, `denominator`.

use super::args::no_args;
use crate::error::PyResult;
use crate::func::KwArgs;
use crate::value::Value;

/// The methods of `int` (and `bool`).
pub const INT_NAMES: &[&str] = &["bit_count", "bit_length", "conjugate"];

/// The methods of `float`.
pub const FLOAT_NAMES: &[&str] = &["conjugate", "is_integer"];

/// `x` as a plain int (`True` is 1).
fn as_int(x: &Value) -> Value {
    match x {
        Value::Bool(b) => Value::Int(i64::from(*b)),
        other => other.clone(),
    }
}

fn bit_length(x: &Value) -> u64 {
    match x {
        Value::Int(i) => u64::from(64 - i.unsigned_abs().leading_zeros()),
        Value::Bool(b) => u64::from(*b),
        Value::BigInt(b) => b.bits(),
        _ => 0,
    }
}

fn bit_count(x: &Value) -> u64 {
    match x {
        Value::Int(i) => u64::from(i.unsigned_abs().count_ones()),
        Value::Bool(b) => u64::from(*b),
        Value::BigInt(b) => b.magnitude().count_ones(),
        _ => 0,
    }
}

/// `x.name(*args, **kwargs)` for an int, bool or float.
pub fn call(x: &Value, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let tname = x.type_name();
    match (x, name) {
        (Value::Float(f), "is_integer") => {
            no_args("float.is_integer", args, kwargs)?;
            Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
        }
        (Value::Float(_), "conjugate") => {
            no_args("float.conjugate", args, kwargs)?;
            Ok(x.clone())
        }
        (Value::Float(_), _) => super::call_attribute(x, name, args, kwargs),
        (_, "bit_length") => {
            no_args(&format!("{tname}.bit_length"), args, kwargs)?;
            Ok(Value::Int(bit_length(x) as i64))
        }
        (_, "bit_count") => {
            no_args(&format!("{tname}.bit_count"), args, kwargs)?;
            Ok(Value::Int(bit_count(x) as i64))
        }
        (_, "conjugate") => {
            no_args(&format!("{tname}.conjugate"), args, kwargs)?;
            Ok(as_int(x))
        }
        _ => super::call_attribute(x, name, args, kwargs),
    }
}

/// The data attributes of numbers.
pub fn attribute(x: &Value, name: &str) -> Option<Value> {
    match (x, name) {
        (Value::Float(_), "real") => Some(x.clone()),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        (Value::Float(_), _) => None,
        (_, "real" | "numerator") => Some(as_int(x)),
        (_, "imag") => Some(Value::Int(0)),
        (_, "denominator") => Some(Value::Int(1)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    #[test]
    fn bit_lengths() {
        assert_eq!(bit_length(&Value::Int(5)), 3);
        assert_eq!(bit_length(&Value::Int(-5)), 3);
        assert_eq!(bit_length(&Value::Int(0)), 0);
        assert_eq!(bit_length(&Value::Int(i64::MIN)), 64);
        assert_eq!(
            bit_length(&Value::from_bigint(BigInt::from(10).pow(30))),
            100
        );
        assert_eq!(bit_count(&Value::Int(-5)), 2);
    }
}
