//! `list`: a mutable sequence.

use std::cell::RefCell;

use crate::value::Value;

/// A Python list.
pub struct PyList {
    /// The elements. Borrows never live across calls back into Python code.
    pub items: RefCell<Vec<Value>>,
}

impl PyList {
    /// A list of `items`.
    pub fn new(items: Vec<Value>) -> PyList {
        PyList {
            items: RefCell::new(items),
        }
    }

    /// `len(list)`
    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }
}
