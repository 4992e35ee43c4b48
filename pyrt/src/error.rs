//! Python exceptions as Rust errors.
//!
//! Every fallible operation returns [`PyResult`]; the generated code propagates
//! errors with `?`. A [`PyErr`] is one pointer wide so that `PyResult<Value>`
//! stays small on the hot path. Each frame the error leaves appends a
//! [`TracebackEntry`] (see [`crate::frame`]), so the entries run innermost first.

use std::fmt::Write as _;

use std::rc::Rc;

use crate::class::PyClass;
use crate::frame::Code;
use crate::instance::PyInstance;
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
    /// `GeneratorExit`
    GeneratorExit,
    /// `KeyboardInterrupt`
    KeyboardInterrupt,
    /// `OSError`
    OSError,
    /// `FileNotFoundError`
    FileNotFoundError,
    /// `ImportError`
    ImportError,
    /// `ModuleNotFoundError`
    ModuleNotFoundError,
    /// `EOFError`
    EOFError,
    /// `UnicodeDecodeError`
    UnicodeDecodeError,
    /// `UnicodeEncodeError`
    UnicodeEncodeError,
    /// `SystemError`
    SystemError,
}

/// Every `ExcKind`, for name lookups.
const ALL_KINDS: &[ExcKind] = &[
    ExcKind::BaseException,
    ExcKind::Exception,
    ExcKind::ArithmeticError,
    ExcKind::ZeroDivisionError,
    ExcKind::OverflowError,
    ExcKind::LookupError,
    ExcKind::IndexError,
    ExcKind::KeyError,
    ExcKind::NameError,
    ExcKind::UnboundLocalError,
    ExcKind::TypeError,
    ExcKind::ValueError,
    ExcKind::RuntimeError,
    ExcKind::RecursionError,
    ExcKind::AttributeError,
    ExcKind::StopIteration,
    ExcKind::AssertionError,
    ExcKind::NotImplementedError,
    ExcKind::MemoryError,
    ExcKind::SystemExit,
    ExcKind::GeneratorExit,
    ExcKind::KeyboardInterrupt,
    ExcKind::OSError,
    ExcKind::FileNotFoundError,
    ExcKind::ImportError,
    ExcKind::ModuleNotFoundError,
    ExcKind::EOFError,
    ExcKind::UnicodeDecodeError,
    ExcKind::UnicodeEncodeError,
    ExcKind::SystemError,
];

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
            ExcKind::GeneratorExit => "GeneratorExit",
            ExcKind::KeyboardInterrupt => "KeyboardInterrupt",
            ExcKind::OSError => "OSError",
            ExcKind::FileNotFoundError => "FileNotFoundError",
            ExcKind::ImportError => "ImportError",
            ExcKind::ModuleNotFoundError => "ModuleNotFoundError",
            ExcKind::EOFError => "EOFError",
            ExcKind::UnicodeDecodeError => "UnicodeDecodeError",
            ExcKind::UnicodeEncodeError => "UnicodeEncodeError",
            ExcKind::SystemError => "SystemError",
        }
    }

    /// The kind named `name`, if pyrt has one.
    pub fn from_name(name: &str) -> Option<ExcKind> {
        ALL_KINDS.iter().copied().find(|k| k.name() == name)
    }
}

/// One line of a traceback: the code object of a frame and the line it was on.
#[derive(Clone, Copy)]
pub struct TracebackEntry {
    /// The function (or module body) the frame ran.
    pub code: &'static Code,
    /// The 1-based source line the frame was executing.
    pub line: u32,
    /// The frame's recursion depth: with `code`, identifies the frame.
    pub depth: u32,
}

/// The data of a raised exception.
pub struct ErrorData {
    /// The builtin class the exception is or derives from.
    pub kind: ExcKind,
    /// The exception's `args`.
    pub args: Vec<Value>,
    /// Frames the exception has left, innermost first (until it becomes an object).
    traceback: Vec<TracebackEntry>,
    /// The exception object, once there is one; it then holds the traceback.
    object: Option<Rc<PyInstance>>,
}

/// A raised Python exception.
pub struct PyErr(Box<ErrorData>);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.summary())
    }
}

impl Clone for PyErr {
    fn clone(&self) -> PyErr {
        PyErr(Box::new(ErrorData {
            kind: self.0.kind,
            args: self.0.args.clone(),
            traceback: self.0.traceback.clone(),
            object: self.0.object.clone(),
        }))
    }
}

impl PyErr {
    /// An exception of `kind` with the given `args`.
    pub fn with_args(kind: ExcKind, args: Vec<Value>) -> PyErr {
        PyErr(Box::new(ErrorData {
            kind,
            args,
            traceback: Vec::new(),
            object: None,
        }))
    }

    /// An exception of `kind` with a single message argument.
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(kind, vec![Value::string(msg.into())])
    }

    /// `raise value`: an exception class (instantiated without arguments) or object.
    pub fn from_value(value: &Value) -> PyResult<PyErr> {
        let object = match value {
            Value::Class(c) if crate::exceptions::is_exception_class(c) => {
                crate::instance::instantiate(c, &[], &[])?
            }
            other => other.clone(),
        };
        match object {
            Value::Instance(i) if i.is_exception() => {
                let kind = i.class().exception_kind().unwrap_or(ExcKind::Exception);
                let args = i
                    .exc
                    .as_ref()
                    .map(|e| e.borrow().args.clone())
                    .unwrap_or_default();
                Ok(PyErr(Box::new(ErrorData {
                    kind,
                    args,
                    traceback: Vec::new(),
                    object: Some(i),
                })))
            }
            _ => Err(raise::type_error(
                "exceptions must derive from BaseException",
            )),
        }
    }

    /// The exception's builtin kind (for a Python-defined class, the builtin it derives from).
    pub fn kind(&self) -> ExcKind {
        self.0.kind
    }

    /// The exception's `args`.
    pub fn args(&self) -> &[Value] {
        &self.0.args
    }

    /// The exception's class.
    pub fn class(&self) -> Rc<PyClass> {
        match &self.0.object {
            Some(object) => object.class(),
            None => crate::exceptions::class_of_kind(self.0.kind),
        }
    }

    /// The exception object, creating it on first use.
    pub fn to_value(&mut self) -> Value {
        Value::Instance(self.object())
    }

    fn object(&mut self) -> Rc<PyInstance> {
        if let Some(object) = &self.0.object {
            return object.clone();
        }
        let object = PyInstance::new(crate::exceptions::class_of_kind(self.0.kind));
        if let Some(state) = &object.exc {
            let mut state = state.borrow_mut();
            state.args = self.0.args.clone();
            state.traceback = std::mem::take(&mut self.0.traceback);
        }
        self.0.object = Some(object.clone());
        object
    }

    /// Whether the exception is an instance of `class` (a class or a tuple of classes).
    pub fn matches(&self, class: &Value) -> PyResult<bool> {
        match class {
            Value::Class(c) if crate::exceptions::is_exception_class(c) => {
                Ok(self.class().is_subclass(c))
            }
            Value::Tuple(t) => {
                for item in t.items.iter() {
                    if self.matches(item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(raise::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// Whether the runtime raised this exception just now: no exception
    /// object exists yet and it has left no frame (so no Python code raised it).
    pub fn is_fresh(&self) -> bool {
        self.0.object.is_none() && self.0.traceback.is_empty()
    }

    /// The frames the exception has passed through, innermost first.
    pub fn traceback(&self) -> Vec<TracebackEntry> {
        match &self.0.object {
            Some(o) => o
                .exc
                .as_ref()
                .map(|e| e.borrow().traceback.clone())
                .unwrap_or_default(),
            None => self.0.traceback.clone(),
        }
    }

    /// Records that the exception passed through frame `entry` (once per frame:
    /// a frame that caught the exception and raises it again is not repeated).
    #[cold]
    pub fn add_frame(mut self, entry: TracebackEntry) -> PyErr {
        self.push_entry(entry);
        self
    }

    /// Records the frame that is catching the exception (CPython's traceback
    /// includes the frame an exception was raised in, even when caught there).
    #[cold]
    pub fn caught_in(&mut self, frame: &crate::frame::Frame) {
        self.push_entry(frame.traceback_entry());
    }

    fn push_entry(&mut self, entry: TracebackEntry) {
        let same_frame = |last: Option<&TracebackEntry>| {
            last.is_some_and(|l| std::ptr::eq(l.code, entry.code) && l.depth == entry.depth)
        };
        match &self.0.object {
            Some(o) => {
                if let Some(state) = &o.exc {
                    let mut state = state.borrow_mut();
                    if !same_frame(state.traceback.last()) {
                        state.traceback.push(entry);
                    }
                }
            }
            None => {
                if !same_frame(self.0.traceback.last()) {
                    self.0.traceback.push(entry);
                }
            }
        }
    }

    /// `raise self from cause` (`cause` is `None` for `from None`).
    pub fn set_cause(&mut self, cause: Option<Value>) {
        let object = self.object();
        if let Some(state) = &object.exc {
            let mut state = state.borrow_mut();
            state.cause = cause;
            state.suppress_context = true;
        }
    }

    /// Records the exception that was being handled when this one was raised.
    pub fn set_context(&mut self, context: &mut PyErr) {
        let context_object = context.object();
        let object = self.object();
        if Rc::ptr_eq(&object, &context_object) {
            return;
        }
        if let Some(state) = &object.exc {
            let mut state = state.borrow_mut();
            if state.context.is_none() {
                state.context = Some(Value::Instance(context_object));
            }
        }
    }

    /// `str(exc)`: empty without args, `str(arg)` with one, the args tuple's repr otherwise.
    /// KeyError shows the repr of its single argument; a `__str__` method overrides.
    pub fn message(&self) -> String {
        match &self.0.object {
            Some(o) => exception_str(o).unwrap_or_else(|_| "<exception str() failed>".into()),
            None => crate::exceptions::default_str(Some(self.0.kind), &self.0.args)
                .unwrap_or_else(|_| "<exception str() failed>".into()),
        }
    }

    /// The last line of a traceback: `Class: message`, or `Class` alone when the message is empty.
    pub fn summary(&self) -> String {
        let name = match &self.0.object {
            Some(object) => object.class().display_name(),
            None => self.0.kind.name().to_string(),
        };
        let msg = self.message();
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }

    /// The full text CPython prints for an uncaught exception, with chained exceptions first.
    pub fn render_traceback(&self) -> String {
        let mut out = String::new();
        if let Some(object) = &self.0.object {
            render_chain(&mut out, object, 0);
            return out;
        }
        render_one(&mut out, &self.0.traceback, &self.summary());
        out
    }
}

/// `str()` of an exception object.
pub fn exception_str(object: &Rc<PyInstance>) -> PyResult<String> {
    let class = object.class();
    if let Some(method) = class.lookup("__str__") {
        let text = crate::func::call(&method, &[Value::Instance(object.clone())], &[])?;
        return crate::repr::str_of(&text);
    }
    let args = object
        .exc
        .as_ref()
        .map(|e| e.borrow().args.clone())
        .unwrap_or_default();
    crate::exceptions::default_str(class.exception_kind(), &args)
}

/// `repr()` of an exception object.
pub fn exception_repr(object: &Rc<PyInstance>) -> PyResult<String> {
    let class = object.class();
    let args = object
        .exc
        .as_ref()
        .map(|e| e.borrow().args.clone())
        .unwrap_or_default();
    crate::exceptions::default_repr(class.name, &args)
}

const CAUSE_SEPARATOR: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_SEPARATOR: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

fn render_chain(out: &mut String, object: &Rc<PyInstance>, depth: usize) {
    let Some(state) = &object.exc else { return };
    let (cause, context, suppress, traceback) = {
        let s = state.borrow();
        (
            s.cause.clone(),
            s.context.clone(),
            s.suppress_context,
            s.traceback.clone(),
        )
    };
    if depth < 100 {
        if let Some(Value::Instance(c)) = &cause {
            render_chain(out, c, depth + 1);
            out.push_str(CAUSE_SEPARATOR);
        } else if let (Some(Value::Instance(c)), false) = (&context, suppress) {
            render_chain(out, c, depth + 1);
            out.push_str(CONTEXT_SEPARATOR);
        }
    }
    let name = object.class().display_name();
    let msg = exception_str(object).unwrap_or_else(|_| "<exception str() failed>".into());
    let summary = if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    };
    render_one(out, &traceback, &summary);
}

fn render_one(out: &mut String, traceback: &[TracebackEntry], summary: &str) {
    if !traceback.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        let entries: Vec<&TracebackEntry> = traceback.iter().rev().collect();
        let mut i = 0;
        while i < entries.len() {
            let same = entries[i..]
                .iter()
                .take_while(|e| e.line == entries[i].line && std::ptr::eq(e.code, entries[i].code))
                .count();
            // Like CPython, show a repeated frame three times, then count the rest.
            for _ in 0..same.min(REPEATS_SHOWN) {
                write_entry(out, entries[i]);
            }
            if same > REPEATS_SHOWN {
                let more = same - REPEATS_SHOWN;
                let s = if more == 1 { "" } else { "s" };
                let _ = writeln!(out, "  [Previous line repeated {more} more time{s}]");
            }
            i += same;
        }
    }
    out.push_str(summary);
    out.push('\n');
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

    /// `UnicodeEncodeError(msg)` (pyrt carries the message only).
    #[cold]
    pub fn unicode_encode_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::UnicodeEncodeError, msg)
    }

    /// `UnicodeDecodeError(msg)` (pyrt carries the message only).
    #[cold]
    pub fn unicode_decode_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::UnicodeDecodeError, msg)
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
