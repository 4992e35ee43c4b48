//! `float`: CPython's repr and parsing, and the float arithmetic whose
//! results differ from plain IEEE operators (floor division, modulo, power).

use crate::error::{raise, ExcKind, PyErr, PyResult};
use crate::value::Value;

/// `repr(f)` (also `str(f)`): the shortest digits that round-trip, in fixed
/// notation for decimal exponents -4..16 and in `1e+16` style otherwise.
pub fn repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let sci = shortest_scientific(f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|&c| c != '.').collect();
    let mut out = String::with_capacity(digits.len() + 8);
    if f < 0.0 {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        push_fixed(&mut out, &digits, exp);
    } else {
        push_scientific(&mut out, &digits, exp);
    }
    out
}

/// The shortest digits that round-trip to the positive finite `f`, as
/// `d.ddde<exp>`; among equally short candidates, the one nearest to `f`
/// (ties to an even last digit), which is what CPython's repr picks.
fn shortest_scientific(f: f64) -> String {
    // Rust's `{:e}` prints shortest round-trip digits but may break a tie
    // between two nearest candidates upward.
    let shortest = format!("{f:e}");
    let digits = shortest.split_once('e').map_or(shortest.len(), |(m, _)| {
        m.len() - usize::from(m.contains('.'))
    });
    // The correctly rounded (ties to even) value with as many digits.
    let nearest = format!("{f:.prec$e}", prec = digits - 1);
    if nearest != shortest && nearest.parse::<f64>() == Ok(f) {
        nearest
    } else {
        shortest
    }
}

/// `d.ddd × 10**exp` in fixed notation, always with a fractional part.
fn push_fixed(out: &mut String, digits: &str, exp: i32) {
    if exp < 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
        out.push_str(digits);
        return;
    }
    let int_len = exp as usize + 1;
    if digits.len() <= int_len {
        out.push_str(digits);
        out.extend(std::iter::repeat_n('0', int_len - digits.len()));
        out.push_str(".0");
    } else {
        out.push_str(&digits[..int_len]);
        out.push('.');
        out.push_str(&digits[int_len..]);
    }
}

/// `d.ddde+XX`: a signed exponent of at least two digits.
fn push_scientific(out: &mut String, digits: &str, exp: i32) {
    out.push_str(&digits[..1]);
    if digits.len() > 1 {
        out.push('.');
        out.push_str(&digits[1..]);
    }
    let sign = if exp < 0 { '-' } else { '+' };
    out.push_str(&format!("e{sign}{:02}", exp.unsigned_abs()));
}

/// `float(s)` for a str argument: surrounding whitespace, `_` between digits,
/// `inf`/`infinity`/`nan` in any case with an optional sign, and
/// `ValueError: could not convert string to float: '...'` otherwise.
pub fn parse_float(s: &str) -> PyResult<f64> {
    let ascii = crate::int::numeric_ascii(s);
    parse_ascii_float(crate::int::trim_c_space(&ascii)).ok_or_else(|| cannot_convert(s))
}

/// Parses a trimmed ASCII float literal.
fn parse_ascii_float(s: &str) -> Option<f64> {
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let magnitude = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        let cleaned = remove_digit_underscores(body)?;
        if !is_decimal_literal(&cleaned) {
            return None;
        }
        cleaned.parse::<f64>().ok()?
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// `s` without its underscores, each of which must sit between two digits.
fn remove_digit_underscores(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            let before = i > 0 && bytes[i - 1].is_ascii_digit();
            let after = bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !(before && after) {
                return None;
            }
        } else {
            out.push(b as char);
        }
    }
    Some(out)
}

/// Whether `s` is `digits[.digits][e[+-]digits]` or `.digits[...]`, with at
/// least one mantissa digit.
fn is_decimal_literal(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    let count_digits = |i: &mut usize| {
        let start = *i;
        while *i < bytes.len() && bytes[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa_digits = count_digits(&mut i);
    if i < bytes.len() && bytes[i] == b'.' {
        i += 1;
        mantissa_digits += count_digits(&mut i);
    }
    if mantissa_digits == 0 {
        return false;
    }
    if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
        i += 1;
        if i < bytes.len() && (bytes[i] == b'+' || bytes[i] == b'-') {
            i += 1;
        }
        if count_digits(&mut i) == 0 {
            return false;
        }
    }
    i == bytes.len()
}

/// `ValueError: could not convert string to float: '...'`
#[cold]
fn cannot_convert(s: &str) -> PyErr {
    raise::value_error(format!(
        "could not convert string to float: {}",
        crate::repr::str_repr(s)
    ))
}

/// `a % b` for floats: the result takes the sign of `b`; `ZeroDivisionError: float modulo`.
pub fn modulo(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(raise::zero_division("float modulo"));
    }
    Ok(mod_nonzero(a, b))
}

/// `a % b` for a nonzero `b`.
fn mod_nonzero(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m == 0.0 {
        // A zero result carries the sign of the divisor.
        0.0f64.copysign(b)
    } else if (b < 0.0) != (m < 0.0) {
        m + b
    } else {
        m
    }
}

/// `a // b` for floats; `ZeroDivisionError: float floor division by zero`.
pub fn floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(raise::zero_division("float floor division by zero"));
    }
    Ok(divmod_nonzero(a, b).0)
}

/// `divmod(a, b)` for floats; `ZeroDivisionError: float divmod()`.
pub fn divmod(a: f64, b: f64) -> PyResult<(f64, f64)> {
    if b == 0.0 {
        return Err(raise::zero_division("float divmod()"));
    }
    Ok(divmod_nonzero(a, b))
}

/// Floor quotient and modulo of `a` by a nonzero `b`, consistent with each other:
/// the quotient is computed from the exact `a - a % b` and snapped to an integer.
fn divmod_nonzero(a: f64, b: f64) -> (f64, f64) {
    let fmod = a % b;
    let mut div = (a - fmod) / b;
    let mut m = fmod;
    if fmod != 0.0 {
        if (b < 0.0) != (fmod < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let q = if div != 0.0 {
        // `div` is already nearly an integer; round it to the closest one.
        let floor = div.floor();
        if div - floor > 0.5 {
            floor + 1.0
        } else {
            floor
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (q, m)
}

/// `a ** b` for floats, with CPython's special cases and errors:
/// `ZeroDivisionError` for zero to a negative power, `OverflowError` on
/// overflow, and `ValueError` where CPython would return a complex number.
#[inline]
pub fn pow(a: f64, b: f64) -> PyResult<f64> {
    // A finite positive base to a finite power has no special case: C's
    // `pow` gives 1 for `1 ** b` and for `a ** 0`, as CPython does.
    if a > 0.0 && a.is_finite() && b.is_finite() {
        let r = a.powf(b);
        return if r.is_infinite() {
            Err(range_error())
        } else {
            Ok(r)
        };
    }
    pow_special(a, b)
}

/// [`pow`] for a base that is zero, negative or not finite, or an
/// exponent that is not finite.
#[inline(never)]
fn pow_special(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(a);
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let a = a.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (b > 0.0) == (a > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let odd = is_odd_integer(b);
    if a.is_infinite() {
        return Ok(if b > 0.0 {
            if odd {
                a
            } else {
                f64::INFINITY
            }
        } else if odd {
            0.0f64.copysign(a)
        } else {
            0.0
        });
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(raise::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if odd { a } else { 0.0 });
    }
    let (base, negate) = if a < 0.0 {
        if b != b.floor() {
            // CPython computes a complex power here; report its overflow alike.
            if (-a).powf(b).is_infinite() {
                return Err(raise::overflow("complex exponentiation"));
            }
            return Err(complex_unsupported());
        }
        (-a, odd)
    } else {
        (a, false)
    };
    let r = if base == 1.0 { 1.0 } else { base.powf(b) };
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(if negate { -r } else { r })
}

/// Whether a finite float is an odd integer.
fn is_odd_integer(b: f64) -> bool {
    b.is_finite() && (b.abs() % 2.0) == 1.0
}

/// `OverflowError: (34, 'Numerical result out of range')`, as C's ERANGE reports it.
#[cold]
pub fn range_error() -> PyErr {
    PyErr::with_args(
        ExcKind::OverflowError,
        vec![Value::Int(34), Value::str("Numerical result out of range")],
    )
}

/// The error for an operation whose CPython result would be a complex number.
#[cold]
pub fn complex_unsupported() -> PyErr {
    raise::value_error("pyrc: complex numbers are not supported")
}

#[cfg(test)]
#[allow(clippy::approx_constant)] // literals exactly as CPython prints them
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1e22, "1e+22"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.0, "1.0"),
            (-2.5, "-2.5"),
            (100.0, "100.0"),
            (1.5e-5, "1.5e-05"),
            (1e300, "1e+300"),
            (-1.5e300, "-1.5e+300"),
            (9999999999999998.0, "9999999999999998.0"),
            (0.00012345, "0.00012345"),
            (123.456, "123.456"),
            (2.0f64.powi(63), "9.223372036854776e+18"),
            (1e100, "1e+100"),
            (1.2345e-100, "1.2345e-100"),
        ];
        for &(f, want) in cases {
            assert_eq!(repr(f), want, "{f:e}");
        }
    }

    fn value_error_message(s: &str) -> Option<String> {
        parse_float(s).err().map(|e| {
            assert_eq!(e.kind(), ExcKind::ValueError);
            match e.args() {
                [Value::Str(m)] => m.as_str().to_string(),
                _ => String::new(),
            }
        })
    }

    #[test]
    fn parse_accepts() {
        let cases: &[(&str, f64)] = &[
            ("1_000.5", 1000.5),
            ("1.5_0", 1.5),
            ("1e1_0", 10000000000.0),
            ("1.", 1.0),
            (".5", 0.5),
            ("  1.5\n", 1.5),
            ("\u{661}.5", 1.5),
            ("1E5", 100000.0),
            ("1.e5", 100000.0),
            ("1e+5", 100000.0),
            ("\u{ff11}", 1.0),
            ("+.5", 0.5),
            ("-.5e-3", -0.0005),
            ("12_34.56_78e1_2", 1234567800000000.0),
            (".5_5", 0.55),
            ("\u{660}_\u{661}", 1.0),
            ("1e400", f64::INFINITY),
            ("-1e400", f64::NEG_INFINITY),
            ("1e-400", 0.0),
            ("1e5000000000000000000000", f64::INFINITY),
            ("1e-5000000000000000000000", 0.0),
            ("0e5000000000000000000000", 0.0),
            ("-iNF", f64::NEG_INFINITY),
            ("+infinity", f64::INFINITY),
            ("\u{3000}1.5\u{85}", 1.5),
            ("0.1", 0.1),
            ("2.2250738585072011e-308", 2.225073858507201e-308),
        ];
        for &(s, want) in cases {
            assert_eq!(parse_float(s).unwrap(), want, "{s:?}");
        }
        assert!(parse_float("-nan").unwrap().is_nan());
        assert!(parse_float("nAn").unwrap().is_nan());
        assert!(parse_float("-1e-400").unwrap().is_sign_negative());
    }

    #[test]
    fn parse_rejects() {
        for s in [
            "x",
            " x ",
            "1__0",
            "1_.5",
            "1._5",
            "infinit",
            ".",
            "e5",
            "1e",
            "0x10",
            "",
            "nan_",
            "in_f",
            "1_e5",
            "1e_5",
            "1e+_5",
            "1.5e",
            "1.5e+",
            "--1",
            "1.5.5",
            "1 5",
            "_",
            "5._5",
            "\x1c1\x1f",
            "1\0",
            "inf inity",
            "+-1",
            "1e5.5",
        ] {
            assert!(value_error_message(s).is_some(), "{s:?}");
        }
    }

    #[test]
    fn floor_division_and_modulo() {
        let cases: &[(f64, f64, f64, f64)] = &[
            (7.5, -2.0, -4.0, -0.5),
            (-7.5, 2.0, -4.0, 0.5),
            (0.0, -2.0, -0.0, -0.0),
            (-0.0, 2.0, -0.0, 0.0),
            (3.5, 0.5, 7.0, 0.0),
            (-3.5, 0.5, -7.0, 0.0),
            (0.5, 0.1, 4.0, 0.09999999999999998),
            (0.1, 0.01, 10.0, 3.469446951953614e-18),
            (7.0, 2.5, 2.0, 2.0),
            (-7.0, 2.5, -3.0, 0.5),
            (5.0, f64::INFINITY, 0.0, 5.0),
            (-5.0, f64::INFINITY, -1.0, f64::INFINITY),
            (1e308, 1e-308, f64::INFINITY, 3.498445546245627e-309),
        ];
        for &(a, b, q, m) in cases {
            let (gq, gm) = divmod(a, b).unwrap();
            assert_eq!(
                (gq.to_bits(), gm.to_bits()),
                (q.to_bits(), m.to_bits()),
                "{a} divmod {b}: got {gq} {gm}"
            );
            assert_eq!(floordiv(a, b).unwrap().to_bits(), q.to_bits());
            assert_eq!(modulo(a, b).unwrap().to_bits(), m.to_bits());
        }
        assert!(floordiv(f64::INFINITY, 1.0).unwrap().is_nan());
        assert!(modulo(f64::INFINITY, 1.0).unwrap().is_nan());
        assert!(floordiv(1.0, f64::NAN).unwrap().is_nan());
        let msg = |e: PyErr| match e.args() {
            [Value::Str(m)] => m.as_str().to_string(),
            _ => String::new(),
        };
        assert_eq!(
            msg(floordiv(1.0, -0.0).unwrap_err()),
            "float floor division by zero"
        );
        assert_eq!(msg(modulo(1.0, 0.0).unwrap_err()), "float modulo");
        assert_eq!(msg(divmod(1.0, 0.0).unwrap_err()), "float divmod()");
    }

    #[test]
    fn power() {
        let cases: &[(f64, f64, f64)] = &[
            (-8.0, 3.0, -512.0),
            (-8.0, -3.0, -0.001953125),
            (0.0, 0.0, 1.0),
            (f64::NAN, 0.0, 1.0),
            (1.0, f64::NAN, 1.0),
            (-1.0, f64::INFINITY, 1.0),
            (0.5, f64::INFINITY, 0.0),
            (0.5, f64::NEG_INFINITY, f64::INFINITY),
            (2.0, f64::NEG_INFINITY, 0.0),
            (f64::NEG_INFINITY, -3.0, -0.0),
            (f64::NEG_INFINITY, -2.0, 0.0),
            (f64::NEG_INFINITY, 0.5, f64::INFINITY),
            (f64::NEG_INFINITY, 3.0, f64::NEG_INFINITY),
            (f64::INFINITY, -1.0, 0.0),
            (-0.0, 0.5, 0.0),
            (-0.0, 3.0, -0.0),
            (1e-200, 2.0, 0.0),
            (-1e-200, 3.0, -0.0),
            (10.0, -400.0, 0.0),
            (1.5, 2.0, 2.25),
            (2.0, 0.5, 1.4142135623730951),
            (1.0, -1e308, 1.0),
            (7.0, 0.0, 1.0),
            (7.0, -0.0, 1.0),
            (f64::MAX, 1.0, f64::MAX),
            (5e-324, 0.5, 2.2227587494850775e-162),
        ];
        for &(a, b, want) in cases {
            assert_eq!(pow(a, b).unwrap().to_bits(), want.to_bits(), "{a} ** {b}");
        }
        assert!(pow(0.0, f64::NAN).unwrap().is_nan());
        let e = pow(2.0, 10000.0).unwrap_err();
        assert_eq!(e.kind(), ExcKind::OverflowError);
        assert!(
            matches!(e.args(), [Value::Int(34), Value::Str(s)] if s.as_str() == "Numerical result out of range")
        );
        assert_eq!(
            pow(-0.0, -0.5).unwrap_err().kind(),
            ExcKind::ZeroDivisionError
        );
        assert_eq!(pow(-2.0, 0.5).unwrap_err().kind(), ExcKind::ValueError);
    }
}
