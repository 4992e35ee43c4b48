//! `hash()` with CPython's values for numbers and tuples. (Stub: being written.)

use crate::error::PyResult;
use crate::value::Value;

/// `hash(v)`
pub fn hash(_v: &Value) -> PyResult<i64> { todo!() }
