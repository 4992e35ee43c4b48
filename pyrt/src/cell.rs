//! Cells: variables shared between a function and the closures nested in it.

use std::cell::RefCell;
use std::rc::Rc;

use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::Value;

/// A shared variable slot (CPython's cell object). Cloning shares the slot.
#[derive(Clone, Default)]
pub struct Cell(Rc<RefCell<Option<Value>>>);

/// `NameError` for a free variable read while unbound.
#[cold]
fn unbound_free(name: &str) -> PyErr {
    PyErr::new(
        ExcKind::NameError,
        format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ),
    )
}

impl Cell {
    /// An empty (unbound) cell.
    pub fn new() -> Cell {
        Cell::default()
    }

    /// A cell holding `value` (a parameter captured by a closure).
    pub fn with(value: Value) -> Cell {
        Cell(Rc::new(RefCell::new(Some(value))))
    }

    /// Reads the variable in the function that owns it (`UnboundLocalError` if unbound).
    #[inline(always)]
    pub fn get_local(&self, name: &str) -> PyResult<Value> {
        match &*self.0.borrow() {
            Some(v) => Ok(v.clone()),
            None => Err(crate::error::raise::unbound_local(name)),
        }
    }

    /// Reads the variable from a closure (`NameError` if unbound).
    #[inline(always)]
    pub fn get_free(&self, name: &str) -> PyResult<Value> {
        match &*self.0.borrow() {
            Some(v) => Ok(v.clone()),
            None => Err(unbound_free(name)),
        }
    }

    /// Binds the variable.
    #[inline]
    pub fn set(&self, value: Value) {
        let old = self.0.replace(Some(value));
        drop(old);
    }

    /// Unbinds the variable (`del x`), raising if it was not bound.
    pub fn delete(&self, name: &str) -> PyResult<()> {
        match self.0.replace(None) {
            Some(_) => Ok(()),
            None => Err(crate::error::raise::unbound_local(name)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_the_slot() {
        let a = Cell::new();
        let b = a.clone();
        assert!(a.get_local("x").is_err());
        b.set(Value::Int(3));
        assert!(matches!(a.get_local("x"), Ok(Value::Int(3))));
        a.delete("x").unwrap();
        let err = b.get_free("x").err().unwrap();
        assert_eq!(err.kind(), ExcKind::NameError);
    }
}
