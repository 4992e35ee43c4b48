//! Arithmetic, bitwise and unary operators with Python semantics.
//!
//! Every operator has an `#[inline]` fast path for two small ints (and two
//! floats where that is common) and falls back to a non-inlined slow path that
//! handles bools, big ints, int/float mixing, sequences and the errors.
//!
//! Files: `arith` (`+ - *`, unary `- +`, `abs()`), `div` (`/ // %`,
//! `divmod()`), `pow` (`**`), `bits` (`<< >> & | ^ ~`), `seq` (sequence
//! concatenation and repetition, `+=`, `*=`), `format` (printf-style
//! `str % args`) and `num` (coercion of numeric operands).

mod arith;
mod bigdiv;
mod bits;
mod div;
mod format;
mod inplace;
mod num;
mod pow;
mod seq;

pub use arith::{abs, add, mul, neg, pos, sub};
pub(crate) use arith::{imul_without_specials, mul_without_specials};
pub use bits::{bitand, bitor, bitxor, invert, lshift, rshift};
pub use div::{divmod, floordiv, modulo, truediv};
pub use format::percent_format;
pub use inplace::{
    iand, ifloordiv, ilshift, imatmul, imod, ior, ipow, irshift, isub, itruediv, ixor,
};
pub(crate) use num::{num, Num};
pub use pow::pow;
pub(crate) use seq::{checked_size, repeat_count};
pub use seq::{iadd, imul, join_strs};

use crate::error::{raise, PyResult};
use crate::value::Value;

/// `a @ b`: no builtin type implements matrix multiplication.
pub fn matmul(a: &Value, b: &Value) -> PyResult<Value> {
    Err(raise::unsupported_operands("@", a, b))
}

#[cfg(test)]
#[allow(clippy::approx_constant)] // literals exactly as CPython prints them
mod tests;
