//! `| & - ^` with a dict keys or items view on either side: CPython's
//! `dictviews_*` functions, which build a `set` from the left operand (a
//! keys view through its dict) and combine it with any iterable.

use std::rc::Rc;

use crate::dict::{DictView, PyDict, ViewKind};
use crate::error::PyResult;
use crate::value::Value;

use super::{BinOp, PySet};

/// The view, if `v` is a dict keys or items view.
fn set_like_view(v: &Value) -> Option<&Rc<DictView>> {
    match v {
        Value::DictView(view) if view.kind != ViewKind::Values => Some(view),
        _ => None,
    }
}

/// `a op b` when either operand is a keys/items view; `None` otherwise.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if set_like_view(a).is_none() && set_like_view(b).is_none() {
        return None;
    }
    let result = match op {
        BinOp::Or => to_set(a).and_then(|set| set.update_from(b).map(|()| set)),
        BinOp::Sub => to_set(a).and_then(|set| set.difference_update(b).map(|()| set)),
        BinOp::And => intersect(a, b),
        BinOp::Xor => match (set_like_view(a), set_like_view(b)) {
            (Some(x), Some(y)) if x.kind == ViewKind::Items && y.kind == ViewKind::Items => {
                items_xor(&x.dict, &y.dict)
            }
            _ => to_set(a).and_then(|set| set.symmetric_difference_update(b).map(|()| set)),
        },
    };
    Some(result.map(|set| Value::Set(Rc::new(set))))
}

/// `set(v)`, reading a keys view through its dict (presized, known hashes).
fn to_set(v: &Value) -> PyResult<PySet> {
    match set_like_view(v) {
        Some(view) if view.kind == ViewKind::Keys => {
            PySet::from_value(&Value::Dict(view.dict.clone()))
        }
        _ => PySet::from_value(v),
    }
}

/// `view & other` (either order): a larger `set` intersects itself with the
/// view; otherwise the smaller operand is iterated against the view.
fn intersect(a: &Value, b: &Value) -> PyResult<PySet> {
    let (mut view, mut other) = if set_like_view(a).is_some() {
        (a, b)
    } else {
        (b, a)
    };
    let view_len = crate::builtins::len(view)?;
    if let Value::Set(set) = other {
        if view_len <= set.len() {
            return set.intersection(view);
        }
    }
    if let Some(o) = set_like_view(other) {
        if o.len() > view_len {
            std::mem::swap(&mut view, &mut other);
        }
    }
    let result = PySet::new();
    let mut it = crate::iter::Iter::new(other)?;
    while let Some(key) = it.next()? {
        if crate::compare::contains(view, &key)? {
            result.add(key)?;
        }
    }
    Ok(result)
}

/// `d1.items() ^ d2.items()`: pairs of `d2` not equal in `d1`, then the
/// pairs of `d1` whose key `d2` lacks or maps to something else.
fn items_xor(d1: &PyDict, d2: &PyDict) -> PyResult<PySet> {
    let remaining = Rc::new(d1.copy());
    let result = PySet::new();
    for (key, value2) in d2.entries() {
        let value1 = remaining.map.borrow().get(&key).cloned();
        let equal = match &value1 {
            Some(v1) => v1.is(&value2) || crate::compare::eq(v1, &value2)?,
            None => false,
        };
        if equal {
            let removed = remaining.map.borrow_mut().shift_remove(&key);
            drop(removed);
        } else {
            result.add(Value::tuple_of([key.key, value2]))?;
        }
    }
    result.update_from(&crate::dict::view(&remaining, ViewKind::Items))?;
    Ok(result)
}
