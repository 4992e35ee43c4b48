//! Splitting and joining: `split`, `rsplit`, `splitlines`, `partition`,
//! `rpartition`, `join`, and `strip` with its one-sided forms.

use super::ctype::{is_linebreak, is_space};
use super::{ascii_value, str_value, PyStr};
use crate::error::{raise, PyResult};
use crate::iter::Iter;
use crate::value::Value;

/// Whitespace test on one byte of an ASCII string.
#[inline]
fn is_ascii_space(b: u8) -> bool {
    matches!(b, 0x09..=0x0D | 0x1C..=0x20)
}

/// Splits on runs of whitespace, left to right, at most `maxsplit` times
/// (unlimited when negative).
fn whitespace_parts(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut splits_left = maxsplit;
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if splits_left == 0 {
            parts.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        parts.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(is_space);
        splits_left -= 1;
    }
    parts
}

/// Like [`whitespace_parts`] but right to left; parts come back in order.
fn whitespace_parts_rev(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut splits_left = maxsplit;
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if splits_left == 0 {
            parts.push(rest);
            break;
        }
        let start = rest.rfind(is_space).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        parts.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(is_space);
        splits_left -= 1;
    }
    parts.reverse();
    parts
}

/// Whitespace split of an ASCII string, byte by byte.
fn ascii_whitespace_parts(s: &str, maxsplit: i64) -> Vec<&str> {
    let bytes = s.as_bytes();
    let mut parts = Vec::new();
    let mut splits_left = maxsplit;
    let mut i = 0;
    loop {
        while i < bytes.len() && is_ascii_space(bytes[i]) {
            i += 1;
        }
        if i == bytes.len() {
            break;
        }
        if splits_left == 0 {
            parts.push(&s[i..]);
            break;
        }
        let start = i;
        while i < bytes.len() && !is_ascii_space(bytes[i]) {
            i += 1;
        }
        parts.push(&s[start..i]);
        splits_left -= 1;
    }
    parts
}

fn empty_separator() -> crate::PyErr {
    raise::value_error("empty separator")
}

/// The parts as a list of strs; `ascii` when they come from an ASCII str
/// (so none needs a scan for wide characters).
fn to_list(parts: Vec<&str>, ascii: bool) -> Value {
    if ascii {
        Value::list(parts.into_iter().map(ascii_value).collect())
    } else {
        Value::list(parts.into_iter().map(str_value).collect())
    }
}

/// `s.split(sep, maxsplit)`: `sep=None` splits on whitespace runs and drops
/// empty parts; a negative `maxsplit` means no limit.
pub fn split(s: &PyStr, sep: Option<&PyStr>, maxsplit: i64) -> PyResult<Value> {
    let text = s.as_str();
    let parts = match sep {
        None if s.is_ascii() => ascii_whitespace_parts(text, maxsplit),
        None => whitespace_parts(text, maxsplit),
        Some(sep) if sep.is_empty() => return Err(empty_separator()),
        Some(sep) if maxsplit < 0 => text.split(sep.as_str()).collect(),
        Some(sep) => text.splitn(limit(maxsplit), sep.as_str()).collect(),
    };
    Ok(to_list(parts, s.is_ascii()))
}

/// `s.rsplit(sep, maxsplit)`: like `split` but the splits happen from the right.
pub fn rsplit(s: &PyStr, sep: Option<&PyStr>, maxsplit: i64) -> PyResult<Value> {
    let text = s.as_str();
    let parts = match sep {
        None if maxsplit < 0 => return split(s, None, -1),
        None => whitespace_parts_rev(text, maxsplit),
        Some(sep) if sep.is_empty() => return Err(empty_separator()),
        Some(sep) if maxsplit < 0 => text.split(sep.as_str()).collect(),
        Some(sep) => {
            let mut parts: Vec<&str> = text.rsplitn(limit(maxsplit), sep.as_str()).collect();
            parts.reverse();
            parts
        }
    };
    Ok(to_list(parts, s.is_ascii()))
}

/// The `n` of `splitn` for a non-negative `maxsplit`.
fn limit(maxsplit: i64) -> usize {
    usize::try_from(maxsplit)
        .unwrap_or(usize::MAX - 1)
        .saturating_add(1)
}

/// `s.splitlines(keepends)`: splits at `\n`, `\r`, `\r\n`, `\v`, `\f`,
/// `\x1c`-`\x1e`, `\x85`, U+2028 and U+2029.
pub fn splitlines(s: &str, keepends: bool) -> Value {
    if s.is_ascii() {
        return ascii_splitlines(s, keepends);
    }
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
            chars.next();
            end += 1;
        }
        lines.push(str_value(&s[start..if keepends { end } else { i }]));
        start = end;
    }
    if start < s.len() {
        lines.push(str_value(&s[start..]));
    }
    Value::list(lines)
}

/// [`splitlines`] of ASCII text, byte by byte (the line breaks beyond
/// ASCII cannot occur), with lines that need no scan for wide characters.
fn ascii_splitlines(s: &str, keepends: bool) -> Value {
    let bytes = s.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Every ASCII line break is below 0x1F; most text bytes are above.
        if b > 0x1E || !matches!(b, 0x0A..=0x0D | 0x1C..=0x1E) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if b == b'\r' && bytes.get(end) == Some(&b'\n') {
            end += 1;
        }
        lines.push(ascii_value(&s[start..if keepends { end } else { i }]));
        start = end;
        i = end;
    }
    if start < s.len() {
        lines.push(ascii_value(&s[start..]));
    }
    Value::list(lines)
}

/// `s.partition(sep)`: `(before, sep, after)` at the first `sep`, or `(s, '', '')`.
pub fn partition(s: &str, sep: &str) -> PyResult<Value> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    let parts = match s.find(sep) {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None => [s, "", ""],
    };
    Ok(Value::tuple(parts.into_iter().map(str_value).collect()))
}

/// `s.rpartition(sep)`: `(before, sep, after)` at the last `sep`, or `('', '', s)`.
pub fn rpartition(s: &str, sep: &str) -> PyResult<Value> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    let parts = match s.rfind(sep) {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None => ["", "", s],
    };
    Ok(Value::tuple(parts.into_iter().map(str_value).collect()))
}

/// `sep.join(iterable)`: every item must be a str.
pub fn join(sep: &str, iterable: &Value) -> PyResult<Value> {
    match iterable {
        Value::List(l) => join_items(sep, &l.items.borrow()),
        Value::Tuple(t) => join_items(sep, &t.items),
        other => {
            let items = Iter::new(other)
                .map_err(|_| raise::type_error("can only join an iterable"))?
                .collect()?;
            join_items(sep, &items)
        }
    }
}

fn join_items(sep: &str, items: &[Value]) -> PyResult<Value> {
    let mut total = sep.len() * items.len().saturating_sub(1);
    for (i, item) in items.iter().enumerate() {
        match crate::builtin_base::view(item) {
            Value::Str(s) => total += s.as_str().len(),
            _ => {
                return Err(raise::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    item.type_name()
                )))
            }
        }
    }
    if let [Value::Str(only)] = items {
        return Ok(Value::Str(only.clone()));
    }
    let mut out = String::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        if let Value::Str(s) = crate::builtin_base::view(item) {
            out.push_str(s.as_str());
        }
    }
    Ok(super::string_value(out))
}

/// Which ends `strip` works on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StripSide {
    /// `lstrip`
    Left,
    /// `rstrip`
    Right,
    /// `strip`
    Both,
}

/// `s.strip(chars)` / `lstrip` / `rstrip`: removes whitespace (`chars=None`)
/// or any of the characters in `chars` from the chosen ends.
pub fn strip<'a>(s: &'a str, chars: Option<&str>, side: StripSide) -> &'a str {
    match chars {
        None => {
            let stripped = strip_bytes(s, is_ascii_space, side);
            if ends_ascii(stripped, side) {
                stripped
            } else {
                // A non-ASCII character at an end may be whitespace too.
                strip_by(stripped, is_space, side)
            }
        }
        Some(set) if set.is_ascii() => {
            let set = AsciiSet::of(set);
            strip_bytes(s, |b| set.contains(b), side)
        }
        Some(set) => strip_by(s, |c: char| set.contains(c), side),
    }
}

/// A set of ASCII bytes as a bit mask, split in two words (a `u128`
/// shift costs a branch).
struct AsciiSet {
    low: u64,
    high: u64,
}

impl AsciiSet {
    /// The bytes of the ASCII text `set`.
    #[inline(always)]
    fn of(set: &str) -> AsciiSet {
        let (mut low, mut high) = (0u64, 0u64);
        for b in set.bytes() {
            if b < 64 {
                low |= 1 << b;
            } else {
                high |= 1 << (b & 63);
            }
        }
        AsciiSet { low, high }
    }

    /// Whether `b` is in the set (a byte of a multi-byte character never is).
    #[inline(always)]
    fn contains(&self, b: u8) -> bool {
        match b {
            0..=63 => self.low >> b & 1 == 1,
            64..=127 => self.high >> (b & 63) & 1 == 1,
            _ => false,
        }
    }
}

/// Strips the ASCII bytes that `stripped` accepts, byte by byte: in UTF-8 an
/// ASCII byte is always a whole character (and `stripped` accepts no other),
/// so the cuts fall on character boundaries.
#[inline(always)]
fn strip_bytes(s: &str, stripped: impl Fn(u8) -> bool, side: StripSide) -> &str {
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut end = bytes.len();
    if side != StripSide::Right {
        while start < end && stripped(bytes[start]) {
            start += 1;
        }
    }
    if side != StripSide::Left {
        while end > start && stripped(bytes[end - 1]) {
            end -= 1;
        }
    }
    &s[start..end]
}

/// Whether the ends of `s` that `side` strips are ASCII (or `s` is empty).
fn ends_ascii(s: &str, side: StripSide) -> bool {
    let bytes = s.as_bytes();
    let first = side == StripSide::Right || bytes.first().is_none_or(u8::is_ascii);
    let last = side == StripSide::Left || bytes.last().is_none_or(u8::is_ascii);
    first && last
}

fn strip_by(s: &str, pred: impl Fn(char) -> bool, side: StripSide) -> &str {
    match side {
        StripSide::Left => s.trim_start_matches(pred),
        StripSide::Right => s.trim_end_matches(pred),
        StripSide::Both => s.trim_start_matches(&pred).trim_end_matches(&pred),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(v: &Value) -> Vec<String> {
        let items: Vec<Value> = match v {
            Value::List(l) => l.items.borrow().clone(),
            Value::Tuple(t) => t.items.to_vec(),
            _ => panic!("not a sequence"),
        };
        items
            .iter()
            .map(|i| match i {
                Value::Str(s) => s.as_str().to_string(),
                _ => panic!("not a str"),
            })
            .collect()
    }

    fn sp(s: &str, sep: Option<&str>, n: i64) -> Vec<String> {
        let sep = sep.map(PyStr::new);
        texts(&split(&PyStr::new(s), sep.as_ref(), n).unwrap())
    }

    fn rsp(s: &str, sep: Option<&str>, n: i64) -> Vec<String> {
        let sep = sep.map(PyStr::new);
        texts(&rsplit(&PyStr::new(s), sep.as_ref(), n).unwrap())
    }

    #[test]
    fn whitespace_split() {
        assert_eq!(sp(" a  b ", None, -1), ["a", "b"]);
        assert_eq!(sp(" a  b ", None, 1), ["a", "b "]);
        assert_eq!(sp(" a  b  ", None, 0), ["a  b  "]);
        assert_eq!(sp("", None, -1), Vec::<String>::new());
        assert_eq!(sp("   ", None, 0), Vec::<String>::new());
        assert_eq!(sp("a\x1cb\x0bc", None, -1), ["a", "b", "c"]);
        assert_eq!(sp(" é\u{3000} b ", None, 1), ["é", "b "]);
        assert_eq!(sp("\u{3000}é\u{3000}b\u{3000}", None, -1), ["é", "b"]);
        assert_eq!(rsp(" a  b ", None, 1), [" a", "b"]);
        assert_eq!(rsp(" a b c ", None, 0), [" a b c"]);
        assert_eq!(rsp("é\u{3000}\u{3000}b\u{3000}", None, 1), ["é", "b"]);
    }

    #[test]
    fn separator_split() {
        assert_eq!(sp("a,b,,c", Some(","), 2), ["a", "b", ",c"]);
        assert_eq!(rsp("a,b,,c", Some(","), 2), ["a,b", "", "c"]);
        assert_eq!(sp("", Some(","), -1), [""]);
        assert_eq!(sp("a,b", Some(","), 0), ["a,b"]);
        assert!(split(&PyStr::new("a"), Some(&PyStr::new("")), -1).is_err());
        assert!(rsplit(&PyStr::new("a"), Some(&PyStr::new("")), -1).is_err());
    }

    #[test]
    fn lines_and_partitions() {
        let s = "a\r\nb\rc\nd\x0be\x0cf\x1cg\x1dh\x1ei\u{85}j\u{2028}k\u{2029}l";
        assert_eq!(texts(&splitlines(s, false)).len(), 12);
        assert_eq!(texts(&splitlines("a\r\nb\n", true)), ["a\r\n", "b\n"]);
        assert_eq!(texts(&splitlines("", false)), Vec::<String>::new());
        assert_eq!(
            texts(&splitlines(
                "a\rb\r\nc\x0bd\x0ce\x1cf\x1dg\x1eh\x1fi\n\n",
                false
            )),
            ["a", "b", "c", "d", "e", "f", "g", "h\x1fi", ""]
        );
        assert_eq!(texts(&splitlines("x\r\n\ry", true)), ["x\r\n", "\r", "y"]);
        assert_eq!(
            texts(&splitlines("é\u{2028}x\u{85}\r\n", true)),
            ["é\u{2028}", "x\u{85}", "\r\n"]
        );
        assert_eq!(texts(&partition("abcb", "b").unwrap()), ["a", "b", "cb"]);
        assert_eq!(texts(&rpartition("abcb", "b").unwrap()), ["abc", "b", ""]);
        assert_eq!(texts(&rpartition("abc", "x").unwrap()), ["", "", "abc"]);
        assert!(partition("a", "").is_err());
    }

    #[test]
    fn strips() {
        assert_eq!(strip("\x1c a \x1f", None, StripSide::Both), "a");
        assert_eq!(strip("xxaxx", Some("x"), StripSide::Both), "a");
        assert_eq!(strip("xxaxx", Some("x"), StripSide::Left), "axx");
        assert_eq!(strip("xxaxx", Some("x"), StripSide::Right), "xxa");
        assert_eq!(strip("abc", Some(""), StripSide::Both), "abc");
        assert_eq!(strip("éaé", Some("é"), StripSide::Both), "a");
        // Bytes on both sides of 64 in the set's two mask words.
        assert_eq!(strip(" ,a!x,", Some(",x! "), StripSide::Both), "a");
        assert_eq!(strip("@a`", Some("@`"), StripSide::Both), "a");
        assert_eq!(
            strip("\u{7f}a\u{80}", Some("\u{7f}"), StripSide::Both),
            "a\u{80}"
        );
    }

    #[test]
    fn joins() {
        let items = Value::list(vec![Value::str("a"), Value::str("b")]);
        assert_eq!(
            texts(&Value::list(vec![join(", ", &items).unwrap()])),
            ["a, b"]
        );
        let bad = Value::list(vec![Value::str("a"), Value::Int(1)]);
        let err = join("", &bad).err().unwrap();
        assert_eq!(
            err.summary(),
            "TypeError: sequence item 1: expected str instance, int found"
        );
        let err = join("", &Value::Int(1)).err().unwrap();
        assert_eq!(err.summary(), "TypeError: can only join an iterable");
    }
}
