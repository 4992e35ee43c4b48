//! `str`: immutable Unicode text with O(1) indexing for ASCII strings.

use std::cell::Cell;

/// A Python str. Stored as UTF-8 with its length in code points; when that
/// length equals the byte length the string is ASCII and indexes in O(1).
pub struct PyStr {
    text: Box<str>,
    chars: usize,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    /// A str holding a copy of `s`.
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_string())
    }

    /// A str taking ownership of `s`.
    pub fn from_string(s: String) -> PyStr {
        let chars = s.chars().count();
        PyStr {
            text: s.into_boxed_str(),
            chars,
            hash: Cell::new(None),
        }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points (`len(s)`).
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// Whether every character is ASCII (indexing is then by byte).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// Whether the string is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The cached hash, computing it with `compute` the first time.
    pub fn cached_hash(&self, compute: impl FnOnce(&str) -> i64) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = compute(&self.text);
        self.hash.set(Some(h));
        h
    }
}
