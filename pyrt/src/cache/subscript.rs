//! Subscript sites (`obj[key]`) specialised on the container and key types.

use std::cell::Cell;

use super::binop::{observe, pair, Kind};
use crate::error::PyResult;
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
            return crate::subscript::list_item(list, *i);
        }
        observe(&self.state, pair(obj, key), CacheKind::Subscript);
        crate::subscript::getitem(obj, key)
    }

    /// `obj[key] = value`
    #[inline(always)]
    pub fn set(&self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        if let (Value::List(list), Value::Int(i)) = (obj, &key) {
            observe(&self.state, LIST_INT, CacheKind::Subscript);
            return crate::subscript::list_setitem(list, *i, value);
        }
        observe(&self.state, pair(obj, &key), CacheKind::Subscript);
        crate::subscript::setitem(obj, key, value)
    }
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
}
