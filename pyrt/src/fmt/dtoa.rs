//! Float to text as CPython's `PyOS_double_to_string` does it: decimal digits
//! in one of three modes (as David Gay's `_Py_dg_dtoa` returns them), then
//! the layout of those digits for the `e`, `f`, `g` and repr presentations.
//!
//! The digits come from Rust's exact formatting (`{:.*e}`, `{:.*}`: correctly
//! rounded, ties to even on the binary value) or from [`crate::float::repr`]
//! for the shortest round-trip digits.

/// How many digits `_Py_dg_dtoa` produces.
#[derive(Clone, Copy)]
enum Mode {
    /// The shortest digits that round-trip (mode 0).
    Shortest,
    /// This many significant digits (mode 2).
    Significant(usize),
    /// This many digits after the decimal point (mode 3).
    Fixed(usize),
}

/// Decimal digits `d1 d2 ...` and the decimal point position `decpt`: the
/// value is `0.d1d2... × 10**decpt`. Trailing zeros are removed; zero is `"0"`
/// with `decpt` 1, as `_Py_dg_dtoa` returns them.
struct Digits {
    digits: String,
    decpt: i64,
}

/// Digits of a finite, non-negative `x`.
fn digits(x: f64, mode: Mode) -> Digits {
    let text = match mode {
        Mode::Shortest => crate::float::repr(x),
        Mode::Significant(n) => format!("{x:.prec$e}", prec = n.max(1) - 1),
        Mode::Fixed(n) => format!("{x:.n$}"),
    };
    let (mantissa, exponent) = split_repr(&text);
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{int_part}{frac_part}");
    let leading = all.len() - all.trim_start_matches('0').len();
    let digits = all.trim_matches('0');
    if digits.is_empty() {
        return Digits {
            digits: "0".into(),
            decpt: 1,
        };
    }
    Digits {
        digits: digits.to_string(),
        decpt: exponent + int_part.len() as i64 - leading as i64,
    }
}

/// `"1.25e-3"` → (`"1.25"`, -3); `"12.5"` → (`"12.5"`, 0).
fn split_repr(text: &str) -> (&str, i64) {
    match text.split_once(['e', 'E']) {
        Some((mantissa, exp)) => (mantissa, exp.parse().unwrap_or(0)),
        None => (text, 0),
    }
}

/// The presentation of a float.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// `e`: scientific with `precision` decimals.
    Exponent,
    /// `f`: fixed with `precision` decimals.
    Fixed,
    /// `g`: `precision` significant digits, scientific for large or small exponents.
    General,
    /// `repr`: the shortest round-trip digits.
    Repr,
}

/// Options of [`double_to_string`] (CPython's `Py_DTSF_*` flags).
#[derive(Clone, Copy, Default)]
pub struct Flags {
    /// Upper-case `E`, `INF`, `NAN`.
    pub upper: bool,
    /// `Py_DTSF_ADD_DOT_0`: an integral result without exponent gets `.0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: keep the decimal point and (for `g`) trailing zeros.
    pub alternate: bool,
    /// `Py_DTSF_NO_NEG_0`: a result that rounds to zero has no minus sign.
    pub no_neg_zero: bool,
}

/// `PyOS_double_to_string(x, code, precision, flags)`: a leading `-` for
/// negative values (never for NaN), then `inf`, `nan` or the digits laid out.
pub fn double_to_string(x: f64, code: Code, precision: usize, flags: Flags) -> String {
    let mut out = String::new();
    if x.is_nan() {
        out.push_str(if flags.upper { "NAN" } else { "nan" });
        return out;
    }
    let negative = x.is_sign_negative();
    if x.is_infinite() {
        out.push_str(match (negative, flags.upper) {
            (true, false) => "-inf",
            (true, true) => "-INF",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let mode = match code {
        Code::Exponent => Mode::Significant(precision + 1),
        Code::Fixed => Mode::Fixed(precision),
        Code::General => Mode::Significant(precision.max(1)),
        Code::Repr => Mode::Shortest,
    };
    let d = digits(x.abs(), mode);
    if negative && !(flags.no_neg_zero && d.digits == "0") {
        out.push('-');
    }
    lay_out(&mut out, &d, code, precision, flags);
    out
}

/// Appends the digits with zeros, the decimal point and the exponent that
/// `code` calls for (the body of CPython's `format_float_short`).
fn lay_out(out: &mut String, d: &Digits, code: Code, precision: usize, flags: Flags) {
    let digits_len = d.digits.len() as i64;
    let precision = precision as i64;
    let mut decpt = d.decpt;
    let (use_exp, mut end) = match code {
        Code::Exponent => (true, precision + 1),
        Code::Fixed => (false, decpt + precision),
        Code::General => {
            let p = precision.max(1);
            let limit = if flags.add_dot_0 { p - 1 } else { p };
            let end = if flags.alternate { p } else { digits_len };
            (decpt <= -4 || decpt > limit, end)
        }
        Code::Repr => (decpt <= -4 || decpt > 16, digits_len),
    };
    let exp = decpt - 1;
    if use_exp {
        decpt = 1;
    }
    // Output the slice [start, end) of the digits padded with zeros on both
    // sides, with the point before position `decpt`.
    let start = if decpt <= 0 { decpt - 1 } else { 0 };
    let min_end = if !use_exp && flags.add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    end = end.max(min_end).max(digits_len);
    let digit_at = |i: i64| -> char {
        if (0..digits_len).contains(&i) {
            d.digits.as_bytes()[i as usize] as char
        } else {
            '0'
        }
    };
    for i in start..end {
        if i == decpt {
            out.push('.');
        }
        out.push(digit_at(i));
    }
    if end == decpt {
        out.push('.');
    }
    if out.ends_with('.') && !flags.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if flags.upper { 'E' } else { 'e' });
        let sign = if exp < 0 { '-' } else { '+' };
        out.push(sign);
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(x: f64, code: Code, precision: usize) -> String {
        double_to_string(x, code, precision, Flags::default())
    }

    #[test]
    fn digits_of_each_mode() {
        let d = digits(0.0001, Mode::Shortest);
        assert_eq!((d.digits.as_str(), d.decpt), ("1", -3));
        let d = digits(1234.5, Mode::Significant(3));
        assert_eq!((d.digits.as_str(), d.decpt), ("123", 4));
        let d = digits(0.001, Mode::Fixed(1));
        assert_eq!((d.digits.as_str(), d.decpt), ("0", 1));
        let d = digits(100.0, Mode::Fixed(2));
        assert_eq!((d.digits.as_str(), d.decpt), ("1", 3));
    }

    #[test]
    fn layouts() {
        assert_eq!(layout(1234.5, Code::Fixed, 2), "1234.50");
        assert_eq!(layout(0.00012, Code::Fixed, 3), "0.000");
        assert_eq!(layout(1234.5, Code::Exponent, 2), "1.23e+03");
        assert_eq!(layout(1234.5, Code::General, 2), "1.2e+03");
        assert_eq!(layout(0.0001, Code::General, 6), "0.0001");
        assert_eq!(layout(1e-5, Code::Repr, 0), "1e-05");
        assert_eq!(layout(-0.0, Code::Fixed, 1), "-0.0");
    }
}
