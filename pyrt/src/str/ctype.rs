//! Character classes (`isdigit`, `isalpha`, ...) and case mappings (`upper`,
//! `title`, ...) with CPython 3.11's Unicode semantics.
//!
//! Classes whose Rust counterparts differ from CPython's definitions (alpha,
//! digits, numerics, printable, identifiers, titlecase letters) come from
//! tables generated from python3's `unicodedata`; upper/lowercase properties
//! and the full case mappings come from the Rust standard library.

use super::unicode_tables as tables;

fn in_ranges(table: &[(u32, u32)], cp: u32) -> bool {
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

fn mapping(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(cp, _)| cp)
        .ok()
        .map(|i| table[i].1)
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

/// A titlecase letter (general category Lt, such as `ǅ`).
#[inline]
pub fn is_titlecase(c: char) -> bool {
    (c as u32) >= 0x1C5 && in_ranges(tables::TITLECASE, c as u32)
}

/// A cased character: uppercase, lowercase or titlecase.
#[inline]
pub fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(out: &mut String, c: char) {
    match mapping(tables::TITLE_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.extend(c.to_uppercase()),
    }
}

/// Appends the full case folding of `c`.
fn push_casefold(out: &mut String, c: char) {
    match mapping(tables::CASEFOLD_MAP, c) {
        Some(m) => out.push_str(m),
        None => out.extend(c.to_lowercase()),
    }
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
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

/// `s.islower()`: some cased character and no uppercase or titlecase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase characters only after uncased ones,
/// lowercase ones only after cased ones, and at least one cased character.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if c.is_lowercase() {
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

/// `s.upper()`
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_uppercase()
    } else {
        s.to_uppercase()
    }
}

/// `s.lower()` (a final capital sigma becomes `ς`).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}

/// `s.casefold()`
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_casefold(&mut out, c);
    }
    out
}

/// Walks `s` with the lowercase form of each character in context (final
/// sigma resolved), calling `f(out, c, lowered)` for every character `c`.
fn with_lowered(s: &str, mut f: impl FnMut(&mut String, char, &str)) -> String {
    let lowered = s.to_lowercase();
    let mut rest = lowered.as_str();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        // `str::to_lowercase` maps each character independently except for
        // the choice between σ and ς, which have the same length.
        let len: usize = c.to_lowercase().map(char::len_utf8).sum();
        let (this, tail) = rest.split_at(len.min(rest.len()));
        rest = tail;
        f(&mut out, c, this);
    }
    out
}

/// `s.swapcase()`
pub fn swapcase(s: &str) -> String {
    if s.is_ascii() {
        return s
            .chars()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect();
    }
    with_lowered(s, |out, c, lowered| {
        if c.is_uppercase() {
            out.push_str(lowered);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    })
}

/// `s.title()`: titlecase after uncased characters, lowercase after cased ones.
pub fn title(s: &str) -> String {
    let mut previous_cased = false;
    with_lowered(s, |out, c, lowered| {
        if previous_cased {
            out.push_str(lowered);
        } else {
            push_title(out, c);
        }
        previous_cased = is_cased(c);
    })
}

/// `s.capitalize()`: the first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let mut first = true;
    with_lowered(s, |out, c, lowered| {
        if first {
            push_title(out, c);
            first = false;
        } else {
            out.push_str(lowered);
        }
    })
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
    }

    #[test]
    fn case_mappings() {
        assert_eq!(upper("ßa"), "SSA");
        assert_eq!(lower("ΑΣ"), "ας");
        assert_eq!(capitalize("ΑΣ"), "Ας");
        assert_eq!(capitalize("ßa"), "Ssa");
        assert_eq!(capitalize("ﬁx"), "Fix");
        assert_eq!(swapcase("aΣ"), "Aς");
        assert_eq!(swapcase("ΑΣ Σ"), "ας σ");
        assert_eq!(swapcase("Hello"), "hELLO");
        assert_eq!(swapcase("ǅ"), "ǅ");
        assert_eq!(title("they're bill's friends"), "They'Re Bill'S Friends");
        assert_eq!(title("ǆa"), "ǅa");
        assert_eq!(title("hello wORLD"), "Hello World");
        assert_eq!(lower("İ"), "i\u{307}");
        assert_eq!(casefold("ßA"), "ssa");
    }
}
