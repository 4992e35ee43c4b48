//! Character classes (`isdigit`, `isalpha`, `isupper`, ...) with CPython
//! 3.11's Unicode semantics, from tables generated from python3 (Rust's own
//! classes follow other definitions or a newer Unicode version).

use super::unicode_case as case_tables;
use super::unicode_tables as tables;

/// Whether `cp` lies in one of the sorted inclusive `table` ranges.
pub(super) fn in_ranges(table: &[(u32, u32)], cp: u32) -> bool {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Python whitespace (`str.isspace`, `split()`, `strip()`).
#[inline]
pub fn is_space(c: char) -> bool {
    match c as u32 {
        0x09..=0x0D | 0x1C..=0x20 => true,
        0..=0x84 => false,
        0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 => true,
        _ => false,
    }
}

/// A line boundary for `splitlines`.
#[inline]
pub fn is_linebreak(c: char) -> bool {
    matches!(c as u32, 0x0A..=0x0D | 0x1C..=0x1E | 0x85 | 0x2028 | 0x2029)
}

/// `c.isprintable()`: what `repr` shows as is.
#[inline]
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x7F {
        return cp >= 0x20;
    }
    in_ranges(tables::PRINTABLE, cp)
}

/// `c.isalpha()`: general category L*.
#[inline]
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(tables::ALPHA, c as u32)
}

/// `c.isdecimal()`: general category Nd.
#[inline]
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(tables::DECIMAL, c as u32)
}

/// `c.isdigit()`: numeric type Decimal or Digit.
#[inline]
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(tables::DIGIT, c as u32)
}

/// `c.isnumeric()`: any numeric type.
#[inline]
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_ranges(tables::NUMERIC, c as u32)
}

/// `c.isalnum()`: alpha, decimal, digit or numeric.
#[inline]
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_alpha(c) || is_numeric(c)
}

/// Whether `c` may start an identifier (XID_Start or `_`).
#[inline]
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_ranges(tables::XID_START, c as u32)
}

/// Whether `c` may continue an identifier (XID_Continue).
#[inline]
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_ranges(tables::XID_CONTINUE, c as u32)
}

/// An uppercase character (`c.isupper()`).
#[inline]
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_ranges(case_tables::UPPER, c as u32)
}

/// A lowercase character (`c.islower()`).
#[inline]
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_ranges(case_tables::LOWER, c as u32)
}

/// A titlecase letter (general category Lt, such as `ǅ`).
#[inline]
pub fn is_titlecase(c: char) -> bool {
    (c as u32) >= 0x1C5 && in_ranges(case_tables::TITLECASE, c as u32)
}

/// A cased character: uppercase, lowercase or titlecase.
#[inline]
pub fn is_cased(c: char) -> bool {
    is_upper(c) || is_lower(c) || is_titlecase(c)
}

/// A case-ignorable character (skipped when deciding on a final sigma).
#[inline]
pub fn is_case_ignorable(c: char) -> bool {
    in_ranges(case_tables::CASE_IGNORABLE, c as u32)
}

/// Whether every character satisfies `pred` and there is at least one.
fn all_chars(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `s.isspace()`
pub fn isspace(s: &str) -> bool {
    all_chars(s, is_space)
}

/// `s.isalpha()`
pub fn isalpha(s: &str) -> bool {
    all_chars(s, is_alpha)
}

/// `s.isalnum()`
pub fn isalnum(s: &str) -> bool {
    all_chars(s, is_alnum)
}

/// `s.isdecimal()`
pub fn isdecimal(s: &str) -> bool {
    all_chars(s, is_decimal)
}

/// `s.isdigit()`
pub fn isdigit(s: &str) -> bool {
    all_chars(s, is_digit)
}

/// `s.isnumeric()`
pub fn isnumeric(s: &str) -> bool {
    all_chars(s, is_numeric)
}

/// `s.isprintable()` (true for the empty string).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable)
}

/// `s.isascii()`
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isidentifier()`
pub fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) if is_xid_start(first) => chars.all(is_xid_continue),
        _ => false,
    }
}

/// `s.isupper()`: some cased character and no lowercase or titlecase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `s.islower()`: some cased character and no uppercase or titlecase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase characters only after uncased ones,
/// lowercase ones only after cased ones, and at least one cased character.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_cpython() {
        assert!(isspace(" \t\x0b\x0c\x1c\u{85}\u{3000}"));
        assert!(!isspace(""));
        assert!(!is_space('\u{200b}'));
        assert!(isdigit("٣²") && !isdecimal("²") && isdecimal("٣"));
        assert!(isnumeric("一½") && !isnumeric("a"));
        assert!(isalpha("abcé") && !isalpha("क्"));
        assert!(isalnum("a1²") && !isalnum("a b"));
        assert!(isidentifier("_a1") && !isidentifier("1a") && !isidentifier(""));
        assert!(isprintable("") && isprintable("é ") && !isprintable("\u{ad}"));
        assert!(!is_printable('\u{378}') && !is_printable('\u{a0}'));
    }

    #[test]
    fn case_predicates() {
        assert!(isupper("ABC1") && !isupper("123") && !isupper("Ab"));
        assert!(islower("abc1") && !islower("ǅa"));
        assert!(istitle("Hello World") && !istitle("Hello world"));
        assert!(istitle("A1") && istitle("ǅa") && !istitle(""));
        // Lowercase in Unicode 14 (CPython 3.11), whatever Rust's tables say.
        assert!(islower("ʕ") && !isupper("ʕΣ"));
    }
}
