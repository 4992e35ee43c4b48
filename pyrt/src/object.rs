//! Python-defined objects in the generic protocols: `repr`, `str`, `hash`,
//! truth, `len`, and the addresses their default reprs show.

use std::rc::Rc;

use crate::class::PyClass;
use crate::error::{raise, PyResult};
use crate::instance::{call_special, special_method, PyInstance};
use crate::value::Value;

/// The address an object's default repr shows.
pub fn address(v: &Value) -> usize {
    crate::repr::object_address(v)
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
        Value::Class(c) => match call_special(v, "__repr__", &[]) {
            Some(result) => return text_result(result?, "__repr__"),
            None => class_repr(c),
        },
        Value::Instance(i) => return instance_repr(i),
        Value::PyMethod(m) => {
            let func_name = match &m.func {
                Value::Function(f) => f.qualname(),
                _ => "?".to_string(),
            };
            format!(
                "<bound method {func_name} of {}>",
                crate::repr::repr(&m.receiver)?
            )
        }
        Value::Property(_) => format!("<property object at {:#x}>", address(v)),
        Value::ClassMethod(w) => format!("<classmethod({})>", crate::repr::repr(&w.func)?),
        Value::StaticMethod(w) => format!("<staticmethod({})>", crate::repr::repr(&w.func)?),
        Value::NotImplemented => "NotImplemented".to_string(),
        Value::Generator(g) => {
            format!("<generator object {} at {:#x}>", g.def.qualname, address(v))
        }
        Value::Super(s) => format!(
            "<super: <class '{}'>, <{} object>>",
            s.class.name,
            s.object.type_name()
        ),
        other => crate::repr::repr(other)?,
    })
}

/// `repr(instance)`: `__repr__`, the exception form, or `<mod.Name object at 0x...>`.
pub fn instance_repr(i: &Rc<PyInstance>) -> PyResult<String> {
    let value = Value::Instance(i.clone());
    if let Some(result) = call_special(&value, "__repr__", &[]) {
        return text_result(result?, "__repr__");
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

/// `str(instance)`: `__str__`, the exception message, or the repr (a
/// `__repr__` result is then checked as `__str__`'s, as CPython does).
pub fn instance_str(i: &Rc<PyInstance>) -> PyResult<String> {
    let value = Value::Instance(i.clone());
    if let Some(result) = call_special(&value, "__str__", &[]) {
        return text_result(result?, "__str__");
    }
    if i.is_exception() {
        return crate::error::exception_str(i);
    }
    if let Some(result) = call_special(&value, "__repr__", &[]) {
        return text_result(result?, "__str__");
    }
    instance_repr(i)
}

/// The text a `__str__`/`__repr__` returned (a str, or an instance of a str
/// subclass), else `TypeError`.
fn text_result(result: Value, method: &str) -> PyResult<String> {
    match crate::builtin_base::view(&result) {
        Value::Str(s) => Ok(s.as_str().to_string()),
        _ => Err(raise::type_error(format!(
            "{method} returned non-string (type {})",
            result.type_name()
        ))),
    }
}

/// `hash(v)` for classes, instances and method objects.
pub fn hash(v: &Value) -> PyResult<i64> {
    if let Value::Instance(i) = v {
        let class = i.class();
        match class.lookup("__hash__") {
            Some(Value::None) => {
                return Err(raise::type_error(format!(
                    "unhashable type: '{}'",
                    class.name
                )))
            }
            Some(method) => {
                let result = crate::func::call(&method, std::slice::from_ref(v), &[])?;
                return match result {
                    Value::Int(h) => Ok(if h == -1 { -2 } else { h }),
                    Value::Bool(b) => Ok(b as i64),
                    Value::BigInt(_) => crate::hash::hash(&result),
                    _ => Err(raise::type_error(
                        "__hash__ method should return an integer",
                    )),
                };
            }
            None if class.lookup("__eq__").is_some() => {
                return Err(raise::type_error(format!(
                    "unhashable type: '{}'",
                    class.name
                )))
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
pub(crate) fn identity_hash(v: &Value) -> i64 {
    let h = (address(v) as u64).rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// [`truthy`] of an operand: a local (`&Value`) or a temporary (`Value`),
/// released once tested (a `None` or bool temporary costs no drop call).
#[inline(always)]
pub fn truthy_operand(v: impl crate::value::Operand) -> PyResult<bool> {
    let result = truthy(v.value());
    v.release();
    result
}

/// `bool(v)`, calling `__bool__` or `__len__` of Python-defined objects.
/// Bools, `None` and small ints are tested where the condition is.
#[inline(always)]
pub fn truthy(v: &Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::None => Ok(false),
        Value::Int(i) => Ok(*i != 0),
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

/// A binary operator on Python-defined objects: `a.name(b)`, then
/// `b.rname(a)`, skipping `NotImplemented`. `None` when neither operand is
/// such an object or neither method applies (the caller then raises its TypeError).
pub fn binary(a: &Value, b: &Value, name: &str, rname: &str) -> Option<PyResult<Value>> {
    if !matches!(a, Value::Instance(_)) && !matches!(b, Value::Instance(_)) {
        return None;
    }
    let reflected_first = match (a, b) {
        (Value::Instance(x), Value::Instance(y)) => {
            let (cx, cy) = (x.class(), y.class());
            !Rc::ptr_eq(&cx, &cy) && cy.is_subclass(&cx) && cy.lookup(rname).is_some()
        }
        _ => false,
    };
    let attempts: [(&Value, &str, &Value); 2] = if reflected_first {
        [(b, rname, a), (a, name, b)]
    } else {
        [(a, name, b), (b, rname, a)]
    };
    for (receiver, method, other) in attempts {
        if let Some(result) = call_special(receiver, method, std::slice::from_ref(other)) {
            match result {
                Ok(Value::NotImplemented) => {}
                other => return Some(other),
            }
        }
    }
    None
}

/// A unary operator on a Python-defined object (`-x` calls `__neg__`).
pub fn unary(v: &Value, name: &str, what: &str) -> PyResult<Value> {
    match call_special(v, name, &[]) {
        Some(result) => result,
        None => Err(raise::type_error(format!(
            "bad operand type for {what}: '{}'",
            v.type_name()
        ))),
    }
}

/// An augmented assignment on a Python-defined object: `__iop__`, else the binary operator.
pub fn inplace(
    a: &Value,
    b: &Value,
    name: &str,
    binary_op: fn(&Value, &Value) -> PyResult<Value>,
) -> PyResult<Value> {
    if let Some(result) = call_special(a, name, std::slice::from_ref(b)) {
        match result? {
            Value::NotImplemented => {}
            value => return Ok(value),
        }
    }
    binary_op(a, b)
}

/// A rich comparison involving a Python-defined object: `a.name(b)`, then the
/// reflected `b.rname(a)`; `None` if both answer `NotImplemented` or are absent.
pub fn compare(a: &Value, b: &Value, name: &str, rname: &str) -> Option<PyResult<bool>> {
    rich_compare(a, b, name, rname).map(|result| result.and_then(|value| truthy(&value)))
}

/// [`compare`] giving the special method's result itself (`__eq__` may
/// return any object); `None` when neither operand's method decides.
pub fn rich_compare(a: &Value, b: &Value, name: &str, rname: &str) -> Option<PyResult<Value>> {
    if !matches!(a, Value::Instance(_)) && !matches!(b, Value::Instance(_)) {
        return None;
    }
    let forward = (a, name, b);
    let reflected = (b, rname, a);
    // The right operand's reflected method goes first when its class is a
    // proper subclass of the left operand's (CPython's rule), so that a
    // subclass can override a comparison with its base.
    let order = if right_subclass(a, b) {
        [reflected, forward]
    } else {
        [forward, reflected]
    };
    for (receiver, method, other) in order {
        if let Some(result) = call_special(receiver, method, std::slice::from_ref(other)) {
            match result {
                Ok(Value::NotImplemented) => {}
                other => return Some(other),
            }
        }
    }
    None
}

/// Whether `b`'s class is a proper subclass of `a`'s (both instances).
fn right_subclass(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Instance(x), Value::Instance(y)) => {
            let (left, right) = (x.class_ref(), y.class_ref());
            !std::rc::Rc::ptr_eq(left, right) && right.is_subclass(left)
        }
        _ => false,
    }
}

/// `item in obj` for a Python-defined object: `__contains__`, else iteration.
pub fn contains(obj: &Value, item: &Value) -> PyResult<bool> {
    if let Some(result) = call_special(obj, "__contains__", std::slice::from_ref(item)) {
        return truthy(&result?);
    }
    let mut it = crate::iter::Iter::new(obj).map_err(|_| {
        raise::type_error(format!(
            "argument of type '{}' is not iterable",
            obj.type_name()
        ))
    })?;
    while let Some(x) = it.next()? {
        if x.is(item) || crate::compare::eq(&x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `iter(obj)` for a Python-defined object: the iterator its `__iter__` returns.
pub fn iter(obj: &Value) -> PyResult<Value> {
    match call_special(obj, "__iter__", &[]) {
        Some(result) => {
            let iterator = result?;
            if special_method(&iterator, "__next__").is_none()
                && !matches!(iterator, Value::Iter(_) | Value::Generator(_))
            {
                return Err(raise::type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    iterator.type_name()
                )));
            }
            Ok(iterator)
        }
        None => Err(raise::type_error(format!(
            "'{}' object is not iterable",
            obj.type_name()
        ))),
    }
}

/// `next(iterator)` without a default: the exhausted iterator's own
/// `StopIteration` is raised (a generator's carries its return value, a
/// Python-defined `__next__`'s is passed on as it is).
pub fn next_or_stop(iterator: &Value) -> PyResult<Value> {
    match iterator {
        Value::Generator(g) => g.send(Value::None),
        Value::Instance(_) => match call_special(iterator, "__next__", &[]) {
            Some(result) => result,
            None => Err(not_an_iterator(iterator)),
        },
        other => next(other)?.ok_or_else(|| {
            crate::error::PyErr::with_args(crate::error::ExcKind::StopIteration, Vec::new())
        }),
    }
}

#[cold]
fn not_an_iterator(iterator: &Value) -> crate::error::PyErr {
    raise::type_error(format!(
        "'{}' object is not an iterator",
        iterator.type_name()
    ))
}

/// `next(it)` for an iterator returned by `__iter__`: `None` at `StopIteration`.
pub fn next(iterator: &Value) -> PyResult<Option<Value>> {
    if let Value::Iter(it) = iterator {
        return it.next();
    }
    if let Value::Generator(g) = iterator {
        return g.next_item();
    }
    match call_special(iterator, "__next__", &[]) {
        Some(Ok(value)) => Ok(Some(value)),
        Some(Err(err)) if err.kind() == crate::error::ExcKind::StopIteration => Ok(None),
        Some(Err(err)) => Err(err),
        None => Err(not_an_iterator(iterator)),
    }
}
