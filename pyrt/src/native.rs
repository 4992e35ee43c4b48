//! Objects implemented in Rust by standard-library modules (`sys.stdout`,
//! `array.array`, ...): each kind implements [`NativeObject`] for the parts of
//! the object protocol it supports; every other operation raises the
//! `TypeError` or `AttributeError` CPython gives for an object without it.
//! The free functions here are what the generic operations (`len`, `in`,
//! subscripts, comparisons, `+`, `*`, ...) call for a `Value::Native`.

use std::any::Any;
use std::cmp::Ordering;
use std::rc::Rc;

use crate::error::{raise, PyResult};
use crate::func::KwArgs;
use crate::subscript::SliceIndices;
use crate::value::Value;

/// A rich comparison, as [`NativeObject::compare`] receives it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CompareOp {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CompareOp {
    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn reflected(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
            same => same,
        }
    }

    /// Whether an ordering of the operands satisfies the operator.
    pub fn holds(self, ordering: Ordering) -> bool {
        match self {
            CompareOp::Eq => ordering == Ordering::Equal,
            CompareOp::Ne => ordering != Ordering::Equal,
            CompareOp::Lt => ordering == Ordering::Less,
            CompareOp::Le => ordering != Ordering::Greater,
            CompareOp::Gt => ordering == Ordering::Greater,
            CompareOp::Ge => ordering != Ordering::Less,
        }
    }
}

impl From<crate::compare::Op> for CompareOp {
    fn from(op: crate::compare::Op) -> CompareOp {
        match op {
            crate::compare::Op::Lt => CompareOp::Lt,
            crate::compare::Op::Le => CompareOp::Le,
            crate::compare::Op::Gt => CompareOp::Gt,
            crate::compare::Op::Ge => CompareOp::Ge,
        }
    }
}

/// The bounds of `x[lower:upper:step]` as written (`None` where omitted).
#[derive(Clone, Copy)]
pub struct Slice<'a> {
    /// The start bound.
    pub lower: &'a Value,
    /// The stop bound.
    pub upper: &'a Value,
    /// The step.
    pub step: &'a Value,
}

impl Slice<'_> {
    /// The slice resolved against a sequence of `len` items (`slice.indices`).
    pub fn indices(&self, len: usize) -> PyResult<SliceIndices> {
        crate::subscript::slice_indices(self.lower, self.upper, self.step, len)
    }
}

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
    /// (`None`: not iterable, unless the object is a sequence: see
    /// [`NativeObject::item_at`]).
    fn iter(&self, _this: &Value) -> Option<PyResult<Value>> {
        None
    }

    /// Item `index` of a sequence, `None` past its end. An object with a
    /// [`NativeObject::length`] and no [`NativeObject::iter`] is iterated by
    /// position, so a loop sees items appended during it, as in CPython.
    fn item_at(&self, _index: usize) -> Option<PyResult<Value>> {
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

    /// `len(x)` (`None`: no length). A length also makes `bool(x)` false
    /// when it is zero, and lets `reversed(x)` walk the items backwards.
    fn length(&self) -> Option<usize> {
        None
    }

    /// `item in x` (`None`: search the items [`NativeObject::iter`] gives).
    fn contains(&self, _this: &Value, _item: &Value) -> Option<PyResult<bool>> {
        None
    }

    /// `x[lower:upper:step]` (`None`: not subscriptable).
    fn getslice(&self, _this: &Value, _slice: Slice) -> Option<PyResult<Value>> {
        None
    }

    /// `x[key] = value` (`None`: no item assignment).
    fn setitem(&self, _this: &Value, _key: &Value, _value: Value) -> Option<PyResult<()>> {
        None
    }

    /// `x[lower:upper:step] = value` (`None`: no item assignment).
    fn setslice(&self, _this: &Value, _slice: Slice, _value: Value) -> Option<PyResult<()>> {
        None
    }

    /// `del x[key]` (`None`: no item deletion).
    fn delitem(&self, _this: &Value, _key: &Value) -> Option<PyResult<()>> {
        None
    }

    /// `del x[lower:upper:step]` (`None`: no item deletion).
    fn delslice(&self, _this: &Value, _slice: Slice) -> Option<PyResult<()>> {
        None
    }

    /// `x OP other` with `x` on the left (the reflected operator calls the
    /// right operand's with `op.reflected()`); `None` is `NotImplemented`.
    fn compare(&self, _this: &Value, _other: &Value, _op: CompareOp) -> Option<PyResult<bool>> {
        None
    }

    /// A binary operator, named by the special method CPython would call:
    /// `__add__`/`__mul__` with `x` on the left, `__radd__`/`__rmul__` with
    /// `x` on the right, `__iadd__`/`__imul__` for `x += other`/`x *= other`
    /// (returning the object itself). `None` is `NotImplemented`.
    fn binary(&self, _this: &Value, _name: &str, _other: &Value) -> Option<PyResult<Value>> {
        None
    }

    /// `x(*args, **kwargs)` (`None`: not callable).
    fn call(&self, _args: &[Value], _kwargs: KwArgs) -> Option<PyResult<Value>> {
        None
    }

    /// Whether `hash(x)` is allowed (by identity); mutable containers say no.
    fn hashable(&self) -> bool {
        true
    }

    /// The builtin type `type(x)` and `isinstance` see (`object` for kinds
    /// without a [`TypeId`](crate::types::TypeId) of their own).
    fn builtin_type(&self) -> crate::types::TypeId {
        crate::types::TypeId::Object
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

/// `len(x)` on a native object.
pub fn len(object: &Native) -> PyResult<usize> {
    object.length().ok_or_else(|| {
        raise::type_error(format!(
            "object of type '{}' has no len()",
            object.type_name()
        ))
    })
}

/// `item in x` on a native object: its own test, else a search of its items.
pub fn contains(object: &Native, this: &Value, item: &Value) -> PyResult<bool> {
    if let Some(result) = object.contains(this, item) {
        return result;
    }
    let Ok(mut items) = crate::iter::Iter::new(this) else {
        return Err(raise::type_error(format!(
            "argument of type '{}' is not iterable",
            object.type_name()
        )));
    };
    while let Some(x) = items.next()? {
        if x.is(item) || crate::compare::eq(&x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `x[lower:upper:step]` on a native object.
pub fn getslice(object: &Native, this: &Value, slice: Slice) -> PyResult<Value> {
    object.getslice(this, slice).unwrap_or_else(|| {
        Err(raise::type_error(format!(
            "'{}' object is not subscriptable",
            object.type_name()
        )))
    })
}

/// `x[key] = value` on a native object.
pub fn setitem(object: &Native, this: &Value, key: &Value, value: Value) -> PyResult<()> {
    object
        .setitem(this, key, value)
        .unwrap_or_else(|| Err(no_assignment(object)))
}

/// `x[lower:upper:step] = value` on a native object.
pub fn setslice(object: &Native, this: &Value, slice: Slice, value: Value) -> PyResult<()> {
    object
        .setslice(this, slice, value)
        .unwrap_or_else(|| Err(no_assignment(object)))
}

/// `del x[key]` on a native object.
pub fn delitem(object: &Native, this: &Value, key: &Value) -> PyResult<()> {
    object
        .delitem(this, key)
        .unwrap_or_else(|| Err(no_deletion(object)))
}

/// `del x[lower:upper:step]` on a native object.
pub fn delslice(object: &Native, this: &Value, slice: Slice) -> PyResult<()> {
    object
        .delslice(this, slice)
        .unwrap_or_else(|| Err(no_deletion(object)))
}

/// `a OP b` when either operand is a native object: the left one's
/// comparison, then the right one's reflected; `None` when neither applies.
pub fn compare(a: &Value, b: &Value, op: CompareOp) -> Option<PyResult<bool>> {
    if let Value::Native(n) = a {
        if let Some(result) = n.compare(a, b, op) {
            return Some(result);
        }
    }
    match b {
        Value::Native(n) => n.compare(b, a, op.reflected()),
        _ => None,
    }
}

/// `a OP b` when either operand is a native object: `a.name(b)`, then
/// `b.rname(a)`; `None` when neither applies (the caller raises its `TypeError`).
pub fn binary(a: &Value, b: &Value, name: &str, rname: &str) -> Option<PyResult<Value>> {
    if let Value::Native(n) = a {
        if let Some(result) = n.binary(a, name, b) {
            return Some(result);
        }
    }
    match b {
        Value::Native(n) => n.binary(b, rname, a),
        _ => None,
    }
}

/// An augmented assignment on a native object: its in-place operator
/// `name`, else the binary operator.
pub fn inplace(
    object: &Native,
    a: &Value,
    b: &Value,
    name: &str,
    binary_op: fn(&Value, &Value) -> PyResult<Value>,
) -> PyResult<Value> {
    match object.binary(a, name, b) {
        Some(result) => result,
        None => binary_op(a, b),
    }
}

fn no_assignment(object: &Native) -> crate::PyErr {
    raise::type_error(format!(
        "'{}' object does not support item assignment",
        object.type_name()
    ))
}

fn no_deletion(object: &Native) -> crate::PyErr {
    raise::type_error(format!(
        "'{}' object does not support item deletion",
        object.type_name()
    ))
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
