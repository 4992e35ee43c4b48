//! Which builtin names pyrt provides, and which CPython builtins it does not yet.

/// The builtins pyrt provides; `pyrt::builtins::lookup` resolves each of them
/// (a test in tests/ keeps the two in step).
pub const PROVIDED: &[&str] = &[
    "abs", "bool", "chr", "dict", "float", "int", "isinstance", "iter", "len", "list", "max",
    "min", "next", "object", "ord", "print", "range", "repr", "str", "sum", "tuple", "type",
];

/// CPython 3.11's builtin names (exceptions, constants and functions).
const CPYTHON: &[&str] = &[
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException",
    "BaseExceptionGroup", "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning",
    "ChildProcessError", "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError",
    "ConnectionResetError", "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning",
    "EnvironmentError", "Exception", "ExceptionGroup", "FileExistsError", "FileNotFoundError",
    "FloatingPointError", "FutureWarning", "GeneratorExit", "IOError", "ImportError",
    "ImportWarning", "IndentationError", "IndexError", "InterruptedError", "IsADirectoryError",
    "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError", "ModuleNotFoundError",
    "NameError", "NotADirectoryError", "NotImplemented", "NotImplementedError", "OSError",
    "OverflowError", "PendingDeprecationWarning", "PermissionError", "ProcessLookupError",
    "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
    "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError",
    "SystemExit", "TabError", "TimeoutError", "TypeError", "UnboundLocalError",
    "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
    "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError", "abs",
    "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes",
    "callable", "chr", "classmethod", "compile", "complex", "copyright", "credits", "delattr",
    "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit", "filter", "float", "format",
    "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int",
    "isinstance", "issubclass", "iter", "len", "license", "list", "locals", "map", "max",
    "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property",
    "quit", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
    "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip", "__name__",
    "__build_class__", "__import__", "__debug__", "__doc__", "__spec__", "__loader__",
    "__package__",
];

/// Whether pyrt provides builtin `name`.
pub fn is_provided(name: &str) -> bool {
    PROVIDED.contains(&name)
}

/// Whether `name` is a CPython builtin that pyrt does not provide yet
/// (using it must be diagnosed, not turned into a run-time NameError).
pub fn is_missing(name: &str) -> bool {
    CPYTHON.contains(&name) && !is_provided(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provided_builtins_are_cpython_builtins() {
        for name in PROVIDED {
            assert!(CPYTHON.contains(name), "{name}");
        }
        assert!(is_missing("sorted") || is_provided("sorted"));
        assert!(!is_missing("not_a_builtin"));
    }
}
