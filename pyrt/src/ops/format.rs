//! printf-style formatting: `fmt % args` for a str `fmt`, as CPython 3.11 does it.
//!
//! A spec is `%[(key)][flags][width][.precision][hlL]conversion` with flags
//! from `-+ #0`, `*` for a width or precision taken from the arguments, and
//! conversions `s r a c d i u o x X e E f F g G` (and `%%`).

use num_bigint::{BigInt, Sign};

use crate::builtin_base::view;
use crate::error::{raise, PyErr, PyResult};
use crate::value::Value;

/// `fmt % args`: the formatted text, or CPython's TypeError/ValueError/KeyError.
pub fn percent_format(fmt: &str, args: &Value) -> PyResult<String> {
    let mut state = Args::new(args);
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        let (spec, arg) = parse_spec(&chars, &mut i, &mut state)?;
        format_one(&mut out, &spec, &arg, i - 1)?;
    }
    if state.unused() {
        return Err(raise::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// The arguments of a format operation: positional items and an optional mapping.
struct Args<'a> {
    items: &'a [Value],
    next: usize,
    mapping: Option<&'a Value>,
}

impl<'a> Args<'a> {
    fn new(args: &'a Value) -> Args<'a> {
        // A tuple subclass's instance is a tuple of arguments; a dict
        // subclass's a mapping (read through its own `__getitem__`).
        match view(args) {
            Value::Tuple(t) => Args {
                items: &t.items,
                next: 0,
                mapping: None,
            },
            // Objects with `__getitem__` (other than tuple and str) may serve `%(key)s`.
            Value::Dict(_) | Value::List(_) | Value::Range(_) => Args {
                items: std::slice::from_ref(args),
                next: 0,
                mapping: Some(args),
            },
            _ => Args {
                items: std::slice::from_ref(args),
                next: 0,
                mapping: None,
            },
        }
    }

    /// The next positional argument.
    fn next(&mut self) -> PyResult<Value> {
        let item = self.items.get(self.next).cloned();
        self.next += 1;
        item.ok_or_else(|| raise::type_error("not enough arguments for format string"))
    }

    /// Whether positional arguments were left over (never an error with a mapping).
    fn unused(&self) -> bool {
        self.mapping.is_none() && self.next < self.items.len()
    }
}

/// One parsed conversion spec.
#[derive(Default)]
struct Spec {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
    conversion: char,
}

/// Parses the spec after a `%` starting at `chars[*i]`, leaving `*i` after the
/// conversion character, and fetches the argument it formats.
fn parse_spec(chars: &[char], i: &mut usize, args: &mut Args<'_>) -> PyResult<(Spec, Value)> {
    let mut spec = Spec::default();
    let mut keyed = None;
    if chars.get(*i) == Some(&'(') {
        let Some(mapping) = args.mapping else {
            return Err(raise::type_error("format requires a mapping"));
        };
        let key = parse_key(chars, i)?;
        keyed = Some(crate::subscript::getitem(mapping, &Value::string(key))?);
    }
    while let Some(&c) = chars.get(*i) {
        match c {
            '-' => spec.left = true,
            '+' => spec.plus = true,
            ' ' => spec.space = true,
            '#' => spec.alt = true,
            '0' => spec.zero = true,
            _ => break,
        }
        *i += 1;
    }
    if chars.get(*i) == Some(&'*') {
        *i += 1;
        let w = star_arg(args, "ssize_t")?;
        spec.left |= w < 0;
        spec.width = usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX);
    } else {
        spec.width = parse_number(chars, i, isize::MAX as usize)
            .ok_or_else(|| raise::value_error("width too big"))?;
    }
    if chars.get(*i) == Some(&'.') {
        *i += 1;
        spec.precision = Some(if chars.get(*i) == Some(&'*') {
            *i += 1;
            let p = star_arg(args, "int")?;
            if i32::try_from(p).is_err() {
                return Err(c_overflow("int"));
            }
            usize::try_from(p).unwrap_or(0)
        } else {
            parse_number(chars, i, i32::MAX as usize)
                .ok_or_else(|| raise::value_error("precision too big"))?
        });
    }
    // One length modifier (as in C's `%ld`) is accepted and ignored.
    if matches!(chars.get(*i), Some('h' | 'l' | 'L')) {
        *i += 1;
    }
    let Some(&conversion) = chars.get(*i) else {
        return Err(raise::value_error("incomplete format"));
    };
    *i += 1;
    spec.conversion = conversion;
    let arg = match keyed {
        Some(v) => v,
        None => args.next()?,
    };
    Ok((spec, arg))
}

/// The text of a `(key)` with balanced parentheses, starting at the `(`.
fn parse_key(chars: &[char], i: &mut usize) -> PyResult<String> {
    let start = *i + 1;
    let mut depth = 0usize;
    while let Some(&c) = chars.get(*i) {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        *i += 1;
        if depth == 0 {
            return Ok(chars[start..*i - 1].iter().collect());
        }
    }
    Err(raise::value_error("incomplete format key"))
}

/// A decimal number in the spec (0 when absent); `None` past `max`.
fn parse_number(chars: &[char], i: &mut usize, max: usize) -> Option<usize> {
    let mut n: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)?
            .checked_add(d as usize)
            .filter(|&n| n <= max)?;
        *i += 1;
    }
    Some(n)
}

/// A `*` width or precision from the arguments: an int, else `TypeError: * wants int`.
/// `c_type` names the C type a big int does not fit, for the `OverflowError`.
fn star_arg(args: &mut Args<'_>, c_type: &str) -> PyResult<i64> {
    match args.next()? {
        Value::Int(n) => Ok(n),
        Value::Bool(b) => Ok(i64::from(b)),
        Value::BigInt(_) => Err(c_overflow(c_type)),
        _ => Err(raise::type_error("* wants int")),
    }
}

/// `OverflowError: Python int too large to convert to C int` (or `ssize_t`).
#[cold]
fn c_overflow(c_type: &str) -> PyErr {
    raise::overflow(format!("Python int too large to convert to C {c_type}"))
}

/// Appends `arg` formatted by `spec`; `index` is the conversion's position for errors.
fn format_one(out: &mut String, spec: &Spec, arg: &Value, index: usize) -> PyResult<()> {
    match spec.conversion {
        's' => pad_text(out, spec, &crate::repr::str_of(arg)?, true),
        'r' => pad_text(out, spec, &crate::repr::repr(arg)?, true),
        'a' => pad_text(out, spec, &crate::repr::ascii_of(arg)?, true),
        'c' => pad_text(out, spec, &char_arg(arg)?.to_string(), false),
        c @ ('d' | 'i' | 'u') => {
            let (negative, digits) = decimal_arg(arg, c)?;
            check_int_precision(spec)?;
            let body = with_min_digits(digits, spec.precision);
            pad_number(out, spec, negative, "", &body)
        }
        c @ ('o' | 'x' | 'X') => {
            let (negative, digits) = radix_arg(arg, c)?;
            check_int_precision(spec)?;
            let prefix = match (spec.alt, c) {
                (false, _) => "",
                (true, 'o') => "0o",
                (true, 'x') => "0x",
                (true, _) => "0X",
            };
            let body = with_min_digits(digits, spec.precision);
            pad_number(out, spec, negative, prefix, &body)
        }
        c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G') => {
            let x = float_arg(arg)?;
            let body = float_body(x.abs(), c, spec.precision.unwrap_or(6), spec.alt);
            // NaN prints without a sign, whatever its sign bit.
            pad_number(out, spec, x.is_sign_negative() && !x.is_nan(), "", &body)
        }
        c => Err(unsupported_character(c, index)),
    }
}

/// Widths beyond this raise `MemoryError` rather than allocating the padding.
const MAX_PADDING: usize = 1 << 32;

/// CPython's limit on the precision (minimum digits) of an int conversion.
fn check_int_precision(spec: &Spec) -> PyResult<()> {
    match spec.precision {
        Some(p) if p > i32::MAX as usize - 3 => Err(raise::overflow("precision too large")),
        _ => Ok(()),
    }
}

/// `ValueError: unsupported format character 'z' (0x7a) at index 1`
#[cold]
fn unsupported_character(c: char, index: usize) -> PyErr {
    let shown = if c.is_ascii() { c } else { '?' };
    raise::value_error(format!(
        "unsupported format character '{shown}' (0x{:x}) at index {index}",
        c as u32
    ))
}

/// Appends text, cut to the precision (when `cut`) and padded with spaces to the width.
fn pad_text(out: &mut String, spec: &Spec, text: &str, cut: bool) -> PyResult<()> {
    let text = match spec.precision {
        Some(p) if cut => match text.char_indices().nth(p) {
            Some((end, _)) => &text[..end],
            None => text,
        },
        _ => text,
    };
    let fill = padding(spec.width, text.chars().count())?;
    if !spec.left {
        out.extend(std::iter::repeat_n(' ', fill));
    }
    out.push_str(text);
    if spec.left {
        out.extend(std::iter::repeat_n(' ', fill));
    }
    Ok(())
}

/// How much padding reaches `width` from `len`; `MemoryError` for absurd widths.
fn padding(width: usize, len: usize) -> PyResult<usize> {
    let fill = width.saturating_sub(len);
    if fill > MAX_PADDING {
        return Err(crate::int::memory_error());
    }
    Ok(fill)
}

/// Appends sign, prefix and body padded to the width: spaces on the left,
/// spaces on the right with `-`, or zeros after the sign and prefix with `0`.
fn pad_number(
    out: &mut String,
    spec: &Spec,
    negative: bool,
    prefix: &str,
    body: &str,
) -> PyResult<()> {
    let sign = if negative {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    };
    let len = sign.len() + prefix.len() + body.chars().count();
    let fill = padding(spec.width, len)?;
    if spec.left {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', fill));
    } else if spec.zero {
        out.push_str(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', fill));
        out.push_str(body);
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    Ok(())
}

/// Digits left-padded with zeros to at least `precision` digits.
fn with_min_digits(digits: String, precision: Option<usize>) -> String {
    match precision {
        Some(p) if p > digits.len() => "0".repeat(p - digits.len()) + &digits,
        _ => digits,
    }
}

/// The character of `%c`: a code point or a one-character str.
fn char_arg(arg: &Value) -> PyResult<char> {
    let out_of_range = || raise::overflow("%c arg not in range(0x110000)");
    let arg = view(arg);
    match arg {
        Value::Int(_) | Value::Bool(_) => {
            let code = super::num::small_int(arg).unwrap_or(-1);
            u32::try_from(code)
                .ok()
                .and_then(char::from_u32)
                .ok_or_else(out_of_range)
        }
        Value::BigInt(_) => Err(out_of_range()),
        Value::Str(s) if s.char_len() == 1 => Ok(s.as_str().chars().next().unwrap_or('\0')),
        _ => Err(raise::type_error("%c requires int or char")),
    }
}

/// Sign and decimal digits for `%d`/`%i`/`%u`: ints, or floats truncated.
fn decimal_arg(arg: &Value, conversion: char) -> PyResult<(bool, String)> {
    let int = match view(arg) {
        Value::Float(f) => crate::int::from_f64(*f)?,
        v if crate::int::is_int(v) => v.clone(),
        _ => {
            return Err(raise::type_error(format!(
                "%{conversion} format: a real number is required, not {}",
                arg.type_name()
            )))
        }
    };
    let text = crate::int::int_to_string(&int)?;
    Ok(match text.strip_prefix('-') {
        Some(digits) => (true, digits.to_string()),
        None => (false, text),
    })
}

/// Sign and digits for `%o`/`%x`/`%X`: ints only.
fn radix_arg(arg: &Value, conversion: char) -> PyResult<(bool, String)> {
    let big = match view(arg) {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(u8::from(*b)),
        Value::BigInt(b) => (**b).clone(),
        _ => {
            return Err(raise::type_error(format!(
                "%{conversion} format: an integer is required, not {}",
                arg.type_name()
            )))
        }
    };
    let radix = if conversion == 'o' { 8 } else { 16 };
    let mut digits = big.magnitude().to_str_radix(radix);
    if conversion == 'X' {
        digits.make_ascii_uppercase();
    }
    Ok((big.sign() == Sign::Minus, digits))
}

/// The float of `%e`/`%f`/`%g`: floats and ints (which may overflow).
fn float_arg(arg: &Value) -> PyResult<f64> {
    match view(arg) {
        Value::Float(f) => Ok(*f),
        v => crate::int::value_to_f64(v).unwrap_or_else(|| {
            Err(raise::type_error(format!(
                "must be real number, not {}",
                arg.type_name()
            )))
        }),
    }
}

/// The digits of a non-negative float for a float conversion.
fn float_body(x: f64, conversion: char, precision: usize, alt: bool) -> String {
    let upper = conversion.is_ascii_uppercase();
    let text = if !x.is_finite() {
        if x.is_nan() { "nan" } else { "inf" }.to_string()
    } else {
        match conversion.to_ascii_lowercase() {
            'f' => fixed(x, precision, alt),
            'e' => scientific(x, precision, alt),
            _ => general(x, precision, alt),
        }
    };
    if upper {
        text.to_ascii_uppercase()
    } else {
        text
    }
}

/// `%f`: `precision` digits after the point (a bare point with `#` and no digits).
fn fixed(x: f64, precision: usize, alt: bool) -> String {
    let mut s = format!("{x:.precision$}");
    if alt && precision == 0 {
        s.push('.');
    }
    s
}

/// `%e`: one digit, `precision` decimals, and an exponent of at least two digits.
fn scientific(x: f64, precision: usize, alt: bool) -> String {
    let s = format!("{x:.precision$e}");
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let point = if alt && precision == 0 { "." } else { "" };
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{mantissa}{point}e{sign}{:02}", exp.unsigned_abs())
}

/// `%g`: `precision` significant digits, fixed or scientific by the exponent,
/// trailing zeros removed unless `#`.
fn general(x: f64, precision: usize, alt: bool) -> String {
    let p = precision.max(1);
    let probe = format!("{x:.prec$e}", prec = p - 1);
    let exp: i64 = probe
        .split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0);
    if (-4..p as i64).contains(&exp) {
        let s = fixed(x, (p as i64 - 1 - exp) as usize, alt);
        if alt {
            s
        } else {
            strip_fraction_zeros(&s).to_string()
        }
    } else {
        let s = scientific(x, p - 1, alt);
        if alt {
            return s;
        }
        let (mantissa, exp) = s.split_once('e').unwrap_or((&s, ""));
        format!("{}e{exp}", strip_fraction_zeros(mantissa))
    }
}

/// `"1.2300"` → `"1.23"`, `"1.000"` → `"1"`; text without a point is unchanged.
fn strip_fraction_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}
