//! `sys`: the interpreter facts and hooks ordinary programs use — `argv`,
//! `exit`, `maxsize`, `stdout`/`stderr` (with `write` and `flush`), the
//! recursion limit, `version_info` — as CPython 3.11 gives them.

use crate::error::{raise, PyResult};
use crate::func::{check_arity, no_kwargs, BuiltinFunction, KwArgs};
use crate::globals::GlobalCell;
use crate::native::NativeObject;
use crate::sync::PyStatic;
use crate::value::Value;

thread_local! {
    /// `sys.stdout`'s cell, once `sys` is imported (so `print` can honour a
    /// program that rebinds `sys.stdout`).
    static STDOUT_CELL: std::cell::Cell<Option<&'static PyStatic<GlobalCell>>> =
        const { std::cell::Cell::new(None) };
}

/// Called by `stdlib::import` once `sys` exists: remembers `sys.stdout`'s cell.
pub(super) fn imported(module: &'static crate::module::ModuleStatic) {
    STDOUT_CELL.with(|c| c.set(module.cell("stdout")));
}

/// What `print` writes to when `sys.stdout` was rebound to another object
/// (`None`: the real standard output).
pub fn stdout_override() -> Option<Value> {
    let cell = STDOUT_CELL.with(|c| c.get())?;
    match cell.value() {
        Some(Value::Native(n)) if n.downcast::<Stream>().is_some() => None,
        other => Some(other.unwrap_or(Value::None)),
    }
}

/// The main script's path (`sys.argv[0]`), set once when the program starts.
static SCRIPT: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();

/// Records the main script's path for `sys.argv[0]` and `sys.path[0]`.
pub fn set_script(path: &'static str) {
    let _ = SCRIPT.set(path);
}

static FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction {
        name: "exit",
        call: exit,
    },
    BuiltinFunction {
        name: "getrecursionlimit",
        call: getrecursionlimit,
    },
    BuiltinFunction {
        name: "setrecursionlimit",
        call: setrecursionlimit,
    },
    BuiltinFunction {
        name: "intern",
        call: intern,
    },
];

/// The module's attributes.
pub fn attributes() -> Vec<(&'static str, Value)> {
    let script = SCRIPT.get().copied().unwrap_or_default().to_string();
    let argv: Vec<Value> = std::iter::once(Value::string(script.clone()))
        .chain(std::env::args().skip(1).map(Value::string))
        .collect();
    let folder = std::path::Path::new(&script)
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let mut names: Vec<(&'static str, Value)> = FUNCTIONS
        .iter()
        .map(|f| (f.name, Value::Builtin(f)))
        .collect();
    let stdout = crate::native::value(Stream::Stdout);
    let stderr = crate::native::value(Stream::Stderr);
    names.extend([
        ("argv", Value::list(argv)),
        ("path", Value::list(vec![Value::string(folder)])),
        ("maxsize", Value::Int(i64::MAX)),
        ("maxunicode", Value::Int(0x10FFFF)),
        ("byteorder", Value::str("little")),
        ("platform", Value::str("linux")),
        ("version", Value::str("3.11.7 (pyrc)")),
        (
            "version_info",
            Value::tuple_of([
                Value::Int(3),
                Value::Int(11),
                Value::Int(7),
                Value::str("final"),
                Value::Int(0),
            ]),
        ),
        ("stdout", stdout.clone()),
        ("stderr", stderr.clone()),
        ("__stdout__", stdout),
        ("__stderr__", stderr),
    ]);
    names
}

/// `sys.exit(status=None)`: raises `SystemExit`.
fn exit(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("exit", kwargs)?;
    if args.len() > 1 {
        return Err(raise::type_error(format!(
            "exit expected at most 1 argument, got {}",
            args.len()
        )));
    }
    Err(crate::PyErr::with_args(
        crate::ExcKind::SystemExit,
        args.to_vec(),
    ))
}

fn getrecursionlimit(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("getrecursionlimit", kwargs)?;
    check_arity("getrecursionlimit", args, 0, 0)?;
    Ok(Value::Int(i64::from(crate::frame::recursion_limit())))
}

fn setrecursionlimit(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("setrecursionlimit", kwargs)?;
    check_arity("setrecursionlimit", args, 1, 1)?;
    match crate::builtins::args::index_value(&args[0])? {
        Value::Int(n) if n >= 1 => {
            crate::frame::set_recursion_limit(u32::try_from(n).unwrap_or(u32::MAX));
            Ok(Value::None)
        }
        Value::Int(_) => Err(raise::value_error(
            "recursion limit must be greater or equal than 1",
        )),
        _ => Err(crate::PyErr::new(
            crate::ExcKind::OverflowError,
            "Python int too large to convert to C int",
        )),
    }
}

fn intern(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("intern", kwargs)?;
    check_arity("intern", args, 1, 1)?;
    match &args[0] {
        s @ Value::Str(_) => Ok(s.clone()),
        other => Err(raise::type_error(format!(
            "intern() argument must be str, not {}",
            other.type_name()
        ))),
    }
}

/// `sys.stdout` and `sys.stderr`.
enum Stream {
    Stdout,
    Stderr,
}

impl NativeObject for Stream {
    fn type_name(&self) -> &'static str {
        "TextIOWrapper"
    }

    fn repr(&self, _this: &Value) -> PyResult<String> {
        let name = match self {
            Stream::Stdout => "<stdout>",
            Stream::Stderr => "<stderr>",
        };
        Ok(format!(
            "<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>"
        ))
    }

    fn method_names(&self) -> &'static [&'static str] {
        &["write", "flush"]
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &[Value],
        kwargs: KwArgs,
    ) -> Option<PyResult<Value>> {
        Some(match name {
            "write" => self.write(args, kwargs),
            "flush" => check_arity("flush", args, 0, 0).map(|()| {
                self.flush();
                Value::None
            }),
            _ => return None,
        })
    }
}

impl Stream {
    fn write(&self, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
        no_kwargs("write", kwargs)?;
        check_arity("write", args, 1, 1)?;
        let Value::Str(text) = &args[0] else {
            return Err(raise::type_error(format!(
                "write() argument must be str, not {}",
                args[0].type_name()
            )));
        };
        match self {
            Stream::Stdout => crate::io::write_stdout(text.as_str()),
            Stream::Stderr => crate::io::write_stderr(text.as_str()),
        }
        Ok(Value::Int(text.as_str().chars().count() as i64))
    }

    fn flush(&self) {
        if let Stream::Stdout = self {
            crate::io::flush_stdout();
        }
    }
}
