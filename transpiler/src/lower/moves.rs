//! Moving a local on its last use instead of cloning it.
//!
//! A read of a local that nothing can read again may move the value out of
//! the Rust variable: `self.link = link` in an `__init__` then stores the
//! argument itself, with no reference-count increment and decrement. The
//! test is deliberately textual and conservative: the read must be the only
//! mention of the name from the start of its statement to the end of the
//! function (any later mention, in code, a nested function, a string or a
//! comment, keeps the clone), outside loops, comprehensions and the
//! closure-lowered blocks of `try` and `with`. Rust's move checker verifies
//! the result when the generated crate compiles.

use super::context::Lower;
use crate::scope::NameKind;

/// Names whose calls read locals the text does not name: `locals()`,
/// `vars()` and `dir()` see every local, `super()` the first parameter.
const FRAME_READERS: [&str; 4] = ["locals", "vars", "dir", "super"];

impl Lower<'_, '_, '_> {
    /// Whether the read of local `name` being lowered may move it.
    pub fn movable_local(&self, name: &str) -> bool {
        let f = &self.f;
        let Some(body_end) = f.body_end else {
            return false;
        };
        if f.kind(name) != NameKind::Local
            || !f.loops.is_empty()
            || !f.comprehension_scopes.is_empty()
            || f.try_depth > 0
            || f.class_body.is_some()
            || f.has_walrus
        {
            return false;
        }
        let Some(rest) = self.m.src.text.get(f.stmt_start..body_end) else {
            return false;
        };
        mentions(rest, name) == 1 && FRAME_READERS.iter().all(|r| mentions(rest, r) == 0)
    }
}

/// How many times `text` mentions `name` as a whole word that is not an
/// attribute name (not preceded by `.`).
fn mentions(text: &str, name: &str) -> usize {
    let is_ident = |c: char| c == '_' || c.is_alphanumeric();
    text.match_indices(name)
        .filter(|&(at, _)| {
            let before = &text[..at];
            let after = &text[at + name.len()..];
            !before.ends_with(is_ident)
                && !after.starts_with(is_ident)
                && !before
                    .trim_end_matches([' ', '\t', '\\', '\n', '\r'])
                    .ends_with('.')
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::mentions;

    #[test]
    fn whole_words_count_and_attribute_names_do_not() {
        assert_eq!(mentions("self.link = link", "link"), 1);
        assert_eq!(mentions("linked = link + links", "link"), 1);
        assert_eq!(mentions("x = f(x) if x else _x", "x"), 3);
        assert_eq!(mentions("a . x = x", "x"), 1);
        assert_eq!(mentions("print('x')  # x", "x"), 2);
    }

    #[test]
    fn no_mention_is_zero() {
        assert_eq!(mentions("return y", "x"), 0);
        assert_eq!(mentions("return x", "x"), 1);
        assert_eq!(mentions("", "x"), 0);
    }
}
