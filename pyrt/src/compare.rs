//! Comparison operators and membership (`in`).
//!
//! Numbers compare exactly across int, big int, bool and float (no rounding
//! of either side); str compares by code point; list and tuple compare
//! lexicographically; dicts and dict key/item views compare by content.
//! Mismatched types are unequal, and ordering them raises `TypeError`.

use std::cell::Cell;
use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_traits::Zero;

use crate::dict::{DictView, PyDict, ViewKind};
use crate::error::{raise, ExcKind, PyErr, PyResult};
use crate::range::PyRange;
use crate::value::Value;

/// An ordering operator.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Op {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl Op {
    /// The operator as CPython spells it in messages.
    pub fn symbol(self) -> &'static str {
        match self {
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
        }
    }

    /// Whether an ordering satisfies the operator.
    #[inline]
    fn holds(self, ord: Ordering) -> bool {
        match self {
            Op::Lt => ord == Ordering::Less,
            Op::Le => ord != Ordering::Greater,
            Op::Gt => ord == Ordering::Greater,
            Op::Ge => ord != Ordering::Less,
        }
    }

    /// Applies the operator to two partially ordered values (`false` when unordered).
    #[inline]
    fn test<T: PartialOrd>(self, a: &T, b: &T) -> bool {
        match self {
            Op::Lt => a < b,
            Op::Le => a <= b,
            Op::Gt => a > b,
            Op::Ge => a >= b,
        }
    }
}

/// `a == b`
#[inline]
pub fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x == y),
        (Value::Float(x), Value::Float(y)) => Ok(x == y),
        (Value::Str(x), Value::Str(y)) => Ok(x.as_str() == y.as_str()),
        _ => eq_slow(a, b),
    }
}

/// `a != b`
#[inline]
pub fn ne(a: &Value, b: &Value) -> PyResult<bool> {
    eq(a, b).map(|e| !e)
}

/// `a < b`
#[inline]
pub fn lt(a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        _ => order(Op::Lt, a, b),
    }
}

/// `a <= b`
#[inline]
pub fn le(a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x <= y),
        (Value::Float(x), Value::Float(y)) => Ok(x <= y),
        _ => order(Op::Le, a, b),
    }
}

/// `a > b`
#[inline]
pub fn gt(a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x > y),
        (Value::Float(x), Value::Float(y)) => Ok(x > y),
        _ => order(Op::Gt, a, b),
    }
}

/// `a >= b`
#[inline]
pub fn ge(a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x >= y),
        (Value::Float(x), Value::Float(y)) => Ok(x >= y),
        _ => order(Op::Ge, a, b),
    }
}

/// Equality for the cases the inline fast path does not cover.
#[inline(never)]
fn eq_slow(a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(ord) = num_cmp(a, b) {
        return Ok(ord == Some(Ordering::Equal));
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Ok(x.as_str() == y.as_str()),
        (Value::List(x), Value::List(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            seq_eq(&x.items.borrow(), &y.items.borrow())
        }
        (Value::Tuple(x), Value::Tuple(y)) => seq_eq(&x.items, &y.items),
        (Value::Dict(x), Value::Dict(y)) => dict_eq(x, y),
        (Value::DictView(x), Value::DictView(y)) if is_set_like(x) && is_set_like(y) => {
            Ok(x.len() == y.len() && view_subset(x, y)?)
        }
        (Value::Range(x), Value::Range(y)) => Ok(range_eq(x, y)),
        // Bound methods are equal when bound to the same object.
        (Value::Method(x), Value::Method(y)) => Ok(x.name == y.name && x.receiver.is(&y.receiver)),
        _ => Ok(a.is(b)),
    }
}

/// The ordering operators for the cases the inline fast paths do not cover.
#[inline(never)]
fn order(op: Op, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(ord) = num_cmp(a, b) {
        return Ok(ord.is_some_and(|o| op.holds(o)));
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Ok(op.test(&x.as_str(), &y.as_str())),
        (Value::List(x), Value::List(y)) => seq_order(op, &x.items.borrow(), &y.items.borrow()),
        (Value::Tuple(x), Value::Tuple(y)) => seq_order(op, &x.items, &y.items),
        (Value::DictView(x), Value::DictView(y)) if is_set_like(x) && is_set_like(y) => {
            view_order(op, x, y)
        }
        _ => Err(not_supported(op, a, b)),
    }
}

/// `TypeError: '<' not supported between instances of 'int' and 'str'`
#[cold]
fn not_supported(op: Op, a: &Value, b: &Value) -> PyErr {
    raise::type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        a.type_name(),
        b.type_name()
    ))
}

/// One numeric operand of a comparison.
enum Num<'a> {
    Small(i64),
    Big(&'a BigInt),
    Float(f64),
}

fn num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Small(*i)),
        Value::Bool(b) => Some(Num::Small(i64::from(*b))),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::BigInt(b) => Some(Num::Big(b)),
        _ => None,
    }
}

/// Compares two numbers exactly: `None` if either is not a number,
/// `Some(None)` if they are unordered (a NaN is involved).
fn num_cmp(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    let (x, y) = (num(a)?, num(b)?);
    Some(match (x, y) {
        (Num::Small(x), Num::Small(y)) => Some(x.cmp(&y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y),
        (Num::Big(x), Num::Big(y)) => Some(x.cmp(y)),
        (Num::Small(x), Num::Float(y)) => int_cmp_float(x, y),
        (Num::Float(x), Num::Small(y)) => int_cmp_float(y, x).map(Ordering::reverse),
        (Num::Big(x), Num::Float(y)) => big_cmp_float(x, y),
        (Num::Float(x), Num::Big(y)) => big_cmp_float(y, x).map(Ordering::reverse),
        // A big int lies outside the i64 range, on the side of its sign.
        (Num::Big(x), Num::Small(_)) => Some(big_sign_order(x)),
        (Num::Small(_), Num::Big(y)) => Some(big_sign_order(y).reverse()),
    })
}

/// How a big int (outside `i64`) orders against any `i64`.
fn big_sign_order(b: &BigInt) -> Ordering {
    if b.sign() == Sign::Minus {
        Ordering::Less
    } else {
        Ordering::Greater
    }
}

/// 2**63 as a float.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;

/// Compares an `i64` with a float exactly; `None` for NaN.
pub fn int_cmp_float(i: i64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if i.unsigned_abs() <= 1 << 53 {
        // The int converts exactly.
        return (i as f64).partial_cmp(&f);
    }
    if f >= TWO_POW_63 {
        return Some(Ordering::Less);
    }
    if f < -TWO_POW_63 {
        return Some(Ordering::Greater);
    }
    // f is in the i64 range: compare integer parts, then the fraction.
    let t = f.trunc();
    Some(i.cmp(&(t as i64)).then_with(|| 0.0.partial_cmp(&(f - t)).unwrap_or(Ordering::Equal)))
}

/// Compares a big int (outside `i64`) with a float exactly; `None` for NaN.
pub fn big_cmp_float(b: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let t = f.trunc();
    let whole = match crate::int::from_f64(t) {
        Ok(Value::Int(i)) => BigInt::from(i),
        Ok(Value::BigInt(w)) => (*w).clone(),
        _ => BigInt::zero(),
    };
    Some(b.cmp(&whole).then_with(|| 0.0.partial_cmp(&(f - t)).unwrap_or(Ordering::Equal)))
}

thread_local! {
    /// Nesting depth of container comparisons in progress.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// Container comparisons nested deeper than this raise `RecursionError`.
const MAX_DEPTH: u32 = crate::frame::DEFAULT_RECURSION_LIMIT;

/// Runs `f` one container level deeper, raising `RecursionError` past [`MAX_DEPTH`].
fn nested<T>(f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    let depth = DEPTH.with(|d| d.get());
    if depth >= MAX_DEPTH {
        return Err(PyErr::new(
            ExcKind::RecursionError,
            "maximum recursion depth exceeded in comparison",
        ));
    }
    DEPTH.with(|d| d.set(depth + 1));
    let result = f();
    DEPTH.with(|d| d.set(depth));
    result
}

/// Element equality inside containers: identical objects are equal.
#[inline]
fn item_eq(a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.is(b) || eq(a, b)?)
}

/// Equality of two lists' or tuples' items.
fn seq_eq(a: &[Value], b: &[Value]) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    nested(|| {
        for (x, y) in a.iter().zip(b) {
            if !item_eq(x, y)? {
                return Ok(false);
            }
        }
        Ok(true)
    })
}

/// Lexicographic ordering: the first unequal pair decides, else the lengths.
fn seq_order(op: Op, a: &[Value], b: &[Value]) -> PyResult<bool> {
    nested(|| {
        for (x, y) in a.iter().zip(b) {
            if !item_eq(x, y)? {
                return compare(op, x, y);
            }
        }
        Ok(op.test(&a.len(), &b.len()))
    })
}

/// Applies an ordering operator.
fn compare(op: Op, a: &Value, b: &Value) -> PyResult<bool> {
    match op {
        Op::Lt => lt(a, b),
        Op::Le => le(a, b),
        Op::Gt => gt(a, b),
        Op::Ge => ge(a, b),
    }
}

/// Dict equality: the same keys, with equal values.
fn dict_eq(a: &PyDict, b: &PyDict) -> PyResult<bool> {
    if std::ptr::eq(a, b) {
        return Ok(true);
    }
    if a.len() != b.len() {
        return Ok(false);
    }
    nested(|| {
        for (key, value) in a.entries() {
            // The key carries its hash: look it up without hashing again.
            let other = b.map.borrow().get(&key).cloned();
            match other {
                Some(other) if item_eq(&value, &other)? => {}
                _ => return Ok(false),
            }
        }
        Ok(true)
    })
}

/// Whether a dict view compares like a set (keys and items do; values do not).
fn is_set_like(v: &DictView) -> bool {
    v.kind != ViewKind::Values
}

/// The elements of a keys or items view, as the view iterates them.
fn view_elements(v: &DictView) -> Vec<Value> {
    v.dict
        .entries()
        .into_iter()
        .map(|(k, value)| match v.kind {
            ViewKind::Items => Value::tuple(vec![k.key, value]),
            _ => k.key,
        })
        .collect()
}

/// Whether every element of view `a` is in view `b`.
fn view_subset(a: &DictView, b: &DictView) -> PyResult<bool> {
    nested(|| {
        for item in view_elements(a) {
            if !view_contains(b, &item)? {
                return Ok(false);
            }
        }
        Ok(true)
    })
}

/// Subset/superset ordering of set-like views.
fn view_order(op: Op, a: &DictView, b: &DictView) -> PyResult<bool> {
    let (na, nb) = (a.len(), b.len());
    Ok(match op {
        Op::Lt => na < nb && view_subset(a, b)?,
        Op::Le => na <= nb && view_subset(a, b)?,
        Op::Gt => na > nb && view_subset(b, a)?,
        Op::Ge => na >= nb && view_subset(b, a)?,
    })
}

/// Range equality: the same sequence of values.
fn range_eq(a: &PyRange, b: &PyRange) -> bool {
    let len = a.len();
    if len != b.len() {
        return false;
    }
    len == 0 || (a.start == b.start && (len == 1 || a.step == b.step))
}

/// `item in container`
pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    match container {
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
            other => Err(raise::type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                other.type_name()
            ))),
        },
        Value::List(l) => slice_contains(&l.items.borrow(), item),
        Value::Tuple(t) => slice_contains(&t.items, item),
        Value::Dict(d) => Ok(d.get(item)?.is_some()),
        Value::DictView(v) => view_contains(v, item),
        Value::Range(r) => range_contains(r, item),
        Value::Iter(it) => {
            while let Some(x) = it.next()? {
                if item_eq(&x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        other => Err(raise::type_error(format!(
            "argument of type '{}' is not iterable",
            other.type_name()
        ))),
    }
}

/// Membership in a list's or tuple's items: identity or equality.
fn slice_contains(items: &[Value], item: &Value) -> PyResult<bool> {
    for x in items {
        if item_eq(x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Membership in a dict view: by key for keys, by `(key, value)` for items.
fn view_contains(v: &DictView, item: &Value) -> PyResult<bool> {
    match v.kind {
        ViewKind::Keys => Ok(v.dict.get(item)?.is_some()),
        ViewKind::Items => {
            let Value::Tuple(pair) = item else {
                return Ok(false);
            };
            let [key, value] = &pair.items[..] else {
                return Ok(false);
            };
            match v.dict.get(key)? {
                Some(found) => item_eq(&found, value),
                None => Ok(false),
            }
        }
        ViewKind::Values => {
            for (_, value) in v.dict.entries() {
                if item_eq(&value, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// Membership in a range: arithmetic for ints and integral floats.
fn range_contains(r: &PyRange, item: &Value) -> PyResult<bool> {
    let value = match item {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::Float(f) => match crate::int::from_f64(*f) {
            Ok(Value::Int(i)) if i as f64 == *f => i,
            _ => return Ok(false),
        },
        // Range bounds are i64, so big ints and other types are never members.
        _ => return Ok(false),
    };
    let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
    let v = value as i128;
    let inside = if step > 0 {
        start <= v && v < stop
    } else {
        stop < v && v <= start
    };
    Ok(inside && (v - start) % step == 0)
}
