//! The builtin exception classes (CPython 3.11's hierarchy) as class objects,
//! created on first use, and the behaviour every exception object shares.

use std::cell::RefCell;
use std::rc::Rc;

use crate::class::PyClass;
use crate::error::{ExcKind, PyResult};
use crate::sync::PyStatic;
use crate::value::Value;

/// Every builtin exception class with its base, parents before children.
const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// Names that are aliases of another builtin exception class.
const ALIASES: &[(&str, &str)] = &[("EnvironmentError", "OSError"), ("IOError", "OSError")];

static CLASSES: PyStatic<RefCell<Vec<Rc<PyClass>>>> = PyStatic::new(RefCell::new(Vec::new()));

fn ensure_created() {
    if !CLASSES.borrow().is_empty() {
        return;
    }
    let mut created: Vec<Rc<PyClass>> = Vec::with_capacity(HIERARCHY.len());
    for (name, base) in HIERARCHY {
        let bases = created
            .iter()
            .filter(|c| c.name == *base)
            .cloned()
            .collect();
        let kind = ExcKind::from_name(name);
        let class = PyClass::create(
            name,
            name,
            "builtins",
            bases,
            crate::class::Namespace::default(),
            kind,
        )
        .expect("the builtin hierarchy is consistent");
        created.push(class);
    }
    *CLASSES.borrow_mut() = created;
}

/// The builtin exception class called `name` (aliases included), if there is one.
pub fn builtin_class(name: &str) -> Option<Rc<PyClass>> {
    let name = ALIASES
        .iter()
        .find(|(alias, _)| *alias == name)
        .map_or(name, |(_, target)| target);
    ensure_created();
    CLASSES.borrow().iter().find(|c| c.name == name).cloned()
}

/// The class of a builtin exception kind.
pub fn class_of_kind(kind: ExcKind) -> Rc<PyClass> {
    builtin_class(kind.name()).expect("every ExcKind names a builtin exception class")
}

/// Whether `class` is an exception class (derives from BaseException).
pub fn is_exception_class(class: &Rc<PyClass>) -> bool {
    class.exception_kind().is_some()
}

/// `str(exc)` for an exception with these args, before any `__str__` override.
pub fn default_str(kind: Option<ExcKind>, args: &[Value]) -> PyResult<String> {
    match args {
        [] => Ok(String::new()),
        [arg] if kind == Some(ExcKind::KeyError) => crate::repr::repr(arg),
        [arg] => crate::repr::str_of(arg),
        many => crate::repr::repr(&Value::tuple(many.to_vec())),
    }
}

/// `repr(exc)`: `Name(arg, ...)`.
pub fn default_repr(class_name: &str, args: &[Value]) -> PyResult<String> {
    let parts: Vec<String> = args
        .iter()
        .map(crate::repr::repr)
        .collect::<PyResult<_>>()?;
    Ok(format!("{class_name}({})", parts.join(", ")))
}

/// The `__cause__` given by `raise ... from cause`: `None`, or an exception object
/// (a class is instantiated).
pub fn cause_value(cause: Value) -> PyResult<Option<Value>> {
    match cause {
        Value::None => Ok(None),
        other => {
            let mut err = crate::error::PyErr::from_value(&other).map_err(|_| {
                crate::error::raise::type_error("exception causes must derive from BaseException")
            })?;
            Ok(Some(err.to_value()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hierarchy_follows_cpython() {
        crate::sync::mark_python_thread();
        let zero = builtin_class("ZeroDivisionError").unwrap();
        let arith = builtin_class("ArithmeticError").unwrap();
        let exc = builtin_class("Exception").unwrap();
        assert!(zero.is_subclass(&arith) && zero.is_subclass(&exc));
        let io = builtin_class("IOError").unwrap();
        assert_eq!(io.name, "OSError");
        assert_eq!(zero.exception_kind(), Some(ExcKind::ZeroDivisionError));
        let tab = builtin_class("TabError").unwrap();
        assert_eq!(tab.exception_kind(), Some(ExcKind::Exception));
        assert!(builtin_class("NotAnError").is_none());
    }
}
