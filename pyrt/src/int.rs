//! `int`: arbitrary precision with an i64 fast path. (Stub: being written.)

use crate::error::PyResult;
use crate::value::Value;

/// `int(s, base)` for a str argument.
pub fn parse_int(_s: &str, _base: u32) -> PyResult<Value> { todo!() }

/// `int(f)` for a float argument.
pub fn from_f64(_f: f64) -> PyResult<Value> { todo!() }
