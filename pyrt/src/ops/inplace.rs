//! Augmented assignment operators other than `+=` and `*=` (which live with
//! the sequence operations): `__isub__` and friends, else the binary operator.
//! A set updates itself in place for `-= &= |= ^=`.

use crate::error::PyResult;
use crate::value::Value;

macro_rules! inplace_ops {
    ($($name:ident => $dunder:literal, $binary:path, $symbol:literal, $augmented:literal $(, $set_op:ident)?;)*) => {$(
        #[doc = concat!("`a ", $dunder, " b` as an augmented assignment: the in-place method, else the binary operator.")]
        #[inline]
        pub fn $name(a: &Value, b: &Value) -> PyResult<Value> {
            let result = match a {
                Value::Instance(_) => crate::object::inplace(a, b, $dunder, $binary),
                $(Value::Set(_) => crate::set::inplace(crate::set::BinOp::$set_op, a, b)
                    .unwrap_or_else(|| $binary(a, b)),)?
                _ => $binary(a, b),
            };
            result.map_err(|err| retarget(err, $symbol, $augmented, a, b))
        }
    )*};
}

inplace_ops! {
    isub => "__isub__", super::sub, "-", "-=", Sub;
    itruediv => "__itruediv__", super::truediv, "/", "/=";
    ifloordiv => "__ifloordiv__", super::floordiv, "//", "//=";
    imod => "__imod__", super::modulo, "%", "%=";
    ipow => "__ipow__", super::pow, "** or pow()", "**=";
    ilshift => "__ilshift__", super::lshift, "<<", "<<=";
    irshift => "__irshift__", super::rshift, ">>", ">>=";
    iand => "__iand__", super::bitand, "&", "&=", And;
    ior => "__ior__", super::bitor, "|", "|=", Or;
    ixor => "__ixor__", super::bitxor, "^", "^=", Xor;
    imatmul => "__imatmul__", super::matmul, "@", "@=";
}

/// The error of `a op= b` that fell back to the binary operator: when the
/// runtime found no implementation, CPython names the augmented operator
/// (`unsupported operand type(s) for +=`), not the binary one. Any other
/// error, and one raised by Python code, passes through unchanged.
#[cold]
pub(crate) fn retarget(
    err: crate::error::PyErr,
    symbol: &str,
    augmented: &str,
    a: &Value,
    b: &Value,
) -> crate::error::PyErr {
    let unsupported = |symbol| crate::error::raise::unsupported_operands(symbol, a, b);
    if err.is_fresh()
        && err.kind() == crate::error::ExcKind::TypeError
        && err.message() == unsupported(symbol).message()
    {
        unsupported(augmented)
    } else {
        err
    }
}
