//! Laying out a formatted number: sign, prefix, grouped digits, decimal point
//! and the rest, padded to the width (CPython's `calc_number_widths` and
//! `fill_number`).
//!
//! The result looks like
//! `<lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>`,
//! where at most one of the paddings is non-empty. With a `0` fill and `=`
//! alignment the digits themselves are zero-extended to the width, and the
//! added zeros are grouped like the others (`format(1234, '08,')` is `0,001,234`).

use super::spec::Spec;
use crate::error::PyResult;

/// The parts of a number to lay out.
pub struct Number<'a> {
    /// Whether the value is negative (a `-` is shown whatever the sign option).
    pub negative: bool,
    /// `0x`, `0o`, `0b` (or upper case) with `#`, else empty.
    pub prefix: &'a str,
    /// The leading run of digits, which grouping applies to (ASCII).
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub decimal: bool,
    /// Whatever follows: fraction digits, exponent, `%`, `inf`, a `c` character.
    pub remainder: &'a str,
}

/// The number laid out as `spec` asks.
pub fn layout(spec: &Spec, number: &Number<'_>) -> PyResult<String> {
    // An absent width is -1, so that nothing is padded or zero-extended.
    let width = match spec.width {
        Some(_) => spec.padded_width()? as isize,
        None => -1,
    };
    let sign = sign_char(spec.sign, number.negative);
    let fixed = sign.map_or(0, |_| 1)
        + number.prefix.len()
        + usize::from(number.decimal)
        + number.remainder.chars().count();
    let min_width = if spec.fill == '0' && spec.align == '=' {
        width - fixed as isize
    } else {
        0
    };
    let grouped = if number.digits.is_empty() {
        String::new()
    } else {
        group_digits(number.digits, min_width, spec.grouping.separator())
    };
    let padding = (width - (fixed + grouped.len()) as isize).max(0) as usize;
    let (left, middle, right) = match spec.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(fixed + grouped.len() + padding);
    out.extend(std::iter::repeat_n(spec.fill, left));
    out.extend(sign);
    out.push_str(number.prefix);
    out.extend(std::iter::repeat_n(spec.fill, middle));
    out.push_str(&grouped);
    if number.decimal {
        out.push('.');
    }
    out.push_str(number.remainder);
    out.extend(std::iter::repeat_n(spec.fill, right));
    Ok(out)
}

/// The sign shown for the sign option: `-` for negatives, else `+` or a space
/// when asked for.
fn sign_char(option: Option<char>, negative: bool) -> Option<char> {
    match (negative, option) {
        (true, _) => Some('-'),
        (false, Some(c @ ('+' | ' '))) => Some(c),
        _ => None,
    }
}

/// `digits` with separators every `size` digits from the right, zero-extended
/// to at least `min_width` characters (separators included), as CPython's
/// `_PyUnicode_InsertThousandsGrouping` does: a group that would start with a
/// separator at the left edge gets one more zero instead.
fn group_digits(digits: &str, min_width: isize, grouping: Option<(usize, char)>) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as isize;
    let mut end = digits.len();
    let mut groups: Vec<String> = Vec::new();
    let mut take = |len: isize, remaining: &mut isize| {
        let zeros = (len - *remaining).max(0) as usize;
        let chars = (*remaining).min(len).max(0) as usize;
        let mut group = "0".repeat(zeros);
        group.push_str(&digits[end - chars..end]);
        end -= chars;
        *remaining -= chars as isize;
        groups.push(group);
    };
    match grouping {
        None => take(remaining.max(min_width).max(1), &mut remaining),
        Some((size, _)) => loop {
            let len = (size as isize).min(remaining.max(min_width).max(1));
            take(len, &mut remaining);
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                break;
            }
            min_width -= 1; // the separator
        },
    }
    groups.reverse();
    let separator = grouping.map_or(String::new(), |(_, c)| c.to_string());
    groups.join(&separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_with_zero_extension() {
        let comma = Some((3, ','));
        assert_eq!(group_digits("1234", 0, comma), "1,234");
        assert_eq!(group_digits("1234", 8, comma), "0,001,234");
        assert_eq!(group_digits("1234", 9, comma), "0,001,234");
        assert_eq!(group_digits("1234", 10, comma), "00,001,234");
        assert_eq!(group_digits("123", 0, comma), "123");
        assert_eq!(group_digits("1234", 6, None), "001234");
        assert_eq!(group_digits("ff", 7, Some((4, '_'))), "00_00ff");
    }
}
