//! Methods of `dict` objects (and the `dict.fromkeys` class method).

use std::rc::Rc;

use super::args::{expect_range, no_args};
use crate::dict::{view, PyDict, ViewKind};
use crate::error::{raise, PyResult};
use crate::func::KwArgs;
use crate::value::Value;

/// The methods of `dict`.
pub const NAMES: &[&str] = &[
    "clear",
    "copy",
    "fromkeys",
    "get",
    "items",
    "keys",
    "pop",
    "popitem",
    "setdefault",
    "update",
    "values",
];

/// `dict.fromkeys(iterable[, value])`
pub fn fromkeys(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    expect_range("fromkeys", "dict.fromkeys", args, kwargs, 1, 2)?;
    let value = args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Dict(Rc::new(PyDict::fromkeys(&args[0], &value)?)))
}

/// `d.name(*args, **kwargs)`
pub fn call(d: &Rc<PyDict>, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    match name {
        "get" => {
            expect_range("get", "dict.get", args, kwargs, 1, 2)?;
            d.get_or(&args[0], args.get(1).cloned().unwrap_or(Value::None))
        }
        "pop" => {
            expect_range("pop", "dict.pop", args, kwargs, 1, 2)?;
            d.pop(&args[0], args.get(1).cloned())
        }
        "popitem" => {
            no_args("dict.popitem", args, kwargs)?;
            d.popitem()
        }
        "setdefault" => {
            expect_range("setdefault", "dict.setdefault", args, kwargs, 1, 2)?;
            d.setdefault(args[0].clone(), args.get(1).cloned().unwrap_or(Value::None))
        }
        "update" => {
            if args.len() > 1 {
                return Err(raise::type_error(format!(
                    "update expected at most 1 argument, got {}",
                    args.len()
                )));
            }
            if let Some(other) = args.first() {
                d.update_from(other)?;
            }
            d.update_kwargs(kwargs)?;
            Ok(Value::None)
        }
        "keys" | "values" | "items" => {
            let kind = match name {
                "keys" => ViewKind::Keys,
                "values" => ViewKind::Values,
                _ => ViewKind::Items,
            };
            no_args(&format!("dict.{name}"), args, kwargs)?;
            Ok(view(d, kind))
        }
        "clear" => {
            no_args("dict.clear", args, kwargs)?;
            d.clear();
            Ok(Value::None)
        }
        "copy" => {
            no_args("dict.copy", args, kwargs)?;
            Ok(Value::Dict(Rc::new(d.copy())))
        }
        "fromkeys" => fromkeys(args, kwargs),
        _ => super::call_attribute(&Value::Dict(d.clone()), name, args, kwargs),
    }
}
