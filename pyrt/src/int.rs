//! `int`: arbitrary precision with an i64 fast path.
//!
//! Small ints live inline as `Value::Int`; anything outside `i64` is a
//! `Value::BigInt`, always normalised through [`Value::from_bigint`]. This file
//! holds the conversions: `int(str, base)`, `int(float)`, `float(int)` with
//! correct rounding, and decimal text with CPython's 4300-digit limit.

use std::borrow::Cow;

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use crate::error::{raise, ExcKind, PyErr, PyResult};
use crate::value::Value;

/// CPython's default `sys.get_int_max_str_digits()`: the most decimal digits
/// `int(str)` and `str(int)` convert for bases that are not powers of two.
pub const MAX_STR_DIGITS: usize = 4300;

/// The first code point (digit zero) of every run of Unicode decimal digits
/// (category Nd, Unicode 14.0 as in CPython 3.11); each run holds ten digits.
const DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The value of a Unicode decimal digit (`'7'`, `'٧'`, `'７'`), as `int()` and
/// `float()` accept them; `None` for any other character.
pub fn decimal_digit_value(c: char) -> Option<u32> {
    let c = c as u32;
    let run = DIGIT_ZEROS
        .partition_point(|&zero| zero <= c)
        .checked_sub(1)?;
    let value = c - DIGIT_ZEROS[run];
    (value < 10).then_some(value)
}

/// The text `int()`/`float()` parse: non-ASCII whitespace becomes a space,
/// non-ASCII decimal digits become ASCII digits, and any other non-ASCII
/// character becomes `?` (which no parser accepts), as CPython does.
pub(crate) fn numeric_ascii(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let mapped = s
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if c.is_whitespace() {
                ' '
            } else {
                match decimal_digit_value(c) {
                    Some(d) => char::from(b'0' + d as u8),
                    None => '?',
                }
            }
        })
        .collect();
    Cow::Owned(mapped)
}

/// Strips the whitespace C's `isspace` knows (space, `\t\n\v\f\r`) from both ends.
pub(crate) fn trim_c_space(s: &str) -> &str {
    s.trim_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r'])
}

/// `int(s, base)` for a str argument: CPython's literal rules (surrounding
/// whitespace, a sign, `_` between digits, `0x`/`0o`/`0b` prefixes, base 0
/// inference) and its `ValueError`s. `base` must be 0 or in 2..=36.
pub fn parse_int(s: &str, base: u32) -> PyResult<Value> {
    if base == 10 {
        if let Some(i) = parse_short_decimal(s.as_bytes()) {
            return Ok(Value::Int(i));
        }
    }
    if base != 0 && !(2..=36).contains(&base) {
        return Err(raise::value_error(
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    let ascii = numeric_ascii(s);
    parse_ascii_int(trim_c_space(&ascii), base).map_err(|e| match e {
        IntParseError::Invalid => invalid_literal(s, base),
        IntParseError::TooManyDigits(n) => too_many_digits(n),
    })
}

/// The common case of `int(s)`: an optional sign and 1 to 18 ASCII digits,
/// nothing else. `None` sends anything else to the full parser.
#[inline]
fn parse_short_decimal(bytes: &[u8]) -> Option<i64> {
    let (negative, digits) = match bytes.first()? {
        b'-' => (true, &bytes[1..]),
        b'+' => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut n: i64 = 0;
    for &b in digits {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n * 10 + i64::from(b - b'0');
    }
    Some(if negative { -n } else { n })
}

/// Why an int literal was rejected.
enum IntParseError {
    /// Not a valid literal in the base.
    Invalid,
    /// Valid so far but longer than [`MAX_STR_DIGITS`] digits.
    TooManyDigits(usize),
}

/// Parses a trimmed ASCII int literal.
fn parse_ascii_int(s: &str, base: u32) -> Result<Value, IntParseError> {
    let (negative, rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (base, body, prefixed) = split_prefix(rest, base);
    let (digits, tail) = scan_digits(body, base, prefixed)?;
    if !base.is_power_of_two() && digits.len() > MAX_STR_DIGITS {
        return Err(IntParseError::TooManyDigits(digits.len()));
    }
    if !tail.is_empty() || digits.is_empty() {
        return Err(IntParseError::Invalid);
    }
    if base == 0 {
        // Base 0 without a prefix: decimal, and a leading zero only for zero.
        if digits[0] == 0 && digits.iter().any(|&d| d != 0) {
            return Err(IntParseError::Invalid);
        }
        return Ok(digits_to_value(&digits, 10, negative));
    }
    Ok(digits_to_value(&digits, base, negative))
}

/// Splits off a `0x`/`0o`/`0b` prefix allowed by `base`. Returns the base to
/// use (0 still meaning "decimal with the base-0 zero rule"), the rest, and
/// whether a prefix was removed.
fn split_prefix(s: &str, base: u32) -> (u32, &str, bool) {
    let bytes = s.as_bytes();
    if bytes.len() >= 2 && bytes[0] == b'0' {
        let prefix_base = match bytes[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if prefix_base != 0 && (base == 0 || base == prefix_base) {
            return (prefix_base, &s[2..], true);
        }
    }
    (base, s, false)
}

/// Scans the leading run of digits of `base` (0 meaning 10) with single
/// underscores between them (or right after a prefix). Returns the digit
/// values and the unscanned tail.
fn scan_digits(s: &str, base: u32, prefixed: bool) -> Result<(Vec<u8>, &str), IntParseError> {
    let radix = if base == 0 { 10 } else { base };
    let mut digits = Vec::with_capacity(s.len());
    let mut after_underscore = false;
    for (i, c) in s.char_indices() {
        if c == '_' {
            if after_underscore || (digits.is_empty() && !prefixed) {
                return Err(IntParseError::Invalid);
            }
            after_underscore = true;
            continue;
        }
        match c.to_digit(radix) {
            Some(d) => {
                digits.push(d as u8);
                after_underscore = false;
            }
            None if after_underscore => return Err(IntParseError::Invalid),
            None => return Ok((digits, &s[i..])),
        }
    }
    if after_underscore {
        return Err(IntParseError::Invalid);
    }
    Ok((digits, ""))
}

/// The int with the given digit values (most significant first).
fn digits_to_value(digits: &[u8], base: u32, negative: bool) -> Value {
    let mut small: u64 = 0;
    let fits = digits.iter().try_for_each(|&d| {
        small = small.checked_mul(base as u64)?.checked_add(d as u64)?;
        Some(())
    });
    if fits.is_some() && small <= i64::MAX as u64 {
        let v = small as i64;
        return Value::Int(if negative { -v } else { v });
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    let big = BigInt::from_radix_be(sign, digits, base).unwrap_or_default();
    Value::from_bigint(big)
}

/// `ValueError: invalid literal for int() with base 10: 'x'` (the repr cut to 200 characters).
#[cold]
fn invalid_literal(s: &str, base: u32) -> PyErr {
    let quoted = crate::repr::str_repr(s);
    let quoted: String = quoted.chars().take(200).collect();
    raise::value_error(format!(
        "invalid literal for int() with base {base}: {quoted}"
    ))
}

/// The `ValueError` for an int literal with more than [`MAX_STR_DIGITS`] digits.
#[cold]
fn too_many_digits(n: usize) -> PyErr {
    raise::value_error(format!(
        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: \
         value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `int(f)` for a float argument: truncation toward zero.
pub fn from_f64(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(raise::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(raise::overflow("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    // Every float in [-2**63, 2**63) converts exactly.
    const TWO_POW_63: f64 = (1u64 << 63) as f64;
    if (-TWO_POW_63..TWO_POW_63).contains(&t) {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(big_from_integral_f64(t)))
}

/// The exact integer value of a finite float that has no fractional part.
fn big_from_integral_f64(t: f64) -> BigInt {
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mantissa = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    // value = mantissa * 2**(exp - 1075)
    let shift = exp - 1075;
    let magnitude = if shift >= 0 {
        BigInt::from(mantissa) << shift as usize
    } else {
        BigInt::from(mantissa >> (-shift).min(63) as u32)
    };
    if t < 0.0 {
        -magnitude
    } else {
        magnitude
    }
}

/// `float(b)` for a big int, correctly rounded (half to even);
/// `OverflowError: int too large to convert to float` past the float range.
pub fn to_f64(b: &BigInt) -> PyResult<f64> {
    let f = big_to_f64_unchecked(b);
    if f.is_infinite() {
        return Err(int_too_large());
    }
    Ok(f)
}

/// The correctly rounded float of `b`, infinite when out of range.
fn big_to_f64_unchecked(b: &BigInt) -> f64 {
    let bits = b.bits();
    let magnitude = b.magnitude();
    let f = if bits <= 64 {
        magnitude.to_u64().unwrap_or(0) as f64
    } else {
        // Keep the top 64 bits; any nonzero bit below them sets a sticky bit.
        let shift = bits - 64;
        let top = (magnitude >> shift).to_u64().unwrap_or(u64::MAX);
        let sticky = magnitude.trailing_zeros().is_some_and(|tz| tz < shift);
        round_scaled(top | u64::from(sticky), shift as i64)
    };
    if b.sign() == Sign::Minus {
        -f
    } else {
        f
    }
}

/// `OverflowError: int too large to convert to float`
#[cold]
pub fn int_too_large() -> PyErr {
    raise::overflow("int too large to convert to float")
}

/// The float value of an int-like value (bool, int), correctly rounded;
/// `OverflowError` when out of range. `None` for non-ints.
pub fn value_to_f64(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Bool(b) => Some(Ok(f64::from(u8::from(*b)))),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::BigInt(b) => Some(to_f64(b)),
        _ => None,
    }
}

/// `m * 2**e` correctly rounded to a float (half to even), infinite on
/// overflow. Bit 0 of `m` may be a sticky bit standing for a nonzero tail,
/// which is exact as long as `m` has at least 55 significant bits or no tail.
pub(crate) fn round_scaled(m: u64, e: i64) -> f64 {
    if m == 0 {
        return 0.0;
    }
    let top = 63 - i64::from(m.leading_zeros()); // exponent of the leading bit of m
                                                 // Exponent of the last bit kept: 53 significant bits, or fewer when subnormal.
    let lsb = (top + e - 52).max(-1074);
    let shift = lsb - e;
    let kept = if shift <= 0 {
        // Exact: m fits in 53 bits at this scale.
        return scaled_exact(m, e);
    } else if shift > 64 {
        0 // Everything is below half of the smallest subnormal.
    } else {
        let q = if shift == 64 { 0 } else { m >> shift };
        let rem = if shift == 64 {
            m
        } else {
            m & ((1u64 << shift) - 1)
        };
        let half = 1u64 << (shift - 1);
        if rem > half || (rem == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    scaled_exact(kept, lsb)
}

/// `q * 2**e` for `q < 2**54` where the product is a float or overflows.
fn scaled_exact(q: u64, e: i64) -> f64 {
    if q == 0 {
        return 0.0;
    }
    let top = 63 - i64::from(q.leading_zeros()) + e;
    if top >= 1024 {
        return f64::INFINITY;
    }
    // Split the power of two so that neither factor overflows or underflows.
    let mut f = q as f64;
    let mut e = e;
    while e > 0 {
        let step = e.min(1000);
        f *= pow2(step);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        f *= pow2(-step);
        e += step;
    }
    f
}

/// `2**e` for `-1022 <= e <= 1023`, exactly.
fn pow2(e: i64) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// The decimal digits of an int value (bool, int or big int), refusing more
/// than [`MAX_STR_DIGITS`] digits with CPython's `ValueError`.
pub fn int_to_string(v: &Value) -> PyResult<String> {
    match v {
        Value::Int(i) => Ok(i.to_string()),
        Value::Bool(b) => Ok(u8::from(*b).to_string()),
        Value::BigInt(b) => big_to_string(b),
        other => Err(raise::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// The decimal digits of a big int, with the [`MAX_STR_DIGITS`] limit.
fn big_to_string(b: &BigInt) -> PyResult<String> {
    // log10(2) < 0.30103: more bits than this cannot fit in the digit limit.
    if b.bits() > (MAX_STR_DIGITS as u64 * 100_000) / 30_103 + 1 {
        return Err(str_digits_limit());
    }
    let text = b.to_string();
    let digits = text.len() - usize::from(b.sign() == Sign::Minus);
    if digits > MAX_STR_DIGITS {
        return Err(str_digits_limit());
    }
    Ok(text)
}

/// The `ValueError` for `str()` of an int with too many digits.
#[cold]
fn str_digits_limit() -> PyErr {
    raise::value_error(format!(
        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// The value of an int-like value (bool, int, big int) as a `BigInt`; `None` otherwise.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Bool(b) => Some(BigInt::from(u8::from(*b))),
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// Whether `v` is an int (including bool).
#[inline]
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Bool(_) | Value::Int(_) | Value::BigInt(_))
}

/// Whether an int-like value is negative (`false` for non-ints).
pub fn is_negative(v: &Value) -> bool {
    match v {
        Value::Int(i) => *i < 0,
        Value::BigInt(b) => b.sign() == Sign::Minus,
        _ => false,
    }
}

/// Whether an int-like value is zero (`False` counts; `false` for non-ints).
pub fn is_zero(v: &Value) -> bool {
    match v {
        Value::Int(i) => *i == 0,
        Value::Bool(b) => !*b,
        Value::BigInt(b) => b.is_zero(),
        _ => false,
    }
}

/// `MemoryError()` with no arguments, as CPython raises for impossible sizes.
#[cold]
pub fn memory_error() -> PyErr {
    PyErr::with_args(ExcKind::MemoryError, Vec::new())
}

#[cfg(test)]
#[allow(clippy::excessive_precision)] // literals exactly as CPython prints them
mod tests {
    use super::*;

    fn int_of(v: PyResult<Value>) -> String {
        match v.unwrap() {
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => b.to_string(),
            _ => panic!("not an int"),
        }
    }

    fn err_of(v: PyResult<Value>) -> (ExcKind, String) {
        let e = v.err().expect("expected an error");
        let msg = match e.args() {
            [Value::Str(s)] => s.as_str().to_string(),
            _ => String::new(),
        };
        (e.kind(), msg)
    }

    #[test]
    fn parse_plain_and_signed() {
        assert_eq!(int_of(parse_int("  -12  ", 10)), "-12");
        assert_eq!(int_of(parse_int("+7", 10)), "7");
        assert_eq!(int_of(parse_int("-0", 10)), "0");
        assert_eq!(int_of(parse_int("1_000", 10)), "1000");
        assert_eq!(int_of(parse_int("z", 36)), "35");
        assert_eq!(int_of(parse_int("10", 36)), "36");
        assert_eq!(
            int_of(parse_int("9223372036854775808", 10)),
            "9223372036854775808"
        );
        assert_eq!(
            int_of(parse_int("-9223372036854775808", 10)),
            "-9223372036854775808"
        );
        assert!(matches!(
            parse_int("-9223372036854775808", 10).unwrap(),
            Value::Int(i64::MIN)
        ));
        assert_eq!(
            int_of(parse_int("18446744073709551616", 10)),
            "18446744073709551616"
        );
    }

    #[test]
    fn parse_prefixes() {
        assert_eq!(int_of(parse_int("0x_1f", 0)), "31");
        assert_eq!(int_of(parse_int("0x1f", 16)), "31");
        assert_eq!(int_of(parse_int("0x_1f", 16)), "31");
        assert_eq!(int_of(parse_int("0b101", 0)), "5");
        assert_eq!(int_of(parse_int("0b101", 16)), "45313");
        assert_eq!(int_of(parse_int("0o17", 8)), "15");
        assert_eq!(int_of(parse_int("0B1", 0)), "1");
        assert_eq!(int_of(parse_int("0X_F", 0)), "15");
        assert_eq!(int_of(parse_int("0b_1", 2)), "1");
        assert_eq!(int_of(parse_int("-0x1f", 0)), "-31");
        assert_eq!(int_of(parse_int("000", 0)), "0");
        assert_eq!(int_of(parse_int("0_0", 0)), "0");
        assert_eq!(int_of(parse_int("12", 0)), "12");
    }

    #[test]
    fn parse_unicode_digits_and_spaces() {
        assert_eq!(int_of(parse_int("\u{661}\u{662}", 10)), "12");
        assert_eq!(int_of(parse_int("\u{a0}1\u{3000}", 10)), "1");
        assert_eq!(int_of(parse_int("\u{660}x1", 0)), "1");
        assert_eq!(int_of(parse_int("1\u{660}", 10)), "10");
        assert_eq!(decimal_digit_value('\u{ff17}'), Some(7));
        assert_eq!(decimal_digit_value('a'), None);
        assert_eq!(decimal_digit_value('\u{1fbf9}'), Some(9));
        assert_eq!(decimal_digit_value('\u{1fbfa}'), None);
    }

    #[test]
    fn parse_rejects() {
        for (s, base) in [
            ("x", 10),
            ("1__0", 10),
            ("_1", 10),
            ("1_", 10),
            ("010", 0),
            ("0_1", 0),
            ("0_", 0),
            ("0x", 0),
            ("0x", 16),
            ("0x_", 16),
            ("", 10),
            (" ", 10),
            ("+", 10),
            ("1 2", 10),
            ("- 1", 10),
            ("\x1c1\x1f", 10),
            ("0b", 2),
            ("0o1", 2),
            ("12", 2),
            ("a", 10),
            ("1\0", 10),
        ] {
            let (kind, _) = err_of(parse_int(s, base));
            assert_eq!(kind, ExcKind::ValueError, "{s:?}");
        }
        let (kind, msg) = err_of(parse_int("1", 37));
        assert_eq!(kind, ExcKind::ValueError);
        assert_eq!(msg, "int() base must be >= 2 and <= 36, or 0");
    }

    #[test]
    fn parse_digit_limit() {
        let (_, msg) = err_of(parse_int(&"1".repeat(5000), 10));
        assert_eq!(
            msg,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 \
             digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        let (_, msg) = err_of(parse_int(&format!("{}x", "1".repeat(4301)), 10));
        assert!(msg.contains("value has 4301 digits"));
        assert!(parse_int(&"1".repeat(4300), 10).is_ok());
        assert!(parse_int(&"1_".repeat(2200), 10).is_err());
        assert!(parse_int(&format!("{}1", "1_".repeat(2200)), 10).is_ok());
        assert!(parse_int(&"1".repeat(5000), 16).is_ok());
        assert!(parse_int(&"1".repeat(5000), 8).is_ok());
        assert!(parse_int(&"1".repeat(4301), 36).is_err());
    }

    #[test]
    fn float_to_int() {
        assert_eq!(int_of(from_f64(-3.9)), "-3");
        assert_eq!(int_of(from_f64(1e20)), "100000000000000000000");
        assert_eq!(int_of(from_f64(-1e20)), "-100000000000000000000");
        assert_eq!(
            int_of(from_f64(-9.223372036854775808e18)),
            "-9223372036854775808"
        );
        assert_eq!(
            int_of(from_f64(9.223372036854775808e18)),
            "9223372036854775808"
        );
        assert_eq!(
            int_of(from_f64(1.7976931348623157e308)),
            BigInt::parse_bytes(b"179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", 10).unwrap().to_string()
        );
        assert_eq!(
            err_of(from_f64(f64::INFINITY)),
            (
                ExcKind::OverflowError,
                "cannot convert float infinity to integer".into()
            )
        );
        assert_eq!(
            err_of(from_f64(f64::NAN)),
            (
                ExcKind::ValueError,
                "cannot convert float NaN to integer".into()
            )
        );
    }

    fn big(s: &str) -> BigInt {
        BigInt::parse_bytes(s.as_bytes(), 10).unwrap()
    }

    #[test]
    fn big_to_float_rounds_half_even() {
        let two = BigInt::from(2);
        // 2**1024 - 2**971 is the largest float; 2**1024 - 2**970 is the halfway point.
        let max = two.pow(1024) - two.pow(971);
        assert_eq!(to_f64(&max).unwrap(), f64::MAX);
        assert_eq!(to_f64(&(&max - 1)).unwrap(), f64::MAX);
        assert!(to_f64(&(two.pow(1024) - two.pow(970))).is_err());
        assert_eq!(
            to_f64(&(two.pow(1024) - two.pow(970) - 1)).unwrap(),
            f64::MAX
        );
        // 2**64 + 2**11 is halfway between two floats; ties go to even.
        assert_eq!(
            to_f64(&(two.pow(64) + two.pow(11))).unwrap(),
            1.8446744073709552e+19
        );
        assert_eq!(
            to_f64(&(two.pow(64) + two.pow(11) + 1)).unwrap(),
            1.8446744073709556e+19
        );
        assert_eq!(
            to_f64(&(two.pow(100) + two.pow(47) + 1)).unwrap(),
            1.2676506002282297e+30
        );
        assert_eq!(
            to_f64(&-big("123456789012345678901234567890")).unwrap(),
            -1.2345678901234568e29
        );
        let (kind, msg) = err_of(to_f64(&two.pow(1024)).map(Value::Float));
        assert_eq!(kind, ExcKind::OverflowError);
        assert_eq!(msg, "int too large to convert to float");
    }

    #[test]
    fn round_scaled_subnormals() {
        assert_eq!(round_scaled(1, -1074), 5e-324);
        assert_eq!(round_scaled(1, -1075), 0.0); // exactly half: ties to even (0)
        assert_eq!(round_scaled(3, -1076), 5e-324); // 0.75 of the smallest step
        assert_eq!(round_scaled(3, -1075), 1e-323); // 1.5 steps -> 2 steps
        assert_eq!(round_scaled(1, -2000), 0.0);
        assert_eq!(round_scaled(1, 1023), 8.98846567431158e307);
        assert!(round_scaled(1, 1024).is_infinite());
    }

    #[test]
    fn decimal_text() {
        assert_eq!(int_to_string(&Value::Int(-5)).unwrap(), "-5");
        assert_eq!(int_to_string(&Value::Bool(true)).unwrap(), "1");
        let b = BigInt::from(10).pow(4299);
        assert_eq!(
            int_to_string(&Value::from_bigint(-b.clone()))
                .unwrap()
                .len(),
            4301
        );
        let (kind, msg) = err_of(int_to_string(&Value::from_bigint(b * 10)).map(Value::string));
        assert_eq!(kind, ExcKind::ValueError);
        assert_eq!(
            msg,
            "Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
    }
}
