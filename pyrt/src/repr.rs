//! `repr()` and `str()` of every value. (Stub: being written.)

use crate::error::PyResult;
use crate::value::Value;

/// `repr(v)`
pub fn repr(_v: &Value) -> PyResult<String> { todo!() }

/// `str(v)`
pub fn str_of(_v: &Value) -> PyResult<String> { todo!() }
