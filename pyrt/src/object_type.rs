//! The `object` type: the methods every class inherits from the root of the
//! hierarchy (`object.__init__`, `object.__new__`, `object.__setattr__`, ...),
//! reached through `super()` and as attributes of `object`, and `object()`
//! instances.
//!
//! Classes do not list `object` in their MRO (it is implicitly last), so a
//! lookup that finds nothing in the MRO ends here: [`bound_method`] for
//! `super().name`, [`attribute`] for `object.name`.

use std::rc::Rc;

use crate::error::{raise, PyResult};
use crate::func::{BuiltinFunction, KwArgs};
use crate::instance::PyInstance;
use crate::object::{address, identity_hash};
use crate::types::TypeId;
use crate::value::Value;

/// `object.__new__`: a static method (its first argument is the class).
static NEW: BuiltinFunction = BuiltinFunction {
    name: "__new__",
    call: object_new,
};

/// The methods of `object` that take the instance first, by name.
static METHODS: &[BuiltinFunction] = &[
    BuiltinFunction {
        name: "__init__",
        call: object_init,
    },
    BuiltinFunction {
        name: "__setattr__",
        call: object_setattr,
    },
    BuiltinFunction {
        name: "__delattr__",
        call: object_delattr,
    },
    BuiltinFunction {
        name: "__getattribute__",
        call: object_getattribute,
    },
    BuiltinFunction {
        name: "__repr__",
        call: object_repr,
    },
    BuiltinFunction {
        name: "__str__",
        call: object_str,
    },
    BuiltinFunction {
        name: "__format__",
        call: object_format,
    },
    BuiltinFunction {
        name: "__eq__",
        call: object_eq,
    },
    BuiltinFunction {
        name: "__ne__",
        call: object_ne,
    },
    BuiltinFunction {
        name: "__lt__",
        call: not_implemented,
    },
    BuiltinFunction {
        name: "__le__",
        call: not_implemented,
    },
    BuiltinFunction {
        name: "__gt__",
        call: not_implemented,
    },
    BuiltinFunction {
        name: "__ge__",
        call: not_implemented,
    },
    BuiltinFunction {
        name: "__hash__",
        call: object_hash,
    },
];

/// `object.__init_subclass__`: a class method (its first argument is the class).
static INIT_SUBCLASS: BuiltinFunction = BuiltinFunction {
    name: "__init_subclass__",
    call: object_init_subclass,
};

/// The names of `object`'s attributes.
pub const NAMES: &[&str] = &[
    "__new__",
    "__init_subclass__",
    "__init__",
    "__setattr__",
    "__delattr__",
    "__getattribute__",
    "__repr__",
    "__str__",
    "__format__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__hash__",
];

/// `object.__new__` as a value (called with the class first).
pub fn new_function() -> Value {
    Value::Builtin(&NEW)
}

/// `object.name`: the method unbound (`object.__init__(self)`), or `None`
/// when `object` has no such attribute.
pub fn attribute(name: &str) -> Option<Value> {
    if name == "__new__" {
        return Some(new_function());
    }
    if name == "__init_subclass__" {
        return Some(Value::Builtin(&INIT_SUBCLASS));
    }
    METHODS.iter().find(|f| f.name == name).map(Value::Builtin)
}

/// `object.name` bound to `receiver`, for a `super().name` that reaches the
/// root (`__new__` stays unbound: it is a static method).
pub fn bound_method(receiver: &Value, name: &str) -> Option<Value> {
    match attribute(name)? {
        new @ Value::Builtin(f) if std::ptr::eq(f, &NEW) => Some(new),
        func => Some(Value::PyMethod(Rc::new(crate::descr::PyMethod {
            func,
            receiver: receiver.clone(),
        }))),
    }
}

/// `object.__init_subclass__(cls)`: accepts no keyword arguments.
fn object_init_subclass(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        let name = match args.first() {
            Some(Value::Class(c)) => c.name,
            _ => "object",
        };
        return Err(raise::type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// `object()`: a new featureless object.
pub fn new_object() -> Value {
    Value::Instance(PyInstance::new(crate::builtin_base::object_class()))
}

/// `object.__new__(cls, *args, **kwargs)`: a plain instance of `cls`, with
/// CPython's checks of the extra arguments.
fn object_new(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some((cls, rest)) = args.split_first() else {
        return Err(raise::type_error("object.__new__(): not enough arguments"));
    };
    let class = match cls {
        Value::Class(c) => c,
        Value::Type(TypeId::Object) => return Ok(new_object()),
        Value::Type(t) => {
            return Err(raise::type_error(format!(
                "object.__new__({0}) is not safe, use {0}.__new__()",
                t.name()
            )))
        }
        other => {
            return Err(raise::type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                other.type_name()
            )))
        }
    };
    if class.base_type.is_some() {
        // CPython names the nearest class whose `__new__` is not written in Python.
        let mut named = class.clone();
        while named.builtin_type.is_none() && named.dict.borrow().contains_key("__new__") {
            match named.bases.first() {
                Some(base) => named = base.clone(),
                None => break,
            }
        }
        return Err(raise::type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            class.name, named.name
        )));
    }
    let instance = PyInstance::new(class.clone());
    if let Some(exc) = &instance.exc {
        // `BaseException.__new__` keeps the arguments as `args`.
        exc.borrow_mut().args = rest.to_vec();
    } else if !rest.is_empty() || !kwargs.is_empty() {
        if class.lookup("__new__").is_some() {
            return Err(raise::type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if class.init_method().is_none() {
            return Err(raise::type_error(format!(
                "{}() takes no arguments",
                class.name
            )));
        }
    }
    Ok(Value::Instance(instance))
}

/// `object.__init__(self)` / `BaseException.__init__(self, *args)`.
fn object_init(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(Value::Instance(i)) = args.first() else {
        return Ok(Value::None);
    };
    if let Some(state) = &i.exc {
        state.borrow_mut().args = args[1..].to_vec();
        return Ok(Value::None);
    }
    if args.len() > 1 || !kwargs.is_empty() {
        let class = i.class_ref();
        if class.init_method().is_some() {
            return Err(raise::type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !class.flags().custom_new {
            return Err(raise::type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                class.name
            )));
        }
    }
    Ok(Value::None)
}

/// `object.__setattr__(self, name, value)`.
fn object_setattr(args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    match args {
        [Value::Instance(i), Value::Str(name), value] => {
            crate::instance::store_attr(i, i.class_ref(), name.as_str(), value.clone())?;
            Ok(Value::None)
        }
        [_, Value::Str(_), _] => Err(raise::type_error(
            "pyrc: object.__setattr__ on this object is not supported yet",
        )),
        [_, other, _] => Err(attribute_name_error(other)),
        _ => Err(expected_arguments("__setattr__", 2, args)),
    }
}

/// `object.__delattr__(self, name)`: removes an instance attribute, ignoring
/// any `__delattr__` override.
fn object_delattr(args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    match args {
        [Value::Instance(i), Value::Str(name)] => {
            crate::instance::remove_attr(i, name.as_str())?;
            Ok(Value::None)
        }
        [_, Value::Str(_)] => Err(raise::type_error(
            "pyrc: object.__delattr__ on this object is not supported yet",
        )),
        [_, other] => Err(attribute_name_error(other)),
        _ => Err(expected_arguments("__delattr__", 1, args)),
    }
}

/// `object.__getattribute__(self, name)`: the attribute protocol without `__getattr__`.
fn object_getattribute(args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    match args {
        [Value::Instance(i), Value::Str(name)] => {
            crate::instance::get_attr_no_fallback(i, name.as_str())
        }
        [obj, Value::Str(name)] => crate::methods::getattr(obj, name.as_str()),
        [_, other] => Err(attribute_name_error(other)),
        _ => Err(expected_arguments("__getattribute__", 1, args)),
    }
}

/// `object.__repr__(self)`: the default repr, ignoring overrides.
fn object_repr(args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    match args {
        [Value::Instance(i)] if i.is_exception() => {
            Ok(Value::string(crate::error::exception_repr(i)?))
        }
        [v @ Value::Instance(i)] => {
            let class = i.class_ref();
            let name = match class.module {
                "builtins" => class.qualname.to_string(),
                module => format!("{module}.{}", class.qualname),
            };
            Ok(Value::string(format!(
                "<{name} object at {:#x}>",
                address(v)
            )))
        }
        [other] => Ok(Value::string(crate::repr::repr(other)?)),
        _ => Err(expected_arguments("__repr__", 0, args)),
    }
}

/// `object.__str__(self)`: `repr(self)` (or the exception message).
fn object_str(args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    match args {
        [Value::Instance(i)] if i.is_exception() => {
            let state_args = i
                .exc
                .as_ref()
                .map(|e| e.borrow().args.clone())
                .unwrap_or_default();
            Ok(Value::string(crate::exceptions::default_str(
                i.class().exception_kind(),
                &state_args,
            )?))
        }
        [v] => Ok(Value::string(crate::repr::repr(v)?)),
        _ => Err(expected_arguments("__str__", 0, args)),
    }
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec.
fn object_format(args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    match args {
        [v, Value::Str(spec)] if spec.is_empty() => Ok(Value::string(crate::repr::str_of(v)?)),
        [v, Value::Str(_)] => Err(raise::type_error(format!(
            "unsupported format string passed to {}.__format__",
            v.type_name()
        ))),
        [_, other] => Err(raise::type_error(format!(
            "__format__() argument must be str, not {}",
            other.type_name()
        ))),
        _ => Err(expected_arguments("__format__", 1, args)),
    }
}

/// `object.__eq__(self, other)`: identity, else NotImplemented.
fn object_eq(args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    match args {
        [a, b] if a.is(b) => Ok(Value::Bool(true)),
        [_, _] => Ok(Value::NotImplemented),
        _ => Err(expected_arguments("__eq__", 1, args)),
    }
}

/// `object.__ne__(self, other)`: the inverse of `self.__eq__(other)`, unless
/// that is NotImplemented.
fn object_ne(args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    let [a, b] = args else {
        return Err(expected_arguments("__ne__", 1, args));
    };
    let eq = match crate::instance::call_special(a, "__eq__", std::slice::from_ref(b)) {
        Some(result) => result?,
        None => object_eq(args, &[])?,
    };
    match eq {
        Value::NotImplemented => Ok(Value::NotImplemented),
        other => Ok(Value::Bool(!crate::object::truthy(&other)?)),
    }
}

/// `object.__lt__` and the other orderings: NotImplemented.
fn not_implemented(args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    match args {
        [_, _] => Ok(Value::NotImplemented),
        _ => Err(expected_arguments("comparison", 1, args)),
    }
}

/// `object.__hash__(self)`: the identity hash.
fn object_hash(args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    match args {
        [v] => Ok(Value::Int(identity_hash(v))),
        _ => Err(expected_arguments("__hash__", 0, args)),
    }
}

/// `TypeError: attribute name must be string, not 'int'`
fn attribute_name_error(name: &Value) -> crate::PyErr {
    raise::type_error(format!(
        "attribute name must be string, not '{}'",
        name.type_name()
    ))
}

/// The `TypeError` of a method of `object` called with the wrong number of
/// arguments (`expected` after the instance).
fn expected_arguments(name: &str, expected: usize, args: &[Value]) -> crate::PyErr {
    match args.len() {
        0 => raise::type_error(format!(
            "descriptor '{name}' of 'object' object needs an argument"
        )),
        n => raise::type_error(format!(
            "expected {expected} argument{}, got {}",
            crate::func::plural(expected),
            n - 1
        )),
    }
}
