//! Builtins about classes: `property`, `classmethod`, `staticmethod`,
//! `issubclass`, the two-argument `super`, and the exception classes.

use std::rc::Rc;

use crate::descr::{Property, Wrapped};
use crate::error::{raise, PyResult};
use crate::func::{check_arity, no_kwargs, BuiltinFunction, KwArgs};
use crate::types::TypeId;
use crate::value::Value;

use super::take_kwargs;

/// The class builtins, by name.
pub static CLASS_FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction {
        name: "property",
        call: property,
    },
    BuiltinFunction {
        name: "classmethod",
        call: classmethod,
    },
    BuiltinFunction {
        name: "staticmethod",
        call: staticmethod,
    },
    BuiltinFunction {
        name: "issubclass",
        call: issubclass,
    },
    BuiltinFunction {
        name: "super",
        call: super_,
    },
];

/// `property(fget=None, fset=None, fdel=None, doc=None)`
fn property(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [fget, fset, fdel, _doc] =
        take_kwargs("property", kwargs, ["fget", "fset", "fdel", "doc"])?;
    check_arity("property", args, 0, 4)?;
    let pick = |i: usize, kw: Option<&Value>| args.get(i).or(kw).cloned().unwrap_or(Value::None);
    Ok(Value::Property(Rc::new(Property {
        fget: pick(0, fget),
        fset: pick(1, fset),
        fdel: pick(2, fdel),
    })))
}

/// `classmethod(function)`
fn classmethod(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("classmethod", kwargs)?;
    check_arity("classmethod", args, 1, 1)?;
    Ok(Value::ClassMethod(Rc::new(Wrapped {
        func: args[0].clone(),
    })))
}

/// `staticmethod(function)`
fn staticmethod(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("staticmethod", kwargs)?;
    check_arity("staticmethod", args, 1, 1)?;
    Ok(Value::StaticMethod(Rc::new(Wrapped {
        func: args[0].clone(),
    })))
}

/// `issubclass(class, class_or_tuple)`
fn issubclass(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("issubclass", kwargs)?;
    check_arity("issubclass", args, 2, 2)?;
    if !matches!(args[0], Value::Class(_) | Value::Type(_)) {
        return Err(raise::type_error("issubclass() arg 1 must be a class"));
    }
    if let Value::Class(target) = &args[1] {
        if let Some(result) = crate::metaclass::subclass_check(target, &args[0]) {
            return Ok(Value::Bool(result?));
        }
    }
    Ok(Value::Bool(is_subclass(&args[0], &args[1], "issubclass")?))
}

/// Whether class value `class` derives from `target` (a class or tuple of classes).
pub fn is_subclass(class: &Value, target: &Value, function: &str) -> PyResult<bool> {
    match (class, target) {
        (_, Value::Tuple(options)) => {
            for option in options.items.iter() {
                if is_subclass(class, option, function)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        (_, Value::Type(TypeId::Object)) => Ok(true),
        (Value::Class(a), Value::Class(b)) => Ok(a.is_subclass(b)),
        (Value::Type(a), Value::Type(b)) => Ok(a.is_subtype_of(*b)),
        (Value::Class(a), Value::Type(b)) => Ok(a.base_type.is_some_and(|t| t.is_subtype_of(*b))),
        (Value::Type(_), Value::Class(_)) => Ok(false),
        (_, other) if crate::generic_alias::check_members(other, function).is_some() => {
            let members = crate::generic_alias::check_members(other, function)
                .expect("checked by the guard")?;
            is_subclass(class, &members, function)
        }
        _ => Err(raise::type_error(format!(
            "{function}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

/// `super(class, object)` (the zero-argument form is compiled specially).
fn super_(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("super", kwargs)?;
    match args {
        [class @ Value::Class(_), object] => crate::class::super_object(class, object.clone()),
        [] => Err(raise::runtime_error("super(): no arguments")),
        _ => Err(raise::type_error("super() argument 1 must be a type")),
    }
}

/// The builtin exception class `name`, as a value.
pub fn exception_class(name: &str) -> Option<Value> {
    crate::exceptions::builtin_class(name).map(Value::Class)
}
