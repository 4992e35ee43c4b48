//! Parsing a format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
//! as CPython's `parse_internal_render_format_spec` reads it, with its errors.

use crate::error::{raise, PyErr, PyResult};

/// The digit separator a spec asks for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Grouping {
    /// No separators.
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits.
    Underscore,
    /// `_` every four digits (for `b`, `o`, `x`, `X`).
    UnderscoreFour,
}

impl Grouping {
    /// The group size and separator, or `None` when digits are not grouped.
    pub fn separator(self) -> Option<(usize, char)> {
        match self {
            Grouping::None => None,
            Grouping::Comma => Some((3, ',')),
            Grouping::Underscore => Some((3, '_')),
            Grouping::UnderscoreFour => Some((4, '_')),
        }
    }

    /// The character the spec used, for error messages.
    fn symbol(self) -> char {
        match self {
            Grouping::Comma => ',',
            _ => '_',
        }
    }
}

/// A parsed format spec.
#[derive(Clone, Debug)]
pub struct Spec {
    /// The padding character (`' '` unless given).
    pub fill: char,
    /// `<`, `>`, `^` or `=`.
    pub align: char,
    /// `+`, `-` or `' '`; `None` when not given.
    pub sign: Option<char>,
    /// `z`: negative zero prints as zero.
    pub no_neg_zero: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    /// The minimum width, when given.
    pub width: Option<usize>,
    /// The digit separator.
    pub grouping: Grouping,
    /// The precision, when given.
    pub precision: Option<usize>,
    /// The presentation type; `'\0'` when absent and the type has no default.
    pub ty: char,
}

/// Widths beyond this raise `MemoryError` instead of allocating the padding.
const MAX_WIDTH: usize = 1 << 32;

impl Spec {
    /// The width to pad to (0 when absent); `MemoryError` for absurd widths.
    pub fn padded_width(&self) -> PyResult<usize> {
        match self.width {
            Some(w) if w > MAX_WIDTH => Err(crate::int::memory_error()),
            w => Ok(w.unwrap_or(0)),
        }
    }
}

/// Parses `spec` for an object of type `type_name` whose `__format__` uses
/// `default_type` and `default_align` when the spec omits them.
pub fn parse(
    spec: &str,
    default_type: char,
    default_align: char,
    type_name: &str,
) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut out = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        ty: default_type,
    };
    let mut pos = 0;
    let at = |i: usize| chars.get(i).copied();
    let (fill_given, align_given) = if at(1).is_some_and(is_align) {
        out.fill = chars[0];
        out.align = chars[1];
        pos = 2;
        (true, true)
    } else if at(0).is_some_and(is_align) {
        out.align = chars[0];
        pos = 1;
        (false, true)
    } else {
        (false, false)
    };
    if let Some(c @ ('+' | '-' | ' ')) = at(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if at(pos) == Some('z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        out.alternate = true;
        pos += 1;
    }
    // A leading `0` pads with zeros after the sign (for numbers) unless a fill was given.
    if !fill_given && at(pos) == Some('0') {
        out.fill = '0';
        if !align_given && default_align == '>' {
            out.align = '=';
        }
        pos += 1;
    }
    out.width = parse_integer(&chars, &mut pos)?;
    out.grouping = parse_grouping(&chars, &mut pos)?;
    if at(pos) == Some('.') {
        pos += 1;
        out.precision = parse_integer(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(raise::value_error("Format specifier missing precision"));
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => out.ty = chars[pos],
        _ => {
            return Err(raise::value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )))
        }
    }
    out.grouping = check_grouping(out.grouping, out.ty)?;
    Ok(out)
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// A run of (Unicode) decimal digits at `*pos`, `None` if there is none;
/// `ValueError` when it overflows `Py_ssize_t`.
pub fn parse_integer(chars: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let mut value: usize = 0;
    let start = *pos;
    while let Some(d) = chars
        .get(*pos)
        .and_then(|&c| crate::int::decimal_digit_value(c))
    {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(too_many_digits)?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// `ValueError: Too many decimal digits in format string`
#[cold]
pub fn too_many_digits() -> PyErr {
    raise::value_error("Too many decimal digits in format string")
}

/// The optional `,` or `_` after the width.
fn parse_grouping(chars: &[char], pos: &mut usize) -> PyResult<Grouping> {
    let mut grouping = Grouping::None;
    if chars.get(*pos) == Some(&',') {
        grouping = Grouping::Comma;
        *pos += 1;
    }
    if chars.get(*pos) == Some(&'_') {
        if grouping != Grouping::None {
            return Err(both_separators());
        }
        grouping = Grouping::Underscore;
        *pos += 1;
    }
    if chars.get(*pos) == Some(&',') && grouping == Grouping::Underscore {
        return Err(both_separators());
    }
    Ok(grouping)
}

#[cold]
fn both_separators() -> PyErr {
    raise::value_error("Cannot specify both ',' and '_'.")
}

/// Checks that the presentation type accepts the separator (PEP 378, PEP 515);
/// `_` with `b`/`o`/`x`/`X` groups by four.
fn check_grouping(grouping: Grouping, ty: char) -> PyResult<Grouping> {
    match (grouping, ty) {
        (Grouping::None, _) => Ok(grouping),
        (_, 'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0') => Ok(grouping),
        (Grouping::Underscore, 'b' | 'o' | 'x' | 'X') => Ok(Grouping::UnderscoreFour),
        _ => Err(raise::value_error(format!(
            "Cannot specify '{}' with '{}'.",
            grouping.symbol(),
            code_text(ty)
        ))),
    }
}

/// A presentation type as CPython's messages show it: the character when it
/// is printable ASCII, else `\x` and its hex code.
pub fn code_text(c: char) -> String {
    if (33..128).contains(&(c as u32)) {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// `ValueError: Unknown format code 'x' for object of type 'float'`
#[cold]
pub fn unknown_code(ty: char, type_name: &str) -> PyErr {
    raise::value_error(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        code_text(ty)
    ))
}
