//! Case mappings: `upper`, `lower`, `casefold`, `swapcase`, `title`,
//! `capitalize`, with CPython 3.11's full mappings and final-sigma rule.
//!
//! The mappings themselves come from the Rust standard library, applied only
//! to characters that are cased in CPython 3.11's Unicode version (tables in
//! `unicode_case`), so characters assigned or re-cased later stay unchanged.

use std::rc::Rc;

use compact_str::CompactString;

use super::ctype::{is_case_ignorable, is_cased, is_lower, is_upper};
use super::unicode_case as tables;
use super::{ascii_compact_value, string_value, PyStr};
use crate::value::Value;

/// Lowercase letters that gained an uppercase mapping after Unicode 14.
const NO_UPPER_MAPPING: [char; 4] = ['\u{19B}', '\u{264}', '\u{A7D3}', '\u{A7D5}'];

fn mapping(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(cp, _)| cp)
        .ok()
        .map(|i| table[i].1)
}

/// Appends the full uppercase mapping of `c`.
pub fn push_upper(out: &mut String, c: char) {
    if is_cased(c) && !NO_UPPER_MAPPING.contains(&c) {
        out.extend(c.to_uppercase());
    } else {
        out.push(c);
    }
}

/// Appends the full lowercase mapping of `c` (out of context: `Σ` gives `σ`).
pub fn push_lower(out: &mut String, c: char) {
    if is_cased(c) {
        out.extend(c.to_lowercase());
    } else {
        out.push(c);
    }
}

/// Appends the full titlecase mapping of `c`.
pub fn push_title(out: &mut String, c: char) {
    match mapping(tables::TITLE_MAP, c) {
        Some(m) => out.push_str(m),
        None => push_upper(out, c),
    }
}

/// Appends the full case folding of `c`.
fn push_casefold(out: &mut String, c: char) {
    match mapping(tables::CASEFOLD_MAP, c) {
        Some(m) => out.push_str(m),
        None => push_lower(out, c),
    }
}

/// Whether the `Σ` at byte `i` of `s` ends a word: a cased character before
/// it and none after it, skipping case-ignorable characters on both sides.
fn final_sigma(s: &str, i: usize) -> bool {
    let mut before = s[..i].chars().rev().skip_while(|&c| is_case_ignorable(c));
    let mut after = s[i + 'Σ'.len_utf8()..]
        .chars()
        .skip_while(|&c| is_case_ignorable(c));
    before.next().is_some_and(is_cased) && !after.next().is_some_and(is_cased)
}

/// Appends the lowercase of `c`, found at byte `i` of `s` (the context decides `σ`/`ς`).
fn push_lower_at(out: &mut String, s: &str, i: usize, c: char) {
    if c == 'Σ' {
        out.push(if final_sigma(s, i) { 'ς' } else { 'σ' });
    } else {
        push_lower(out, c);
    }
}

/// `s.upper()`
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// `s.lower()` (a word-final capital sigma becomes `ς`).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        push_lower_at(&mut out, s, i, c);
    }
    out
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

/// `s.swapcase()`
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if is_upper(c) {
            push_lower_at(&mut out, s, i, c);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.title()`: titlecase after uncased characters, lowercase after cased ones.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_cased = false;
    for (i, c) in s.char_indices() {
        if previous_cased {
            push_lower_at(&mut out, s, i, c);
        } else {
            push_title(&mut out, c);
        }
        previous_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()`: the first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, s, i, c);
        }
    }
    out
}

/// `s.lower()` as a value: `s` itself when nothing changes, and for ASCII
/// text no intermediate `String`.
pub fn lower_value(s: &Rc<PyStr>) -> Value {
    ascii_case_value(s, u8::is_ascii_uppercase, str::make_ascii_lowercase, lower)
}

/// `s.upper()` as a value, like [`lower_value`].
pub fn upper_value(s: &Rc<PyStr>) -> Value {
    ascii_case_value(s, u8::is_ascii_lowercase, str::make_ascii_uppercase, upper)
}

/// A case mapping of `s` as a value: ASCII text with no byte that `changes`
/// is `s` itself, other ASCII text is converted in place by `ascii`, and
/// the rest goes through the Unicode mapping `full` (inlined, so the
/// byte test is not an indirect call).
#[inline(always)]
fn ascii_case_value(
    s: &Rc<PyStr>,
    changes: fn(&u8) -> bool,
    ascii: fn(&mut str),
    full: fn(&str) -> String,
) -> Value {
    let text = s.as_str();
    if s.is_ascii() {
        if !text.as_bytes().iter().any(changes) {
            return Value::Str(s.clone());
        }
        let mut out = CompactString::from(text);
        ascii(out.as_mut_str());
        return ascii_compact_value(out);
    }
    same_or_new(s, full(text))
}

/// `s.capitalize()` as a value, like [`lower_value`].
pub fn capitalize_value(s: &Rc<PyStr>) -> Value {
    let text = s.as_str();
    if s.is_ascii() {
        let bytes = text.as_bytes();
        let unchanged = match bytes.split_first() {
            None => true,
            Some((first, rest)) => {
                !first.is_ascii_lowercase() && !rest.iter().any(|b| b.is_ascii_uppercase())
            }
        };
        if unchanged {
            return Value::Str(s.clone());
        }
        let mut out = CompactString::from(text);
        out.make_ascii_lowercase();
        if let Some(first) = out.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        return ascii_compact_value(out);
    }
    same_or_new(s, capitalize(text))
}

/// `s` itself when `out` has the same text, else a str of `out`.
fn same_or_new(s: &Rc<PyStr>, out: String) -> Value {
    if out == s.as_str() {
        Value::Str(s.clone())
    } else {
        string_value(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_values_share_unchanged_strs() {
        let text = |v: &Value| match v {
            Value::Str(s) => s.as_str().to_string(),
            _ => String::new(),
        };
        for word in [
            "", "a", "A", "abc", "Abc", "aBC", "ABC", "1x", "X1", "ΑΣ", "Ab ΣΑ", "ǅx",
        ] {
            let s = Rc::new(PyStr::new(word));
            let same = |v: &Value| v.is(&Value::Str(s.clone()));
            let lowered = lower_value(&s);
            assert_eq!(text(&lowered), lower(word), "{word}");
            assert_eq!(same(&lowered), lower(word) == word, "{word}");
            let uppered = upper_value(&s);
            assert_eq!(text(&uppered), upper(word), "{word}");
            let capitalized = capitalize_value(&s);
            assert_eq!(text(&capitalized), capitalize(word), "{word}");
            assert_eq!(same(&capitalized), capitalize(word) == word, "{word}");
        }
        // One-character results are the shared ones, as in CPython.
        let a = lower_value(&Rc::new(PyStr::new("A")));
        assert!(a.is(&lower_value(&Rc::new(PyStr::new("A")))));
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

    #[test]
    fn unicode_14_casing() {
        // U+0295 is lowercase in Unicode 14 (CPython 3.11) but not in later versions.
        assert_eq!(lower("ʕÉ\\ʕΣ\rÉ"), "ʕé\\ʕς\ré");
        assert_eq!(title("_σ\u{301}ςʕA"), "_Σ\u{301}Σʕa");
        // U+019B has no uppercase mapping in Unicode 14.
        assert_eq!(upper("\u{19b}a"), "\u{19b}A");
        // Σ after a case-ignorable apostrophe still ends the word.
        assert_eq!(lower("AΣ'"), "aς'");
        assert_eq!(lower("AΣ'a"), "aσ'a");
    }
}
