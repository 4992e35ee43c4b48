//! Methods of builtin objects and attribute lookup.
//!
//! [`call_method`] dispatches `receiver.name(...)` on the receiver's type and
//! the method name; [`getattr`] returns a bound method object (or a data
//! attribute such as `range.start`). Unknown names raise `AttributeError`.
//! A method looked up on a type (`str.upper`) is bound to the type object and
//! takes its receiver as the first argument when called.

use std::rc::Rc;

use crate::error::{raise, PyErr, PyResult};
use crate::func::{BoundMethod, KwArgs};
use crate::types::TypeId;
use crate::value::Value;

pub mod args;
mod dict_methods;
pub mod dunder;
mod num_methods;
mod seq_methods;
mod set_methods;
pub(crate) mod str_methods;

/// `receiver.name(*args, **kwargs)`
pub fn call_method(
    receiver: &Value,
    name: &str,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<Value> {
    if name.starts_with("__") {
        if let Some(t) = dunder::value_type(receiver) {
            if dunder::names(t).contains(&name) {
                return dunder::call(t, receiver, receiver, name, args, kwargs);
            }
        }
    }
    match receiver {
        Value::List(l) => seq_methods::call_list(l, name, args, kwargs),
        Value::Str(s) => str_methods::call(s, name, args, kwargs),
        Value::Dict(d) => dict_methods::call(d, name, args, kwargs),
        Value::Tuple(t) => seq_methods::call_tuple(t, name, args, kwargs),
        Value::Range(r) => seq_methods::call_range(r, name, args, kwargs),
        Value::Set(s) => set_methods::call(crate::set::SetKind::Set, s, name, args, kwargs),
        Value::FrozenSet(s) => {
            set_methods::call(crate::set::SetKind::Frozen, s, name, args, kwargs)
        }
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => {
            num_methods::call(receiver, name, args, kwargs)
        }
        Value::Type(t) => call_unbound(*t, name, args, kwargs),
        Value::Instance(i) => crate::instance::call_method(i, name, args, kwargs),
        Value::Super(s) => crate::func::call(&s.get_attr(name)?, args, kwargs),
        Value::Generator(g) => crate::generator::call_method(g, name, args),
        Value::Bytes(b) => crate::bytes::call_method(b, name, args),
        Value::Namespace(ns) => crate::module::call_method(ns, name, args),
        Value::InstanceDict(i) => crate::instance::dict_call_method(i, name, args),
        Value::Class(c) => {
            let attr = crate::instance::class_get_attr(c, name)?;
            crate::func::call(&attr, args, kwargs)
        }
        Value::Module(m) => crate::func::call(&crate::module::getattr(m, name)?, args, kwargs),
        Value::Native(n) => crate::native::call_method(n, receiver, name, args, kwargs),
        Value::Property(p) if matches!(name, "setter" | "getter" | "deleter") => {
            crate::descr::call_property_method(p, name, args)
        }
        other => call_attribute(other, name, args, kwargs),
    }
}

/// The names of the methods of builtin type `t` that pyrt implements.
pub fn method_names(t: TypeId) -> &'static [&'static str] {
    match t {
        TypeId::Str => str_methods::NAMES,
        TypeId::List => seq_methods::LIST_NAMES,
        TypeId::Tuple => seq_methods::TUPLE_NAMES,
        TypeId::Range => seq_methods::RANGE_NAMES,
        TypeId::Dict => dict_methods::NAMES,
        TypeId::Set => set_methods::SET_NAMES,
        TypeId::FrozenSet => set_methods::FROZENSET_NAMES,
        TypeId::Int | TypeId::Bool => num_methods::INT_NAMES,
        TypeId::Float => num_methods::FLOAT_NAMES,
        TypeId::Bytes => crate::bytes::METHOD_NAMES,
        _ => &[],
    }
}

/// The `&'static` spelling of `name` if it is a method or special method of `t`.
fn method_name(t: TypeId, name: &str) -> Option<&'static str> {
    let names = match name.starts_with("__") {
        true => dunder::names(t),
        false => method_names(t),
    };
    names.iter().copied().find(|m| *m == name)
}

/// `obj.name`
pub fn getattr(obj: &Value, name: &str) -> PyResult<Value> {
    let t = match obj {
        Value::Type(t) => return type_attribute(*t, name),
        Value::Instance(i) => return crate::instance::get_attr(i, name),
        Value::Super(s) => return s.get_attr(name),
        Value::Class(c) => return crate::instance::class_get_attr(c, name),
        Value::Module(m) => return crate::module::getattr(m, name),
        Value::Native(n) => return crate::native::getattr(n, obj, name),
        Value::Function(f) => match f.get_attr(name) {
            Some(v) => return Ok(v),
            None => obj.type_id(),
        },
        other => other.type_id(),
    };
    if let Some(method) = method_name(t, name) {
        return Ok(Value::Method(Rc::new(BoundMethod {
            receiver: obj.clone(),
            name: method,
        })));
    }
    data_attribute(obj, name).ok_or_else(|| no_attribute(obj, name))
}

/// Attributes that are not methods: `__class__`, `__name__`, `range.start`, `int.real`, ...
fn data_attribute(obj: &Value, name: &str) -> Option<Value> {
    match (obj, name) {
        (Value::Property(p), "setter" | "getter" | "deleter") => {
            Some(crate::descr::property_updater(p.clone(), name))
        }
        (_, "__class__") => Some(crate::builtins::type_of(obj)),
        (Value::Function(f), "__name__") => Some(Value::str(f.name())),
        (Value::Function(f), "__qualname__") => Some(Value::str(f.def.qualname)),
        (Value::Function(f), "__module__") => Some(Value::str(f.def.code.module.name)),
        (Value::Function(f), "__doc__") => Some(f.def.doc.map_or(Value::None, Value::str)),
        (Value::Function(f), "__defaults__") => {
            let defaults = f.defaults.borrow();
            Some(if defaults.is_empty() {
                Value::None
            } else {
                Value::tuple(defaults.clone())
            })
        }
        (Value::PyMethod(m), "__self__") => Some(m.receiver.clone()),
        (Value::PyMethod(m), "__func__") => Some(m.func.clone()),
        // A bound method reads every other attribute from its function.
        (Value::PyMethod(m), _) if name != "__class__" => getattr(&m.func, name).ok(),
        (Value::ClassMethod(w) | Value::StaticMethod(w), "__func__") => Some(w.func.clone()),
        (Value::Property(p), "fget") => Some(p.fget.clone()),
        (Value::Property(p), "fset") => Some(p.fset.clone()),
        (Value::Property(p), "fdel") => Some(p.fdel.clone()),
        (Value::Builtin(b), "__name__" | "__qualname__") => Some(Value::str(b.name)),
        (Value::Generator(g), "__name__") => Some(Value::str(g.def.code.name)),
        (Value::Generator(g), "__qualname__") => Some(Value::str(g.def.qualname)),
        (Value::Generator(g), "gi_running") => Some(Value::Bool(g.is_running())),
        (Value::Method(m), "__name__") => Some(Value::str(m.name)),
        (Value::Method(m), "__self__") => Some(m.receiver.clone()),
        (Value::Range(r), _) => seq_methods::range_attribute(r, name),
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_), _) => {
            num_methods::attribute(obj, name)
        }
        _ => None,
    }
}

/// Attributes of a type object: its methods (unbound), `__name__`.
fn type_attribute(t: TypeId, name: &str) -> PyResult<Value> {
    if let Some(method) = method_name(t, name) {
        return Ok(Value::Method(Rc::new(BoundMethod {
            receiver: Value::Type(t),
            name: method,
        })));
    }
    if t == TypeId::Object {
        if let Some(method) = crate::object_type::attribute(name) {
            return Ok(method);
        }
    }
    if t == TypeId::Type {
        if let Some(method) = crate::metaclass::type_attribute(name) {
            return Ok(method);
        }
    }
    match name {
        "__name__" | "__qualname__" => Ok(Value::str(t.name())),
        "__class__" => Ok(Value::Type(TypeId::Type)),
        "__module__" => Ok(Value::str("builtins")),
        // The mutable containers are unhashable: their `__hash__` is `None`.
        "__hash__" if matches!(t, TypeId::List | TypeId::Dict | TypeId::Set) => Ok(Value::None),
        "__dict__" => crate::builtin_base::type_dict(t),
        "__new__" => crate::builtin_base::new_function(t).ok_or_else(|| no_type_attribute(t, name)),
        "__mro__" => {
            let mut mro = vec![Value::Type(t)];
            if t == TypeId::Bool {
                mro.push(Value::Type(TypeId::Int));
            }
            if t != TypeId::Object {
                mro.push(Value::Type(TypeId::Object));
            }
            Ok(Value::tuple(mro))
        }
        _ => Err(no_type_attribute(t, name)),
    }
}

/// `AttributeError: type object 'int' has no attribute 'foo'`
fn no_type_attribute(t: TypeId, name: &str) -> PyErr {
    raise::attribute_error(format!(
        "type object '{}' has no attribute '{name}'",
        t.name()
    ))
}

/// Calls an attribute that is not a method (`x.real()` raises "not callable").
pub(crate) fn call_attribute(
    obj: &Value,
    name: &str,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<Value> {
    if let Value::Function(f) = obj {
        if let Some(attr) = f.get_attr(name) {
            return crate::func::call(&attr, args, kwargs);
        }
    }
    match data_attribute(obj, name) {
        Some(attr) => crate::func::call(&attr, args, kwargs),
        None => Err(no_attribute(obj, name)),
    }
}

/// `AttributeError: 'list' object has no attribute 'foo'`
#[cold]
pub fn no_attribute(obj: &Value, name: &str) -> PyErr {
    raise::attribute_error(format!(
        "'{}' object has no attribute '{name}'",
        obj.type_name()
    ))
}

/// `str.upper(s)`, `dict.fromkeys(it)`: a method called through its type.
fn call_unbound(t: TypeId, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if t == TypeId::Type {
        if let Some(result) = crate::metaclass::call_type_method(name, args, kwargs) {
            return result;
        }
    }
    if t == TypeId::Dict && name == "fromkeys" {
        return dict_methods::fromkeys(args, kwargs);
    }
    if t == TypeId::Str && name == "maketrans" {
        crate::func::no_kwargs("maketrans", kwargs)?;
        return crate::str::translate::maketrans(args);
    }
    if method_name(t, name).is_none() {
        return crate::func::call(&type_attribute(t, name)?, args, kwargs);
    }
    let Some((receiver, rest)) = args.split_first() else {
        return Err(raise::type_error(format!(
            "unbound method {}.{name}() needs an argument",
            t.name()
        )));
    };
    crate::builtin_base::call_method(t, name, receiver, rest, kwargs)
}

#[cfg(test)]
mod cpython_cases;
#[cfg(test)]
mod harness;
