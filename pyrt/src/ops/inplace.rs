//! Augmented assignment operators other than `+=` and `*=` (which live with
//! the sequence operations): `__isub__` and friends, else the binary operator.
//! A set updates itself in place for `-= &= |= ^=`.

use crate::error::PyResult;
use crate::value::Value;

macro_rules! inplace_ops {
    ($($name:ident => $dunder:literal, $binary:path $(, $set_op:ident)?;)*) => {$(
        #[doc = concat!("`a ", $dunder, " b` as an augmented assignment: the in-place method, else the binary operator.")]
        #[inline]
        pub fn $name(a: &Value, b: &Value) -> PyResult<Value> {
            match a {
                Value::Instance(_) => crate::object::inplace(a, b, $dunder, $binary),
                $(Value::Set(_) => crate::set::inplace(crate::set::BinOp::$set_op, a, b)
                    .unwrap_or_else(|| $binary(a, b)),)?
                _ => $binary(a, b),
            }
        }
    )*};
}

inplace_ops! {
    isub => "__isub__", super::sub, Sub;
    itruediv => "__itruediv__", super::truediv;
    ifloordiv => "__ifloordiv__", super::floordiv;
    imod => "__imod__", super::modulo;
    ipow => "__ipow__", super::pow;
    ilshift => "__ilshift__", super::lshift;
    irshift => "__irshift__", super::rshift;
    iand => "__iand__", super::bitand, And;
    ior => "__ior__", super::bitor, Or;
    ixor => "__ixor__", super::bitxor, Xor;
    imatmul => "__imatmul__", super::matmul;
}
