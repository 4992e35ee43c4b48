//! Sets in the generic protocols: the operators `| & - ^` and their in-place
//! forms, comparisons, `hash(frozenset)`, the `set()`/`frozenset()`
//! constructors and set displays.

use std::rc::Rc;

use crate::error::{raise, PyResult};
use crate::func::KwArgs;
use crate::value::Value;

use super::{any_set, PySet, SetKind};

/// A binary set operator.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    /// `|` (union)
    Or,
    /// `&` (intersection)
    And,
    /// `-` (difference)
    Sub,
    /// `^` (symmetric difference)
    Xor,
}

impl BinOp {
    /// The augmented-assignment spelling, for error messages.
    fn inplace_symbol(self) -> &'static str {
        match self {
            BinOp::Or => "|=",
            BinOp::And => "&=",
            BinOp::Sub => "-=",
            BinOp::Xor => "^=",
        }
    }
}

/// `a op b` when both operands are sets or frozensets (the result has the
/// type of `a`) or either is a dict keys/items view (the result is a set);
/// `None` otherwise, so the caller reports the usual `TypeError`.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    match (SetKind::of(a), any_set(b)) {
        (Some((kind, left)), Some(_)) => Some(apply(op, left, b).map(|set| kind.wrap(set))),
        _ => super::views::binary(op, a, b),
    }
}

/// The new set `left op right`.
fn apply(op: BinOp, left: &PySet, right: &Value) -> PyResult<PySet> {
    match op {
        BinOp::Or => left.union(std::slice::from_ref(right)),
        BinOp::And => left.intersection(right),
        BinOp::Sub => left.difference(right),
        BinOp::Xor => left.symmetric_difference(right),
    }
}

/// `a op= b` when `a` is a set: updates it in place and returns it. `None`
/// when `a` is not a set (a frozenset gets the binary operator) or `b` is an
/// instance (whose reflected method may apply).
pub fn inplace(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let Value::Set(set) = a else {
        return None;
    };
    if matches!(b, Value::Instance(_)) {
        return None;
    }
    if any_set(b).is_none() {
        return Some(Err(raise::unsupported_operands(op.inplace_symbol(), a, b)));
    }
    let done = match op {
        BinOp::Or => set.update_from(b),
        BinOp::And => set.intersection_update(std::slice::from_ref(b)),
        BinOp::Sub => set.difference_update(b),
        BinOp::Xor => set.symmetric_difference_update(b),
    };
    Some(done.map(|()| a.clone()))
}

/// A comparison between sets.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Relation {
    /// `==`
    Eq,
    /// `<` (proper subset)
    Lt,
    /// `<=` (subset)
    Le,
    /// `>` (proper superset)
    Gt,
    /// `>=` (superset)
    Ge,
}

/// `a rel b` when both are sets or frozensets, or one is a set and the other
/// a dict keys/items view (compared like a set); `None` for other operands.
pub fn rich_compare(rel: Relation, a: &Value, b: &Value) -> Option<PyResult<bool>> {
    match (any_set(a), any_set(b)) {
        (Some(x), Some(y)) => Some(compare_sets(rel, x, y)),
        (Some(_), None) | (None, Some(_)) if is_set_like_view(a) || is_set_like_view(b) => {
            Some(compare_set_likes(rel, a, b))
        }
        _ => None,
    }
}

/// Subset and superset relations between two sets.
fn compare_sets(rel: Relation, a: &PySet, b: &PySet) -> PyResult<bool> {
    let (na, nb) = (a.len(), b.len());
    match rel {
        Relation::Eq => {
            if na != nb {
                return Ok(false);
            }
            if let (Some(x), Some(y)) = (a.hash.get(), b.hash.get()) {
                if x != y {
                    return Ok(false);
                }
            }
            a.is_subset_of(b)
        }
        Relation::Le => a.is_subset_of(b),
        Relation::Ge => b.is_subset_of(a),
        Relation::Lt => Ok(na < nb && a.is_subset_of(b)?),
        Relation::Gt => Ok(na > nb && b.is_subset_of(a)?),
    }
}

/// Whether `v` is a dict view that compares like a set (keys or items).
fn is_set_like_view(v: &Value) -> bool {
    matches!(v, Value::DictView(view) if view.kind != crate::dict::ViewKind::Values)
}

/// A set against a keys/items view: CPython leaves it to the view, which
/// checks the lengths and then membership of one side's elements in the other.
fn compare_set_likes(rel: Relation, a: &Value, b: &Value) -> PyResult<bool> {
    let (na, nb) = (crate::builtins::len(a)?, crate::builtins::len(b)?);
    match rel {
        // The view's `__eq__` runs (reflected or not): it iterates the view.
        Relation::Eq if is_set_like_view(a) => Ok(na == nb && all_in(a, b)?),
        Relation::Eq => Ok(na == nb && all_in(b, a)?),
        Relation::Lt => Ok(na < nb && all_in(a, b)?),
        Relation::Le => Ok(na <= nb && all_in(a, b)?),
        Relation::Gt => Ok(na > nb && all_in(b, a)?),
        Relation::Ge => Ok(na >= nb && all_in(b, a)?),
    }
}

/// Whether every element of iterable `a` is in container `b`.
fn all_in(a: &Value, b: &Value) -> PyResult<bool> {
    for item in crate::iter::collect(a)? {
        if !crate::compare::contains(b, &item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// CPython's scrambling of one element hash in a frozenset hash.
fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// `hash(frozenset)`: CPython's order-independent combination of the
/// element hashes (cached in the set).
pub fn frozen_hash(set: &PySet) -> i64 {
    if let Some(h) = set.hash.get() {
        return h;
    }
    let table = set.table();
    let mut hash = table
        .entries()
        .iter()
        .fold(0u64, |acc, (h, _)| acc ^ shuffle_bits(*h as u64));
    hash ^= (table.used as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        hash = 590_923_713;
    }
    drop(table);
    set.hash.set(Some(hash as i64));
    hash as i64
}

/// `set(iterable=())` or `frozenset(iterable=())`.
pub fn construct(kind: SetKind, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let name = match kind {
        SetKind::Set => "set",
        SetKind::Frozen => "frozenset",
    };
    if !kwargs.is_empty() {
        return Err(raise::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    match args {
        [] => Ok(kind.wrap(PySet::new())),
        // frozenset(f) is f itself.
        [f @ Value::FrozenSet(_)] if kind == SetKind::Frozen => Ok(f.clone()),
        [iterable] => Ok(kind.wrap(PySet::from_value(iterable)?)),
        _ => Err(raise::type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// A set display `{a, b, c}` or a set comprehension: the items added in order.
pub fn build_set(items: Vec<Value>) -> PyResult<Value> {
    Ok(Value::Set(Rc::new(PySet::from_items(items)?)))
}

/// A set display of three or more constants (`{5, 3, 17}`, no starred
/// items). CPython compiles it to a frozenset constant (see
/// [`const_frozenset`]) copied into a new set, which can give another order
/// than adding the items.
pub fn build_const_set(items: Vec<Value>) -> PyResult<Value> {
    let constant = folded_constant(items)?;
    let set = PySet::new();
    set.merge(&constant)?;
    Ok(Value::Set(Rc::new(set)))
}

/// The frozenset constant CPython makes of a display of constants that is
/// iterated (`for x in {3, 1, 2}`, a comprehension's `in {...}`) or is the
/// right operand of `in`/`not in`: any number of items, iterated directly.
pub fn const_frozenset(items: Vec<Value>) -> PyResult<Value> {
    Ok(Value::FrozenSet(Rc::new(folded_constant(items)?)))
}

/// A folded constant: a frozenset of the items, rebuilt from its own
/// iteration order when the compiler merges equal constants.
fn folded_constant(items: Vec<Value>) -> PyResult<PySet> {
    let folded = PySet::from_items(items)?;
    PySet::from_items(folded.keys())
}
