//! Calling a builtin type: `int(x)`, `float(x)`, `str(x)`, `list(it)`, `range(n)`, ...

use std::rc::Rc;

use crate::error::{raise, PyResult};
use crate::func::{check_arity, no_kwargs, KwArgs};
use crate::range::PyRange;
use crate::types::TypeId;
use crate::value::Value;

use super::{index_arg, take_kwargs};

/// Calls the builtin type `t` with the given arguments.
pub fn construct(t: TypeId, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    match t {
        TypeId::Int => int(args, kwargs),
        TypeId::Float => float(args, kwargs),
        TypeId::Str => str(args, kwargs),
        TypeId::Bool => {
            no_kwargs("bool", kwargs)?;
            check_arity("bool", args, 0, 1)?;
            Ok(Value::Bool(match args.first() {
                Some(v) => crate::object::truthy(v)?,
                None => false,
            }))
        }
        TypeId::List => {
            no_kwargs("list", kwargs)?;
            check_arity("list", args, 0, 1)?;
            let items = match args.first() {
                Some(it) => crate::iter::collect(it)?,
                None => Vec::new(),
            };
            Ok(Value::list(items))
        }
        TypeId::Tuple => {
            no_kwargs("tuple", kwargs)?;
            check_arity("tuple", args, 0, 1)?;
            match args.first() {
                Some(t @ Value::Tuple(_)) => Ok(t.clone()),
                Some(Value::List(list)) => Ok(Value::Tuple(std::rc::Rc::new(
                    crate::tuple::PyTuple::from_slice(&list.items.borrow()),
                ))),
                Some(it) => Ok(Value::tuple(crate::iter::collect(it)?)),
                None => Ok(Value::tuple(Vec::new())),
            }
        }
        TypeId::Dict => crate::dict::dict_from(args, kwargs),
        TypeId::Set => crate::set::construct(crate::set::SetKind::Set, args, kwargs),
        TypeId::FrozenSet => crate::set::construct(crate::set::SetKind::Frozen, args, kwargs),
        TypeId::Range => range(args, kwargs),
        TypeId::Bytes => crate::bytes::construct(args, kwargs),
        TypeId::Enumerate => super::enumerate(args, kwargs),
        TypeId::Zip => super::zip(args, kwargs),
        TypeId::Map => super::map(args, kwargs),
        TypeId::Filter => super::filter(args, kwargs),
        TypeId::Reversed => super::reversed(args, kwargs),
        TypeId::Slice => crate::slice::construct(args, kwargs),
        TypeId::Type => {
            no_kwargs("type", kwargs)?;
            match args {
                [value] => Ok(super::type_of(value)),
                [Value::Str(name), Value::Tuple(bases), Value::Dict(namespace)] => {
                    let mut ns = crate::class::Namespace::default();
                    for (key, value) in namespace.map.borrow().iter() {
                        if let Value::Str(k) = &key.key {
                            ns.insert(k.as_str().to_string(), value.clone());
                        }
                    }
                    // `__qualname__` names the class rather than becoming
                    // an attribute; `__module__` says where it belongs.
                    let qualname = match ns.shift_remove("__qualname__") {
                        Some(Value::Str(q)) => q.as_str().to_string(),
                        Some(other) => {
                            return Err(raise::type_error(format!(
                                "type __qualname__ must be a str, not {}",
                                other.type_name()
                            )))
                        }
                        None => name.as_str().to_string(),
                    };
                    let module: &'static str = match ns.get("__module__") {
                        Some(Value::Str(m)) if m.as_str() != "__main__" => {
                            Box::leak(m.as_str().to_string().into_boxed_str())
                        }
                        _ => "__main__",
                    };
                    crate::class::build_class(
                        name.as_str(),
                        &qualname,
                        module,
                        &bases.items,
                        ns,
                        &[],
                    )
                }
                _ => Err(raise::type_error("type() takes 1 or 3 arguments")),
            }
        }
        TypeId::Object => {
            if !args.is_empty() || !kwargs.is_empty() {
                return Err(raise::type_error("object() takes no arguments"));
            }
            Ok(crate::object_type::new_object())
        }
        TypeId::NoneType => {
            check_arity("NoneType", args, 0, 0)?;
            Ok(Value::None)
        }
        other => Err(raise::type_error(format!(
            "cannot create '{}' instances",
            other.name()
        ))),
    }
}

/// `int(x=0)` / `int(x, base=10)`
fn int(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [base_kw] = take_kwargs("int", kwargs, ["base"])?;
    check_arity("int", args, 0, 2)?;
    let base = args.get(1).or(base_kw);
    let Some(x) = args.first() else {
        return match base {
            None => Ok(Value::Int(0)),
            Some(_) => Err(raise::type_error("int() missing string argument")),
        };
    };
    if let Some(base) = base {
        let base = index_arg(base)?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(raise::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        return match x {
            Value::Str(s) => crate::int::parse_int(s.as_str(), base as u32),
            _ => Err(raise::type_error(
                "int() can't convert non-string with explicit base",
            )),
        };
    }
    if let Value::Instance(_) = x {
        if let Some(result) = converted(x, &["__int__", "__index__", "__trunc__"], true) {
            return result;
        }
        if let Some(base @ Value::Str(_)) = crate::builtin_base::base_value(x) {
            return int(std::slice::from_ref(base), &[]);
        }
    }
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => crate::int::from_f64(*f),
        Value::Str(s) => crate::int::parse_int(s.as_str(), 10),
        other => Err(raise::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

/// `float(x=0.0)`
fn float(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("float", kwargs)?;
    check_arity("float", args, 0, 1)?;
    let Some(x) = args.first() else {
        return Ok(Value::Float(0.0));
    };
    if let Value::Instance(_) = x {
        if let Some(result) = converted(x, &["__float__", "__index__"], false) {
            return result;
        }
        if let Some(base @ Value::Str(_)) = crate::builtin_base::base_value(x) {
            return float(std::slice::from_ref(base), &[]);
        }
    }
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as i64 as f64)),
        Value::BigInt(b) => Ok(Value::Float(crate::int::to_f64(b)?)),
        Value::Str(s) => Ok(Value::Float(crate::float::parse_float(s.as_str())?)),
        other => Err(raise::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            other.type_name()
        ))),
    }
}

/// `int(x)` / `float(x)` of a Python-defined object: the result of the first
/// of `methods` its class has (`None` if it has none), checked as CPython
/// checks it; a result of a builtin subclass counts as its base value.
fn converted(x: &Value, methods: &[&str], to_int: bool) -> Option<PyResult<Value>> {
    let (method, result) = methods
        .iter()
        .find_map(|m| Some((*m, crate::instance::call_special(x, m, &[])?)))?;
    Some(result.and_then(|value| {
        let number = crate::builtin_base::view(&value);
        match (number, method) {
            (Value::Int(_) | Value::BigInt(_), _) if to_int => Ok(number.clone()),
            (Value::Bool(b), _) if to_int => Ok(Value::Int(i64::from(*b))),
            (Value::Float(_), "__float__") => Ok(number.clone()),
            (Value::Int(i), "__index__") => Ok(Value::Float(*i as f64)),
            (Value::Bool(b), "__index__") => Ok(Value::Float(f64::from(u8::from(*b)))),
            (Value::BigInt(b), "__index__") => crate::int::to_f64(b).map(Value::Float),
            (_, "__float__") => Err(raise::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                x.type_name(),
                value.type_name()
            ))),
            (_, "__trunc__") => Err(raise::type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                value.type_name()
            ))),
            _ => Err(raise::type_error(format!(
                "{method} returned non-int (type {})",
                value.type_name()
            ))),
        }
    }))
}

/// `str(object='')`
fn str(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("str", kwargs)?;
    check_arity("str", args, 0, 1)?;
    match args.first() {
        None => Ok(Value::str("")),
        Some(s @ Value::Str(_)) => Ok(s.clone()),
        Some(other) => Ok(Value::string(crate::repr::str_of(other)?)),
    }
}

/// `range(stop)` / `range(start, stop[, step])`
fn range(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("range", kwargs)?;
    if args.is_empty() {
        return Err(raise::type_error(
            "range expected at least 1 argument, got 0",
        ));
    }
    if args.len() > 3 {
        return Err(raise::type_error(format!(
            "range expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let bounds = args.iter().map(index_arg).collect::<PyResult<Vec<i64>>>()?;
    let (start, stop, step) = match bounds.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        _ => unreachable!("length checked above"),
    };
    if step == 0 {
        return Err(raise::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
}
