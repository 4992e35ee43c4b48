//! Python-defined objects in the generic protocols: `repr`, `str`, `hash`,
//! truth, `len`, and the addresses their default reprs show.

use std::rc::Rc;

use crate::class::PyClass;
use crate::error::{raise, PyResult};
use crate::instance::{call_special, special_method, PyInstance};
use crate::value::Value;

/// The address an object's default repr shows.
pub fn address(v: &Value) -> usize {
    match v {
        Value::Class(c) => Rc::as_ptr(c) as usize,
        Value::Instance(i) => Rc::as_ptr(i) as usize,
        Value::PyMethod(m) => Rc::as_ptr(m) as usize,
        Value::Property(p) => Rc::as_ptr(p) as usize,
        Value::ClassMethod(w) | Value::StaticMethod(w) => Rc::as_ptr(w) as usize,
        other => crate::repr::object_address(other),
    }
}

/// `<class 'mod.Name'>`
fn class_repr(class: &Rc<PyClass>) -> String {
    match class.module {
        "builtins" => format!("<class '{}'>", class.qualname),
        module => format!("<class '{module}.{}'>", class.qualname),
    }
}

/// `repr(v)` for classes, instances, bound methods and descriptors.
pub fn repr(v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Class(c) => class_repr(c),
        Value::Instance(i) => return instance_repr(i),
        Value::PyMethod(m) => {
            let func_name = match &m.func {
                Value::Function(f) => f.def.qualname,
                _ => "?",
            };
            format!("<bound method {func_name} of {}>", crate::repr::repr(&m.receiver)?)
        }
        Value::Property(_) => format!("<property object at {:#x}>", address(v)),
        Value::ClassMethod(w) => format!("<classmethod({})>", crate::repr::repr(&w.func)?),
        Value::StaticMethod(w) => format!("<staticmethod({})>", crate::repr::repr(&w.func)?),
        Value::NotImplemented => "NotImplemented".to_string(),
        other => crate::repr::repr(other)?,
    })
}

/// `repr(instance)`: `__repr__`, the exception form, or `<mod.Name object at 0x...>`.
pub fn instance_repr(i: &Rc<PyInstance>) -> PyResult<String> {
    let value = Value::Instance(i.clone());
    if let Some(result) = call_special(&value, "__repr__", &[]) {
        return match result? {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(raise::type_error(format!(
                "__repr__ returned non-string (type {})",
                other.type_name()
            ))),
        };
    }
    if i.is_exception() {
        return crate::error::exception_repr(i);
    }
    let class = i.class();
    let name = match class.module {
        "builtins" => class.qualname.to_string(),
        module => format!("{module}.{}", class.qualname),
    };
    Ok(format!("<{name} object at {:#x}>", address(&value)))
}

/// `str(instance)`: `__str__`, the exception message, or the repr.
pub fn instance_str(i: &Rc<PyInstance>) -> PyResult<String> {
    let value = Value::Instance(i.clone());
    if let Some(result) = call_special(&value, "__str__", &[]) {
        return match result? {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(raise::type_error(format!(
                "__str__ returned non-string (type {})",
                other.type_name()
            ))),
        };
    }
    if i.is_exception() {
        return crate::error::exception_str(i);
    }
    instance_repr(i)
}

/// `hash(v)` for classes, instances and method objects.
pub fn hash(v: &Value) -> PyResult<i64> {
    if let Value::Instance(i) = v {
        let class = i.class();
        match class.lookup("__hash__") {
            Some(Value::None) => {
                return Err(raise::type_error(format!("unhashable type: '{}'", class.name)))
            }
            Some(method) => {
                let result = crate::func::call(&method, std::slice::from_ref(v), &[])?;
                return match result {
                    Value::Int(h) => Ok(if h == -1 { -2 } else { h }),
                    Value::Bool(b) => Ok(b as i64),
                    Value::BigInt(_) => crate::hash::hash(&result),
                    _ => Err(raise::type_error("__hash__ method should return an integer")),
                };
            }
            None if class.lookup("__eq__").is_some() => {
                return Err(raise::type_error(format!("unhashable type: '{}'", class.name)))
            }
            None => {}
        }
    }
    if let Value::PyMethod(m) = v {
        let h = crate::hash::hash(&m.func)? ^ identity_hash(&m.receiver);
        return Ok(if h == -1 { -2 } else { h });
    }
    Ok(identity_hash(v))
}

/// CPython's default hash: the address rotated by 4 bits.
fn identity_hash(v: &Value) -> i64 {
    let h = (address(v) as u64).rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `bool(v)`, calling `__bool__` or `__len__` of Python-defined objects.
#[inline]
pub fn truthy(v: &Value) -> PyResult<bool> {
    match v {
        Value::Instance(_) => instance_truthy(v),
        other => Ok(other.truthy()),
    }
}

#[inline(never)]
fn instance_truthy(v: &Value) -> PyResult<bool> {
    if let Some(result) = call_special(v, "__bool__", &[]) {
        return match result? {
            Value::Bool(b) => Ok(b),
            other => Err(raise::type_error(format!(
                "__bool__ should return bool, returned {}",
                other.type_name()
            ))),
        };
    }
    if special_method(v, "__len__").is_some() {
        return Ok(len(v)? != 0);
    }
    Ok(true)
}

/// `len(v)` for a Python-defined object with `__len__`.
pub fn len(v: &Value) -> PyResult<usize> {
    let Some(result) = call_special(v, "__len__", &[]) else {
        return Err(raise::type_error(format!(
            "object of type '{}' has no len()",
            v.type_name()
        )));
    };
    match result? {
        Value::Int(n) if n >= 0 => Ok(n as usize),
        Value::Int(_) => Err(raise::value_error("__len__() should return >= 0")),
        Value::Bool(b) => Ok(b as usize),
        other => Err(raise::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}
