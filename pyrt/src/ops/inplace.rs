//! Augmented assignment operators other than `+=` and `*=` (which live with
//! the sequence operations): `__isub__` and friends, else the binary operator.

use crate::error::PyResult;
use crate::value::Value;

macro_rules! inplace_ops {
    ($($name:ident => $dunder:literal, $binary:path;)*) => {$(
        #[doc = concat!("`a ", $dunder, " b` as an augmented assignment: the in-place method, else the binary operator.")]
        #[inline]
        pub fn $name(a: &Value, b: &Value) -> PyResult<Value> {
            match a {
                Value::Instance(_) => crate::object::inplace(a, b, $dunder, $binary),
                _ => $binary(a, b),
            }
        }
    )*};
}

inplace_ops! {
    isub => "__isub__", super::sub;
    itruediv => "__itruediv__", super::truediv;
    ifloordiv => "__ifloordiv__", super::floordiv;
    imod => "__imod__", super::modulo;
    ipow => "__ipow__", super::pow;
    ilshift => "__ilshift__", super::lshift;
    irshift => "__irshift__", super::rshift;
    iand => "__iand__", super::bitand;
    ior => "__ior__", super::bitor;
    ixor => "__ixor__", super::bitxor;
    imatmul => "__imatmul__", super::matmul;
}
