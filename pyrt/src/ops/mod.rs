//! Arithmetic, bitwise and unary operators with Python semantics.
//!
//! Every operator has an `#[inline]` fast path for two small ints (and two
//! floats where that is common) and falls back to a non-inlined slow path that
//! handles bools, big ints, int/float mixing, sequences and the errors.
//!
//! - [`arith`]: `+ - *` and unary `- +`, `abs()`.
//! - [`div`]: `/ // %` and `divmod()`.
//! - [`pow`]: `**`.
//! - [`bits`]: `<< >> & | ^ ~`.
//! - [`seq`]: sequence concatenation and repetition, `+=` and `*=`.
//! - [`format`]: printf-style `str % args`.

mod arith;
mod bits;
mod div;
mod format;
mod num;
mod pow;
mod seq;

pub use arith::{abs, add, mul, neg, pos, sub};
pub use bits::{bitand, bitor, bitxor, invert, lshift, rshift};
pub use div::{divmod, floordiv, modulo, truediv};
pub use format::percent_format;
pub use pow::pow;
pub use seq::{iadd, imul};

use crate::error::{raise, PyResult};
use crate::value::Value;

/// `a @ b`: no builtin type implements matrix multiplication.
pub fn matmul(a: &Value, b: &Value) -> PyResult<Value> {
    Err(raise::unsupported_operands("@", a, b))
}

#[cfg(test)]
mod tests;
