//! `re`: CPython 3.11's regular expressions on str, run by `fancy-regex`.
//!
//! A pattern goes through [`parse`] (a port of CPython's parser, with its
//! error messages and positions), [`emit`] (translation into the engine's
//! syntax, exact per kind of subject) and [`engine`] (compiled variants and
//! the match attempts). [`pattern`] and [`matchobj`] are the `re.Pattern`
//! and `re.Match` objects; [`template`] handles `sub` replacement strings.
//! Positions Python sees are code-point indices; the engine's are bytes.

pub mod emit;
pub mod engine;
pub mod flags;
pub mod matchobj;
pub mod parse;
pub mod pattern;
pub mod template;

#[cfg(test)]
mod tests;

use std::cell::RefCell;

use indexmap::IndexMap;

use super::exception::ModuleException;
use crate::error::{raise, PyResult};
use crate::func::{BuiltinFunction, KwArgs};
use crate::value::Value;

use self::parse::ParseError;
use self::pattern::Pattern;

static FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction {
        name: "compile",
        call: compile_fn,
    },
    BuiltinFunction {
        name: "search",
        call: search,
    },
    BuiltinFunction {
        name: "match",
        call: match_fn,
    },
    BuiltinFunction {
        name: "fullmatch",
        call: fullmatch,
    },
    BuiltinFunction {
        name: "findall",
        call: findall,
    },
    BuiltinFunction {
        name: "finditer",
        call: finditer,
    },
    BuiltinFunction {
        name: "sub",
        call: sub,
    },
    BuiltinFunction {
        name: "subn",
        call: subn,
    },
    BuiltinFunction {
        name: "split",
        call: split,
    },
    BuiltinFunction {
        name: "escape",
        call: escape,
    },
    BuiltinFunction {
        name: "purge",
        call: purge,
    },
];

/// CPython's `re._MAXCACHE`.
const MAX_CACHE: usize = 512;

thread_local! {
    /// `re.error`.
    static ERROR: ModuleException = const { ModuleException::new("error", "re", crate::ExcKind::Exception) };
    /// Compiled patterns by (pattern, flags), oldest first (`re._cache`).
    static CACHE: RefCell<IndexMap<(String, u32), Value>> = RefCell::new(IndexMap::new());
}

/// The module's attributes.
pub fn attributes() -> Vec<(&'static str, Value)> {
    let mut names: Vec<(&'static str, Value)> = FUNCTIONS
        .iter()
        .map(|f| (f.name, Value::Builtin(f)))
        .collect();
    for (name, bit) in flags::NAMES {
        names.push((name, Value::Int(i64::from(*bit))));
    }
    names.extend(ERROR.with(ModuleException::attribute));
    names
}

/// `re.error(msg, pattern, pos)` with CPython's message and attributes.
pub fn re_error(msg: &str, pattern: Option<&str>, pos: Option<usize>) -> crate::PyErr {
    let mut text = msg.to_string();
    let mut lineno = Value::None;
    let mut colno = Value::None;
    if let (Some(pattern), Some(pos)) = (pattern, pos) {
        text = format!("{msg} at position {pos}");
        let before: String = pattern.chars().take(pos).collect();
        let line = before.matches('\n').count() + 1;
        let column = match before.rfind('\n') {
            Some(nl) => before[nl..].chars().count(),
            None => pos + 1,
        };
        lineno = Value::Int(line as i64);
        colno = Value::Int(column as i64);
        if pattern.contains('\n') {
            text = format!("{text} (line {line}, column {column})");
        }
    }
    let attrs = [
        ("msg", Value::str(msg)),
        ("pattern", pattern.map_or(Value::None, Value::str)),
        ("pos", pos.map_or(Value::None, |p| Value::Int(p as i64))),
        ("lineno", lineno),
        ("colno", colno),
    ];
    ERROR.with(|e| e.error(text, &attrs))
}

/// The Python exception for a pattern (or template) that does not parse.
pub fn parse_error(e: ParseError, pattern: &str) -> crate::PyErr {
    match e {
        ParseError::Syntax { msg, pos } => re_error(&msg, Some(pattern), pos),
        ParseError::Overflow(msg) => raise::overflow(msg),
        ParseError::Value(msg) => raise::value_error(msg),
        ParseError::Unsupported(msg) => unsupported(msg),
    }
}

/// `NotImplementedError` for a valid pattern pyrc cannot run exactly.
pub fn unsupported(msg: String) -> crate::PyErr {
    crate::PyErr::new(crate::ExcKind::NotImplementedError, msg)
}

/// A flags argument as bits.
fn flags_arg(v: Option<&Value>) -> PyResult<u32> {
    match v {
        None => Ok(0),
        Some(v) => match crate::builtins::args::index_value(v)? {
            Value::Int(i) => Ok(i as u32),
            _ => Err(raise::overflow("Python int too large to convert to C int")),
        },
    }
}

/// `re.compile(pattern, flags)`: a cached `re.Pattern`.
pub fn compile(pattern: &Value, flags: u32) -> PyResult<Value> {
    match pattern {
        Value::Str(s) => {
            let key = (s.as_str().to_string(), flags);
            if let Some(p) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
                return Ok(p);
            }
            let compiled = Pattern::compile(pattern.clone(), s.as_str(), flags)?;
            CACHE.with(|c| {
                let mut c = c.borrow_mut();
                if c.len() >= MAX_CACHE {
                    c.shift_remove_index(0);
                }
                c.insert(key, compiled.clone());
            });
            Ok(compiled)
        }
        Value::Native(n) if n.downcast::<Pattern>().is_some() => {
            if flags != 0 {
                return Err(raise::value_error(
                    "cannot process flags argument with a compiled pattern",
                ));
            }
            Ok(pattern.clone())
        }
        Value::Bytes(_) => Err(raise::type_error(
            "pyrc: re: bytes patterns are not supported",
        )),
        _ => Err(raise::type_error(
            "first argument must be string or compiled pattern",
        )),
    }
}

fn compile_fn(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [pattern, flags] =
        crate::builtins::args::clinic("compile", args, kwargs, ["pattern", "flags"], 1)?;
    compile(pattern.unwrap_or(&Value::None), flags_arg(flags)?)
}

/// Compiles the pattern argument and calls one of its methods with the rest.
fn via_pattern(
    name: &'static str,
    args: &[Value],
    kwargs: KwArgs,
    params: &[&str],
) -> PyResult<Value> {
    // Bind `pattern` and `flags`; the others go to the method.
    let mut rest: Vec<Value> = Vec::new();
    let mut rest_kw: Vec<(&str, Value)> = Vec::new();
    let mut pattern = None;
    let mut flags = None;
    for (i, arg) in args.iter().enumerate() {
        match params.get(i) {
            Some(&"pattern") => pattern = Some(arg.clone()),
            Some(&"flags") => flags = Some(arg.clone()),
            Some(_) => rest.push(arg.clone()),
            None => {
                return Err(raise::type_error(format!(
                    "{name}() takes from 2 to {} positional arguments but {} were given",
                    params.len(),
                    args.len()
                )))
            }
        }
    }
    for (key, value) in kwargs {
        match *key {
            "pattern" if pattern.is_none() => pattern = Some(value.clone()),
            "flags" if flags.is_none() => flags = Some(value.clone()),
            k if params.contains(&k) && k != "pattern" && k != "flags" => {
                rest_kw.push((k, value.clone()))
            }
            k => {
                return Err(raise::type_error(format!(
                    "{name}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let Some(pattern) = pattern else {
        return Err(raise::type_error(format!(
            "{name}() missing 1 required positional argument: 'pattern'"
        )));
    };
    let compiled = compile(&pattern, flags_arg(flags.as_ref())?)?;
    crate::methods::call_method(&compiled, name, &rest, &rest_kw)
}

fn search(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    via_pattern("search", args, kwargs, &["pattern", "string", "flags"])
}

fn match_fn(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    via_pattern("match", args, kwargs, &["pattern", "string", "flags"])
}

fn fullmatch(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    via_pattern("fullmatch", args, kwargs, &["pattern", "string", "flags"])
}

fn findall(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    via_pattern("findall", args, kwargs, &["pattern", "string", "flags"])
}

fn finditer(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    via_pattern("finditer", args, kwargs, &["pattern", "string", "flags"])
}

fn sub(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    via_pattern(
        "sub",
        args,
        kwargs,
        &["pattern", "repl", "string", "count", "flags"],
    )
}

fn subn(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    via_pattern(
        "subn",
        args,
        kwargs,
        &["pattern", "repl", "string", "count", "flags"],
    )
}

fn split(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    via_pattern(
        "split",
        args,
        kwargs,
        &["pattern", "string", "maxsplit", "flags"],
    )
}

/// `re.escape(pattern)`: a backslash before every character special in a
/// pattern.
fn escape(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [pattern] = crate::builtins::args::clinic("escape", args, kwargs, ["pattern"], 1)?;
    match pattern {
        Some(Value::Str(s)) => Ok(Value::string(escape_text(s.as_str()))),
        Some(Value::Bytes(_)) => Err(raise::type_error(
            "pyrc: re: bytes patterns are not supported",
        )),
        Some(other) => Err(raise::type_error(format!(
            "'{}' object is not iterable",
            other.type_name()
        ))),
        None => Err(raise::type_error(
            "escape() missing 1 required positional argument: 'pattern'",
        )),
    }
}

/// The text of `re.escape(text)`.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `re.purge()`: forgets the compiled patterns.
fn purge(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::func::no_kwargs("purge", kwargs)?;
    crate::func::check_arity("purge", args, 0, 0)?;
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(Value::None)
}
