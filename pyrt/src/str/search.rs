//! Searching: `find`, `rfind`, `count`, `replace`, `startswith`, `endswith`.
//!
//! `start`/`end` bounds are code-point indices interpreted like slice bounds
//! (negative values count from the end); results are code-point indices.

use super::PyStr;

/// CPython's bound adjustment for search methods: negative bounds count from
/// the end (then clamp at 0) and `end` is clamped to the length. `start` may
/// stay past the end, which makes every search fail.
pub fn adjust_bounds(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// The part of `s` between adjusted bounds, with its starting code-point index;
/// `None` when the window is shorter than `min_chars`.
fn window(
    s: &PyStr,
    start: Option<i64>,
    end: Option<i64>,
    min_chars: usize,
) -> Option<(&str, i64, i64)> {
    let (start, end) = adjust_bounds(start, end, s.char_len());
    if end - start < min_chars as i64 {
        return None;
    }
    Some((s.char_slice(start as usize, end as usize), start, end))
}

/// Code points in `text[..byte]`.
fn chars_before(s: &PyStr, text: &str, byte: usize) -> i64 {
    if s.is_ascii() {
        byte as i64
    } else {
        text[..byte].chars().count() as i64
    }
}

/// `s.find(sub, start, end)`: lowest index of `sub`, or -1.
pub fn find(s: &PyStr, sub: &PyStr, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((hay, start, _)) = window(s, start, end, sub.char_len()) else {
        return -1;
    };
    match hay.find(sub.as_str()) {
        Some(byte) => start + chars_before(s, hay, byte),
        None => -1,
    }
}

/// `s.rfind(sub, start, end)`: highest index of `sub`, or -1.
pub fn rfind(s: &PyStr, sub: &PyStr, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((hay, start, _)) = window(s, start, end, sub.char_len()) else {
        return -1;
    };
    match hay.rfind(sub.as_str()) {
        Some(byte) => start + chars_before(s, hay, byte),
        None => -1,
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences.
pub fn count(s: &PyStr, sub: &PyStr, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((hay, start, end)) = window(s, start, end, sub.char_len()) else {
        return 0;
    };
    if sub.is_empty() {
        return end - start + 1;
    }
    match sub.as_str().as_bytes() {
        // One byte (an ASCII character, which no multi-byte character
        // contains): a plain byte count, which vectorizes.
        &[byte] => hay.bytes().filter(|&b| b == byte).count() as i64,
        _ => hay.matches(sub.as_str()).count() as i64,
    }
}

/// `s.startswith(prefix, start, end)` for one prefix.
pub fn startswith(s: &PyStr, prefix: &PyStr, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, start, end, prefix.char_len())
        .is_some_and(|(hay, _, _)| hay.starts_with(prefix.as_str()))
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &PyStr, suffix: &PyStr, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, start, end, suffix.char_len())
        .is_some_and(|(hay, _, _)| hay.ends_with(suffix.as_str()))
}

/// `s.replace(old, new, count)`: a negative `count` replaces every occurrence;
/// an empty `old` inserts `new` before every character and at the end.
/// `None` when nothing changes (the caller may return `s` itself).
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> Option<String> {
    if count == 0 || (!old.is_empty() && !s.contains(old)) || old == new {
        return None;
    }
    if count < 0 {
        Some(s.replace(old, new))
    } else {
        let count = usize::try_from(count).unwrap_or(usize::MAX);
        Some(s.replacen(old, new, count))
    }
}

/// `s.removeprefix(prefix)`
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> PyStr {
        PyStr::new(s)
    }

    #[test]
    fn find_with_bounds() {
        let s = p("abcabc");
        assert_eq!(find(&s, &p("c"), None, None), 2);
        assert_eq!(find(&s, &p("c"), Some(3), None), 5);
        assert_eq!(find(&s, &p("c"), Some(-3), Some(-1)), -1);
        assert_eq!(rfind(&s, &p("ab"), None, None), 3);
        assert_eq!(find(&p("abc"), &p(""), Some(3), None), 3);
        assert_eq!(find(&p("abc"), &p(""), Some(5), None), -1);
        assert_eq!(rfind(&p("abc"), &p(""), None, None), 3);
        let u = p("éaéb");
        assert_eq!(find(&u, &p("b"), None, None), 3);
        assert_eq!(rfind(&u, &p("é"), None, None), 2);
        assert_eq!(find(&u, &p("é"), Some(1), None), 2);
    }

    #[test]
    fn count_and_prefixes() {
        assert_eq!(count(&p("abc"), &p(""), None, None), 4);
        assert_eq!(count(&p("abc"), &p(""), Some(1), Some(2)), 2);
        assert_eq!(count(&p("abc"), &p(""), Some(4), None), 0);
        assert_eq!(count(&p("aaaa"), &p("aa"), None, None), 2);
        assert!(startswith(&p("abc"), &p(""), Some(3), None));
        assert!(!startswith(&p("abc"), &p(""), Some(4), None));
        assert!(!endswith(&p("abc"), &p("c"), Some(0), Some(-1)));
        assert!(endswith(&p("abc"), &p("b"), Some(0), Some(-1)));
    }

    #[test]
    fn replace_counts() {
        assert_eq!(replace("abc", "", "-", -1).as_deref(), Some("-a-b-c-"));
        assert_eq!(replace("abc", "", "-", 2).as_deref(), Some("-a-bc"));
        assert_eq!(replace("", "", "x", -1).as_deref(), Some("x"));
        assert_eq!(replace("aaa", "a", "b", 0), None);
        assert_eq!(replace("aaa", "a", "b", 2).as_deref(), Some("bba"));
    }
}
