//! `os` and `os.path` (POSIX): the working directory, the environment, and
//! path manipulation with `posixpath`'s exact string rules.

use crate::error::{raise, PyResult};
use crate::func::{check_arity, no_kwargs, BuiltinFunction, KwArgs};
use crate::value::Value;

static OS_FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction {
        name: "getcwd",
        call: getcwd,
    },
    BuiltinFunction {
        name: "getenv",
        call: getenv,
    },
    BuiltinFunction {
        name: "getpid",
        call: getpid,
    },
    BuiltinFunction {
        name: "cpu_count",
        call: cpu_count,
    },
    BuiltinFunction {
        name: "listdir",
        call: listdir,
    },
];

static PATH_FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction {
        name: "join",
        call: join,
    },
    BuiltinFunction {
        name: "split",
        call: split,
    },
    BuiltinFunction {
        name: "splitext",
        call: splitext,
    },
    BuiltinFunction {
        name: "basename",
        call: basename,
    },
    BuiltinFunction {
        name: "dirname",
        call: dirname,
    },
    BuiltinFunction {
        name: "normpath",
        call: normpath,
    },
    BuiltinFunction {
        name: "abspath",
        call: abspath,
    },
    BuiltinFunction {
        name: "isabs",
        call: isabs,
    },
    BuiltinFunction {
        name: "exists",
        call: exists,
    },
    BuiltinFunction {
        name: "isfile",
        call: isfile,
    },
    BuiltinFunction {
        name: "isdir",
        call: isdir,
    },
    BuiltinFunction {
        name: "getsize",
        call: getsize,
    },
    BuiltinFunction {
        name: "expanduser",
        call: expanduser,
    },
];

/// The attributes of `os`.
pub fn attributes() -> Vec<(&'static str, Value)> {
    let mut names: Vec<(&'static str, Value)> = OS_FUNCTIONS
        .iter()
        .map(|f| (f.name, Value::Builtin(f)))
        .collect();
    let environ: Vec<(Value, Value)> = std::env::vars()
        .map(|(k, v)| (Value::string(k), Value::string(v)))
        .collect();
    names.extend([
        ("sep", Value::str("/")),
        ("linesep", Value::str("\n")),
        ("pathsep", Value::str(":")),
        ("curdir", Value::str(".")),
        ("pardir", Value::str("..")),
        ("name", Value::str("posix")),
        (
            "environ",
            crate::literals::dict(environ).unwrap_or_else(|_| Value::None),
        ),
    ]);
    if let Ok(path) = super::import("os.path") {
        names.push(("path", path));
    }
    names
}

/// The attributes of `os.path`.
pub fn path_attributes() -> Vec<(&'static str, Value)> {
    let mut names: Vec<(&'static str, Value)> = PATH_FUNCTIONS
        .iter()
        .map(|f| (f.name, Value::Builtin(f)))
        .collect();
    names.push(("sep", Value::str("/")));
    names
}

/// The str argument `i` of `name`, with CPython's message for other types.
fn text<'a>(name: &str, args: &'a [Value], i: usize) -> PyResult<&'a str> {
    match &args[i] {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(raise::type_error(format!(
            "{name}: path should be string, bytes or os.PathLike, not {}",
            other.type_name()
        ))),
    }
}

/// One str argument, no keywords.
fn one_path<'a>(name: &str, args: &'a [Value], kwargs: KwArgs) -> PyResult<&'a str> {
    no_kwargs(name, kwargs)?;
    check_arity(name, args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(raise::type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            other.type_name()
        ))),
    }
}

fn os_error(err: std::io::Error, path: &str) -> crate::PyErr {
    let kind = match err.kind() {
        std::io::ErrorKind::NotFound => crate::ExcKind::FileNotFoundError,
        _ => crate::ExcKind::OSError,
    };
    let code = err.raw_os_error().unwrap_or(0);
    let message = err.to_string();
    let message = message.split(" (os error").next().unwrap_or_default();
    crate::PyErr::new(kind, format!("[Errno {code}] {message}: '{path}'"))
}

fn getcwd(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("getcwd", kwargs)?;
    check_arity("getcwd", args, 0, 0)?;
    let cwd = std::env::current_dir().map_err(|e| os_error(e, "."))?;
    Ok(Value::string(cwd.display().to_string()))
}

fn getenv(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [key, default] =
        crate::builtins::args::clinic("getenv", args, kwargs, ["key", "default"], 1)?;
    let Some(Value::Str(key)) = key else {
        return Err(raise::type_error(format!(
            "str expected, not {}",
            key.map_or("NoneType", |k| k.type_name())
        )));
    };
    Ok(match std::env::var(key.as_str()) {
        Ok(v) => Value::string(v),
        Err(_) => default.cloned().unwrap_or(Value::None),
    })
}

fn getpid(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("getpid", kwargs)?;
    check_arity("getpid", args, 0, 0)?;
    Ok(Value::Int(i64::from(std::process::id())))
}

fn cpu_count(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("cpu_count", kwargs)?;
    check_arity("cpu_count", args, 0, 0)?;
    Ok(std::thread::available_parallelism().map_or(Value::None, |n| Value::Int(n.get() as i64)))
}

fn listdir(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("listdir", kwargs)?;
    check_arity("listdir", args, 0, 1)?;
    let path = if args.is_empty() {
        "."
    } else {
        text("listdir", args, 0)?
    };
    let entries = std::fs::read_dir(path).map_err(|e| os_error(e, path))?;
    let names = entries
        .flatten()
        .map(|e| Value::string(e.file_name().to_string_lossy().into_owned()))
        .collect();
    Ok(Value::list(names))
}

/// `os.path.join(a, *p)`
fn join(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("join", kwargs)?;
    if args.is_empty() {
        return Err(raise::type_error(
            "join() missing 1 required positional argument: 'a'",
        ));
    }
    let mut path = text("join() argument", args, 0)?.to_string();
    for i in 1..args.len() {
        let part = match &args[i] {
            Value::Str(s) => s.as_str(),
            other => {
                return Err(raise::type_error(format!(
                    "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                    other.type_name()
                )))
            }
        };
        if part.starts_with('/') {
            path = part.to_string();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(part);
        } else {
            path.push('/');
            path.push_str(part);
        }
    }
    Ok(Value::string(path))
}

/// `posixpath.split`: (head, tail) around the last slash.
fn split_parts(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let head = if !head.is_empty() && head.chars().any(|c| c != '/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

fn split(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (head, tail) = split_parts(one_path("split", args, kwargs)?);
    Ok(Value::tuple_of([Value::string(head), Value::string(tail)]))
}

fn basename(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let p = one_path("basename", args, kwargs)?;
    let i = p.rfind('/').map_or(0, |i| i + 1);
    Ok(Value::string(p[i..].to_string()))
}

fn dirname(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let p = one_path("dirname", args, kwargs)?;
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let head = &p[..i];
    let head = if !head.is_empty() && head.chars().any(|c| c != '/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    Ok(Value::string(head.to_string()))
}

/// `posixpath.splitext`: a leading run of dots in the name is not an extension.
fn splitext_parts(p: &str) -> (String, String) {
    let sep = p.rfind('/').map_or(0, |i| i + 1);
    if let Some(dot) = p.rfind('.') {
        if dot > sep && p[sep..dot].chars().any(|c| c != '.') {
            return (p[..dot].to_string(), p[dot..].to_string());
        }
    }
    (p.to_string(), String::new())
}

fn splitext(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (root, ext) = splitext_parts(one_path("splitext", args, kwargs)?);
    Ok(Value::tuple_of([Value::string(root), Value::string(ext)]))
}

/// `posixpath.normpath`
pub fn normpath_text(p: &str) -> String {
    if p.is_empty() {
        return ".".to_string();
    }
    let initial = if p.starts_with("//") && !p.starts_with("///") {
        2
    } else if p.starts_with('/') {
        1
    } else {
        0
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in p.split('/') {
        match part {
            "" | "." => {}
            ".." if initial == 0 && parts.last().is_none_or(|l| *l == "..") => parts.push(".."),
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    let joined = format!("{}{}", "/".repeat(initial), parts.join("/"));
    if joined.is_empty() {
        ".".to_string()
    } else {
        joined
    }
}

fn normpath(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    Ok(Value::string(normpath_text(one_path(
        "normpath", args, kwargs,
    )?)))
}

fn abspath(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let p = one_path("abspath", args, kwargs)?;
    let full = if p.starts_with('/') {
        p.to_string()
    } else {
        let cwd = std::env::current_dir().map_err(|e| os_error(e, "."))?;
        format!("{}/{p}", cwd.display())
    };
    Ok(Value::string(normpath_text(&full)))
}

fn isabs(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(
        one_path("isabs", args, kwargs)?.starts_with('/'),
    ))
}

fn exists(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let p = one_path("exists", args, kwargs)?;
    Ok(Value::Bool(std::path::Path::new(p).exists()))
}

fn isfile(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let p = one_path("isfile", args, kwargs)?;
    Ok(Value::Bool(std::path::Path::new(p).is_file()))
}

fn isdir(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let p = one_path("isdir", args, kwargs)?;
    Ok(Value::Bool(std::path::Path::new(p).is_dir()))
}

fn getsize(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let p = one_path("getsize", args, kwargs)?;
    let meta = std::fs::metadata(p).map_err(|e| os_error(e, p))?;
    Ok(Value::Int(meta.len() as i64))
}

fn expanduser(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let p = one_path("expanduser", args, kwargs)?;
    if p == "~" || p.starts_with("~/") {
        if let Ok(home) = std::env::var("HOME") {
            let home = if home.len() > 1 {
                home.trim_end_matches('/')
            } else {
                &home
            };
            return Ok(Value::string(format!("{home}{}", &p[1..])));
        }
    }
    Ok(Value::string(p.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_rules_match_posixpath() {
        assert_eq!(normpath_text("a//b/./c/../d/"), "a/b/d");
        assert_eq!(normpath_text("/../x"), "/x");
        assert_eq!(normpath_text("../../x/.."), "../..");
        assert_eq!(normpath_text("//a"), "//a");
        assert_eq!(normpath_text("///a"), "/a");
        assert_eq!(normpath_text(""), ".");
        assert_eq!(split_parts("/a/b//c"), ("/a/b".into(), "c".into()));
        assert_eq!(split_parts("//"), ("//".into(), "".into()));
        assert_eq!(splitext_parts("a/.bashrc"), ("a/.bashrc".into(), "".into()));
        assert_eq!(splitext_parts("a.b/c"), ("a.b/c".into(), "".into()));
        assert_eq!(splitext_parts("x.tar.gz"), ("x.tar".into(), ".gz".into()));
        assert_eq!(splitext_parts("..x"), ("..x".into(), "".into()));
    }
}
