//! Methods of `set` and `frozenset` objects.

use std::rc::Rc;

use super::args::{no_args, no_kwargs, one_arg};
use crate::error::PyResult;
use crate::func::KwArgs;
use crate::set::{PySet, SetKind};
use crate::value::Value;

/// The methods of `set`.
pub const SET_NAMES: &[&str] = &[
    "add",
    "clear",
    "copy",
    "difference",
    "difference_update",
    "discard",
    "intersection",
    "intersection_update",
    "isdisjoint",
    "issubset",
    "issuperset",
    "pop",
    "remove",
    "symmetric_difference",
    "symmetric_difference_update",
    "union",
    "update",
];

/// The methods of `frozenset` (those of `set` that do not mutate).
pub const FROZENSET_NAMES: &[&str] = &[
    "copy",
    "difference",
    "intersection",
    "isdisjoint",
    "issubset",
    "issuperset",
    "symmetric_difference",
    "union",
];

/// `set.add`, `frozenset.union`, ...: the qualified method name error messages
/// use (a static string, so a call allocates nothing for it).
fn qualified(kind: SetKind, name: &str) -> &'static str {
    match (kind, name) {
        (SetKind::Set, "add") => "set.add",
        (SetKind::Set, "clear") => "set.clear",
        (SetKind::Set, "copy") => "set.copy",
        (SetKind::Set, "difference") => "set.difference",
        (SetKind::Set, "difference_update") => "set.difference_update",
        (SetKind::Set, "discard") => "set.discard",
        (SetKind::Set, "intersection") => "set.intersection",
        (SetKind::Set, "intersection_update") => "set.intersection_update",
        (SetKind::Set, "isdisjoint") => "set.isdisjoint",
        (SetKind::Set, "issubset") => "set.issubset",
        (SetKind::Set, "issuperset") => "set.issuperset",
        (SetKind::Set, "pop") => "set.pop",
        (SetKind::Set, "remove") => "set.remove",
        (SetKind::Set, "symmetric_difference") => "set.symmetric_difference",
        (SetKind::Set, "symmetric_difference_update") => "set.symmetric_difference_update",
        (SetKind::Set, "union") => "set.union",
        (SetKind::Set, "update") => "set.update",
        (SetKind::Frozen, "copy") => "frozenset.copy",
        (SetKind::Frozen, "difference") => "frozenset.difference",
        (SetKind::Frozen, "intersection") => "frozenset.intersection",
        (SetKind::Frozen, "isdisjoint") => "frozenset.isdisjoint",
        (SetKind::Frozen, "issubset") => "frozenset.issubset",
        (SetKind::Frozen, "issuperset") => "frozenset.issuperset",
        (SetKind::Frozen, "symmetric_difference") => "frozenset.symmetric_difference",
        (SetKind::Frozen, "union") => "frozenset.union",
        (SetKind::Set, _) => "set",
        (SetKind::Frozen, _) => "frozenset",
    }
}

/// `s.name(*args, **kwargs)` for a set or frozenset `s` of kind `kind`.
pub fn call(
    kind: SetKind,
    s: &Rc<PySet>,
    name: &str,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<Value> {
    // The most frequent calls go first, before the name tables.
    if let (SetKind::Set, [arg], true) = (kind, args, kwargs.is_empty()) {
        match name {
            "add" => return s.add(arg.clone()).map(|()| Value::None),
            "remove" => return s.remove(arg).map(|()| Value::None),
            "discard" => return s.discard(arg).map(|_| Value::None),
            _ => {}
        }
    }
    let names = match kind {
        SetKind::Set => SET_NAMES,
        SetKind::Frozen => FROZENSET_NAMES,
    };
    if !names.contains(&name) {
        return super::call_attribute(&receiver(kind, s), name, args, kwargs);
    }
    let qual = qualified(kind, name);
    match name {
        "union" | "intersection" | "difference" | "copy" | "symmetric_difference" => {
            query(kind, s, name, qual, args, kwargs)
        }
        "issubset" | "issuperset" | "isdisjoint" => {
            let other = one_arg(qual, args, kwargs)?;
            let result = match name {
                "issubset" => s.issubset(other)?,
                "issuperset" => s.issuperset(other)?,
                _ => s.isdisjoint(other)?,
            };
            Ok(Value::Bool(result))
        }
        "pop" => {
            no_args(qual, args, kwargs)?;
            s.pop()
        }
        _ => mutate(s, name, qual, args, kwargs).map(|()| Value::None),
    }
}

/// The value of kind `kind` holding `s`.
fn receiver(kind: SetKind, s: &Rc<PySet>) -> Value {
    match kind {
        SetKind::Set => Value::Set(s.clone()),
        SetKind::Frozen => Value::FrozenSet(s.clone()),
    }
}

/// The methods returning a new set of the receiver's kind.
fn query(
    kind: SetKind,
    s: &Rc<PySet>,
    name: &str,
    qual: &str,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<Value> {
    let result = match name {
        "copy" => {
            no_args(qual, args, kwargs)?;
            if kind == SetKind::Frozen {
                // A frozenset's copy is itself.
                return Ok(receiver(kind, s));
            }
            s.copy()?
        }
        "symmetric_difference" => s.symmetric_difference(one_arg(qual, args, kwargs)?)?,
        _ => {
            no_kwargs(qual, kwargs)?;
            match name {
                "union" => s.union(args)?,
                "intersection" => s.intersection_multi(args)?,
                _ => s.difference_multi(args)?,
            }
        }
    };
    Ok(kind.wrap(result))
}

/// The methods that change a set and return `None`.
fn mutate(s: &PySet, name: &str, qual: &str, args: &[Value], kwargs: KwArgs) -> PyResult<()> {
    match name {
        "add" => s.add(one_arg(qual, args, kwargs)?.clone()),
        "remove" => s.remove(one_arg(qual, args, kwargs)?),
        "discard" => s.discard(one_arg(qual, args, kwargs)?).map(drop),
        "clear" => {
            no_args(qual, args, kwargs)?;
            s.clear();
            Ok(())
        }
        "symmetric_difference_update" => {
            s.symmetric_difference_update(one_arg(qual, args, kwargs)?)
        }
        "intersection_update" => {
            no_kwargs(qual, kwargs)?;
            s.intersection_update(args)
        }
        _ => {
            no_kwargs(qual, kwargs)?;
            for other in args {
                match name {
                    "update" => s.update_from(other)?,
                    _ => s.difference_update(other)?,
                }
            }
            Ok(())
        }
    }
}
