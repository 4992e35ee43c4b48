//! Special methods of builtin values (`[].__len__()`, `dict.__getitem__(d, k)`,
//! `int.__add__(1, 2)`), mapped onto the generic operations.
//!
//! They are what a subclass of a builtin type inherits (see
//! [`crate::builtin_base`]), so each receives the receiver as passed (maybe
//! an instance of such a subclass: `__missing__`, `__iadd__` returning
//! `self`, `__format__` use it) and the builtin value it is. A binary special
//! method reads an operand that is an instance of a builtin subclass as its
//! base value, and returns `NotImplemented` for operand types the builtin's
//! own method does not take, as CPython's do.

use crate::builtin_base::view;
use crate::error::{raise, PyResult};
use crate::func::KwArgs;
use crate::types::TypeId;
use crate::value::Value;

/// The special methods of `int`.
const INT: &[&str] = &[
    "__abs__",
    "__add__",
    "__and__",
    "__bool__",
    "__ceil__",
    "__divmod__",
    "__eq__",
    "__float__",
    "__floor__",
    "__floordiv__",
    "__format__",
    "__ge__",
    "__gt__",
    "__hash__",
    "__index__",
    "__int__",
    "__invert__",
    "__le__",
    "__lshift__",
    "__lt__",
    "__mod__",
    "__mul__",
    "__ne__",
    "__neg__",
    "__or__",
    "__pos__",
    "__pow__",
    "__radd__",
    "__rand__",
    "__rdivmod__",
    "__repr__",
    "__rfloordiv__",
    "__rlshift__",
    "__rmod__",
    "__rmul__",
    "__ror__",
    "__round__",
    "__rpow__",
    "__rrshift__",
    "__rshift__",
    "__rsub__",
    "__rtruediv__",
    "__rxor__",
    "__sub__",
    "__truediv__",
    "__trunc__",
    "__xor__",
];

/// The special methods of `float`.
const FLOAT: &[&str] = &[
    "__abs__",
    "__add__",
    "__bool__",
    "__ceil__",
    "__divmod__",
    "__eq__",
    "__float__",
    "__floor__",
    "__floordiv__",
    "__format__",
    "__ge__",
    "__gt__",
    "__hash__",
    "__int__",
    "__le__",
    "__lt__",
    "__mod__",
    "__mul__",
    "__ne__",
    "__neg__",
    "__pos__",
    "__pow__",
    "__radd__",
    "__rdivmod__",
    "__repr__",
    "__rfloordiv__",
    "__rmod__",
    "__rmul__",
    "__round__",
    "__rpow__",
    "__rsub__",
    "__rtruediv__",
    "__sub__",
    "__truediv__",
    "__trunc__",
];

/// The special methods of `str`.
const STR: &[&str] = &[
    "__add__",
    "__contains__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getitem__",
    "__gt__",
    "__hash__",
    "__iter__",
    "__le__",
    "__len__",
    "__lt__",
    "__mod__",
    "__mul__",
    "__ne__",
    "__repr__",
    "__rmod__",
    "__rmul__",
    "__str__",
];

/// The special methods of `bytes`.
const BYTES: &[&str] = &[
    "__add__",
    "__contains__",
    "__eq__",
    "__ge__",
    "__getitem__",
    "__gt__",
    "__hash__",
    "__iter__",
    "__le__",
    "__len__",
    "__lt__",
    "__mul__",
    "__ne__",
    "__repr__",
    "__rmul__",
    "__str__",
];

/// The special methods of `list` (its `__hash__` is `None`).
const LIST: &[&str] = &[
    "__add__",
    "__contains__",
    "__delitem__",
    "__eq__",
    "__ge__",
    "__getitem__",
    "__gt__",
    "__iadd__",
    "__imul__",
    "__init__",
    "__iter__",
    "__le__",
    "__len__",
    "__lt__",
    "__mul__",
    "__ne__",
    "__repr__",
    "__reversed__",
    "__rmul__",
    "__setitem__",
];

/// The special methods of `tuple`.
const TUPLE: &[&str] = &[
    "__add__",
    "__contains__",
    "__eq__",
    "__ge__",
    "__getitem__",
    "__gt__",
    "__hash__",
    "__iter__",
    "__le__",
    "__len__",
    "__lt__",
    "__mul__",
    "__ne__",
    "__repr__",
    "__rmul__",
];

/// The special methods of `dict` (its `__hash__` is `None`).
const DICT: &[&str] = &[
    "__contains__",
    "__delitem__",
    "__eq__",
    "__ge__",
    "__getitem__",
    "__gt__",
    "__init__",
    "__ior__",
    "__iter__",
    "__le__",
    "__len__",
    "__lt__",
    "__ne__",
    "__or__",
    "__repr__",
    "__reversed__",
    "__ror__",
    "__setitem__",
];

/// The special methods of `set` (its `__hash__` is `None`).
const SET: &[&str] = &[
    "__and__",
    "__contains__",
    "__eq__",
    "__ge__",
    "__gt__",
    "__iand__",
    "__init__",
    "__ior__",
    "__isub__",
    "__iter__",
    "__ixor__",
    "__le__",
    "__len__",
    "__lt__",
    "__ne__",
    "__or__",
    "__rand__",
    "__repr__",
    "__ror__",
    "__rsub__",
    "__rxor__",
    "__sub__",
    "__xor__",
];

/// The special methods of `frozenset`.
const FROZENSET: &[&str] = &[
    "__and__",
    "__contains__",
    "__eq__",
    "__ge__",
    "__gt__",
    "__hash__",
    "__iter__",
    "__le__",
    "__len__",
    "__lt__",
    "__ne__",
    "__or__",
    "__rand__",
    "__repr__",
    "__ror__",
    "__rsub__",
    "__rxor__",
    "__sub__",
    "__xor__",
];

/// The special methods pyrt implements for builtin type `t`.
pub fn names(t: TypeId) -> &'static [&'static str] {
    match t {
        TypeId::Int | TypeId::Bool => INT,
        TypeId::Float => FLOAT,
        TypeId::Str => STR,
        TypeId::Bytes => BYTES,
        TypeId::List => LIST,
        TypeId::Tuple => TUPLE,
        TypeId::Dict => DICT,
        TypeId::Set => SET,
        TypeId::FrozenSet => FROZENSET,
        _ => &[],
    }
}

/// The type whose special methods a builtin value has (`None` for objects
/// whose special methods are found elsewhere: instances, classes, ...).
pub fn value_type(v: &Value) -> Option<TypeId> {
    Some(match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => TypeId::Int,
        Value::Float(_) => TypeId::Float,
        Value::Str(_) => TypeId::Str,
        Value::Bytes(_) => TypeId::Bytes,
        Value::List(_) => TypeId::List,
        Value::Tuple(_) => TypeId::Tuple,
        Value::Dict(_) => TypeId::Dict,
        Value::Set(_) => TypeId::Set,
        Value::FrozenSet(_) => TypeId::FrozenSet,
        _ => return None,
    })
}

/// A binary operator's implementation on builtin values.
type BinaryFn = fn(&Value, &Value) -> PyResult<Value>;

/// The operator behind a binary special method, and whether it is the
/// reflected form (`__radd__`: `other + self`).
fn binary_operator(name: &str) -> Option<(BinaryFn, bool)> {
    use crate::ops;
    Some(match name {
        "__add__" => (ops::add, false),
        "__radd__" => (ops::add, true),
        "__sub__" => (ops::sub, false),
        "__rsub__" => (ops::sub, true),
        "__mul__" => (ops::mul, false),
        "__rmul__" => (ops::mul, true),
        "__truediv__" => (ops::truediv, false),
        "__rtruediv__" => (ops::truediv, true),
        "__floordiv__" => (ops::floordiv, false),
        "__rfloordiv__" => (ops::floordiv, true),
        "__mod__" => (ops::modulo, false),
        "__rmod__" => (ops::modulo, true),
        "__divmod__" => (ops::divmod, false),
        "__rdivmod__" => (ops::divmod, true),
        "__pow__" => (ops::pow, false),
        "__rpow__" => (ops::pow, true),
        "__lshift__" => (ops::lshift, false),
        "__rlshift__" => (ops::lshift, true),
        "__rshift__" => (ops::rshift, false),
        "__rrshift__" => (ops::rshift, true),
        "__and__" => (ops::bitand, false),
        "__rand__" => (ops::bitand, true),
        "__or__" => (ops::bitor, false),
        "__ror__" => (ops::bitor, true),
        "__xor__" => (ops::bitxor, false),
        "__rxor__" => (ops::bitxor, true),
        _ => return None,
    })
}

/// The comparison behind a rich-comparison special method.
fn comparison(name: &str) -> Option<fn(&Value, &Value) -> PyResult<bool>> {
    use crate::compare;
    Some(match name {
        "__eq__" => compare::eq,
        "__ne__" => compare::ne,
        "__lt__" => compare::lt,
        "__le__" => compare::le,
        "__gt__" => compare::gt,
        "__ge__" => compare::ge,
        _ => return None,
    })
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

fn is_set(v: &Value) -> bool {
    matches!(v, Value::Set(_) | Value::FrozenSet(_))
}

/// Whether `t`'s binary special method `name` takes `other` (already read
/// through [`view`]); `false` means it returns `NotImplemented`.
fn takes_operand(t: TypeId, name: &str, other: &Value) -> bool {
    match t {
        TypeId::Int | TypeId::Bool => is_int(other),
        TypeId::Float => is_int(other) || matches!(other, Value::Float(_)),
        // `str % x` formats anything; `x % str` only when x is a str.
        TypeId::Str if name == "__rmod__" => matches!(other, Value::Str(_)),
        TypeId::Dict => matches!(other, Value::Dict(_)),
        TypeId::Set | TypeId::FrozenSet => is_set(other),
        // Sequence concatenation and repetition raise their own TypeErrors.
        _ => true,
    }
}

/// Whether `t`'s rich comparisons take `other` (already read through [`view`]).
fn compares_with(t: TypeId, name: &str, other: &Value) -> bool {
    match t {
        TypeId::Int | TypeId::Bool => is_int(other),
        TypeId::Float => is_int(other) || matches!(other, Value::Float(_)),
        TypeId::Str => matches!(other, Value::Str(_)),
        TypeId::Bytes => matches!(other, Value::Bytes(_)),
        TypeId::List => matches!(other, Value::List(_)),
        TypeId::Tuple => matches!(other, Value::Tuple(_)),
        TypeId::Dict => matches!(other, Value::Dict(_)) && matches!(name, "__eq__" | "__ne__"),
        TypeId::Set | TypeId::FrozenSet => is_set(other),
        _ => false,
    }
}

/// `t.name(receiver, *args)`: special method `name` of builtin type `t`,
/// where `value` is the builtin value `receiver` is.
pub fn call(
    t: TypeId,
    receiver: &Value,
    value: &Value,
    name: &str,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<Value> {
    if name == "__init__" {
        return init(t, value, args, kwargs);
    }
    if !kwargs.is_empty() {
        return Err(raise::type_error(format!(
            "{}.{name}() takes no keyword arguments",
            t.name()
        )));
    }
    if let Some((op, reflected)) = binary_operator(name) {
        return binary(t, value, name, op, reflected, args);
    }
    if let Some(compare) = comparison(name) {
        let [other] = args else {
            return Err(arity(1, args));
        };
        let other = view(other);
        if !compares_with(t, name, other) {
            return Ok(Value::NotImplemented);
        }
        return compare(value, other).map(Value::Bool);
    }
    other_method(t, receiver, value, name, args)
}

/// A binary operator's special method (`__add__`, `__radd__`, ...).
fn binary(
    t: TypeId,
    value: &Value,
    name: &str,
    op: BinaryFn,
    reflected: bool,
    args: &[Value],
) -> PyResult<Value> {
    let (other, modulus) = match args {
        [other] => (view(other), None),
        [other, m] if name == "__pow__" => (view(other), Some(m)),
        _ => return Err(arity(1, args)),
    };
    if !takes_operand(t, name, other) {
        return Ok(Value::NotImplemented);
    }
    match (reflected, modulus) {
        (_, Some(m)) if !matches!(m, Value::None) => {
            crate::builtins::pow(&[value.clone(), other.clone(), m.clone()], &[])
        }
        (false, _) => op(value, other),
        (true, _) => op(other, value),
    }
}

/// The special methods that are not binary operators or comparisons.
fn other_method(
    t: TypeId,
    receiver: &Value,
    value: &Value,
    name: &str,
    args: &[Value],
) -> PyResult<Value> {
    use crate::ops;
    let result = match (name, args) {
        ("__repr__", []) => Value::string(crate::repr::repr(value)?),
        ("__str__", []) => Value::string(crate::repr::str_of(value)?),
        ("__format__", [spec]) => format(receiver, value, spec)?,
        ("__hash__", []) => Value::Int(crate::hash::hash(value)?),
        ("__len__", []) => Value::Int(crate::builtins::len(value)? as i64),
        ("__bool__", []) => Value::Bool(value.truthy()),
        ("__iter__", []) => crate::iter::PyIter::new(value)?,
        ("__reversed__", []) => crate::builtins::reversed(std::slice::from_ref(value), &[])?,
        ("__contains__", [item]) => Value::Bool(crate::compare::contains(value, item)?),
        ("__getitem__", [key]) => getitem(receiver, value, key)?,
        ("__setitem__", [key, item]) => {
            crate::subscript::setitem(value, key.clone(), item.clone())?;
            Value::None
        }
        ("__delitem__", [key]) => {
            crate::subscript::delitem(value, key)?;
            Value::None
        }
        ("__neg__", []) => ops::neg(value)?,
        ("__pos__", []) => ops::pos(value)?,
        ("__abs__", []) => ops::abs(value)?,
        ("__invert__", []) => ops::invert(value)?,
        ("__int__" | "__index__" | "__trunc__" | "__floor__" | "__ceil__", []) => {
            to_int(value, name)?
        }
        ("__float__", []) => {
            crate::builtins::construct(TypeId::Float, std::slice::from_ref(value), &[])?
        }
        ("__round__", [] | [_]) => {
            let mut round_args = vec![value.clone()];
            round_args.extend(args.iter().cloned());
            crate::builtins::round(&round_args, &[])?
        }
        ("__iadd__" | "__imul__" | "__ior__" | "__iand__" | "__isub__" | "__ixor__", [other]) => {
            return inplace(t, receiver, value, name, other)
        }
        _ => return Err(arity(expected_arguments(name), args)),
    };
    Ok(result)
}

/// How many arguments special method `name` takes (for its arity error).
fn expected_arguments(name: &str) -> usize {
    match name {
        "__setitem__" => 2,
        "__format__" | "__contains__" | "__getitem__" | "__delitem__" | "__round__"
        | "__iadd__" | "__imul__" | "__ior__" | "__iand__" | "__isub__" | "__ixor__" => 1,
        _ => 0,
    }
}

/// `TypeError: expected 1 argument, got 0`
fn arity(expected: usize, args: &[Value]) -> crate::PyErr {
    raise::type_error(format!(
        "expected {expected} argument{}, got {}",
        crate::func::plural(expected),
        args.len()
    ))
}

/// `__getitem__`: a dict subclass's `__missing__` answers for absent keys.
fn getitem(receiver: &Value, value: &Value, key: &Value) -> PyResult<Value> {
    if let (Value::Dict(d), Value::Instance(i)) = (value, receiver) {
        if let Some(found) = d.get(key)? {
            return Ok(found);
        }
        return match i.class_ref().lookup("__missing__") {
            Some(missing) => {
                crate::func::call_with_receiver(&missing, receiver, std::slice::from_ref(key), &[])
            }
            None => Err(raise::key_error(key.clone())),
        };
    }
    crate::subscript::getitem(value, key)
}

/// `int.__format__` and friends: `str(self)` for an empty spec (so a
/// subclass's `__str__` shows), else the type's formatting.
fn format(receiver: &Value, value: &Value, spec: &Value) -> PyResult<Value> {
    let Value::Str(spec) = view(spec) else {
        return Err(raise::type_error(format!(
            "__format__() argument must be str, not {}",
            spec.type_name()
        )));
    };
    if spec.is_empty() {
        return Ok(Value::string(crate::repr::str_of(receiver)?));
    }
    Ok(Value::string(crate::fmt::format_value(
        value,
        spec.as_str(),
    )?))
}

/// `__int__`, `__index__`, `__trunc__`, `__floor__`, `__ceil__` of a number.
fn to_int(value: &Value, name: &str) -> PyResult<Value> {
    match value {
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => crate::int::from_f64(match name {
            "__floor__" => f.floor(),
            "__ceil__" => f.ceil(),
            _ => f.trunc(),
        }),
        other => Ok(other.clone()),
    }
}

/// The in-place special methods: they change the value and return `self`.
fn inplace(
    t: TypeId,
    receiver: &Value,
    value: &Value,
    name: &str,
    other: &Value,
) -> PyResult<Value> {
    use crate::ops;
    match (t, name, value) {
        (TypeId::List, "__iadd__", _) => ops::iadd(value, other)?,
        (TypeId::List, "__imul__", _) => ops::imul(value, other)?,
        (TypeId::Dict, "__ior__", Value::Dict(d)) => {
            d.update_from(other)?;
            Value::None
        }
        (TypeId::Set, _, _) => {
            if !is_set(view(other)) {
                return Ok(Value::NotImplemented);
            }
            let op = match name {
                "__ior__" => ops::ior,
                "__iand__" => ops::iand,
                "__isub__" => ops::isub,
                _ => ops::ixor,
            };
            op(value, view(other))?
        }
        _ => return Err(arity(1, &[])),
    };
    Ok(receiver.clone())
}

/// `list.__init__`, `dict.__init__`, `set.__init__`: refill the value from
/// the arguments, as the type's constructor would fill a new one.
fn init(t: TypeId, value: &Value, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let name = t.name();
    if args.len() > 1 {
        return Err(raise::type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len()
        )));
    }
    if t != TypeId::Dict && !kwargs.is_empty() {
        return Err(raise::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    match value {
        Value::Dict(d) => {
            if let Some(source) = args.first() {
                d.update_from(source)?;
            }
            d.update_kwargs(kwargs)?;
        }
        Value::List(l) => {
            let items = match args.first() {
                Some(iterable) => crate::iter::collect(iterable)?,
                None => Vec::new(),
            };
            let old = std::mem::replace(&mut *l.items.borrow_mut(), items);
            drop(old);
        }
        Value::Set(s) => {
            let items = match args.first() {
                Some(iterable) => crate::iter::collect(iterable)?,
                None => Vec::new(),
            };
            s.clear();
            for item in items {
                s.add(item)?;
            }
        }
        _ => {}
    }
    Ok(Value::None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dunder(receiver: &Value, name: &str, args: &[Value]) -> String {
        crate::sync::mark_python_thread();
        match crate::methods::call_method(receiver, name, args, &[]) {
            Ok(v) => crate::repr::repr(&v).unwrap_or_default(),
            Err(e) => e.message(),
        }
    }

    #[test]
    fn special_methods_of_builtin_values_run_the_operations() {
        let list = Value::list(vec![Value::Int(1), Value::Int(2)]);
        assert_eq!(dunder(&list, "__len__", &[]), "2");
        assert_eq!(dunder(&list, "__getitem__", &[Value::Int(-1)]), "2");
        assert_eq!(dunder(&list, "__contains__", &[Value::Int(3)]), "False");
        assert_eq!(
            dunder(&Value::str("ab"), "__mul__", &[Value::Int(2)]),
            "'abab'"
        );
        assert_eq!(dunder(&Value::Int(7), "__rsub__", &[Value::Int(10)]), "3");
        assert_eq!(dunder(&Value::Float(2.5), "__floor__", &[]), "2");
    }

    #[test]
    fn operands_of_other_types_give_not_implemented() {
        assert_eq!(
            dunder(&Value::Int(1), "__add__", &[Value::Float(1.5)]),
            "NotImplemented"
        );
        assert_eq!(
            dunder(&Value::Float(1.5), "__add__", &[Value::Int(1)]),
            "2.5"
        );
        assert_eq!(
            dunder(&Value::str("a"), "__eq__", &[Value::Int(1)]),
            "NotImplemented"
        );
        assert_eq!(
            dunder(&Value::list(vec![]), "__add__", &[Value::Int(1)]),
            "can only concatenate list (not \"int\") to list"
        );
        assert_eq!(
            dunder(&Value::list(vec![]), "__len__", &[Value::Int(1)]),
            "expected 0 arguments, got 1"
        );
    }
}
