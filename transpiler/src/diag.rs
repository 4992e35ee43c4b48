//! Diagnostics: what pyrc reports about a program it cannot compile.

use std::fmt;

/// A position in a Python source file (1-based line, 1-based column).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Pos {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, counted in characters.
    pub col: u32,
}

/// The kind of a diagnostic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiagKind {
    /// The source is not valid Python: printed as CPython prints a SyntaxError.
    SyntaxError {
        /// The text of the offending line, for the caret display.
        line_text: String,
    },
    /// Valid Python that pyrc does not compile yet.
    Unsupported,
    /// An `import` of a module pyrc does not provide.
    UnsupportedModule,
}

/// One problem found in a program, with its location.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// What kind of problem.
    pub kind: DiagKind,
    /// The message: for `Unsupported`, what is unsupported (e.g. "class definition").
    pub message: String,
    /// The file, as given on the command line.
    pub file: String,
    /// Where.
    pub pos: Pos,
}

impl Diagnostic {
    /// A construct pyrc does not support yet.
    pub fn unsupported(what: impl Into<String>, file: &str, pos: Pos) -> Diagnostic {
        Diagnostic {
            kind: DiagKind::Unsupported,
            message: what.into(),
            file: file.to_string(),
            pos,
        }
    }

    /// The exit status pyrc uses after reporting this diagnostic.
    pub fn exit_code(&self) -> i32 {
        match self.kind {
            DiagKind::SyntaxError { .. } => 1,
            DiagKind::Unsupported | DiagKind::UnsupportedModule => 2,
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Pos { line, col } = self.pos;
        match &self.kind {
            DiagKind::SyntaxError { line_text } => {
                writeln!(f, "  File \"{}\", line {line}", self.file)?;
                let trimmed = line_text.trim_start();
                let indent = line_text.chars().count() - trimmed.chars().count();
                let caret = (col as usize).saturating_sub(1).saturating_sub(indent);
                writeln!(f, "    {}", trimmed.trim_end())?;
                writeln!(f, "    {}^", " ".repeat(caret))?;
                write!(f, "SyntaxError: {}", self.message)
            }
            DiagKind::Unsupported => write!(
                f,
                "pyrc: error: unsupported {} at {}:{line}:{col}",
                self.message, self.file
            ),
            DiagKind::UnsupportedModule => write!(
                f,
                "pyrc: error: module '{}' is not supported yet at {}:{line}:{col}",
                self.message, self.file
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsupported_has_file_line_and_column() {
        let d = Diagnostic::unsupported("class definition", "a.py", Pos { line: 3, col: 5 });
        assert_eq!(
            d.to_string(),
            "pyrc: error: unsupported class definition at a.py:3:5"
        );
        assert_ne!(d.exit_code(), 0);
    }

    #[test]
    fn syntax_error_points_at_the_column() {
        let d = Diagnostic {
            kind: DiagKind::SyntaxError {
                line_text: "    x = = 1".into(),
            },
            message: "invalid syntax".into(),
            file: "a.py".into(),
            pos: Pos { line: 2, col: 9 },
        };
        assert_eq!(
            d.to_string(),
            "  File \"a.py\", line 2\n    x = = 1\n        ^\nSyntaxError: invalid syntax"
        );
    }
}
