//! Padding and tabs: `center`, `ljust`, `rjust`, `zfill`, `expandtabs`.
//!
//! Each returns `None` when the result equals the input (the caller may then
//! return the original object, as CPython does).

use super::PyStr;
use crate::error::{PyErr, PyResult};

/// Widths past this are refused with `MemoryError` instead of aborting the process.
const MAX_WIDTH: i64 = 1 << 40;

fn check_width(width: i64) -> PyResult<()> {
    if width > MAX_WIDTH {
        return Err(PyErr::new(crate::ExcKind::MemoryError, ""));
    }
    Ok(())
}

fn push_n(out: &mut String, c: char, n: usize) {
    for _ in 0..n {
        out.push(c);
    }
}

fn padded(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    push_n(&mut out, fill, left);
    out.push_str(s);
    push_n(&mut out, fill, right);
    out
}

/// Padding needed to reach `width`, or `None` when the string is already that wide.
fn margin(s: &PyStr, width: i64) -> PyResult<Option<usize>> {
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(None);
    }
    check_width(width)?;
    Ok(Some((width - len) as usize))
}

/// `s.center(width, fill)`: the extra odd column goes right, unless `width` is odd.
pub fn center(s: &PyStr, width: i64, fill: char) -> PyResult<Option<String>> {
    let Some(marg) = margin(s, width)? else {
        return Ok(None);
    };
    let left = marg / 2 + (marg & width as usize & 1);
    Ok(Some(padded(s.as_str(), left, marg - left, fill)))
}

/// `s.ljust(width, fill)`
pub fn ljust(s: &PyStr, width: i64, fill: char) -> PyResult<Option<String>> {
    Ok(margin(s, width)?.map(|m| padded(s.as_str(), 0, m, fill)))
}

/// `s.rjust(width, fill)`
pub fn rjust(s: &PyStr, width: i64, fill: char) -> PyResult<Option<String>> {
    Ok(margin(s, width)?.map(|m| padded(s.as_str(), m, 0, fill)))
}

/// `s.zfill(width)`: zeros after a leading sign.
pub fn zfill(s: &PyStr, width: i64) -> PyResult<Option<String>> {
    let Some(marg) = margin(s, width)? else {
        return Ok(None);
    };
    let text = s.as_str();
    let (sign, digits) = match text.as_bytes().first() {
        Some(b'+' | b'-') => text.split_at(1),
        _ => ("", text),
    };
    let mut out = String::with_capacity(text.len() + marg);
    out.push_str(sign);
    push_n(&mut out, '0', marg);
    out.push_str(digits);
    Ok(Some(out))
}

/// `s.expandtabs(tabsize)`: tabs become spaces up to the next multiple of
/// `tabsize` columns; the column restarts after `\n` and `\r`.
pub fn expandtabs(s: &str, tabsize: i64) -> PyResult<Option<String>> {
    if !s.contains('\t') {
        return Ok(None);
    }
    check_width(tabsize)?;
    let mut out = String::with_capacity(s.len());
    let mut column: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' if tabsize > 0 => {
                let spaces = tabsize - column % tabsize;
                push_n(&mut out, ' ', spaces as usize);
                column += spaces;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str, w: i64, f: char) -> String {
        center(&PyStr::new(s), w, f)
            .unwrap()
            .unwrap_or_else(|| s.to_string())
    }

    #[test]
    fn centering_matches_cpython() {
        assert_eq!(c("abc", 8, ' '), "  abc   ");
        assert_eq!(c("abc", 8, '*'), "**abc***");
        assert_eq!(c("ab", 5, ' '), "  ab ");
        assert_eq!(c("abc", 6, ' '), " abc  ");
        assert_eq!(c("ab", 7, ' '), "   ab  ");
        assert_eq!(c("abc", -1, ' '), "abc");
    }

    #[test]
    fn zeros_and_tabs() {
        let z = |s: &str, w| {
            zfill(&PyStr::new(s), w)
                .unwrap()
                .unwrap_or_else(|| s.to_string())
        };
        assert_eq!(z("-42", 6), "-00042");
        assert_eq!(z("+42", 6), "+00042");
        assert_eq!(z("42", 1), "42");
        assert_eq!(z("-", 3), "-00");
        let t = |s: &str, n| expandtabs(s, n).unwrap().unwrap_or_else(|| s.to_string());
        assert_eq!(t("a\tbc\td", 8), "a       bc      d");
        assert_eq!(t("a\tb\nab\tc", 3), "a  b\nab c");
        assert_eq!(t("a\tb", 0), "ab");
        assert_eq!(t("a\tb", -1), "ab");
    }
}
