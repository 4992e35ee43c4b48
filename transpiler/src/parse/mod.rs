//! Parsing: Python source to an AST, behind one narrow interface.
//!
//! This is the only module that names `rustpython_parser`'s entry points, so
//! another parser could replace it here. Invariant: parsing never panics; a
//! syntax error becomes a [`Diagnostic`] with CPython's file/line/column layout.

mod source;
pub mod walk;

pub use rustpython_parser::ast;
pub use source::SourceFile;

use crate::diag::{DiagKind, Diagnostic};
use rustpython_parser::{Parse, ParseErrorType};

/// A parsed module: the statements and the source they came from.
pub struct Module {
    /// The module's statements.
    pub body: Vec<ast::Stmt>,
    /// The source text, with a line index for positions.
    pub source: SourceFile,
}

/// Parses a whole module. `path` is the file name used in messages.
pub fn parse_module(text: &str, path: &str) -> Result<Module, Diagnostic> {
    let source = SourceFile::new(path, text);
    match ast::Suite::parse(text, path) {
        Ok(body) => Ok(Module { body, source }),
        Err(err) => {
            let offset = u32::from(err.offset) as usize;
            let pos = source.pos(offset.min(text.len()));
            Err(Diagnostic {
                kind: DiagKind::SyntaxError {
                    line_text: source.line_text(pos.line).to_string(),
                },
                message: syntax_message(&err.error),
                file: path.to_string(),
                pos,
            })
        }
    }
}

fn syntax_message(err: &ParseErrorType) -> String {
    match err {
        ParseErrorType::Eof => "unexpected EOF while parsing".into(),
        ParseErrorType::Lexical(lex) => lex.to_string(),
        _ => "invalid syntax".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_small_program() {
        let m = parse_module("x = 1\nprint(x)\n", "t.py").unwrap();
        assert_eq!(m.body.len(), 2);
    }

    #[test]
    fn syntax_error_has_a_position() {
        let err = parse_module("x = 1\ny = = 2\n", "t.py").err().unwrap();
        assert!(matches!(err.kind, DiagKind::SyntaxError { .. }));
        assert_eq!(err.pos.line, 2);
        assert!(err.to_string().contains("SyntaxError"));
    }
}
