//! `str`: immutable Unicode text with O(1) indexing for ASCII strings.
//!
//! Submodules: [`ctype`] (character classes), [`case`] (case mappings), [`search`]
//! (find, count, replace, prefix tests), [`split`] (split, join, strip,
//! partition), [`pad`] (center, justify, zfill, expandtabs). Indices taken and
//! returned by every function here are code-point indices, as in Python.

use std::cell::{Cell, OnceCell};
use std::rc::Rc;

use crate::value::Value;

pub mod case;
pub mod ctype;
pub mod pad;
pub mod search;
pub mod split;
pub mod translate;
mod unicode_case;
mod unicode_tables;

/// Characters between two entries of a non-ASCII string's offset index.
const INDEX_STRIDE: usize = 32;

/// A Python str. Stored as UTF-8 with its length in code points; when that
/// length equals the byte length the string is ASCII and indexes in O(1).
///
/// 40 bytes, so that an `Rc<PyStr>` (with its two counts) fills a 64-byte
/// allocation: what only non-ASCII strings need lives behind `wide`.
pub struct PyStr {
    /// The text: inline for up to 24 bytes (most words and keys), so such a
    /// str is one allocation.
    text: compact_str::CompactString,
    /// `hash(s)` once computed; [`NO_HASH`] before (no str hashes to -1).
    hash: Cell<i64>,
    /// `None` for an ASCII string.
    wide: Option<Box<Wide>>,
}

/// The length and index of a non-ASCII string.
struct Wide {
    /// Length in code points.
    chars: usize,
    /// For long strings: the byte offset of every `INDEX_STRIDE`-th
    /// character, built on the first index operation that needs it.
    offsets: OnceCell<Box<[usize]>>,
}

/// The hash cell's value before the hash is computed: CPython never
/// returns -1 from a hash function (it would mean an error).
const NO_HASH: i64 = -1;

/// What a str of `s` keeps about its code points.
fn wide(s: &str) -> Option<Box<Wide>> {
    if s.is_ascii() {
        None
    } else {
        Some(Box::new(Wide {
            chars: s.chars().count(),
            offsets: OnceCell::new(),
        }))
    }
}

impl PyStr {
    /// A str holding a copy of `s`.
    pub fn new(s: &str) -> PyStr {
        PyStr {
            wide: wide(s),
            text: compact_str::CompactString::from(s),
            hash: Cell::new(NO_HASH),
        }
    }

    /// A str taking ownership of `s`.
    pub fn from_string(s: String) -> PyStr {
        PyStr {
            wide: wide(&s),
            text: compact_str::CompactString::from(s),
            hash: Cell::new(NO_HASH),
        }
    }

    /// A str of `s`, which the caller knows is ASCII (a slice of an ASCII
    /// str, say): no scan for wide characters.
    #[inline]
    pub fn ascii(s: &str) -> PyStr {
        PyStr::ascii_owned(compact_str::CompactString::from(s))
    }

    /// [`PyStr::ascii`] taking ownership of the text.
    #[inline]
    fn ascii_owned(text: compact_str::CompactString) -> PyStr {
        debug_assert!(text.is_ascii());
        PyStr {
            wide: None,
            text,
            hash: Cell::new(NO_HASH),
        }
    }

    /// `head + tail` as a new str, sized exactly (inline when short); what it
    /// knows about its code points comes from the two parts, without a scan.
    pub fn concat(head: &PyStr, tail: &PyStr) -> PyStr {
        let mut text = compact_str::CompactString::with_capacity(head.text.len() + tail.text.len());
        text.push_str(head.as_str());
        text.push_str(tail.as_str());
        PyStr {
            wide: joined_wide(head, tail),
            text,
            hash: Cell::new(NO_HASH),
        }
    }

    /// Appends `tail`: `self + tail` computed in place, for a str no one
    /// else holds (a temporary). Growth is amortized, so a loop that keeps
    /// appending to its result is linear, as in CPython.
    pub fn push_str(&mut self, tail: &PyStr) {
        if tail.is_empty() {
            return;
        }
        let wide = joined_wide(self, tail);
        self.text.push_str(tail.as_str());
        self.wide = wide;
        self.hash.set(NO_HASH);
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points (`len(s)`).
    #[inline]
    pub fn char_len(&self) -> usize {
        match &self.wide {
            None => self.text.len(),
            Some(w) => w.chars,
        }
    }

    /// Whether every character is ASCII (indexing is then by byte).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.wide.is_none()
    }

    /// Whether the string is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The cached hash, computing it with `compute` the first time.
    pub fn cached_hash(&self, compute: impl FnOnce(&str) -> i64) -> i64 {
        let cached = self.hash.get();
        if cached != NO_HASH {
            return cached;
        }
        let h = compute(&self.text);
        self.hash.set(h);
        h
    }

    /// The byte offset of code point `index`; the byte length when `index >= len`.
    #[inline]
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            return index.min(self.text.len());
        }
        self.byte_offset_slow(index)
    }

    fn byte_offset_slow(&self, index: usize) -> usize {
        let Some(w) = &self.wide else {
            return index.min(self.text.len());
        };
        if index >= w.chars {
            return self.text.len();
        }
        let (mut byte, skip) = if w.chars >= 2 * INDEX_STRIDE {
            let offsets = w.offsets.get_or_init(|| self.build_offsets());
            (offsets[index / INDEX_STRIDE], index % INDEX_STRIDE)
        } else {
            (0, index)
        };
        let bytes = self.text.as_bytes();
        for _ in 0..skip {
            byte += utf8_width(bytes[byte]);
        }
        byte
    }

    fn build_offsets(&self) -> Box<[usize]> {
        self.text
            .char_indices()
            .step_by(INDEX_STRIDE)
            .map(|(offset, _)| offset)
            .collect()
    }

    /// The text of code points `start..end` (clamped to the string).
    pub fn char_slice(&self, start: usize, end: usize) -> &str {
        let end = end.min(self.char_len());
        let start = start.min(end);
        &self.text[self.byte_offset(start)..self.byte_offset(end)]
    }

    /// The code point at `index`, if `index < len`.
    #[inline]
    pub fn char_at(&self, index: usize) -> Option<char> {
        if index >= self.char_len() {
            return None;
        }
        if self.is_ascii() {
            return Some(self.text.as_bytes()[index] as char);
        }
        self.text[self.byte_offset_slow(index)..].chars().next()
    }

    /// `s[i]` for an index already made non-negative; `None` when out of range.
    /// Characters below U+0100 come from a shared cache (no allocation).
    #[inline]
    pub fn item(&self, index: usize) -> Option<Value> {
        self.char_at(index).map(char_value)
    }

    /// `s[start:start + count*step:step]` for indices produced by slice clamping
    /// (`count` items, every index in range).
    pub fn slice_step(this: &Rc<PyStr>, start: usize, step: isize, count: usize) -> Value {
        if count == 0 {
            return empty();
        }
        if step == 1 {
            if count == this.char_len() {
                return Value::Str(this.clone());
            }
            return str_value(this.char_slice(start, start + count));
        }
        let mut out = String::with_capacity(count);
        if this.is_ascii() {
            let bytes = this.text.as_bytes();
            for k in 0..count {
                out.push(bytes[(start as isize + k as isize * step) as usize] as char);
            }
        } else {
            let chars: Vec<char> = this.text.chars().collect();
            for k in 0..count {
                out.push(chars[(start as isize + k as isize * step) as usize]);
            }
        }
        string_value(out)
    }
}

/// The code-point length of `head + tail` when either part is wide.
#[inline]
fn joined_wide(head: &PyStr, tail: &PyStr) -> Option<Box<Wide>> {
    if head.is_ascii() && tail.is_ascii() {
        return None;
    }
    Some(Box::new(Wide {
        chars: head.char_len() + tail.char_len(),
        offsets: OnceCell::new(),
    }))
}

/// Length of the UTF-8 sequence that starts with byte `b`.
#[inline]
fn utf8_width(b: u8) -> usize {
    match b {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

thread_local! {
    /// One shared str per code point below U+0100, and the empty str.
    static SMALL: ([Value; 256], Value) = (
        std::array::from_fn(|i| Value::Str(Rc::new(PyStr::new(char::from(i as u8).encode_utf8(&mut [0; 4]))))),
        Value::Str(Rc::new(PyStr::new(""))),
    );
}

/// The one-character str for `c`; shared (no allocation) below U+0100.
#[inline]
pub fn char_value(c: char) -> Value {
    let cp = c as u32;
    if cp < 256 {
        SMALL.with(|small| small.0[cp as usize].clone())
    } else {
        Value::Str(Rc::new(PyStr::new(c.encode_utf8(&mut [0; 4]))))
    }
}

/// The shared empty str.
#[inline]
pub fn empty() -> Value {
    SMALL.with(|small| small.1.clone())
}

/// A str value for `s`, shared when `s` is empty or one character below U+0100.
#[inline]
pub fn str_value(s: &str) -> Value {
    match single_char(s) {
        Some(v) => v,
        None => Value::str(s),
    }
}

/// [`str_value`] for text the caller knows is ASCII.
#[inline]
pub fn ascii_value(s: &str) -> Value {
    match single_char(s) {
        Some(v) => v,
        None => Value::Str(Rc::new(PyStr::ascii(s))),
    }
}

/// A str value owning `text`, shared when it is empty or one character below U+0100.
pub fn compact_value(text: compact_str::CompactString) -> Value {
    match single_char(&text) {
        Some(v) => v,
        None => Value::Str(Rc::new(PyStr {
            wide: wide(&text),
            text,
            hash: Cell::new(NO_HASH),
        })),
    }
}

/// [`compact_value`] for text the caller knows is ASCII.
#[inline]
pub fn ascii_compact_value(text: compact_str::CompactString) -> Value {
    match single_char(&text) {
        Some(v) => v,
        None => Value::Str(Rc::new(PyStr::ascii_owned(text))),
    }
}

/// A str value owning `s`, shared when `s` is empty or one character below U+0100.
#[inline]
pub fn string_value(s: String) -> Value {
    match single_char(&s) {
        Some(v) => v,
        None => Value::string(s),
    }
}

#[inline]
fn single_char(s: &str) -> Option<Value> {
    match s.len() {
        0 => Some(empty()),
        1 | 2 => {
            let mut it = s.chars();
            let c = it.next()?;
            (it.next().is_none() && (c as u32) < 256).then(|| char_value(c))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(v: &Value) -> String {
        match v {
            Value::Str(s) => s.as_str().to_string(),
            _ => panic!("not a str"),
        }
    }

    #[test]
    fn small_chars_are_shared() {
        let a = char_value('a');
        let b = char_value('a');
        assert!(a.is(&b));
        assert!(char_value('é').is(&char_value('é')));
        assert!(!char_value('€').is(&char_value('€')));
        assert!(str_value("é").is(&char_value('é')));
        assert!(str_value("").is(&empty()));
        assert_eq!(text(&char_value('€')), "€");
    }

    #[test]
    fn non_ascii_indexing_uses_offsets() {
        let s: String = (0..200)
            .map(|i| if i % 3 == 0 { 'é' } else { 'x' })
            .collect();
        let p = PyStr::from_string(s.clone());
        assert!(!p.is_ascii());
        let chars: Vec<char> = s.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            assert_eq!(p.char_at(i), Some(*c));
        }
        assert_eq!(p.char_at(200), None);
        assert_eq!(p.char_slice(3, 6), "éxx");
        assert_eq!(p.char_slice(198, 500), "éx");
    }

    #[test]
    fn concatenation_knows_the_code_point_length_and_forgets_the_hash() {
        let (a, wide) = (PyStr::new("ab"), PyStr::new("é€"));
        let joined = PyStr::concat(&a, &wide);
        assert_eq!((joined.as_str(), joined.char_len()), ("abé€", 4));
        assert!(!joined.is_ascii());
        assert_eq!(joined.char_at(3), Some('€'));
        assert!(PyStr::concat(&a, &a).is_ascii());

        let mut grown = PyStr::new("x");
        let before = grown.cached_hash(crate::hash::hash_str);
        grown.push_str(&a);
        assert!(grown.is_ascii());
        assert_eq!(
            grown.cached_hash(crate::hash::hash_str),
            crate::hash::hash_str("xab")
        );
        assert_ne!(grown.cached_hash(crate::hash::hash_str), before);
        grown.push_str(&wide);
        assert_eq!((grown.as_str(), grown.char_len()), ("xabé€", 5));
        assert_eq!(grown.char_at(4), Some('€'));
        // Past the inline capacity the text moves to the heap and keeps growing.
        for _ in 0..20 {
            grown.push_str(&a);
        }
        assert_eq!(grown.char_len(), 45);
        assert_eq!(grown.char_slice(43, 45), "ab");
        assert_eq!(
            grown.cached_hash(crate::hash::hash_str),
            crate::hash::hash_str(grown.as_str())
        );
    }

    #[test]
    fn ascii_values_skip_the_scan_but_share_single_chars() {
        assert!(ascii_value("a").is(&char_value('a')));
        assert!(ascii_value("").is(&empty()));
        let Value::Str(word) = ascii_value("word") else {
            panic!("not a str");
        };
        assert!(word.is_ascii());
        assert_eq!(word.char_len(), 4);
    }

    #[test]
    fn stepped_slices() {
        let p = Rc::new(PyStr::new("abcdef"));
        assert_eq!(text(&PyStr::slice_step(&p, 5, -2, 3)), "fdb");
        let q = Rc::new(PyStr::new("aé€😀"));
        assert_eq!(text(&PyStr::slice_step(&q, 3, -1, 4)), "😀€éa");
        assert!(PyStr::slice_step(&q, 0, 1, 4).is(&Value::Str(q.clone())));
    }
}

#[cfg(test)]
mod layout_tests {
    use super::*;

    #[test]
    fn short_strings_live_in_one_small_allocation() {
        // With Rc's two counts: 56 bytes, a 64-byte malloc chunk.
        assert!(std::mem::size_of::<PyStr>() <= 40);
        let word = PyStr::new("a-typical-word");
        assert_eq!(word.as_str(), "a-typical-word");
        assert_eq!(
            word.cached_hash(crate::hash::hash_str),
            crate::hash::hash_str("a-typical-word")
        );
        let long = PyStr::from_string("é".repeat(100));
        assert_eq!(long.as_str().chars().count(), 100);
        assert_eq!(long.char_len(), 100);
        assert!(!long.is_ascii());
        assert_eq!(long.char_slice(98, 200), "éé");
        assert_eq!(word.char_len(), 14);
        assert!(word.is_ascii());
    }
}
