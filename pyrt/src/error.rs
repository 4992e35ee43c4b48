//! Python exceptions as Rust errors.
//!
//! Every fallible operation returns [`PyResult`]; the generated code propagates
//! errors with `?`. A [`PyErr`] is one pointer wide so that `PyResult<Value>`
//! stays small on the hot path. Each frame the error leaves appends a
//! [`TracebackEntry`] (see [`crate::frame`]), so the entries run innermost first.

use std::fmt::Write as _;

use crate::frame::Code;
use crate::value::Value;

/// The result of any operation that may raise.
pub type PyResult<T> = Result<T, PyErr>;

/// The builtin exception classes pyrt raises.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ExcKind {
    /// `BaseException`
    BaseException,
    /// `Exception`
    Exception,
    /// `ArithmeticError`
    ArithmeticError,
    /// `ZeroDivisionError`
    ZeroDivisionError,
    /// `OverflowError`
    OverflowError,
    /// `LookupError`
    LookupError,
    /// `IndexError`
    IndexError,
    /// `KeyError`
    KeyError,
    /// `NameError`
    NameError,
    /// `UnboundLocalError`
    UnboundLocalError,
    /// `TypeError`
    TypeError,
    /// `ValueError`
    ValueError,
    /// `RuntimeError`
    RuntimeError,
    /// `RecursionError`
    RecursionError,
    /// `AttributeError`
    AttributeError,
    /// `StopIteration`
    StopIteration,
    /// `AssertionError`
    AssertionError,
    /// `NotImplementedError`
    NotImplementedError,
    /// `MemoryError`
    MemoryError,
    /// `SystemExit`
    SystemExit,
}

impl ExcKind {
    /// The class name, as printed in tracebacks.
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::BaseException => "BaseException",
            ExcKind::Exception => "Exception",
            ExcKind::ArithmeticError => "ArithmeticError",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::LookupError => "LookupError",
            ExcKind::IndexError => "IndexError",
            ExcKind::KeyError => "KeyError",
            ExcKind::NameError => "NameError",
            ExcKind::UnboundLocalError => "UnboundLocalError",
            ExcKind::TypeError => "TypeError",
            ExcKind::ValueError => "ValueError",
            ExcKind::RuntimeError => "RuntimeError",
            ExcKind::RecursionError => "RecursionError",
            ExcKind::AttributeError => "AttributeError",
            ExcKind::StopIteration => "StopIteration",
            ExcKind::AssertionError => "AssertionError",
            ExcKind::NotImplementedError => "NotImplementedError",
            ExcKind::MemoryError => "MemoryError",
            ExcKind::SystemExit => "SystemExit",
        }
    }
}

/// One line of a traceback: the code object of a frame and the line it was on.
#[derive(Clone, Copy)]
pub struct TracebackEntry {
    /// The function (or module body) the frame ran.
    pub code: &'static Code,
    /// The 1-based source line the frame was executing.
    pub line: u32,
}

/// The data of a raised exception.
pub struct ErrorData {
    /// The exception's class.
    pub kind: ExcKind,
    /// The exception's `args`.
    pub args: Vec<Value>,
    /// Frames the exception has left, innermost first.
    pub traceback: Vec<TracebackEntry>,
}

/// A raised Python exception.
pub struct PyErr(Box<ErrorData>);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.summary())
    }
}

impl PyErr {
    /// An exception of `kind` with the given `args`.
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr(Box::new(ErrorData {
            kind,
            args,
            traceback: Vec::new(),
        }))
    }

    /// An exception of `kind` with a single message argument.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(kind, vec![Value::string(msg.into())])
    }

    /// The exception's class.
    pub fn kind(&self) -> ExcKind {
        self.0.kind
    }

    /// The exception's `args`.
    pub fn args(&self) -> &[Value] {
        &self.0.args
    }

    /// The frames the exception has passed through, innermost first.
    pub fn traceback(&self) -> &[TracebackEntry] {
        &self.0.traceback
    }

    /// Records that the exception left `code` while it was on `line`.
    #[cold]
    pub fn add_frame(mut self, code: &'static Code, line: u32) -> PyErr {
        self.0.traceback.push(TracebackEntry { code, line });
        self
    }

    /// `str(exc)`: empty without args, `str(arg)` with one, the args tuple's repr otherwise.
    /// KeyError shows the repr of its single argument.
    pub fn message(&self) -> String {
        match self.0.args.as_slice() {
            [] => String::new(),
            [arg] if self.0.kind == ExcKind::KeyError => {
                crate::repr::repr(arg).unwrap_or_else(|_| "<unprintable>".into())
            }
            [arg] => crate::repr::str_of(arg).unwrap_or_else(|_| "<unprintable>".into()),
            args => crate::repr::repr(&Value::tuple(args.to_vec()))
                .unwrap_or_else(|_| "<unprintable>".into()),
        }
    }

    /// The last line of a traceback: `Kind: message`, or `Kind` alone when the message is empty.
    pub fn summary(&self) -> String {
        let msg = self.message();
        if msg.is_empty() {
            self.0.kind.name().to_string()
        } else {
            format!("{}: {}", self.0.kind.name(), msg)
        }
    }

    /// The full traceback text CPython prints for an uncaught exception.
    pub fn render_traceback(&self) -> String {
        let mut out = String::new();
        if !self.0.traceback.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let entries: Vec<&TracebackEntry> = self.0.traceback.iter().rev().collect();
            let mut i = 0;
            while i < entries.len() {
                let same = entries[i..]
                    .iter()
                    .take_while(|e| {
                        e.line == entries[i].line && std::ptr::eq(e.code, entries[i].code)
                    })
                    .count();
                // Like CPython, show a repeated frame three times, then count the rest.
                for _ in 0..same.min(REPEATS_SHOWN) {
                    write_entry(&mut out, entries[i]);
                }
                if same > REPEATS_SHOWN {
                    let more = same - REPEATS_SHOWN;
                    let s = if more == 1 { "" } else { "s" };
                    let _ = writeln!(out, "  [Previous line repeated {more} more time{s}]");
                }
                i += same;
            }
        }
        out.push_str(&self.summary());
        out.push('\n');
        out
    }
}

/// How many identical consecutive traceback entries are printed before they are counted.
const REPEATS_SHOWN: usize = 3;

fn write_entry(out: &mut String, entry: &TracebackEntry) {
    let module = entry.code.module;
    let _ = writeln!(
        out,
        "  File \"{}\", line {}, in {}",
        module.path, entry.line, entry.code.name
    );
    if let Some(text) = module.source_line(entry.line) {
        let text = text.trim();
        if !text.is_empty() {
            let _ = writeln!(out, "    {text}");
        }
    }
}

/// Shorthand constructors for the errors pyrt raises most.
pub mod raise {
    use super::{ExcKind, PyErr};

    /// `TypeError(msg)`
    #[cold]
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::TypeError, msg)
    }

    /// `ValueError(msg)`
    #[cold]
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ValueError, msg)
    }

    /// `IndexError(msg)`
    #[cold]
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::IndexError, msg)
    }

    /// `ZeroDivisionError(msg)`
    #[cold]
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ZeroDivisionError, msg)
    }

    /// `OverflowError(msg)`
    #[cold]
    pub fn overflow(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::OverflowError, msg)
    }

    /// `AttributeError(msg)`
    #[cold]
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::AttributeError, msg)
    }

    /// `RuntimeError(msg)`
    #[cold]
    pub fn runtime_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::RuntimeError, msg)
    }

    /// `NameError: name 'x' is not defined`
    #[cold]
    pub fn name_error(name: &str) -> PyErr {
        PyErr::new(ExcKind::NameError, format!("name '{name}' is not defined"))
    }

    /// `UnboundLocalError` for a local read before assignment.
    #[cold]
    pub fn unbound_local(name: &str) -> PyErr {
        PyErr::new(
            ExcKind::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    /// `KeyError(key)`
    #[cold]
    pub fn key_error(key: crate::Value) -> PyErr {
        PyErr::with_args(ExcKind::KeyError, vec![key])
    }

    /// `TypeError: unsupported operand type(s) for op: 'a' and 'b'`
    #[cold]
    pub fn unsupported_operands(op: &str, a: &crate::Value, b: &crate::Value) -> PyErr {
        type_error(format!(
            "unsupported operand type(s) for {op}: '{}' and '{}'",
            a.type_name(),
            b.type_name()
        ))
    }
}
