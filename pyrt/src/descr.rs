//! Descriptors and bound methods of Python-defined classes: bound methods,
//! `property`, `classmethod` and `staticmethod`.

use crate::value::Value;

/// A function bound to the object it was looked up on (`obj.method`).
pub struct PyMethod {
    /// The function.
    pub func: Value,
    /// The object (or class, for classmethods) passed as the first argument.
    pub receiver: Value,
}

/// A `property` object.
pub struct Property {
    /// The getter, or `None`.
    pub fget: Value,
    /// The setter, or `None`.
    pub fset: Value,
    /// The deleter, or `None`.
    pub fdel: Value,
}

/// The function wrapped by `classmethod(f)` or `staticmethod(f)`.
pub struct Wrapped {
    /// The wrapped function.
    pub func: Value,
}

/// `prop.setter` / `prop.getter` / `prop.deleter`: a builtin that returns a copy
/// of the property with one accessor replaced.
pub fn property_updater(property: std::rc::Rc<Property>, which: &str) -> Value {
    let which: &'static str = match which {
        "setter" => "setter",
        "getter" => "getter",
        _ => "deleter",
    };
    Value::Method(std::rc::Rc::new(crate::func::BoundMethod {
        receiver: Value::Property(property),
        name: which,
    }))
}

/// Calls `prop.setter(f)` and friends (dispatched as a method of the property).
pub fn call_property_method(
    property: &Property,
    name: &str,
    args: &[Value],
) -> crate::PyResult<Value> {
    let [func] = args else {
        return Err(crate::error::raise::type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let mut updated = Property {
        fget: property.fget.clone(),
        fset: property.fset.clone(),
        fdel: property.fdel.clone(),
    };
    match name {
        "setter" => updated.fset = func.clone(),
        "getter" => updated.fget = func.clone(),
        _ => updated.fdel = func.clone(),
    }
    Ok(Value::Property(std::rc::Rc::new(updated)))
}
