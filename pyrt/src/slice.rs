//! Slice objects: `slice(start, stop, step)`, what `obj[a:b:c]` passes to a
//! class's own `__getitem__`/`__setitem__`/`__delitem__`.
//!
//! A slice is a [`NativeObject`](crate::native::NativeObject) of builtin type
//! `slice`: three arbitrary values, read-only, compared as the tuple
//! `(start, stop, step)` and unhashable (as in CPython 3.11).

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

use crate::error::{raise, PyErr, PyResult};
use crate::func::KwArgs;
use crate::native::{CompareOp, NativeObject};
use crate::types::TypeId;
use crate::value::Value;

/// A slice object.
pub struct PySlice {
    /// `s.start` (any value; `None` when omitted).
    pub start: Value,
    /// `s.stop`.
    pub stop: Value,
    /// `s.step`.
    pub step: Value,
}

/// A new slice object.
pub fn new(start: Value, stop: Value, step: Value) -> Value {
    crate::native::value(PySlice { start, stop, step })
}

/// The slice `v` is, if it is one.
#[inline]
pub fn as_slice(v: &Value) -> Option<&PySlice> {
    match v {
        Value::Native(n) => n.downcast::<PySlice>(),
        _ => None,
    }
}

/// Whether `name` is one of the (read-only) parts of `obj`, a slice.
pub fn is_part(obj: &Value, name: &str) -> bool {
    as_slice(obj).is_some() && matches!(name, "start" | "stop" | "step")
}

/// `slice(stop)` / `slice(start, stop[, step])`
pub fn construct(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::func::no_kwargs("slice", kwargs)?;
    crate::func::check_arity("slice", args, 1, 3)?;
    Ok(match args {
        [stop] => new(Value::None, stop.clone(), Value::None),
        [start, stop] => new(start.clone(), stop.clone(), Value::None),
        [start, stop, step] => new(start.clone(), stop.clone(), step.clone()),
        _ => unreachable!("arity checked above"),
    })
}

impl PySlice {
    /// `(start, stop, step)`, as comparisons see the slice.
    fn as_tuple(&self) -> Value {
        Value::tuple_of([self.start.clone(), self.stop.clone(), self.step.clone()])
    }

    /// `s.indices(length)`: `(start, stop, step)` resolved against a
    /// sequence of `length` items, in arbitrary precision.
    pub fn indices(&self, length: &Value) -> PyResult<Value> {
        let length = crate::builtins::args::index_value(length)?;
        let length = crate::int::to_bigint(&length).unwrap_or_default();
        if length.is_negative() {
            return Err(raise::value_error("length should not be negative"));
        }
        let [start, stop, step] = long_indices(&self.start, &self.stop, &self.step, &length)?;
        Ok(Value::tuple_of([
            Value::from_bigint(start),
            Value::from_bigint(stop),
            Value::from_bigint(step),
        ]))
    }
}

/// `TypeError` for a slice part that is not an integer.
#[cold]
pub(crate) fn slice_type_error() -> PyErr {
    raise::type_error("slice indices must be integers or None or have an __index__ method")
}

/// A slice part as an integer (`None` when omitted): ints and bools, or
/// objects with `__index__`.
fn part(v: &Value) -> PyResult<Option<BigInt>> {
    if let Value::None = v {
        return Ok(None);
    }
    if let Some(i) = crate::int::to_bigint(v) {
        return Ok(Some(i));
    }
    if crate::instance::special_method(v, "__index__").is_none() {
        return Err(slice_type_error());
    }
    let i = crate::builtins::args::index_value(v)?;
    Ok(crate::int::to_bigint(&i))
}

/// CPython's `_PySlice_GetLongIndices`: start, stop and step of a slice
/// against a non-negative `length`, with no limit on their sizes.
fn long_indices(
    start: &Value,
    stop: &Value,
    step: &Value,
    length: &BigInt,
) -> PyResult<[BigInt; 3]> {
    let step = match part(step)? {
        None => BigInt::one(),
        Some(s) if s.is_zero() => return Err(raise::value_error("slice step cannot be zero")),
        Some(s) => s,
    };
    let backwards = step.is_negative();
    let (lower, upper) = if backwards {
        (-BigInt::one(), length - 1)
    } else {
        (BigInt::zero(), length.clone())
    };
    let clamp = |bound: Option<BigInt>, default: &BigInt| match bound {
        None => default.clone(),
        Some(i) if i.is_negative() => (i + length).max(lower.clone()),
        Some(i) => i.min(upper.clone()),
    };
    let start = clamp(part(start)?, if backwards { &upper } else { &lower });
    let stop = clamp(part(stop)?, if backwards { &lower } else { &upper });
    Ok([start, stop, step])
}

impl NativeObject for PySlice {
    fn type_name(&self) -> &'static str {
        "slice"
    }

    fn builtin_type(&self) -> TypeId {
        TypeId::Slice
    }

    fn repr(&self, _this: &Value) -> PyResult<String> {
        Ok(format!(
            "slice({}, {}, {})",
            crate::repr::repr(&self.start)?,
            crate::repr::repr(&self.stop)?,
            crate::repr::repr(&self.step)?
        ))
    }

    fn getattr(&self, _this: &Value, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "start" => self.start.clone(),
            "stop" => self.stop.clone(),
            "step" => self.step.clone(),
            "__class__" => Value::Type(TypeId::Slice),
            _ => return None,
        }))
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &[Value],
        kwargs: KwArgs,
    ) -> Option<PyResult<Value>> {
        match name {
            "indices" => Some(
                crate::func::no_kwargs("slice.indices", kwargs)
                    .and_then(|()| match args {
                        [length] => Ok(length),
                        _ => Err(raise::type_error(format!(
                            "slice.indices() takes exactly one argument ({} given)",
                            args.len()
                        ))),
                    })
                    .and_then(|length| self.indices(length)),
            ),
            _ => None,
        }
    }

    fn method_names(&self) -> &'static [&'static str] {
        &["indices"]
    }

    fn hashable(&self) -> bool {
        false
    }

    /// Slices compare as `(start, stop, step)` tuples, only with slices.
    fn compare(&self, this: &Value, other: &Value, op: CompareOp) -> Option<PyResult<bool>> {
        let other_slice = as_slice(other)?;
        if this.is(other) {
            return Some(Ok(matches!(
                op,
                CompareOp::Eq | CompareOp::Le | CompareOp::Ge
            )));
        }
        let (a, b) = (self.as_tuple(), other_slice.as_tuple());
        Some(match op {
            CompareOp::Eq => crate::compare::eq(&a, &b),
            CompareOp::Ne => crate::compare::ne(&a, &b),
            CompareOp::Lt => crate::compare::lt(&a, &b),
            CompareOp::Le => crate::compare::le(&a, &b),
            CompareOp::Gt => crate::compare::gt(&a, &b),
            CompareOp::Ge => crate::compare::ge(&a, &b),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> Value {
        Value::Int(i)
    }

    fn big(s: &str) -> Value {
        Value::from_bigint(s.parse::<BigInt>().unwrap())
    }

    fn opt(i: Option<i64>) -> Value {
        i.map_or(Value::None, Value::Int)
    }

    fn show(r: PyResult<Value>) -> String {
        match r {
            Ok(v) => crate::repr::repr(&v).ok().unwrap(),
            Err(e) => e.summary(),
        }
    }

    fn indices(start: Value, stop: Value, step: Value, length: Value) -> String {
        let s = PySlice { start, stop, step };
        show(s.indices(&length))
    }

    fn small(a: Option<i64>, b: Option<i64>, c: Option<i64>, n: i64) -> String {
        indices(opt(a), opt(b), opt(c), int(n))
    }

    #[test]
    fn indices_of_none_parts() {
        assert_eq!(small(None, None, None, 5), "(0, 5, 1)");
        assert_eq!(small(None, None, Some(-1), 5), "(4, -1, -1)");
        assert_eq!(small(None, None, Some(2), 0), "(0, 0, 2)");
        assert_eq!(small(None, None, Some(-2), 0), "(-1, -1, -2)");
        assert_eq!(small(Some(2), None, None, 5), "(2, 5, 1)");
        assert_eq!(small(None, Some(3), Some(-1), 5), "(4, 3, -1)");
    }

    #[test]
    fn indices_clamp_and_wrap() {
        assert_eq!(small(Some(-100), Some(100), None, 3), "(0, 3, 1)");
        assert_eq!(small(Some(-2), Some(-1), None, 5), "(3, 4, 1)");
        assert_eq!(small(Some(100), Some(-100), Some(-1), 3), "(2, -1, -1)");
        assert_eq!(small(Some(-1), Some(-10), Some(-3), 5), "(4, -1, -3)");
        assert_eq!(small(Some(2), Some(1), Some(-1), 0), "(-1, -1, -1)");
        assert_eq!(small(Some(3), Some(1), None, 5), "(3, 1, 1)");
        assert_eq!(
            small(Some(i64::MIN), Some(i64::MAX), Some(i64::MIN), 7),
            "(-1, 6, -9223372036854775808)"
        );
    }

    #[test]
    fn indices_of_huge_values() {
        let e30 = || big("1000000000000000000000000000000");
        let minus_e30 = || big("-1000000000000000000000000000000");
        assert_eq!(
            indices(
                Value::None,
                Value::None,
                e30(),
                big("10000000000000000000000000000000000000000")
            ),
            "(0, 10000000000000000000000000000000000000000, 1000000000000000000000000000000)"
        );
        assert_eq!(
            indices(e30(), minus_e30(), big("-100000000000000000000"), int(10)),
            "(9, -1, -100000000000000000000)"
        );
        assert_eq!(
            indices(minus_e30(), e30(), Value::None, e30()),
            "(0, 1000000000000000000000000000000, 1)"
        );
        assert_eq!(
            indices(
                big("-999999999999999999999999999999"),
                Value::None,
                Value::None,
                e30()
            ),
            "(1, 1000000000000000000000000000000, 1)"
        );
        assert_eq!(
            indices(Value::None, Value::None, Value::None, Value::Bool(true)),
            "(0, 1, 1)"
        );
    }

    #[test]
    fn indices_errors() {
        assert_eq!(
            small(None, None, Some(0), 5),
            "ValueError: slice step cannot be zero"
        );
        assert_eq!(
            indices(Value::str("a"), Value::None, Value::None, int(5)),
            "TypeError: slice indices must be integers or None or have an __index__ method"
        );
        assert_eq!(
            indices(Value::None, Value::None, Value::Float(1.0), int(5)),
            "TypeError: slice indices must be integers or None or have an __index__ method"
        );
        assert_eq!(
            small(None, None, None, -1),
            "ValueError: length should not be negative"
        );
        assert_eq!(
            indices(Value::None, Value::None, Value::None, Value::str("x")),
            "TypeError: 'str' object cannot be interpreted as an integer"
        );
        // The length is checked before the parts.
        assert_eq!(
            small(None, None, Some(0), -1),
            "ValueError: length should not be negative"
        );
    }

    #[test]
    fn repr_compare_and_hash() {
        let s = construct(&[int(1), int(3)], &[]).ok().unwrap();
        assert_eq!(show(Ok(s.clone())), "slice(1, 3, None)");
        assert_eq!(
            show(construct(&[Value::str("a")], &[])),
            "slice(None, 'a', None)"
        );
        assert_eq!(
            show(construct(&[], &[])),
            "TypeError: slice expected at least 1 argument, got 0"
        );
        let t = new(int(1), int(3), Value::None);
        assert!(crate::compare::eq(&s, &t).ok().unwrap());
        assert!(!crate::compare::lt(&s, &t).ok().unwrap());
        let u = new(int(1), int(4), Value::None);
        assert!(crate::compare::lt(&s, &u).ok().unwrap());
        assert!(crate::compare::ge(&u, &s).ok().unwrap());
        assert!(!crate::compare::eq(&s, &int(1)).ok().unwrap());
        assert_eq!(
            crate::compare::lt(&s, &int(1)).err().unwrap().summary(),
            "TypeError: '<' not supported between instances of 'slice' and 'int'"
        );
        assert_eq!(
            crate::hash::hash(&s).err().unwrap().summary(),
            "TypeError: unhashable type: 'slice'"
        );
        assert_eq!(s.type_name(), "slice");
        assert_eq!(s.type_id(), TypeId::Slice);
    }
}
