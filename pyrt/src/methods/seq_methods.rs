//! Methods of `list`, `tuple` and `range` objects.

use std::rc::Rc;

use super::args::{bind, c_int_arg, expect_range, index_arg, index_bound, no_args, one_arg};
use crate::error::{raise, PyResult};
use crate::func::KwArgs;
use crate::list::PyList;
use crate::range::PyRange;
use crate::tuple::PyTuple;
use crate::value::Value;

/// The methods of `list`.
pub const LIST_NAMES: &[&str] = &[
    "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse",
    "sort",
];

/// The methods of `tuple`.
pub const TUPLE_NAMES: &[&str] = &["count", "index"];

/// The methods of `range`.
pub const RANGE_NAMES: &[&str] = &["count", "index"];

/// `list.name(*args, **kwargs)`
pub fn call_list(l: &Rc<PyList>, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    match name {
        "append" => {
            l.append(one_arg("list.append", args, kwargs)?.clone());
            Ok(Value::None)
        }
        "pop" => {
            expect_range("pop", "list.pop", args, kwargs, 0, 1)?;
            l.pop(args.first().map(index_arg).transpose()?)
        }
        "insert" => {
            expect_range("insert", "list.insert", args, kwargs, 2, 2)?;
            l.insert(index_arg(&args[0])?, args[1].clone());
            Ok(Value::None)
        }
        "extend" => {
            l.extend(one_arg("list.extend", args, kwargs)?)?;
            Ok(Value::None)
        }
        "remove" => {
            l.remove(one_arg("list.remove", args, kwargs)?)?;
            Ok(Value::None)
        }
        "index" => {
            expect_range("index", "list.index", args, kwargs, 1, 3)?;
            let start = index_bound(args.get(1), 0)?;
            let end = index_bound(args.get(2), i64::MAX)?;
            Ok(Value::Int(l.index(&args[0], start, end)? as i64))
        }
        "count" => Ok(Value::Int(
            l.count(one_arg("list.count", args, kwargs)?)? as i64
        )),
        "sort" => {
            let [key, reverse] = bind("sort", args, kwargs, ["key", "reverse"], 0)?;
            let reverse = reverse.map(c_int_arg).transpose()?.unwrap_or(0) != 0;
            l.sort(key, reverse)?;
            Ok(Value::None)
        }
        "clear" => {
            no_args("list.clear", args, kwargs)?;
            l.clear();
            Ok(Value::None)
        }
        "copy" => {
            no_args("list.copy", args, kwargs)?;
            Ok(l.copy())
        }
        "reverse" => {
            no_args("list.reverse", args, kwargs)?;
            l.reverse();
            Ok(Value::None)
        }
        _ => super::call_attribute(&Value::List(l.clone()), name, args, kwargs),
    }
}

/// `tuple.name(*args, **kwargs)`
pub fn call_tuple(t: &Rc<PyTuple>, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    match name {
        "count" => Ok(Value::Int(
            t.count(one_arg("tuple.count", args, kwargs)?)? as i64
        )),
        "index" => {
            expect_range("index", "tuple.index", args, kwargs, 1, 3)?;
            let start = index_bound(args.get(1), 0)?;
            let end = index_bound(args.get(2), i64::MAX)?;
            Ok(Value::Int(t.index(&args[0], start, end)? as i64))
        }
        _ => super::call_attribute(&Value::Tuple(t.clone()), name, args, kwargs),
    }
}

/// `range.name(*args, **kwargs)`
pub fn call_range(r: &Rc<PyRange>, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    match name {
        "count" => {
            let x = one_arg("range.count", args, kwargs)?;
            Ok(Value::Int(i64::from(range_position(r, x)?.is_some())))
        }
        "index" => {
            let x = one_arg("range.index", args, kwargs)?;
            match range_position(r, x)? {
                Some(i) => Ok(Value::Int(i as i64)),
                None if matches!(x, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) => Err(
                    raise::value_error(format!("{} is not in range", crate::repr::repr(x)?)),
                ),
                None => Err(raise::value_error("sequence.index(x): x not in sequence")),
            }
        }
        _ => super::call_attribute(&Value::Range(r.clone()), name, args, kwargs),
    }
}

/// The position of `x` in the range (ranges hold distinct values).
fn range_position(r: &PyRange, x: &Value) -> PyResult<Option<usize>> {
    let v = match x {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::BigInt(_) => return Ok(None),
        other => {
            // Other types compare by `==` against each element, as CPython does.
            let mut it = crate::iter::Iter::new(&Value::Range(Rc::new(PyRange {
                start: r.start,
                stop: r.stop,
                step: r.step,
            })))?;
            let mut i = 0;
            while let Some(item) = it.next()? {
                if crate::compare::eq(&item, other)? {
                    return Ok(Some(i));
                }
                i += 1;
            }
            return Ok(None);
        }
    };
    let offset = v as i128 - r.start as i128;
    let step = r.step as i128;
    if offset % step != 0 {
        return Ok(None);
    }
    let k = offset / step;
    Ok((k >= 0 && (k as u128) < r.len() as u128).then_some(k as usize))
}

/// The data attributes of a range (`start`, `stop`, `step`).
pub fn range_attribute(r: &PyRange, name: &str) -> Option<Value> {
    match name {
        "start" => Some(Value::Int(r.start)),
        "stop" => Some(Value::Int(r.stop)),
        "step" => Some(Value::Int(r.step)),
        _ => None,
    }
}
