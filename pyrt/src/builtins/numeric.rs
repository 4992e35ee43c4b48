//! Numeric builtins: `divmod`, `pow` (with a modulus), `hex`, `oct`, `bin`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use crate::error::{raise, PyResult};
use crate::func::{check_arity, no_kwargs, KwArgs};
use crate::value::Value;

use super::args::{clinic, index_value};

/// `divmod(a, b)`
pub fn divmod(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("divmod", kwargs)?;
    check_arity("divmod", args, 2, 2)?;
    crate::ops::divmod(&args[0], &args[1])
}

/// `pow(base, exp, mod=None)`
pub fn pow(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [base, exp, modulus] = clinic("pow", args, kwargs, ["base", "exp", "mod"], 2)?;
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(raise::type_error("pow() missing required argument"));
    };
    match modulus {
        None | Some(Value::None) => crate::ops::pow(base, exp),
        Some(modulus) => pow_mod(base, exp, modulus),
    }
}

/// `pow(base, exp, mod)`: ints only; a negative exponent uses the modular inverse.
pub fn pow_mod(base: &Value, exp: &Value, modulus: &Value) -> PyResult<Value> {
    let named = [base, exp, modulus];
    // Instances of int subclasses take part as their values.
    let (base, exp, modulus) = (
        crate::builtin_base::view(base),
        crate::builtin_base::view(exp),
        crate::builtin_base::view(modulus),
    );
    let operands = [base, exp, modulus];
    if operands.iter().any(|v| matches!(v, Value::Float(_))) {
        // CPython reaches float's `__pow__`, which refuses any modulus.
        return Err(raise::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    let (Some(b), Some(e), Some(m)) = (
        crate::int::to_bigint(base),
        crate::int::to_bigint(exp),
        crate::int::to_bigint(modulus),
    ) else {
        return Err(raise::type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            named[0].type_name(),
            named[1].type_name(),
            named[2].type_name()
        )));
    };
    if let (Value::Int(b), Value::Int(e), Value::Int(m)) = (base, exp, modulus) {
        if *e >= 0 && *m > 0 {
            return Ok(Value::Int(small_pow_mod(*b, *e as u64, *m as u64) as i64));
        }
    }
    big_pow_mod(b, e, m).map(Value::from_bigint)
}

/// `b ** e % m` for `m > 0`, in machine words.
fn small_pow_mod(b: i64, mut e: u64, m: u64) -> u64 {
    let m128 = m as u128;
    // `m` came from a positive i64.
    let mut base = b.rem_euclid(m as i64) as u128;
    let mut result = 1 % m128;
    while e > 0 {
        if e & 1 == 1 {
            result = result * base % m128;
        }
        base = base * base % m128;
        e >>= 1;
    }
    result as u64
}

/// `b ** e % m` for big ints, as CPython's `long_pow` does it: a negative
/// modulus gives a result in `(m, 0]`; a negative exponent inverts `b` first.
fn big_pow_mod(b: BigInt, e: BigInt, m: BigInt) -> PyResult<BigInt> {
    if m.is_zero() {
        return Err(raise::value_error("pow() 3rd argument cannot be 0"));
    }
    let negative = m.is_negative();
    let m = m.abs();
    if m.is_one() {
        return Ok(BigInt::zero());
    }
    let (b, e) = if e.is_negative() {
        let inverse = b
            .mod_floor(&m)
            .modinv(&m)
            .ok_or_else(|| raise::value_error("base is not invertible for the given modulus"))?;
        (inverse, -e)
    } else {
        (b.mod_floor(&m), e)
    };
    let r = b.modpow(&e, &m);
    Ok(if negative && !r.is_zero() { r - m } else { r })
}

/// `hex(x)`
pub fn hex(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    radix_string("hex", args, kwargs, 16)
}

/// `oct(x)`
pub fn oct(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    radix_string("oct", args, kwargs, 8)
}

/// `bin(x)`
pub fn bin(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    radix_string("bin", args, kwargs, 2)
}

/// `hex`/`oct`/`bin`: the int `args[0]` in base `radix` with its `0x`/`0o`/`0b` prefix.
fn radix_string(name: &str, args: &[Value], kwargs: KwArgs, radix: u32) -> PyResult<Value> {
    no_kwargs(name, kwargs)?;
    check_arity(name, args, 1, 1)?;
    let n = index_value(&args[0])?;
    let (negative, digits) = match &n {
        Value::Int(i) => (*i < 0, radix_digits(i.unsigned_abs(), radix)),
        Value::BigInt(b) => (b.is_negative(), b.magnitude().to_str_radix(radix)),
        _ => unreachable!("index_value returns an int"),
    };
    let prefix = match radix {
        16 => "0x",
        8 => "0o",
        _ => "0b",
    };
    let sign = if negative { "-" } else { "" };
    Ok(Value::string(format!("{sign}{prefix}{digits}")))
}

/// The digits of `n` in base 2, 8 or 16 (lowercase).
fn radix_digits(n: u64, radix: u32) -> String {
    match radix {
        16 => format!("{n:x}"),
        8 => format!("{n:o}"),
        _ => format!("{n:b}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(f: fn(&[Value], KwArgs) -> PyResult<Value>, args: &[Value]) -> String {
        match f(args, &[]) {
            Ok(v) => crate::repr::repr(&v).unwrap(),
            Err(e) => format!("{}: {}", e.kind().name(), e.message()),
        }
    }

    fn big(s: &str) -> Value {
        Value::from_bigint(s.parse::<BigInt>().unwrap())
    }

    #[test]
    fn pow_with_a_modulus() {
        let i = Value::Int;
        assert_eq!(call(pow, &[i(2), i(3), i(5)]), "3");
        assert_eq!(call(pow, &[i(2), i(-1), i(5)]), "3");
        assert_eq!(call(pow, &[i(3), i(-2), i(-7)]), "-3");
        assert_eq!(call(pow, &[i(2), i(3), i(-5)]), "-2");
        assert_eq!(call(pow, &[i(-2), i(3), i(5)]), "2");
        assert_eq!(call(pow, &[i(0), i(-1), i(1)]), "0");
        assert_eq!(call(pow, &[i(5), i(0), i(-1)]), "0");
        assert_eq!(call(pow, &[i(7), i(0), i(3)]), "1");
        assert_eq!(call(pow, &[Value::Bool(true), i(2), i(3)]), "1");
        assert_eq!(
            call(pow, &[i(2), i(-1), i(4)]),
            "ValueError: base is not invertible for the given modulus"
        );
        assert_eq!(
            call(pow, &[i(2), i(3), i(0)]),
            "ValueError: pow() 3rd argument cannot be 0"
        );
        let p = i(1_000_000_007);
        assert_eq!(
            call(
                pow,
                &[
                    big("1267650600228229401496703205376"),
                    big("1267650600228229401496703205376"),
                    p
                ]
            ),
            "639253612"
        );
        assert_eq!(
            call(pow, &[i(i64::MAX), i(i64::MAX), i(i64::MAX - 1)]),
            call(
                pow,
                &[
                    big("9223372036854775807"),
                    big("9223372036854775807"),
                    big("9223372036854775806")
                ]
            )
        );
    }

    #[test]
    fn pow_type_errors() {
        let i = Value::Int;
        let msg = "TypeError: pow() 3rd argument not allowed unless all arguments are integers";
        assert_eq!(call(pow, &[Value::Float(2.0), i(3), i(5)]), msg);
        assert_eq!(call(pow, &[Value::str("a"), Value::Float(2.0), i(3)]), msg);
        assert_eq!(
            call(pow, &[Value::None, i(2), i(3)]),
            "TypeError: unsupported operand type(s) for ** or pow(): 'NoneType', 'int', 'int'"
        );
        assert_eq!(call(pow, &[i(2), i(10), Value::None]), "1024");
        assert_eq!(call(pow, &[i(2), i(-1)]), "0.5");
    }

    #[test]
    fn radix_strings() {
        let i = Value::Int;
        assert_eq!(call(hex, &[i(255)]), "'0xff'");
        assert_eq!(call(hex, &[i(-255)]), "'-0xff'");
        assert_eq!(call(oct, &[i(0)]), "'0o0'");
        assert_eq!(call(bin, &[i(-5)]), "'-0b101'");
        assert_eq!(call(hex, &[i(i64::MIN)]), "'-0x8000000000000000'");
        assert_eq!(
            call(hex, &[big("-1180591620717411303424")]),
            "'-0x400000000000000000'"
        );
        assert_eq!(call(bin, &[Value::Bool(true)]), "'0b1'");
        assert_eq!(
            call(oct, &[Value::Float(1.0)]),
            "TypeError: 'float' object cannot be interpreted as an integer"
        );
    }
}
