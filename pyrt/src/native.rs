//! Objects implemented in Rust by standard-library modules (`sys.stdout`, ...):
//! each kind implements [`NativeObject`] for the parts of the object protocol
//! it supports; every other operation raises the `TypeError` or
//! `AttributeError` CPython gives for an object without it.

use std::any::Any;
use std::rc::Rc;

use crate::error::{raise, PyResult};
use crate::func::KwArgs;
use crate::value::Value;

/// The protocol a Rust-implemented object offers. `this` is the object itself
/// as a [`Value`] (for methods that return or store it).
pub trait NativeObject: Any {
    /// `type(x).__name__`.
    fn type_name(&self) -> &'static str;

    /// `repr(x)`; by default `<type object at 0x...>`.
    fn repr(&self, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<{} object at {:#x}>",
            self.type_name(),
            crate::repr::object_address(this)
        ))
    }

    /// `x.name` for attributes that are not methods (`None`: no such attribute).
    fn getattr(&self, _this: &Value, _name: &str) -> Option<PyResult<Value>> {
        None
    }

    /// `x.name(*args, **kwargs)` (`None`: no such method).
    fn call_method(
        &self,
        _this: &Value,
        _name: &str,
        _args: &[Value],
        _kwargs: KwArgs,
    ) -> Option<PyResult<Value>> {
        None
    }

    /// `iter(x)`: an iterable value standing for the object's items
    /// (`None`: not iterable).
    fn iter(&self, _this: &Value) -> Option<PyResult<Value>> {
        None
    }

    /// `x[key]` (`None`: not subscriptable).
    fn getitem(&self, _this: &Value, _key: &Value) -> Option<PyResult<Value>> {
        None
    }

    /// The names of the methods [`NativeObject::call_method`] accepts, so
    /// `x.name` without a call can be bound.
    fn method_names(&self) -> &'static [&'static str] {
        &[]
    }
}

/// A native object behind one thin pointer (so `Value` stays two words).
pub struct Native(Box<dyn NativeObject>);

impl std::ops::Deref for Native {
    type Target = dyn NativeObject;
    fn deref(&self) -> &Self::Target {
        self.0.as_ref()
    }
}

impl Native {
    /// The object as `T`, if it is one.
    pub fn downcast<T: NativeObject>(&self) -> Option<&T> {
        let any: &dyn Any = self.0.as_ref();
        any.downcast_ref::<T>()
    }
}

/// A native object as a value.
pub fn value(object: impl NativeObject) -> Value {
    Value::Native(Rc::new(Native(Box::new(object))))
}

/// `x.name` on a native object: a data attribute, or a bound method.
pub fn getattr(object: &Native, this: &Value, name: &str) -> PyResult<Value> {
    if let Some(result) = object.getattr(this, name) {
        return result;
    }
    if let Some(method) = object.method_names().iter().find(|m| **m == name) {
        return Ok(Value::Method(Rc::new(crate::func::BoundMethod {
            receiver: this.clone(),
            name: method,
        })));
    }
    Err(no_attribute(&**object, name))
}

/// `x.name(*args, **kwargs)` on a native object.
pub fn call_method(
    object: &Native,
    this: &Value,
    name: &str,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<Value> {
    match object.call_method(this, name, args, kwargs) {
        Some(result) => result,
        None => {
            let attr = getattr(object, this, name)?;
            crate::func::call(&attr, args, kwargs)
        }
    }
}

/// `x[key]` on a native object.
pub fn getitem(object: &Native, this: &Value, key: &Value) -> PyResult<Value> {
    match object.getitem(this, key) {
        Some(result) => result,
        None => Err(raise::type_error(format!(
            "'{}' object is not subscriptable",
            object.type_name()
        ))),
    }
}

fn no_attribute(object: &dyn NativeObject, name: &str) -> crate::PyErr {
    raise::attribute_error(format!(
        "'{}' object has no attribute '{name}'",
        object.type_name()
    ))
}

/// The `Ellipsis` singleton (`...`).
struct EllipsisObject;

impl NativeObject for EllipsisObject {
    fn type_name(&self) -> &'static str {
        "ellipsis"
    }

    fn repr(&self, _this: &Value) -> PyResult<String> {
        Ok("Ellipsis".to_string())
    }
}

thread_local! {
    static ELLIPSIS: Value = value(EllipsisObject);
}

/// `...` / `Ellipsis`: one object for the whole run.
pub fn ellipsis() -> Value {
    ELLIPSIS.with(Value::clone)
}
