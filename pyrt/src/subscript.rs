//! Subscripts and slices: `x[i]`, `x[a:b:c]`, assignment and deletion. (Stub: being written.)

use crate::error::PyResult;
use crate::value::Value;

/// `obj[key]`
pub fn getitem(_obj: &Value, _key: &Value) -> PyResult<Value> { todo!() }
/// `obj[key] = value`
pub fn setitem(_obj: &Value, _key: Value, _value: Value) -> PyResult<()> { todo!() }
/// `del obj[key]`
pub fn delitem(_obj: &Value, _key: &Value) -> PyResult<()> { todo!() }
/// `obj[lower:upper:step]` (each bound `None` when omitted)
pub fn getslice(_obj: &Value, _lower: &Value, _upper: &Value, _step: &Value) -> PyResult<Value> { todo!() }
