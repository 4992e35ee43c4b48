//! The builtin functions other than type constructors.

use crate::compare;
use crate::error::{raise, ExcKind, PyResult};
use crate::func::{check_arity, no_kwargs, KwArgs};
use crate::iter::{Iter, PyIter};
use crate::repr::str_of;
use crate::types::TypeId;
use crate::value::Value;

use super::{index_arg, take_kwargs};

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`
pub fn print(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [sep, end, file, _flush] = take_kwargs("print", kwargs, ["sep", "end", "file", "flush"])?;
    let sep = text_option(sep, "sep")?.unwrap_or_else(|| " ".to_string());
    let end = text_option(end, "end")?.unwrap_or_else(|| "\n".to_string());
    if let Some(file) = file.filter(|f| !matches!(f, Value::None)) {
        return print_to(file, args, &sep, &end);
    }
    if let Some(stdout) = crate::stdlib::sys::stdout_override() {
        return print_to(&stdout, args, &sep, &end);
    }
    let mut out = String::new();
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match arg {
            Value::Str(s) => out.push_str(s.as_str()),
            other => out.push_str(&str_of(other)?),
        }
    }
    out.push_str(&end);
    crate::io::write_stdout(&out);
    Ok(Value::None)
}

/// `print(..., file=f)`: one `f.write` call per object, separator and end,
/// as CPython makes them (`sys.stderr`, a StringIO, any object with `write`).
fn print_to(file: &Value, args: &[Value], sep: &str, end: &str) -> PyResult<Value> {
    let write =
        |text: String| crate::methods::call_method(file, "write", &[Value::string(text)], &[]);
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            write(sep.to_string())?;
        }
        write(str_of(arg)?)?;
    }
    write(end.to_string())?;
    Ok(Value::None)
}

fn text_option(value: Option<&Value>, what: &str) -> PyResult<Option<String>> {
    match value {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
        Some(other) => Err(raise::type_error(format!(
            "{what} must be None or a string, not {}",
            other.type_name()
        ))),
    }
}

/// `len(x)` as a number.
#[inline]
pub fn len(value: &Value) -> PyResult<usize> {
    Ok(match value {
        Value::Instance(_) | Value::Class(_) => return crate::object::len(value),
        Value::Str(s) => s.char_len(),
        Value::List(l) => l.len(),
        Value::Tuple(t) => t.items.len(),
        Value::Bytes(b) => b.data.len(),
        Value::Namespace(ns) => ns.items().len(),
        Value::InstanceDict(i) => i.attrs.borrow().len(),
        Value::Dict(d) => d.len(),
        Value::DictView(v) => v.len(),
        Value::Range(r) => r.len(),
        Value::Set(s) | Value::FrozenSet(s) => s.len(),
        Value::Native(n) => return crate::native::len(n),
        other => {
            return Err(raise::type_error(format!(
                "object of type '{}' has no len()",
                other.type_name()
            )))
        }
    })
}

/// `len(x)`
pub fn len_builtin(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("len", kwargs)?;
    check_arity("len", args, 1, 1)?;
    Ok(Value::Int(len(&args[0])? as i64))
}

/// `abs(x)`
pub fn abs(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("abs", kwargs)?;
    check_arity("abs", args, 1, 1)?;
    crate::ops::abs(&args[0])
}

/// `min(iterable, *, key=None, default=...)` or `min(a, b, *args, key=None)`
pub fn min(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    extreme("min", args, kwargs, compare::lt)
}

/// `max(iterable, *, key=None, default=...)` or `max(a, b, *args, key=None)`
pub fn max(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    extreme("max", args, kwargs, compare::gt)
}

/// Shared body of min and max: keeps the first item that `better` prefers.
fn extreme(
    name: &str,
    args: &[Value],
    kwargs: KwArgs,
    better: fn(&Value, &Value) -> PyResult<bool>,
) -> PyResult<Value> {
    let [key, default] = take_kwargs(name, kwargs, ["key", "default"])?;
    let key = key.filter(|k| !matches!(k, Value::None));
    let items = match args {
        [] => {
            return Err(raise::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        [iterable] => crate::iter::collect(iterable)?,
        many => {
            if default.is_some() {
                return Err(raise::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            many.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match key {
            Some(f) => crate::func::call(f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        let replace = match &best {
            None => true,
            Some((_, best_key)) => better(&k, best_key)?,
        };
        if replace {
            best = Some((item, k));
        }
    }
    match (best, default) {
        (Some((item, _)), _) => Ok(item),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(raise::value_error(format!(
            "{name}() arg is an empty sequence"
        ))),
    }
}

/// `sum(iterable, /, start=0)`
pub fn sum(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [start_kw] = take_kwargs("sum", kwargs, ["start"])?;
    check_arity("sum", args, 1, 2)?;
    let start = args.get(1).or(start_kw).cloned().unwrap_or(Value::Int(0));
    if matches!(start, Value::Str(_)) {
        return Err(raise::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let mut total = start;
    // A tuple cannot change while it is summed: its items are read in place.
    if let Value::Tuple(t) = &args[0] {
        for item in t.items.iter() {
            total = crate::ops::add(&total, item)?;
        }
        return Ok(total);
    }
    let mut it = Iter::new(&args[0])?;
    while let Some(item) = it.next()? {
        total = crate::ops::add(&total, &item)?;
    }
    Ok(total)
}

/// `repr(x)`
pub fn repr(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("repr", kwargs)?;
    check_arity("repr", args, 1, 1)?;
    Ok(Value::string(crate::repr::repr(&args[0])?))
}

/// `isinstance(obj, class_or_tuple)`
pub fn isinstance(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("isinstance", kwargs)?;
    check_arity("isinstance", args, 2, 2)?;
    Ok(Value::Bool(is_instance(&args[0], &args[1])?))
}

fn is_instance(obj: &Value, class: &Value) -> PyResult<bool> {
    match class {
        Value::Type(TypeId::Object) => Ok(true),
        Value::Type(t) if matches!(obj, Value::Instance(_)) => Ok(match obj {
            Value::Instance(i) => i.class_ref().base_type.is_some_and(|b| b.is_subtype_of(*t)),
            _ => false,
        }),
        Value::Type(t) => Ok(obj.type_id().is_subtype_of(*t)),
        Value::Class(c) => {
            if let Some(result) = crate::metaclass::instance_check(c, obj) {
                return result;
            }
            Ok(match obj {
                Value::Instance(i) => i.class().is_subclass(c),
                Value::Class(o) => o.metaclass.as_ref().is_some_and(|m| m.is_subclass(c)),
                _ => false,
            })
        }
        Value::Tuple(classes) => {
            for c in classes.items.iter() {
                if is_instance(obj, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        other => match crate::generic_alias::check_members(other, "isinstance") {
            Some(members) => is_instance(obj, &members?),
            None => Err(raise::type_error(
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            )),
        },
    }
}

/// `ord(c)`
pub fn ord(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("ord", kwargs)?;
    check_arity("ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => {
            let mut chars = s.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(raise::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                ))),
            }
        }
        other => Err(raise::type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
}

/// `chr(i)`
pub fn chr(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("chr", kwargs)?;
    check_arity("chr", args, 1, 1)?;
    let code = match &args[0] {
        Value::BigInt(_) => {
            return Err(raise::overflow("Python int too large to convert to C int"))
        }
        other => index_arg(other)?,
    };
    if !(0..0x110000).contains(&code) {
        return Err(raise::value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(code as u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(raise::value_error(
            "pyrc: lone surrogate code points are not supported in str",
        )),
    }
}

/// `iter(iterable)`
pub fn iter(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("iter", kwargs)?;
    check_arity("iter", args, 1, 1)?;
    match &args[0] {
        // A generator is its own iterator; a Python-defined iterable gives what `__iter__` returns.
        g @ Value::Generator(_) => Ok(g.clone()),
        obj @ (Value::Instance(_) | Value::Class(_)) => crate::object::iter(obj),
        other => PyIter::new(other),
    }
}

/// `next(iterator[, default])`
pub fn next(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("next", kwargs)?;
    check_arity("next", args, 1, 2)?;
    // The iterator's own `StopIteration` (a generator's carries its return
    // value) passes on, unless a default answers instead.
    match (crate::object::next_or_stop(&args[0]), args.get(1)) {
        (Err(err), Some(default)) if err.kind() == ExcKind::StopIteration => Ok(default.clone()),
        (result, _) => result,
    }
}

/// The type object of a value (`type(x)`).
pub fn type_of(value: &Value) -> Value {
    match value {
        Value::Instance(i) => return crate::builtin_base::class_value(i.class_ref()),
        Value::Class(c) => {
            if let Some(meta) = &c.metaclass {
                return Value::Class(meta.clone());
            }
        }
        _ => {}
    }
    Value::Type(match value.type_id() {
        TypeId::BuiltinMethod => TypeId::BuiltinFunction,
        other => other,
    })
}

/// `iter(value)` as a value a generator expression can loop over (its first iterable).
pub fn iter_object(value: &Value) -> PyResult<Value> {
    match value {
        g @ Value::Generator(_) => Ok(g.clone()),
        obj @ (Value::Instance(_) | Value::Class(_)) => crate::object::iter(obj),
        other => PyIter::new(other),
    }
}
