//! Argument checking for methods of builtin objects, with CPython's messages.
//!
//! CPython words arity errors differently per method (argument clinic,
//! `METH_O`, `METH_NOARGS`, old-style parsing); each helper here produces one
//! of those wordings, and each method uses the one CPython uses.

use crate::error::{raise, PyErr, PyResult};
use crate::func::plural;
use crate::func::KwArgs;
use crate::value::Value;

/// `list.append() takes no keyword arguments` (`qual` is `type.method`).
#[inline]
pub fn no_kwargs(qual: &str, kwargs: KwArgs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(raise::type_error(format!(
            "{qual}() takes no keyword arguments"
        )))
    }
}

/// `str.upper() takes no arguments (1 given)`
#[inline]
pub fn no_args(qual: &str, args: &[Value], kwargs: KwArgs) -> PyResult<()> {
    no_kwargs(qual, kwargs)?;
    if args.is_empty() {
        Ok(())
    } else {
        Err(raise::type_error(format!(
            "{qual}() takes no arguments ({} given)",
            args.len()
        )))
    }
}

/// `list.append() takes exactly one argument (0 given)`
#[inline]
pub fn one_arg<'a>(qual: &str, args: &'a [Value], kwargs: KwArgs) -> PyResult<&'a Value> {
    no_kwargs(qual, kwargs)?;
    match args {
        [x] => Ok(x),
        _ => Err(raise::type_error(format!(
            "{qual}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// `pop expected at most 1 argument, got 2`, `insert expected 2 arguments, got 1`,
/// `get expected at least 1 argument, got 0` (old-style unpacking).
pub fn expect_range(
    name: &str,
    qual: &str,
    args: &[Value],
    kwargs: KwArgs,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kwargs(qual, kwargs)?;
    let n = args.len();
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let msg = if min == max {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else {
        crate::func::range_message(name, n, min, max)
    };
    Err(raise::type_error(msg))
}

/// `find() takes at least 1 argument (0 given)` (argument-clinic wording).
pub fn takes_range(
    name: &str,
    qual: &str,
    args: &[Value],
    kwargs: KwArgs,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kwargs(qual, kwargs)?;
    let n = args.len();
    if n < min {
        return Err(raise::type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )));
    }
    if n > max {
        return Err(too_many(name, max, n, ""));
    }
    Ok(())
}

#[cold]
fn too_many(name: &str, max: usize, n: usize, what: &str) -> PyErr {
    raise::type_error(format!(
        "{name}() takes at most {max} {what}argument{} ({n} given)",
        plural(max)
    ))
}

/// Binds positional-or-keyword parameters `names` (all optional), CPython
/// argument-clinic style; the first `positional` of them may be given by position.
pub fn bind<'a, const N: usize>(
    name: &str,
    args: &'a [Value],
    kwargs: KwArgs<'a>,
    names: [&str; N],
    positional: usize,
) -> PyResult<[Option<&'a Value>; N]> {
    let total = args.len() + kwargs.len();
    if total > N {
        let what = if args.is_empty() { "keyword " } else { "" };
        return Err(too_many(name, N, total, what));
    }
    if args.len() > positional {
        return Err(if positional == 0 {
            raise::type_error(format!("{name}() takes no positional arguments"))
        } else {
            too_many(name, positional, args.len(), "positional ")
        });
    }
    let mut slots: [Option<&Value>; N] = [None; N];
    for (slot, arg) in slots.iter_mut().zip(args) {
        *slot = Some(arg);
    }
    for (key, value) in kwargs {
        let Some(i) = names.iter().position(|n| n == key) else {
            return Err(raise::type_error(format!(
                "'{key}' is an invalid keyword argument for {name}()"
            )));
        };
        if slots[i].is_some() {
            return Err(raise::type_error(format!(
                "argument for {name}() given by name ('{key}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(value);
    }
    Ok(slots)
}

/// An integer argument (`__index__`): int or bool; huge ints overflow.
#[inline]
pub fn index_arg(v: &Value) -> PyResult<i64> {
    match crate::builtin_base::view(v) {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::BigInt(_) => Err(raise::overflow(
            "Python int too large to convert to C ssize_t",
        )),
        _ => Err(not_an_integer(v)),
    }
}

/// An integer argument converted to a C `int`.
pub fn c_int_arg(v: &Value) -> PyResult<i64> {
    let i = match v {
        Value::BigInt(_) => i64::MAX,
        other => index_arg(other)?,
    };
    if i32::try_from(i).is_err() {
        return Err(raise::overflow("Python int too large to convert to C int"));
    }
    Ok(i)
}

/// `TypeError: 'T' object cannot be interpreted as an integer`
#[cold]
pub fn not_an_integer(v: &Value) -> PyErr {
    raise::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        v.type_name()
    ))
}

/// A search bound (`str.find(sub, start, end)`): `None` when omitted or None.
pub fn search_bound(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) => crate::subscript::slice_bound(v),
    }
}

/// A `list.index`/`tuple.index` bound: an int (huge ones clamp), never None.
pub fn index_bound(v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(Value::None) => Err(raise::type_error(
            "slice indices must be integers or have an __index__ method",
        )),
        Some(v) => crate::subscript::slice_bound(v)
            .map(|b| b.unwrap_or(default))
            .map_err(|_| {
                raise::type_error("slice indices must be integers or have an __index__ method")
            }),
    }
}

/// The str inside `v`, or `TypeError: {prefix}must be str, not T`.
#[inline]
pub fn str_arg<'a>(v: &'a Value, prefix: &str) -> PyResult<&'a std::rc::Rc<crate::str::PyStr>> {
    match crate::builtin_base::view(v) {
        Value::Str(s) => Ok(s),
        _ => Err(raise::type_error(format!(
            "{prefix}must be str, not {}",
            v.type_name()
        ))),
    }
}
