//! `list[int]` and `int | None`: CPython's `types.GenericAlias` and
//! `types.UnionType`, the values subscripted builtin types and `|` between
//! types evaluate to (most often in annotations, which are evaluated).
//!
//! A [`GenericAlias`] remembers its origin and arguments, prints as
//! `dict[str, list[int]]`, and calls its origin when called. A [`UnionType`]
//! holds its (flattened, deduplicated) members, prints as `int | None`, and
//! answers `isinstance`/`issubclass` for any of them.

use crate::error::{raise, PyResult};
use crate::func::KwArgs;
use crate::native::{CompareOp, NativeObject};
use crate::types::TypeId;
use crate::value::Value;

/// The builtin types whose subscription makes a generic alias.
const GENERIC_TYPES: &[TypeId] = &[
    TypeId::List,
    TypeId::Dict,
    TypeId::Tuple,
    TypeId::Set,
    TypeId::FrozenSet,
    TypeId::Type,
];

/// `t[key]` for a builtin type: a generic alias for the generic types,
/// CPython's `TypeError` for the others.
pub fn subscript_type(t: TypeId, key: &Value) -> PyResult<Value> {
    if !GENERIC_TYPES.contains(&t) {
        return Err(raise::type_error(format!(
            "type '{}' is not subscriptable",
            t.name()
        )));
    }
    Ok(alias(Value::Type(t), key))
}

/// `GenericAlias(origin, args)`: `args` is one argument or a tuple of them.
pub fn alias(origin: Value, args: &Value) -> Value {
    let args = match args {
        Value::Tuple(t) => t.items.to_vec(),
        one => vec![one.clone()],
    };
    crate::native::value(GenericAlias { origin, args })
}

/// A subscripted generic type (`list[int]`).
pub struct GenericAlias {
    origin: Value,
    args: Vec<Value>,
}

/// How a type prints inside an alias or union: builtins by name, classes as
/// `module.qualname`, `...` and `None` as written, anything else by `repr`.
fn type_repr(v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Type(TypeId::NoneType) | Value::None => "None".to_string(),
        Value::Type(t) => t.name().to_string(),
        Value::Class(c) if c.module == "builtins" => c.qualname.to_string(),
        Value::Class(c) => format!("{}.{}", c.module, c.qualname),
        Value::Native(n) if n.type_name() == "ellipsis" => "...".to_string(),
        other => crate::repr::repr(other)?,
    })
}

impl NativeObject for GenericAlias {
    fn type_name(&self) -> &'static str {
        "types.GenericAlias"
    }

    fn repr(&self, _this: &Value) -> PyResult<String> {
        let args = match self.args.as_slice() {
            [] => "()".to_string(),
            args => args
                .iter()
                .map(type_repr)
                .collect::<PyResult<Vec<_>>>()?
                .join(", "),
        };
        Ok(format!("{}[{args}]", type_repr(&self.origin)?))
    }

    fn getattr(&self, _this: &Value, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "__origin__" => self.origin.clone(),
            "__args__" => Value::tuple(self.args.clone()),
            "__parameters__" => Value::tuple(Vec::new()),
            _ => return None,
        }))
    }

    fn call(&self, args: &[Value], kwargs: KwArgs) -> Option<PyResult<Value>> {
        Some(crate::func::call(&self.origin, args, kwargs))
    }

    fn compare(&self, _this: &Value, other: &Value, op: CompareOp) -> Option<PyResult<bool>> {
        let Value::Native(n) = other else {
            return None;
        };
        let other = n.downcast::<GenericAlias>()?;
        let equal = || -> PyResult<bool> {
            Ok(crate::compare::eq(&self.origin, &other.origin)?
                && crate::compare::eq(
                    &Value::tuple(self.args.clone()),
                    &Value::tuple(other.args.clone()),
                )?)
        };
        match op {
            CompareOp::Eq => Some(equal()),
            CompareOp::Ne => Some(equal().map(|e| !e)),
            _ => None,
        }
    }
}

/// A union of types (`int | None`).
pub struct UnionType {
    members: Vec<Value>,
}

/// Whether `v` may be a member of a union (`type.__or__` accepts it).
fn is_union_member(v: &Value) -> bool {
    match v {
        Value::Type(_) | Value::Class(_) | Value::None => true,
        Value::Native(n) => {
            n.downcast::<GenericAlias>().is_some() || n.downcast::<UnionType>().is_some()
        }
        _ => false,
    }
}

/// `a | b` when both are types (or `None`, aliases, unions): the union;
/// `None` when `type.__or__` would return `NotImplemented`.
pub fn union(a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if !matches!(a, Value::Type(_) | Value::Class(_) | Value::Native(_))
        && !matches!(b, Value::Type(_) | Value::Class(_) | Value::Native(_))
    {
        return None;
    }
    if !is_union_member(a) || !is_union_member(b) {
        return None;
    }
    let mut members: Vec<Value> = Vec::new();
    for side in [a, b] {
        let parts = match side {
            Value::Native(n) => match n.downcast::<UnionType>() {
                Some(u) => u.members.clone(),
                None => vec![side.clone()],
            },
            Value::None => vec![Value::Type(TypeId::NoneType)],
            other => vec![other.clone()],
        };
        for part in parts {
            let mut seen = false;
            for m in &members {
                match crate::compare::eq(m, &part) {
                    Ok(true) => seen = true,
                    Ok(false) => {}
                    Err(e) => return Some(Err(e)),
                }
            }
            if !seen {
                members.push(part);
            }
        }
    }
    if members.len() == 1 {
        return members.pop().map(Ok);
    }
    Some(Ok(crate::native::value(UnionType { members })))
}

impl NativeObject for UnionType {
    fn type_name(&self) -> &'static str {
        "types.UnionType"
    }

    fn repr(&self, _this: &Value) -> PyResult<String> {
        Ok(self
            .members
            .iter()
            .map(type_repr)
            .collect::<PyResult<Vec<_>>>()?
            .join(" | "))
    }

    fn getattr(&self, _this: &Value, name: &str) -> Option<PyResult<Value>> {
        match name {
            "__args__" => Some(Ok(Value::tuple(self.members.clone()))),
            "__parameters__" => Some(Ok(Value::tuple(Vec::new()))),
            _ => None,
        }
    }

    fn compare(&self, _this: &Value, other: &Value, op: CompareOp) -> Option<PyResult<bool>> {
        let Value::Native(n) = other else {
            return None;
        };
        let other = n.downcast::<UnionType>()?;
        let contains_all = |a: &[Value], b: &[Value]| -> PyResult<bool> {
            for x in a {
                let mut found = false;
                for y in b {
                    found |= crate::compare::eq(x, y)?;
                }
                if !found {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        let equal = || -> PyResult<bool> {
            Ok(contains_all(&self.members, &other.members)?
                && contains_all(&other.members, &self.members)?)
        };
        match op {
            CompareOp::Eq => Some(equal()),
            CompareOp::Ne => Some(equal().map(|e| !e)),
            _ => None,
        }
    }
}

/// For `isinstance`/`issubclass` with a union or alias as argument 2: the
/// union's members as a tuple to try in turn, or CPython's `TypeError` for a
/// generic alias; `None` for other values.
pub fn check_members(class: &Value, function: &str) -> Option<PyResult<Value>> {
    let Value::Native(n) = class else { return None };
    if n.downcast::<GenericAlias>().is_some() {
        return Some(Err(raise::type_error(format!(
            "{function}() argument 2 cannot be a parameterized generic"
        ))));
    }
    let union = n.downcast::<UnionType>()?;
    Some(Ok(Value::tuple(union.members.clone())))
}
