//! Builtin functions. (Stub: being written.)

use crate::error::PyResult;
use crate::func::KwArgs;
use crate::types::TypeId;
use crate::value::Value;

/// The builtin named `name`, if there is one.
pub fn lookup(_name: &str) -> Option<Value> { todo!() }

/// Calls a builtin type (`int(x)`, `list(it)`, ...).
pub fn construct(_t: TypeId, _args: &[Value], _kwargs: KwArgs) -> PyResult<Value> { todo!() }
