//! Comparison operators and membership. (Stub: being written.)

use crate::error::PyResult;
use crate::value::Value;

macro_rules! stub_cmp {
    ($($name:ident),*) => {$(
        /// Comparison operator.
        pub fn $name(_a: &Value, _b: &Value) -> PyResult<bool> { todo!() }
    )*};
}
stub_cmp!(eq, ne, lt, le, gt, ge);

/// `item in container`
pub fn contains(_container: &Value, _item: &Value) -> PyResult<bool> { todo!() }
