//! `tuple`: an immutable sequence.

use crate::value::Value;

/// A Python tuple.
pub struct PyTuple {
    /// The elements.
    pub items: Box<[Value]>,
}

impl PyTuple {
    /// A tuple of `items`.
    pub fn new(items: Vec<Value>) -> PyTuple {
        PyTuple {
            items: items.into_boxed_slice(),
        }
    }
}
