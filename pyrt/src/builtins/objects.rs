//! Builtins about any object: `hash`, `id`, `callable`, `ascii`, `getattr`, `hasattr`.

use crate::error::{raise, ExcKind, PyResult};
use crate::func::{check_arity, no_kwargs, KwArgs};
use crate::value::Value;

/// `hash(obj)`
pub fn hash(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("hash", kwargs)?;
    check_arity("hash", args, 1, 1)?;
    crate::hash::hash(&args[0]).map(Value::Int)
}

/// `id(obj)`
pub fn id(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("id", kwargs)?;
    check_arity("id", args, 1, 1)?;
    Ok(identity(&args[0]))
}

/// Ids of inline singletons and type objects: `2**58 + tag`, above every
/// user-space address.
const SINGLETON_IDS: i64 = 1 << 58;
/// Ids of small ints (`|i| < 2**60`): `2**62 + i`.
const SMALL_INT_IDS: i64 = 1 << 62;

/// A number unique to `v` among live objects: the address of a heap object;
/// for values stored inline (which `is` compares by value), a number derived
/// from the value in ranges no address or other kind of value uses.
fn identity(v: &Value) -> Value {
    match v {
        Value::None => Value::Int(SINGLETON_IDS),
        Value::Bool(b) => Value::Int(SINGLETON_IDS + 1 + i64::from(*b)),
        Value::NotImplemented => Value::Int(SINGLETON_IDS + 3),
        Value::Type(t) => Value::Int(SINGLETON_IDS + 16 + *t as i64),
        Value::Int(i) if i.unsigned_abs() < 1 << 60 => Value::Int(SMALL_INT_IDS + i),
        // Beyond i64: `kind * 2**64 + bits`.
        Value::Int(i) => Value::from_bigint(((3i128 << 64) + i128::from(*i as u64)).into()),
        Value::Float(f) => Value::from_bigint(((4i128 << 64) + i128::from(f.to_bits())).into()),
        heap => Value::Int(crate::object::address(heap) as i64),
    }
}

/// `callable(obj)`
pub fn callable(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("callable", kwargs)?;
    check_arity("callable", args, 1, 1)?;
    Ok(Value::Bool(match &args[0] {
        Value::Function(_)
        | Value::Builtin(_)
        | Value::Method(_)
        | Value::Type(_)
        | Value::Class(_)
        | Value::PyMethod(_)
        | Value::StaticMethod(_) => true,
        Value::Instance(i) => i.class().lookup("__call__").is_some(),
        _ => false,
    }))
}

/// `ascii(obj)`
pub fn ascii(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("ascii", kwargs)?;
    check_arity("ascii", args, 1, 1)?;
    crate::repr::ascii_of(&args[0]).map(Value::string)
}

/// `getattr(object, name[, default])`
pub fn getattr(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("getattr", kwargs)?;
    check_arity("getattr", args, 2, 3)?;
    let name = attribute_name(&args[1])?;
    match (crate::methods::getattr(&args[0], name), args.get(2)) {
        (Err(e), Some(default)) if e.kind() == ExcKind::AttributeError => Ok(default.clone()),
        (result, _) => result,
    }
}

/// `hasattr(object, name)`
pub fn hasattr(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("hasattr", kwargs)?;
    check_arity("hasattr", args, 2, 2)?;
    let name = attribute_name(&args[1])?;
    match crate::methods::getattr(&args[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.kind() == ExcKind::AttributeError => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

/// `setattr(object, name, value)`
pub fn setattr(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("setattr", kwargs)?;
    check_arity("setattr", args, 3, 3)?;
    let name = attribute_name(&args[1])?;
    crate::attr::setattr(&args[0], name, args[2].clone())?;
    Ok(Value::None)
}

/// `delattr(object, name)`
pub fn delattr(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("delattr", kwargs)?;
    check_arity("delattr", args, 2, 2)?;
    let name = attribute_name(&args[1])?;
    crate::attr::delattr(&args[0], name)?;
    Ok(Value::None)
}

/// `vars(object)`: the object's `__dict__`.
pub fn vars(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("vars", kwargs)?;
    match args {
        [obj] => crate::methods::getattr(obj, "__dict__")
            .map_err(|_| raise::type_error("vars() argument must have __dict__ attribute")),
        [] => Err(raise::type_error(
            "pyrc: vars() without an argument is not supported yet",
        )),
        _ => Err(raise::type_error(format!(
            "vars expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// The str naming an attribute, or `TypeError: attribute name must be string, not 'int'`.
fn attribute_name(name: &Value) -> PyResult<&str> {
    match name {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(raise::type_error(format!(
            "attribute name must be string, not '{}'",
            other.type_name()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id_of(v: Value) -> String {
        crate::repr::repr(&identity(&v)).unwrap()
    }

    #[test]
    fn inline_ids_are_stable_and_distinct() {
        assert_eq!(id_of(Value::Int(1)), id_of(Value::Int(1)));
        assert_ne!(id_of(Value::Int(1)), id_of(Value::Int(2)));
        assert_ne!(id_of(Value::Int(1)), id_of(Value::Bool(true)));
        assert_ne!(id_of(Value::Int(1)), id_of(Value::Float(1.0)));
        assert_ne!(id_of(Value::Float(0.0)), id_of(Value::Float(-0.0)));
        assert_ne!(id_of(Value::Int(i64::MAX)), id_of(Value::Int(i64::MIN)));
        assert_ne!(id_of(Value::None), id_of(Value::Bool(false)));
        let xs = Value::list(vec![]);
        assert_eq!(id_of(xs.clone()), id_of(xs));
    }
}
