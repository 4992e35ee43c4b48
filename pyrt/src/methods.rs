//! Methods of builtin objects and attribute lookup. (Stub: being written.)

use crate::error::PyResult;
use crate::func::KwArgs;
use crate::value::Value;

/// `receiver.name(*args, **kwargs)`
pub fn call_method(_receiver: &Value, _name: &str, _args: &[Value], _kwargs: KwArgs) -> PyResult<Value> { todo!() }

/// `obj.name`
pub fn getattr(_obj: &Value, _name: &str) -> PyResult<Value> { todo!() }
