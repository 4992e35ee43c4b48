//! Builtins that consume an iterable: `sorted`, `any`, `all`.

use crate::error::{raise, PyResult};
use crate::func::{check_arity, no_kwargs, KwArgs};
use crate::iter::Iter;
use crate::methods::args::{bind, c_int_arg};
use crate::value::Value;

/// `sorted(iterable, /, *, key=None, reverse=False)`: a new sorted list.
///
/// Like CPython, builds the list first and then sorts it as `list.sort`
/// would, so keyword errors name `sort()` and come after iteration.
pub fn sorted(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [iterable] = args else {
        return Err(raise::type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    };
    let mut items = crate::iter::collect(iterable)?;
    let [key, reverse] = bind("sort", &[], kwargs, ["key", "reverse"], 0)?;
    let reverse = match reverse {
        Some(r) => c_int_arg(r)? != 0,
        None => false,
    };
    crate::list::sort_values(&mut items, key, reverse)?;
    Ok(Value::list(items))
}

/// `any(iterable)`: stops at the first true item.
pub fn any(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    first_with_truth("any", args, kwargs, true).map(Value::Bool)
}

/// `all(iterable)`: stops at the first false item.
pub fn all(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    first_with_truth("all", args, kwargs, false)
        .map(|found| !found)
        .map(Value::Bool)
}

/// Whether the iterable in `args` has an item whose truth is `wanted`,
/// consuming no further than that item.
fn first_with_truth(name: &str, args: &[Value], kwargs: KwArgs, wanted: bool) -> PyResult<bool> {
    no_kwargs(name, kwargs)?;
    check_arity(name, args, 1, 1)?;
    let mut it = Iter::new(&args[0])?;
    while let Some(item) = it.next()? {
        if crate::object::truthy(&item)? == wanted {
            return Ok(true);
        }
    }
    Ok(false)
}
