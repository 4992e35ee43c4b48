//! Rust identifiers for Python names, avoiding keywords and pyrc's own names.

use proc_macro2::{Ident, Span};

/// Rust keywords (strict and reserved) that a Python name may collide with.
const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen", "union", "main",
    "pyrt", "std", "core", "alloc", "Value", "Ok", "Err", "Some", "None", "Option", "Result",
];

/// Turns a Python identifier into a valid Rust one: keywords (and names
/// already ending in `_`) get a trailing `_`, names starting with `__` (reserved for pyrc's temporaries) get a `u`
/// prefix, and non-ASCII characters are spelled as their code points.
pub fn sanitize(name: &str) -> String {
    if name == "_" {
        return "_u".to_string();
    }
    let mut out = ascii_only(name);
    if out.starts_with("__") {
        out.insert(0, 'u');
    }
    // A trailing `_` marks keywords; names already ending in `_` get one
    // more, so `self` and `self_` stay distinct.
    if RUST_KEYWORDS.contains(&out.as_str()) || name.ends_with('_') {
        out.push('_');
    }
    out
}

/// Spells non-ASCII characters of `name` as their code points.
fn ascii_only(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c);
        } else {
            out.push_str(&format!("_u{:x}_", c as u32));
        }
    }
    out
}

/// The Rust identifier of a Python local variable.
pub fn local(name: &str) -> Ident {
    ident(&sanitize(name))
}

/// The identifier of the static cell holding module global `name`.
pub fn global_cell(name: &str) -> Ident {
    ident(&format!("G_{}", ascii_only(name)))
}

/// The identifier of the static builtin cache site for `name`.
pub fn builtin_site(name: &str) -> Ident {
    ident(&format!("B_{}", ascii_only(name)))
}

/// An unsuffixed integer literal (`7`, not `7u32`), for readable generated code.
pub fn lit(n: usize) -> proc_macro2::Literal {
    proc_macro2::Literal::usize_unsuffixed(n)
}

/// An identifier at the call site span.
pub fn ident(text: &str) -> Ident {
    Ident::new(text, Span::call_site())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_and_reserved_prefixes_are_renamed() {
        assert_eq!(sanitize("type"), "type_");
        assert_eq!(sanitize("main"), "main_");
        assert_eq!(sanitize("total"), "total");
        assert_eq!(sanitize("__x"), "u__x");
        assert_eq!(sanitize("_"), "_u");
        assert_eq!(sanitize("café"), "caf_ue9_");
    }

    #[test]
    fn a_keyword_and_its_underscored_spelling_stay_distinct() {
        assert_eq!(sanitize("self"), "self_");
        assert_eq!(sanitize("self_"), "self__");
        assert_eq!(sanitize("x_"), "x__");
        assert_ne!(sanitize("type"), sanitize("type_"));
    }

    #[test]
    fn global_cells_are_distinct_per_name() {
        assert_eq!(global_cell("__name__").to_string(), "G___name__");
        assert_eq!(global_cell("x").to_string(), "G_x");
    }
}
