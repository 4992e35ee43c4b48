//! Expressions back to source text, spelled the way CPython's compiler
//! spells annotations under `from __future__ import annotations` (its C
//! unparser: normalised spacing, `repr` of constants, parentheses only where
//! precedence needs them). Forms annotations never use fall back to the
//! expression's own source text.

use rustpython_parser::ast::{Constant, Expr, Operator, Ranged, UnaryOp};

use crate::parse::SourceFile;

/// The text of `expr` as a future-style annotation string.
pub fn unparse(expr: &Expr, src: &SourceFile) -> String {
    let mut out = String::new();
    Unparser { src, out: &mut out }.expr(expr, Prec::Test);
    out
}

/// Binding strength, weakest first (CPython's `PR_*` order).
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Prec {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BOr,
    BXor,
    BAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Atom,
}

struct Unparser<'a> {
    src: &'a SourceFile,
    out: &'a mut String,
}

impl Unparser<'_> {
    fn expr(&mut self, e: &Expr, level: Prec) {
        match e {
            Expr::Name(n) => self.out.push_str(n.id.as_str()),
            Expr::Constant(c) => self.constant(&c.value),
            Expr::Attribute(a) => {
                self.expr(&a.value, Prec::Atom);
                self.out.push('.');
                self.out.push_str(a.attr.as_str());
            }
            Expr::Subscript(s) => {
                self.expr(&s.value, Prec::Atom);
                self.out.push('[');
                match s.slice.as_ref() {
                    Expr::Tuple(t) if !t.elts.is_empty() => self.items(&t.elts, t.elts.len() == 1),
                    other => self.expr(other, Prec::Tuple),
                }
                self.out.push(']');
            }
            Expr::Tuple(t) => {
                let parens = level > Prec::Tuple || t.elts.is_empty();
                self.wrap(parens, |u| u.items(&t.elts, t.elts.len() == 1));
            }
            Expr::List(l) => {
                self.out.push('[');
                self.items(&l.elts, false);
                self.out.push(']');
            }
            Expr::BinOp(b) => {
                let (prec, symbol) = operator(b.op);
                // `**` groups to the right, everything else to the left.
                let (left, right) = match b.op {
                    Operator::Pow => (next(prec), prec),
                    _ => (prec, next(prec)),
                };
                self.wrap(level > prec, |u| {
                    u.expr(&b.left, left);
                    u.out.push_str(symbol);
                    u.expr(&b.right, right);
                });
            }
            Expr::UnaryOp(u) => {
                let (prec, symbol) = match u.op {
                    UnaryOp::Not => (Prec::Not, "not "),
                    UnaryOp::USub => (Prec::Factor, "-"),
                    UnaryOp::UAdd => (Prec::Factor, "+"),
                    UnaryOp::Invert => (Prec::Factor, "~"),
                };
                self.wrap(level > prec, |w| {
                    w.out.push_str(symbol);
                    w.expr(&u.operand, prec);
                });
            }
            Expr::Call(c) => {
                self.expr(&c.func, Prec::Atom);
                self.out.push('(');
                let mut first = true;
                for arg in &c.args {
                    self.separator(&mut first);
                    self.expr(arg, Prec::Test);
                }
                for kw in &c.keywords {
                    self.separator(&mut first);
                    match &kw.arg {
                        Some(name) => {
                            self.out.push_str(name.as_str());
                            self.out.push('=');
                        }
                        None => self.out.push_str("**"),
                    }
                    self.expr(&kw.value, Prec::Test);
                }
                self.out.push(')');
            }
            Expr::Starred(s) => {
                self.out.push('*');
                self.expr(&s.value, Prec::BOr);
            }
            other => self.source_text(other),
        }
    }

    /// Comma-separated items; a one-item tuple keeps its trailing comma.
    fn items(&mut self, items: &[Expr], trailing_comma: bool) {
        let mut first = true;
        for item in items {
            self.separator(&mut first);
            self.expr(item, Prec::Test);
        }
        if trailing_comma {
            self.out.push(',');
        }
    }

    fn separator(&mut self, first: &mut bool) {
        if !*first {
            self.out.push_str(", ");
        }
        *first = false;
    }

    fn wrap(&mut self, parens: bool, body: impl FnOnce(&mut Self)) {
        if parens {
            self.out.push('(');
        }
        body(self);
        if parens {
            self.out.push(')');
        }
    }

    fn constant(&mut self, c: &Constant) {
        match c {
            Constant::None => self.out.push_str("None"),
            Constant::Bool(true) => self.out.push_str("True"),
            Constant::Bool(false) => self.out.push_str("False"),
            Constant::Ellipsis => self.out.push_str("..."),
            Constant::Str(s) => self.out.push_str(&str_repr(s)),
            Constant::Int(i) => self.out.push_str(&i.to_string()),
            _ => self.out.push_str("..."),
        }
    }

    fn source_text(&mut self, e: &Expr) {
        let range = e.range();
        let text = self
            .src
            .text
            .get(range.start().to_usize()..range.end().to_usize())
            .unwrap_or("...");
        self.out.push_str(text);
    }
}

/// A binary operator's precedence and spelling.
fn operator(op: Operator) -> (Prec, &'static str) {
    match op {
        Operator::BitOr => (Prec::BOr, " | "),
        Operator::BitXor => (Prec::BXor, " ^ "),
        Operator::BitAnd => (Prec::BAnd, " & "),
        Operator::LShift => (Prec::Shift, " << "),
        Operator::RShift => (Prec::Shift, " >> "),
        Operator::Add => (Prec::Arith, " + "),
        Operator::Sub => (Prec::Arith, " - "),
        Operator::Mult => (Prec::Term, " * "),
        Operator::MatMult => (Prec::Term, " @ "),
        Operator::Div => (Prec::Term, " / "),
        Operator::Mod => (Prec::Term, " % "),
        Operator::FloorDiv => (Prec::Term, " // "),
        Operator::Pow => (Prec::Power, " ** "),
    }
}

/// The next tighter precedence level.
fn next(p: Prec) -> Prec {
    use Prec::*;
    const ORDER: [Prec; 15] = [
        Tuple, Test, Or, And, Not, Cmp, BOr, BXor, BAnd, Shift, Arith, Term, Factor, Power, Atom,
    ];
    let i = ORDER
        .iter()
        .position(|q| *q == p)
        .unwrap_or(ORDER.len() - 1);
    ORDER[(i + 1).min(ORDER.len() - 1)]
}

/// Python's `repr` of a str: single quotes unless the text has a single
/// quote and no double quote; backslash escapes for the quote, `\\`,
/// `\n`, `\r`, `\t` and other control characters.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustpython_parser::ast;

    fn annotation_text(source: &str) -> String {
        let module = crate::parse::parse_module(&format!("x: {source}\n"), "t.py").unwrap();
        let ast::Stmt::AnnAssign(s) = &module.body[0] else {
            panic!("not an annotated assignment")
        };
        unparse(&s.annotation, &module.source)
    }

    /// Expected texts are CPython 3.11's `__annotations__` under
    /// `from __future__ import annotations`.
    #[test]
    fn annotations_are_spelled_like_cpython() {
        for (source, expected) in [
            ("int", "int"),
            ("List[int]", "List[int]"),
            ("Dict[str,  int]", "Dict[str, int]"),
            ("typing.Optional['Node']", "typing.Optional['Node']"),
            ("\"Node\"", "'Node'"),
            ("int|None", "int | None"),
            ("tuple[int, ...]", "tuple[int, ...]"),
            ("Callable[[int, str], bool]", "Callable[[int, str], bool]"),
            ("tuple[()]", "tuple[()]"),
            ("tuple[int,]", "tuple[int,]"),
            ("(int, str)", "(int, str)"),
            ("field(default=1)", "field(default=1)"),
            ("\"it's\"", "\"it's\""),
            ("a | (b | c)", "a | (b | c)"),
            ("-1", "-1"),
        ] {
            assert_eq!(annotation_text(source), expected, "{source}");
        }
    }
}
