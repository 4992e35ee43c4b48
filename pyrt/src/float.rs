//! `float`: CPython's repr and parsing. (Stub: being written.)

use crate::error::PyResult;

/// `repr(f)`
pub fn repr(_f: f64) -> String { todo!() }

/// `float(s)` for a str argument.
pub fn parse_float(_s: &str) -> PyResult<f64> { todo!() }
