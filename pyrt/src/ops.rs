//! Arithmetic, bitwise and unary operators with Python semantics.
//! (Stub: being written.)

use crate::error::PyResult;
use crate::value::Value;

macro_rules! stub_binary {
    ($($name:ident),*) => {$(
        /// Binary operator.
        pub fn $name(_a: &Value, _b: &Value) -> PyResult<Value> { todo!() }
    )*};
}
stub_binary!(add, sub, mul, truediv, floordiv, modulo, pow, lshift, rshift, bitand, bitor, bitxor, matmul, iadd, imul);

/// `-a`
pub fn neg(_a: &Value) -> PyResult<Value> { todo!() }
/// `+a`
pub fn pos(_a: &Value) -> PyResult<Value> { todo!() }
/// `~a`
pub fn invert(_a: &Value) -> PyResult<Value> { todo!() }
