//! The named methods of `array.array`, with CPython's argument errors.

use crate::error::{raise, PyResult};
use crate::func::KwArgs;
use crate::value::Value;

use super::items::{Code, Scalar};
use super::{as_array, wide_text, PyArray};

/// The methods [`call`] runs.
pub(super) const NAMES: &[&str] = &[
    "append",
    "buffer_info",
    "byteswap",
    "count",
    "extend",
    "frombytes",
    "fromlist",
    "fromunicode",
    "index",
    "insert",
    "pop",
    "remove",
    "reverse",
    "tobytes",
    "tolist",
    "tounicode",
    "__copy__",
    "__deepcopy__",
];

/// `a.name(*args, **kwargs)` (`None`: no such method).
pub(super) fn call(
    array: &PyArray,
    name: &str,
    args: &[Value],
    kwargs: KwArgs,
) -> Option<PyResult<Value>> {
    if !NAMES.contains(&name) {
        return None;
    }
    if name == "extend" {
        return Some(extend(array, args, kwargs));
    }
    if !kwargs.is_empty() {
        return Some(Err(raise::type_error(format!(
            "array.{name}() takes no keyword arguments"
        ))));
    }
    Some(run(array, name, args))
}

/// Runs method `name` (keywords already refused).
fn run(array: &PyArray, name: &str, args: &[Value]) -> PyResult<Value> {
    match name {
        "append" => {
            let s = array.code.scalar(one(name, args)?)?;
            array.items.borrow_mut().push(s);
            Ok(Value::None)
        }
        "buffer_info" => {
            no_args(name, args)?;
            let items = array.items.borrow();
            Ok(Value::tuple_of([
                Value::Int(items.address() as i64),
                Value::Int(items.len() as i64),
            ]))
        }
        "byteswap" => {
            no_args(name, args)?;
            array.items.borrow_mut().byteswap();
            Ok(Value::None)
        }
        "count" => count(array, one(name, args)?).map(|n| Value::Int(n as i64)),
        "frombytes" => frombytes(array, one(name, args)?),
        "fromlist" => fromlist(array, one(name, args)?),
        "fromunicode" => {
            let Value::Str(s) = one(name, args)? else {
                return Err(raise::type_error(format!(
                    "fromunicode() argument must be str, not {}",
                    args[0].type_name()
                )));
            };
            if array.code != Code::WideChar {
                return Err(raise::value_error(
                    "fromunicode() may only be called on unicode type arrays",
                ));
            }
            array.extend_str(s.as_str());
            Ok(Value::None)
        }
        "index" => index(array, args),
        "insert" => insert(array, args),
        "pop" => pop(array, args),
        "remove" => {
            let x = one(name, args)?;
            match array.position(x, 0, usize::MAX)? {
                Some(i) => {
                    array.items.borrow_mut().remove(i);
                    Ok(Value::None)
                }
                None => Err(raise::value_error("array.remove(x): x not in array")),
            }
        }
        "reverse" => {
            no_args(name, args)?;
            array.items.borrow_mut().reverse();
            Ok(Value::None)
        }
        "tobytes" => {
            no_args(name, args)?;
            Ok(crate::bytes::PyBytes::value(
                array.items.borrow().to_bytes(),
            ))
        }
        "tolist" => {
            no_args(name, args)?;
            array.items.borrow().to_values().map(Value::list)
        }
        "tounicode" => {
            no_args(name, args)?;
            if array.code != Code::WideChar {
                return Err(raise::value_error(
                    "tounicode() may only be called on unicode type arrays",
                ));
            }
            wide_text(&array.items.borrow()).map(Value::string)
        }
        "__copy__" => {
            no_args(name, args)?;
            Ok(PyArray::value(array.code, array.snapshot()))
        }
        _ => {
            one(name, args)?;
            Ok(PyArray::value(array.code, array.snapshot()))
        }
    }
}

/// The single argument of a one-argument method.
fn one<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a Value> {
    match args {
        [x] => Ok(x),
        _ => Err(raise::type_error(format!(
            "array.{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
    }
}

/// Refuses arguments to a method that takes none.
fn no_args(name: &str, args: &[Value]) -> PyResult<()> {
    if args.is_empty() {
        return Ok(());
    }
    Err(raise::type_error(format!(
        "array.{name}() takes no arguments ({} given)",
        args.len()
    )))
}

/// Checks the count of a method's positional arguments (CPython's
/// "NAME expected ... arguments, got N").
fn expect(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if (min..=max).contains(&n) {
        return Ok(());
    }
    let (how, bound) = match (n < min, min == max) {
        (_, true) => ("", min),
        (true, false) => ("at least ", min),
        (false, false) => ("at most ", max),
    };
    Err(raise::type_error(format!(
        "{name} expected {how}{bound} argument{}, got {n}",
        if bound == 1 { "" } else { "s" }
    )))
}

/// An index argument (`pop(i)`, `insert(i, x)`): int-like, within `isize`.
fn ssize_arg(v: &Value) -> PyResult<i64> {
    match crate::builtins::args::index_value(v)? {
        Value::Int(i) => Ok(i),
        _ => Err(raise::overflow(
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// `extend(iterable)`: an array of the same typecode, or any iterable.
fn extend(array: &PyArray, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let n = args.len() + kwargs.len();
    if n > 1 {
        return Err(raise::type_error(format!(
            "extend() takes at most 1 argument ({n} given)"
        )));
    }
    let [iterable] = args else {
        return Err(raise::type_error(format!(
            "extend() takes exactly 1 positional argument ({} given)",
            args.len()
        )));
    };
    match as_array(iterable) {
        Some(other) => array.extend_array(other)?,
        None => array.extend_iterable(iterable)?,
    }
    Ok(Value::None)
}

/// `count(x)`: how many items equal `x`.
fn count(array: &PyArray, x: &Value) -> PyResult<usize> {
    let mut n = 0;
    let mut start = 0;
    while let Some(i) = array.position(x, start, usize::MAX)? {
        n += 1;
        start = i + 1;
    }
    Ok(n)
}

/// `frombytes(buffer)`: appends the items the bytes encode.
fn frombytes(array: &PyArray, data: &Value) -> PyResult<Value> {
    match data {
        Value::Bytes(b) => array.extend_bytes(&b.data)?,
        other if as_array(other).is_some() => {
            return Err(raise::type_error("a bytes-like object is required"))
        }
        other => {
            return Err(raise::type_error(format!(
                "a bytes-like object is required, not '{}'",
                other.type_name()
            )))
        }
    }
    Ok(Value::None)
}

/// `fromlist(list)`: appends every item, or none if one is refused.
fn fromlist(array: &PyArray, list: &Value) -> PyResult<Value> {
    let Value::List(list) = list else {
        return Err(raise::type_error("arg must be list"));
    };
    let values = list.items.borrow().clone();
    let scalars = values
        .iter()
        .map(|x| array.code.scalar(x))
        .collect::<PyResult<Vec<Scalar>>>()?;
    let mut items = array.items.borrow_mut();
    for s in scalars {
        items.push(s);
    }
    Ok(Value::None)
}

/// `index(x[, start[, stop]])`: the first position of `x` in the range.
fn index(array: &PyArray, args: &[Value]) -> PyResult<Value> {
    expect("index", args, 1, 3)?;
    let len = array.items.borrow().len() as i64;
    let bound = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        let mut i = crate::methods::args::index_bound(v, default)?;
        if i < 0 {
            i = (i + len).max(0);
        }
        Ok(i.min(len) as usize)
    };
    let start = bound(args.get(1), 0)?;
    let stop = bound(args.get(2), len)?;
    match array.position(&args[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(raise::value_error("array.index(x): x not in array")),
    }
}

/// `insert(i, x)`: positions past either end clamp, as for lists.
fn insert(array: &PyArray, args: &[Value]) -> PyResult<Value> {
    expect("insert", args, 2, 2)?;
    let i = ssize_arg(&args[0])?;
    let s = array.code.scalar(&args[1])?;
    let mut items = array.items.borrow_mut();
    let len = items.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(at as usize, s);
    Ok(Value::None)
}

/// `pop([i])`: removes and returns item `i` (the last by default).
fn pop(array: &PyArray, args: &[Value]) -> PyResult<Value> {
    expect("pop", args, 0, 1)?;
    let i = match args.first() {
        Some(v) => ssize_arg(v)?,
        None => -1,
    };
    let mut items = array.items.borrow_mut();
    if items.len() == 0 {
        return Err(raise::index_error("pop from empty array"));
    }
    let Some(i) = crate::subscript::normalize_index(i, items.len()) else {
        return Err(raise::index_error("pop index out of range"));
    };
    let item = items.get(i)?;
    items.remove(i);
    Ok(item)
}
