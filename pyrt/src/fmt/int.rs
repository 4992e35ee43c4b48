//! `int.__format__` (and bool's, which is int's): the `b c d o x X n`
//! presentations, and the float presentations after conversion to float, as
//! CPython's `format_long_internal` does them.

use num_bigint::Sign;

use super::number::{layout, Number};
use super::spec::{parse, unknown_code, Spec};
use crate::error::{raise, PyResult};
use crate::value::Value;

/// `format(v, spec)` for an int or bool `v`.
pub fn format_int(v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        // `str(v)`: `True` for a bool, the decimal digits for an int.
        return crate::repr::str_of(v);
    }
    let spec = parse(spec, 'd', '>', v.type_name())?;
    match spec.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_int_spec(v, &spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            // `float(v)`, which overflows for huge ints (`v` is always an int here).
            let x = crate::int::value_to_f64(v).unwrap_or(Ok(f64::NAN))?;
            super::float::format_float_spec(x, &spec)
        }
        other => Err(unknown_code(other, v.type_name())),
    }
}

/// Formats an int with an int presentation type.
fn format_int_spec(v: &Value, spec: &Spec) -> PyResult<String> {
    if spec.precision.is_some() {
        return Err(raise::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(raise::value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if spec.ty == 'c' {
        return format_char(v, spec);
    }
    let (radix, prefix) = match spec.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let (negative, digits) = int_digits(v, radix)?;
    let digits = if spec.ty == 'X' {
        digits.to_ascii_uppercase()
    } else {
        digits
    };
    layout(
        spec,
        &Number {
            negative,
            prefix: if spec.alternate { prefix } else { "" },
            digits: &digits,
            decimal: false,
            remainder: "",
        },
    )
}

/// Whether `v` is negative, and the digits of its magnitude in `radix`
/// (decimal conversion refuses more than 4300 digits, as `str()` does).
fn int_digits(v: &Value, radix: u32) -> PyResult<(bool, String)> {
    if radix == 10 {
        let text = crate::int::int_to_string(v)?;
        return Ok(match text.strip_prefix('-') {
            Some(digits) => (true, digits.to_string()),
            None => (false, text),
        });
    }
    let big = crate::int::to_bigint(v).unwrap_or_default();
    Ok((
        big.sign() == Sign::Minus,
        big.magnitude().to_str_radix(radix),
    ))
}

/// The `c` presentation: the character with the int's code point.
fn format_char(v: &Value, spec: &Spec) -> PyResult<String> {
    if spec.sign.is_some() {
        return Err(raise::value_error(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(raise::value_error(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let code = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        _ => return Err(raise::overflow("Python int too large to convert to C long")),
    };
    if !(0..0x110000).contains(&code) {
        return Err(raise::overflow("%c arg not in range(0x110000)"));
    }
    let c = char::from_u32(code as u32).ok_or_else(|| {
        raise::value_error("pyrc: lone surrogate code points are not supported in str")
    })?;
    layout(
        spec,
        &Number {
            negative: false,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: c.encode_utf8(&mut [0; 4]),
        },
    )
}
