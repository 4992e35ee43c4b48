//! Run-time support for `match` statements: the structural checks behind
//! sequence, mapping and class patterns.

use crate::error::{raise, PyResult};
use crate::types::TypeId;
use crate::value::Value;

/// The items of a subject that sequence patterns match (list, tuple, range,
/// and instances of list and tuple subclasses, read by iterating them; not
/// str, bytes or dict), or `None`.
pub fn sequence(subject: &Value) -> PyResult<Option<Vec<Value>>> {
    Ok(match subject {
        Value::List(l) => Some(l.items.borrow().clone()),
        Value::Tuple(t) => Some(t.items.to_vec()),
        Value::Range(_) => Some(crate::iter::collect(subject)?),
        Value::Instance(i) if matches!(i.base(), Some(Value::List(_) | Value::Tuple(_))) => {
            Some(crate::iter::collect(subject)?)
        }
        _ => None,
    })
}

/// Whether mapping patterns apply to the subject (a dict, or an instance of
/// a dict subclass).
pub fn is_mapping(subject: &Value) -> bool {
    matches!(crate::builtin_base::view(subject), Value::Dict(_))
}

/// The value under `key` in a mapping subject, if present (a dict
/// subclass's through its `get` method, as CPython asks).
pub fn mapping_get(subject: &Value, key: &Value) -> PyResult<Option<Value>> {
    match subject {
        Value::Dict(d) => d.get(key),
        Value::Instance(_) => {
            let missing = crate::object_type::new_object();
            let found =
                crate::methods::call_method(subject, "get", &[key.clone(), missing.clone()], &[])?;
            Ok((!found.is(&missing)).then_some(found))
        }
        _ => Ok(None),
    }
}

/// `**rest` in a mapping pattern: a new dict without the matched keys.
pub fn mapping_rest(subject: &Value, keys: &[Value]) -> PyResult<Value> {
    let copy;
    let d = match subject {
        Value::Dict(d) => d,
        Value::Instance(_) if is_mapping(subject) => {
            copy = crate::dict::dict_from(std::slice::from_ref(subject), &[])?;
            match &copy {
                Value::Dict(d) => d,
                _ => return Ok(Value::None),
            }
        }
        _ => return Ok(Value::None),
    };
    let rest = crate::dict::PyDict::new();
    let entries = d.entries();
    for (key, value) in entries {
        let key = key.key;
        let mut matched = false;
        for k in keys {
            if crate::compare::eq(&key, k)? {
                matched = true;
                break;
            }
        }
        if !matched {
            rest.set(key, value)?;
        }
    }
    Ok(Value::Dict(std::rc::Rc::new(rest)))
}

/// `isinstance(subject, cls)` for a class pattern (`TypeError` if `cls` is not a class).
pub fn instance_of(subject: &Value, class: &Value) -> PyResult<bool> {
    match class {
        Value::Type(_) | Value::Class(_) => {
            let result = crate::builtins::lookup("isinstance")
                .map(|f| crate::func::call(&f, &[subject.clone(), class.clone()], &[]))
                .unwrap_or(Ok(Value::Bool(false)))?;
            Ok(result.truthy())
        }
        _ => Err(raise::type_error("called match pattern must be a class")),
    }
}

/// The values positional sub-patterns of a class pattern match: the subject
/// itself for the builtin types that match that way, else the attributes
/// named by `__match_args__`. `None` when an attribute is missing.
pub fn positional(subject: &Value, class: &Value, count: usize) -> PyResult<Option<Vec<Value>>> {
    if count == 0 {
        return Ok(Some(Vec::new()));
    }
    // The builtin types match their subject itself, and so do their
    // subclasses that do not define `__match_args__`.
    let builtin = match class {
        Value::Type(t) => Some(*t),
        Value::Class(c) if c.lookup("__match_args__").is_none() => c.base_type,
        _ => None,
    };
    if let Some(t) = builtin {
        let self_matching = matches!(
            t,
            TypeId::Bool
                | TypeId::Int
                | TypeId::Float
                | TypeId::Str
                | TypeId::List
                | TypeId::Tuple
                | TypeId::Dict
        );
        if self_matching {
            if count > 1 {
                return Err(raise::type_error(format!(
                    "{}() accepts 1 positional sub-pattern ({count} given)",
                    t.name()
                )));
            }
            return Ok(Some(vec![subject.clone()]));
        }
    }
    let (name, match_args) = match class {
        Value::Class(c) => (c.name, c.lookup("__match_args__")),
        Value::Type(t) => (t.name(), None),
        _ => return Ok(None),
    };
    let names = match match_args {
        Some(args @ Value::Tuple(_)) => crate::iter::collect(&args)?,
        Some(_) => {
            return Err(raise::type_error(format!(
                "{name}.__match_args__ must be a tuple"
            )))
        }
        None => Vec::new(),
    };
    if names.len() < count {
        let s = if names.len() == 1 { "" } else { "s" };
        return Err(raise::type_error(format!(
            "{name}() accepts {} positional sub-pattern{s} ({count} given)",
            names.len()
        )));
    }
    let mut values = Vec::with_capacity(count);
    for attr in &names[..count] {
        let Value::Str(attr) = attr else {
            return Err(raise::type_error("__match_args__ elements must be strings"));
        };
        match attribute(subject, attr.as_str())? {
            Some(v) => values.push(v),
            None => return Ok(None),
        }
    }
    Ok(Some(values))
}

/// `subject.name`, or `None` if it has no such attribute.
pub fn attribute(subject: &Value, name: &str) -> PyResult<Option<Value>> {
    match crate::methods::getattr(subject, name) {
        Ok(v) => Ok(Some(v)),
        Err(err) if err.kind() == crate::error::ExcKind::AttributeError => Ok(None),
        Err(err) => Err(err),
    }
}
