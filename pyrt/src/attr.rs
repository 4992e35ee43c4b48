//! Attribute assignment and deletion on any value (`obj.x = v`, `del obj.x`).

use crate::error::{raise, PyResult};
use crate::value::Value;

/// `obj.name = value`
pub fn setattr(obj: &Value, name: &str, value: Value) -> PyResult<()> {
    match obj {
        Value::Instance(i) => crate::instance::set_attr(i, name, value),
        Value::Class(c) => {
            c.set_attr(name, value);
            Ok(())
        }
        Value::Module(m) => {
            crate::module::setattr(m, name, value);
            Ok(())
        }
        Value::Function(f) => f.set_attr(name, value),
        Value::Type(t) => Err(raise::type_error(format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            t.name()
        ))),
        other => Err(no_attribute(other, name)),
    }
}

/// `del obj.name`
pub fn delattr(obj: &Value, name: &str) -> PyResult<()> {
    match obj {
        Value::Instance(i) => crate::instance::del_attr(i, name),
        Value::Class(c) => c.del_attr(name),
        Value::Module(m) => crate::module::delattr(m, name),
        Value::Function(f) => f.del_attr(name),
        Value::Type(t) => Err(raise::type_error(format!(
            "cannot delete '{name}' attribute of immutable type '{}'",
            t.name()
        ))),
        other => Err(no_attribute(other, name)),
    }
}

fn no_attribute(obj: &Value, name: &str) -> crate::PyErr {
    if crate::slice::is_part(obj, name) {
        return raise::attribute_error("readonly attribute");
    }
    raise::attribute_error(format!(
        "'{}' object has no attribute '{name}'",
        obj.type_name()
    ))
}
