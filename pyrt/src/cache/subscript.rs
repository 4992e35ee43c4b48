//! Subscript sites (`obj[key]`) specialised on the container and key types.

use std::cell::Cell;

use super::binop::{observe, pair, Kind};
use crate::error::PyResult;
use crate::list::PyList;
use crate::stats::CacheKind;
use crate::value::Value;

/// The state of a site specialised on `list[int]`.
const LIST_INT: u16 = (Kind::List as u16) << 8 | Kind::Int as u16;

/// The cache of one subscript site: the (container, key) kinds it last saw.
pub struct SubscriptSite {
    state: Cell<u16>,
}

impl Default for SubscriptSite {
    fn default() -> Self {
        Self::new()
    }
}

impl SubscriptSite {
    /// An unspecialised site.
    pub const fn new() -> Self {
        SubscriptSite {
            state: Cell::new(0),
        }
    }

    /// `obj[key]`
    #[inline(always)]
    pub fn get(&self, obj: &Value, key: &Value) -> PyResult<Value> {
        // `list[int]` inline, the other kinds through the generic path.
        if let (Value::List(list), Value::Int(i)) = (obj, key) {
            observe(&self.state, LIST_INT, CacheKind::Subscript);
            return match list_slot(list, *i) {
                Some(item) => Ok(item.clone()),
                None => crate::subscript::list_item(list, *i),
            };
        }
        observe(&self.state, pair(obj, key), CacheKind::Subscript);
        crate::subscript::getitem(obj, key)
    }

    /// `obj[key] = value`
    #[inline(always)]
    pub fn set(&self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        if let (Value::List(list), Value::Int(i)) = (obj, &key) {
            observe(&self.state, LIST_INT, CacheKind::Subscript);
            return match stored_list_slot(list, *i) {
                Some(slot) => {
                    // The old item is released after the store, with no borrow held.
                    crate::value::release(std::mem::replace(slot, value));
                    Ok(())
                }
                None => crate::subscript::list_setitem(list, *i, value),
            };
        }
        observe(&self.state, pair(obj, &key), CacheKind::Subscript);
        crate::subscript::setitem(obj, key, value)
    }
}

/// The item `list[i]` reads, when in range and the list is not being
/// written (anything else takes the checked path, which raises). A small
/// leaf function: the reference comes back in a register and the clone
/// happens at the site.
#[inline(never)]
fn list_slot(list: &PyList, i: i64) -> Option<&Value> {
    // SAFETY: `try_borrow_unguarded` fails while the items are mutably
    // borrowed, and the reference it gives is used only until the caller
    // has cloned one value, which runs no Python code and never borrows
    // the items mutably.
    let items = unsafe { list.items.try_borrow_unguarded() }.ok()?;
    items.get(crate::subscript::normalize_index(i, items.len())?)
}

/// The item `list[i] = value` overwrites, when in range and the list is
/// not borrowed (anything else takes the checked path, which raises).
#[inline(never)]
#[allow(clippy::mut_from_ref)]
fn stored_list_slot(list: &PyList, i: i64) -> Option<&mut Value> {
    // No borrow of the items may be active.
    drop(list.items.try_borrow_mut().ok()?);
    // SAFETY: no `Ref` or `RefMut` of the items exists (checked just
    // above), and the caller uses the reference only for one
    // `mem::replace` right away: nothing in between runs Python code or
    // borrows the items.
    let items = unsafe { &mut *list.items.as_ptr() };
    let index = crate::subscript::normalize_index(i, items.len())?;
    items.get_mut(index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats;

    #[test]
    fn list_and_dict_subscripts_keep_their_specialisation() {
        let list = Value::list(vec![Value::Int(7), Value::Int(8)]);
        let site = SubscriptSite::new();
        let before = stats::counts(CacheKind::Subscript);
        for _ in 0..4 {
            let v = site.get(&list, &Value::Int(-1)).expect("list[-1]");
            assert!(matches!(v, Value::Int(8)));
        }
        let after = stats::counts(CacheKind::Subscript);
        assert_eq!(after.0 - before.0, 3);
        assert_eq!(after.2 - before.2, 1);
        assert_eq!(after.3 - before.3, 0);
    }

    #[test]
    fn list_items_keep_reference_counts_and_errors_exact() {
        let shared = Value::list(vec![]);
        let count = || match &shared {
            Value::List(l) => std::rc::Rc::strong_count(l),
            _ => unreachable!(),
        };
        let list = Value::list(vec![Value::Int(1), shared.clone()]);
        let site = SubscriptSite::new();
        let read = site.get(&list, &Value::Int(1)).expect("list[1]");
        assert_eq!(count(), 3, "the list, `shared` and the read");
        drop(read);
        site.set(&list, Value::Int(-1), Value::Float(0.5))
            .expect("list[-1] = 0.5");
        assert_eq!(count(), 1, "the overwritten item is released");
        let Err(err) = site.get(&list, &Value::Int(2)) else {
            panic!("list[2] is out of range")
        };
        assert_eq!(err.message(), "list index out of range");
        let err = site
            .set(&list, Value::Int(-3), Value::None)
            .expect_err("out of range");
        assert_eq!(err.message(), "list assignment index out of range");
        let Value::List(l) = &list else {
            unreachable!()
        };
        let reader = l.items.borrow();
        assert!(stored_list_slot(l, 0).is_none(), "no write under a reader");
        assert!(matches!(list_slot(l, 0), Some(Value::Int(1))));
        drop(reader);
        let _writer = l.items.borrow_mut();
        assert!(list_slot(l, 0).is_none(), "no read under a writer");
    }
}
