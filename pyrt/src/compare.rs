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

use crate::builtin_base::view;
use crate::dict::{DictView, PyDict, ViewKind};
use crate::error::{raise, ExcKind, PyErr, PyResult};
use crate::ops::{num, Num};
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

    /// The special method and its reflection (`__lt__`, `__gt__`).
    fn special_names(self) -> (&'static str, &'static str) {
        match self {
            Op::Lt => ("__lt__", "__gt__"),
            Op::Le => ("__le__", "__ge__"),
            Op::Gt => ("__gt__", "__lt__"),
            Op::Ge => ("__ge__", "__le__"),
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
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x != y),
        (Value::Float(x), Value::Float(y)) => Ok(x != y),
        _ => ne_slow(a, b),
    }
}

/// [`ne`] of anything but two ints or two floats: `__ne__`, else `not ==`.
#[inline(never)]
fn ne_slow(a: &Value, b: &Value) -> PyResult<bool> {
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        if let Some(result) = crate::object::compare(a, b, "__ne__", "__ne__") {
            return result;
        }
    }
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

/// The comparisons as compiled code calls them: each operand a local
/// (`&Value`) or a temporary (`Value`) released where its kind is known.
pub mod operands {
    use crate::error::PyResult;
    use crate::value::Operand;

    macro_rules! comparisons {
        ($($(#[$doc:meta])* $name:ident => $compare:path;)*) => {
            $(
                $(#[$doc])*
                #[inline(always)]
                pub fn $name(a: impl Operand, b: impl Operand) -> PyResult<bool> {
                    let result = $compare(a.value(), b.value());
                    a.release();
                    b.release();
                    result
                }
            )*
        };
    }

    comparisons! {
        /// `a == b`
        eq => super::eq;
        /// `a != b`
        ne => super::ne;
        /// `a < b`
        lt => super::lt;
        /// `a <= b`
        le => super::le;
        /// `a > b`
        gt => super::gt;
        /// `a >= b`
        ge => super::ge;
        /// `b in a` (the container first, as [`super::contains`] takes it)
        contains => super::contains;
    }
}

/// The comparisons as compiled code calls them where the result is used as
/// a value (`x = a == b`, `return a < b`), not as a condition: a
/// Python-defined special method's result comes back as it is (`__eq__` may
/// return any object); every other comparison gives a bool.
pub mod values {
    use super::Op;
    use crate::error::PyResult;
    use crate::value::{Operand, Value};

    macro_rules! comparisons {
        ($($(#[$doc:meta])* $name:ident => $compare:path, $rich:path;)*) => {
            $(
                $(#[$doc])*
                #[inline(always)]
                pub fn $name(a: impl Operand, b: impl Operand) -> PyResult<Value> {
                    let (x, y) = (a.value(), b.value());
                    // Two ints or two floats are decided inline, as in `super`.
                    let result = match (x, y) {
                        (Value::Int(_), Value::Int(_)) | (Value::Float(_), Value::Float(_)) => {
                            $compare(x, y).map(Value::Bool)
                        }
                        _ => $rich(x, y),
                    };
                    a.release();
                    b.release();
                    result
                }
            )*
        };
    }

    comparisons! {
        /// `a == b`
        eq => super::eq, eq_rich;
        /// `a != b`
        ne => super::ne, ne_rich;
        /// `a < b`
        lt => super::lt, lt_rich;
        /// `a <= b`
        le => super::le, le_rich;
        /// `a > b`
        gt => super::gt, gt_rich;
        /// `a >= b`
        ge => super::ge, ge_rich;
    }

    /// Whether a Python-defined special method may decide the comparison.
    #[inline(always)]
    fn has_instance(a: &Value, b: &Value) -> bool {
        matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_))
    }

    /// `a == b` other than two ints or two floats.
    #[inline(never)]
    fn eq_rich(a: &Value, b: &Value) -> PyResult<Value> {
        if !has_instance(a, b) {
            return super::eq(a, b).map(Value::Bool);
        }
        if let Some(ord) = super::num_cmp(a, b) {
            return Ok(Value::Bool(ord == Some(std::cmp::Ordering::Equal)));
        }
        match crate::object::rich_compare(a, b, "__eq__", "__eq__") {
            Some(result) => result,
            None => super::eq_builtin(a, b).map(Value::Bool),
        }
    }

    /// `a != b` other than two ints or two floats: `__ne__`, else the negated `==`.
    #[inline(never)]
    fn ne_rich(a: &Value, b: &Value) -> PyResult<Value> {
        if !has_instance(a, b) {
            return super::ne(a, b).map(Value::Bool);
        }
        match crate::object::rich_compare(a, b, "__ne__", "__ne__") {
            Some(result) => result,
            None => super::eq(a, b).map(|e| Value::Bool(!e)),
        }
    }

    /// An ordering other than of two ints or two floats.
    fn order_rich(op: Op, a: &Value, b: &Value) -> PyResult<Value> {
        if !has_instance(a, b) {
            return super::order(op, a, b).map(Value::Bool);
        }
        if let Some(ord) = super::num_cmp(a, b) {
            return Ok(Value::Bool(ord.is_some_and(|o| op.holds(o))));
        }
        let (name, reflected) = op.special_names();
        match crate::object::rich_compare(a, b, name, reflected) {
            Some(result) => result,
            None => super::order_builtin(op, a, b).map(Value::Bool),
        }
    }

    #[inline(never)]
    fn lt_rich(a: &Value, b: &Value) -> PyResult<Value> {
        order_rich(Op::Lt, a, b)
    }

    #[inline(never)]
    fn le_rich(a: &Value, b: &Value) -> PyResult<Value> {
        order_rich(Op::Le, a, b)
    }

    #[inline(never)]
    fn gt_rich(a: &Value, b: &Value) -> PyResult<Value> {
        order_rich(Op::Gt, a, b)
    }

    #[inline(never)]
    fn ge_rich(a: &Value, b: &Value) -> PyResult<Value> {
        order_rich(Op::Ge, a, b)
    }
}

/// Equality for the cases the inline fast path does not cover.
#[inline(never)]
fn eq_slow(a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(ord) = num_cmp(a, b) {
        return Ok(ord == Some(Ordering::Equal));
    }
    if let Some(result) = crate::object::compare(a, b, "__eq__", "__eq__") {
        return result;
    }
    eq_builtin(a, b)
}

/// Equality once no Python-defined `__eq__` has decided (part of
/// [`eq_slow`]'s frame, which deep recursion through nested lists repeats).
#[inline(always)]
fn eq_builtin(a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(result) = crate::native::compare(a, b, crate::native::CompareOp::Eq) {
        return result;
    }
    // Instances of builtin subclasses whose special methods declined
    // (`I(1) == 1.0`) compare as their values.
    let (va, vb) = (view(a), view(b));
    if !std::ptr::eq(va, a) || !std::ptr::eq(vb, b) {
        if let Some(ord) = num_cmp(va, vb) {
            return Ok(ord == Some(Ordering::Equal));
        }
    }
    match (va, vb) {
        (Value::Str(x), Value::Str(y)) => Ok(x.as_str() == y.as_str()),
        (Value::List(x), Value::List(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                return Ok(true);
            }
            // Copies, so that element comparisons calling Python code may change the lists.
            let (xs, ys) = (x.items.borrow().clone(), y.items.borrow().clone());
            seq_eq(&xs, &ys)
        }
        (Value::Tuple(x), Value::Tuple(y)) => seq_eq(&x.items, &y.items),
        (Value::Bytes(x), Value::Bytes(y)) => Ok(x.data == y.data),
        (Value::Dict(x), Value::Dict(y)) => dict_eq(x, y),
        (Value::DictView(x), Value::DictView(y)) if is_set_like(x) && is_set_like(y) => {
            Ok(x.len() == y.len() && view_subset(x, y)?)
        }
        (Value::Range(x), Value::Range(y)) => Ok(range_eq(x, y)),
        // An instance's or a module's `__dict__` compares as the dict it shows.
        (
            Value::Dict(_) | Value::InstanceDict(_) | Value::Namespace(_),
            Value::Dict(_) | Value::InstanceDict(_) | Value::Namespace(_),
        ) => dict_eq(&*as_dict(va)?, &*as_dict(vb)?),
        // Bound methods are equal when bound to the same object.
        (Value::Method(x), Value::Method(y)) => Ok(x.name == y.name && x.receiver.is(&y.receiver)),
        // Python methods: the same `__self__` and equal `__func__`.
        (Value::PyMethod(x), Value::PyMethod(y)) => {
            Ok(x.receiver.is(&y.receiver) && eq(&x.func, &y.func)?)
        }
        (Value::Set(_) | Value::FrozenSet(_), _) | (_, Value::Set(_) | Value::FrozenSet(_)) => {
            crate::set::rich_compare(crate::set::Relation::Eq, va, vb)
                .unwrap_or_else(|| Ok(a.is(b)))
        }
        _ => Ok(a.is(b)),
    }
}

/// A dict, an instance's `__dict__` or a module's namespace as a dict.
fn as_dict(v: &Value) -> PyResult<std::rc::Rc<PyDict>> {
    match v {
        Value::InstanceDict(i) => crate::instance::dict_snapshot(i),
        Value::Namespace(ns) => crate::module::snapshot(ns),
        Value::Dict(d) => Ok(d.clone()),
        other => Err(raise::type_error(format!(
            "expected a dict, not '{}'",
            other.type_name()
        ))),
    }
}

/// The ordering operators for the cases the inline fast paths do not cover.
#[inline(never)]
fn order(op: Op, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(ord) = num_cmp(a, b) {
        return Ok(ord.is_some_and(|o| op.holds(o)));
    }
    let (name, reflected) = op.special_names();
    if let Some(result) = crate::object::compare(a, b, name, reflected) {
        return result;
    }
    order_builtin(op, a, b)
}

/// An ordering once no Python-defined special method has decided (part of
/// [`order`]'s frame).
#[inline(always)]
fn order_builtin(op: Op, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(result) = crate::native::compare(a, b, op.into()) {
        return result;
    }
    // Instances of builtin subclasses whose special methods declined
    // (`I(1) < 1.5`) compare as their values.
    let (va, vb) = (view(a), view(b));
    if let Some(ord) = num_cmp(va, vb) {
        return Ok(ord.is_some_and(|o| op.holds(o)));
    }
    match (va, vb) {
        (Value::Str(x), Value::Str(y)) => Ok(op.test(&x.as_str(), &y.as_str())),
        (Value::Bytes(x), Value::Bytes(y)) => Ok(op.test(&&*x.data, &&*y.data)),
        (Value::List(x), Value::List(y)) => {
            let (xs, ys) = (x.items.borrow().clone(), y.items.borrow().clone());
            seq_order(op, &xs, &ys)
        }
        (Value::Tuple(x), Value::Tuple(y)) => seq_order(op, &x.items, &y.items),
        (Value::DictView(x), Value::DictView(y)) if is_set_like(x) && is_set_like(y) => {
            view_order(op, x, y)
        }
        (Value::Set(_) | Value::FrozenSet(_), _) | (_, Value::Set(_) | Value::FrozenSet(_)) => {
            let relation = match op {
                Op::Lt => crate::set::Relation::Lt,
                Op::Le => crate::set::Relation::Le,
                Op::Gt => crate::set::Relation::Gt,
                Op::Ge => crate::set::Relation::Ge,
            };
            crate::set::rich_compare(relation, va, vb)
                .unwrap_or_else(|| Err(not_supported(op, a, b)))
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
const TWO_POW_63: f64 = (1u64 << 63) as f64;

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
    Some(
        i.cmp(&(t as i64))
            .then_with(|| 0.0.partial_cmp(&(f - t)).unwrap_or(Ordering::Equal)),
    )
}

/// Compares a big int (outside `i64`) with a float exactly; `None` for NaN.
pub fn big_cmp_float(b: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let t = f.trunc();
    let whole = match crate::int::from_f64(t) {
        Ok(Value::Int(i)) => BigInt::from(i),
        Ok(Value::BigInt(w)) => (*w).clone(),
        _ => BigInt::zero(),
    };
    Some(
        b.cmp(&whole)
            .then_with(|| 0.0.partial_cmp(&(f - t)).unwrap_or(Ordering::Equal)),
    )
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
            ViewKind::Items => Value::tuple_of([k.key, value]),
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
#[inline]
pub fn contains(container: &Value, item: &Value) -> PyResult<bool> {
    // An int in a set: hashed inline.
    if let (Value::Set(s) | Value::FrozenSet(s), Value::Int(_)) = (container, item) {
        return s.contains(item);
    }
    contains_generic(container, item)
}

/// `item in container` for every container.
fn contains_generic(container: &Value, item: &Value) -> PyResult<bool> {
    match container {
        Value::Str(s) => match view(item) {
            Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
            other => Err(raise::type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                other.type_name()
            ))),
        },
        Value::List(l) => {
            // Index into the live list, as CPython does: an `__eq__` may change it.
            let mut i = 0;
            loop {
                let Some(x) = l.items.borrow().get(i).cloned() else {
                    return Ok(false);
                };
                if item_eq(&x, item)? {
                    return Ok(true);
                }
                i += 1;
            }
        }
        Value::Tuple(t) => slice_contains(&t.items, item),
        Value::Bytes(b) => crate::bytes::contains(&b.data, item),
        Value::Namespace(ns) => Ok(crate::module::contains(ns, item)),
        Value::InstanceDict(i) => {
            Ok(matches!(item, Value::Str(s) if i.attrs.borrow().contains_key(s.as_str())))
        }
        Value::Instance(_) | Value::Class(_) => crate::object::contains(container, item),
        Value::Native(n) => crate::native::contains(n, container, item),
        Value::Dict(d) => Ok(d.get(item)?.is_some()),
        Value::Set(s) | Value::FrozenSet(s) => s.contains(item),
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

#[cfg(test)]
#[allow(clippy::excessive_precision)] // literals exactly as CPython prints them
mod tests {
    //! Every expected value was produced by CPython 3.11.

    use std::rc::Rc;

    use super::*;
    use crate::dict::DictView;

    fn int(i: i64) -> Value {
        Value::Int(i)
    }

    fn f(x: f64) -> Value {
        Value::Float(x)
    }

    fn s(x: &str) -> Value {
        Value::str(x)
    }

    /// `2**n + delta`
    fn pow2(n: u32, delta: i64) -> Value {
        Value::from_bigint((BigInt::from(1) << n) + delta)
    }

    fn negated(v: Value) -> Value {
        crate::ops::neg(&v).unwrap()
    }

    fn message(e: PyErr) -> String {
        match e.args() {
            [Value::Str(m)] => format!("{}: {}", e.kind().name(), m.as_str()),
            _ => e.kind().name().to_string(),
        }
    }

    fn dict(pairs: &[(i64, i64)]) -> Rc<PyDict> {
        let d = PyDict::new();
        for &(k, v) in pairs {
            d.set(int(k), int(v)).unwrap();
        }
        Rc::new(d)
    }

    fn view(d: &Rc<PyDict>, kind: ViewKind) -> Value {
        Value::DictView(Rc::new(DictView {
            dict: d.clone(),
            kind,
        }))
    }

    fn range(start: i64, stop: i64, step: i64) -> Value {
        Value::Range(Rc::new(PyRange { start, stop, step }))
    }

    #[test]
    fn int_float_comparisons_are_exact() {
        let p53 = f(9007199254740992.0);
        assert!(!eq(&pow2(53, 1), &p53).unwrap());
        assert!(gt(&pow2(53, 1), &p53).unwrap());
        assert!(lt(&pow2(53, 1), &f(9007199254740994.0)).unwrap());
        assert!(eq(&pow2(63, 0), &f(2f64.powi(63))).unwrap());
        assert!(!lt(&pow2(63, 0), &f(2f64.powi(63))).unwrap());
        assert!(eq(&int(i64::MIN), &f(-(2f64.powi(63)))).unwrap());
        assert!(lt(&int(i64::MAX), &f(2f64.powi(63))).unwrap());
        assert!(!eq(&int(i64::MAX), &f(9.223372036854775807e18)).unwrap());
        assert!(lt(&int(i64::MIN), &f(-9.223372036854775e18)).unwrap());
        assert!(eq(&pow2(64, 0), &f(2f64.powi(64))).unwrap());
        assert!(gt(&pow2(64, 1), &f(2f64.powi(64))).unwrap());
        assert!(lt(&negated(pow2(64, 1)), &f(-(2f64.powi(64)))).unwrap());
        assert!(gt(&pow2(1024, 0), &f(f64::MAX)).unwrap());
        let huge = Value::from_bigint(BigInt::from(10).pow(400));
        assert!(!gt(&huge, &f(f64::INFINITY)).unwrap());
        assert!(gt(&huge, &f(1e308)).unwrap());
        assert!(lt(&negated(huge), &f(-1e308)).unwrap());
        assert!(gt(&f(0.5), &int(0)).unwrap());
        assert!(lt(&f(-0.5), &int(0)).unwrap());
        assert!(gt(&f(-0.5), &int(-1)).unwrap());
        assert!(eq(&Value::Bool(true), &f(1.0)).unwrap());
        assert!(lt(&Value::Bool(true), &f(1.5)).unwrap());
        assert!(lt(&negated(pow2(70, 0)), &int(5)).unwrap());
        assert!(lt(&pow2(70, 0), &pow2(71, 0)).unwrap());
        assert!(eq(&pow2(70, 0), &pow2(70, 0)).unwrap());
    }

    #[test]
    fn nan_is_unordered() {
        let nan = f(f64::NAN);
        assert!(!lt(&int(1), &nan).unwrap());
        assert!(!ge(&int(1), &nan).unwrap());
        assert!(ne(&int(1), &nan).unwrap());
        assert!(!eq(&nan, &f(f64::NAN)).unwrap());
        assert!(!eq(&pow2(70, 0), &nan).unwrap());
        assert!(!lt(
            &Value::tuple_of([int(1), nan]),
            &Value::tuple_of([int(1), int(2)])
        )
        .unwrap());
    }

    #[test]
    fn strings_order_by_code_point() {
        assert!(lt(&s("abc"), &s("abd")).unwrap());
        assert!(lt(&s("\u{ff}"), &s("\u{100}")).unwrap());
        assert!(lt(&s("\u{ffff}"), &s("\u{10000}")).unwrap());
        assert!(lt(&s(""), &s("a")).unwrap());
        assert!(!eq(&s("a"), &int(1)).unwrap());
    }

    #[test]
    fn sequences_compare_lexicographically() {
        let t = |items: Vec<Value>| Value::tuple(items);
        let l = |items: Vec<Value>| Value::list(items);
        assert!(lt(&t(vec![int(1), int(2)]), &t(vec![int(1), int(2), int(3)])).unwrap());
        assert!(eq(&t(vec![int(1), int(2)]), &t(vec![int(1), f(2.0)])).unwrap());
        assert!(le(&l(vec![int(1), int(2)]), &l(vec![int(1), int(2)])).unwrap());
        assert!(lt(&l(vec![int(1), int(2)]), &l(vec![int(1), int(2), int(0)])).unwrap());
        assert!(gt(&l(vec![int(2)]), &l(vec![int(1), int(5)])).unwrap());
        assert!(!eq(&l(vec![]), &t(vec![])).unwrap());
        assert!(ne(&l(vec![]), &t(vec![])).unwrap());
        assert!(eq(&l(vec![]), &l(vec![])).unwrap());
        assert_eq!(
            message(lt(&l(vec![int(1)]), &t(vec![int(1)])).unwrap_err()),
            "TypeError: '<' not supported between instances of 'list' and 'tuple'"
        );
        assert_eq!(
            message(lt(&l(vec![int(1)]), &l(vec![s("a")])).unwrap_err()),
            "TypeError: '<' not supported between instances of 'int' and 'str'"
        );
        assert_eq!(
            message(ge(&t(vec![int(1), int(2)]), &t(vec![int(1), s("a")])).unwrap_err()),
            "TypeError: '>=' not supported between instances of 'int' and 'str'"
        );
        let x = f(f64::NAN);
        assert!(eq(&l(vec![x.clone()]), &l(vec![x])).unwrap());
    }

    #[test]
    fn deep_nesting_raises_recursion_error() {
        let nest = || {
            let mut v = Value::list(vec![]);
            for _ in 0..5000 {
                v = Value::list(vec![v]);
            }
            v
        };
        let e = eq(&nest(), &nest()).unwrap_err();
        assert_eq!(e.kind(), ExcKind::RecursionError);
        assert!(eq(&int(1), &int(1)).unwrap());
    }

    #[test]
    fn comparisons_as_values_are_bools_without_instances() {
        let is = |v: PyResult<Value>, want: bool| matches!(v, Ok(Value::Bool(b)) if b == want);
        assert!(is(values::eq(int(2), int(2)), true));
        assert!(is(values::ne(Value::Float(0.5), Value::Float(0.5)), false));
        assert!(is(values::lt(int(1), Value::Float(1.5)), true));
        assert!(is(values::ge(s("b"), s("a")), true));
        assert!(is(values::eq(s("a"), int(1)), false));
        assert!(is(values::ne(Value::None, int(1)), true));
        // Locals are borrowed, temporaries moved in.
        let (x, y) = (
            Value::tuple_of([int(1), int(2)]),
            Value::tuple_of([int(1), int(3)]),
        );
        assert!(is(values::le(&x, &y), true));
        assert_eq!(
            message(values::gt(int(1), s("a")).err().expect("a TypeError")),
            "TypeError: '>' not supported between instances of 'int' and 'str'"
        );
    }

    #[test]
    fn mismatched_types() {
        assert!(eq(&Value::None, &Value::None).unwrap());
        assert!(!ne(&Value::None, &Value::None).unwrap());
        assert!(!eq(&Value::None, &int(0)).unwrap());
        assert!(ne(&Value::None, &int(0)).unwrap());
        assert_eq!(
            message(lt(&int(1), &s("a")).unwrap_err()),
            "TypeError: '<' not supported between instances of 'int' and 'str'"
        );
        assert_eq!(
            message(lt(&Value::None, &Value::None).unwrap_err()),
            "TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'"
        );
        let t = Value::Type(crate::types::TypeId::Int);
        assert!(eq(&t, &Value::Type(crate::types::TypeId::Int)).unwrap());
        assert!(!eq(&t, &Value::Type(crate::types::TypeId::Float)).unwrap());
    }

    #[test]
    fn dicts_and_views() {
        let d = dict(&[(1, 2)]);
        let e = dict(&[(1, 2), (3, 4)]);
        let (dv, ev) = (Value::Dict(d.clone()), Value::Dict(e.clone()));
        assert!(eq(&dv, &Value::Dict(dict(&[(1, 2)]))).unwrap());
        assert!(!eq(&dv, &ev).unwrap());
        assert!(eq(&ev, &Value::Dict(dict(&[(3, 4), (1, 2)]))).unwrap());
        assert!(!eq(&dv, &Value::Dict(dict(&[(1, 3)]))).unwrap());
        assert_eq!(
            message(lt(&dv, &dv).unwrap_err()),
            "TypeError: '<' not supported between instances of 'dict' and 'dict'"
        );
        let f2 = PyDict::new();
        f2.set(int(1), f(2.0)).unwrap();
        assert!(eq(&dv, &Value::Dict(Rc::new(f2))).unwrap());

        let (dk, ek) = (view(&d, ViewKind::Keys), view(&e, ViewKind::Keys));
        assert!(eq(&dk, &view(&dict(&[(1, 3)]), ViewKind::Keys)).unwrap());
        assert!(!eq(
            &view(&d, ViewKind::Items),
            &view(&dict(&[(1, 3)]), ViewKind::Items)
        )
        .unwrap());
        assert!(eq(
            &view(&d, ViewKind::Items),
            &view(&dict(&[(1, 2)]), ViewKind::Items)
        )
        .unwrap());
        assert!(!eq(&dk, &view(&d, ViewKind::Items)).unwrap());
        assert!(le(&dk, &ek).unwrap());
        assert!(gt(&ek, &dk).unwrap());
        assert!(!gt(&dk, &ek).unwrap());
        assert!(lt(&view(&d, ViewKind::Items), &view(&e, ViewKind::Items)).unwrap());
        let dvals = view(&d, ViewKind::Values);
        assert!(!eq(&dvals, &view(&d, ViewKind::Values)).unwrap());
        assert!(eq(&dvals, &dvals).unwrap());
        assert_eq!(
            message(lt(&dvals, &dvals).unwrap_err()),
            "TypeError: '<' not supported between instances of 'dict_values' and 'dict_values'"
        );
        assert_eq!(
            message(lt(&dk, &Value::list(vec![int(1)])).unwrap_err()),
            "TypeError: '<' not supported between instances of 'dict_keys' and 'list'"
        );
    }

    #[test]
    fn ranges() {
        assert!(eq(&range(0, 0, 1), &range(5, 5, 1)).unwrap());
        assert!(eq(&range(0, 3, 2), &range(0, 4, 2)).unwrap());
        assert!(eq(&range(1, 2, 1), &range(1, 5, 7)).unwrap());
        assert!(!eq(&range(1, 2, 1), &range(2, 3, 1)).unwrap());
        assert!(eq(&range(0, 10, 3), &range(0, 11, 3)).unwrap());
        assert!(!eq(&range(0, 3, 1), &Value::list(vec![int(0), int(1), int(2)])).unwrap());
        assert_eq!(
            message(lt(&range(0, 1, 1), &range(0, 2, 1)).unwrap_err()),
            "TypeError: '<' not supported between instances of 'range' and 'range'"
        );
    }

    #[test]
    fn membership() {
        assert!(contains(&s("xaby"), &s("ab")).unwrap());
        assert!(contains(&s("x"), &s("")).unwrap());
        assert!(contains(&s(""), &s("")).unwrap());
        assert_eq!(
            message(contains(&s("a"), &int(5)).unwrap_err()),
            "TypeError: 'in <string>' requires string as left operand, not int"
        );
        assert_eq!(
            message(contains(&int(5), &s("a")).unwrap_err()),
            "TypeError: argument of type 'int' is not iterable"
        );
        assert_eq!(
            message(contains(&Value::None, &int(1)).unwrap_err()),
            "TypeError: argument of type 'NoneType' is not iterable"
        );
        let l = Value::list(vec![int(1), int(2), f(3.0)]);
        assert!(contains(&l, &int(3)).unwrap());
        assert!(!contains(&l, &int(4)).unwrap());
        assert!(contains(&Value::list(vec![pow2(70, 0)]), &pow2(70, 0)).unwrap());
        assert!(contains(
            &Value::list(vec![Value::list(vec![])]),
            &Value::list(vec![])
        )
        .unwrap());
        assert!(contains(&Value::tuple_of([int(1)]), &Value::Bool(true)).unwrap());

        let d = dict(&[(1, 2)]);
        let dv = Value::Dict(d.clone());
        assert!(contains(&dv, &int(1)).unwrap());
        assert!(contains(&dv, &f(1.0)).unwrap());
        assert!(!contains(&dv, &int(2)).unwrap());
        assert_eq!(
            message(contains(&dv, &Value::list(vec![])).unwrap_err()),
            "TypeError: unhashable type: 'list'"
        );
        assert!(!contains(&view(&d, ViewKind::Keys), &s("x")).unwrap());
        let items = view(&d, ViewKind::Items);
        assert!(contains(&items, &Value::tuple_of([int(1), int(2)])).unwrap());
        assert!(!contains(&items, &Value::list(vec![int(1), int(2)])).unwrap());
        assert!(!contains(&items, &int(1)).unwrap());
        assert_eq!(
            message(contains(&items, &Value::tuple_of([Value::list(vec![]), int(2)])).unwrap_err()),
            "TypeError: unhashable type: 'list'"
        );
        let values = view(&d, ViewKind::Values);
        assert!(contains(&values, &int(2)).unwrap());
        assert!(!contains(&values, &int(1)).unwrap());
        assert!(!contains(&values, &Value::list(vec![])).unwrap());

        let it = crate::iter::PyIter::new(&Value::list(vec![s("a"), s("x"), s("y")])).unwrap();
        assert!(contains(&it, &s("x")).unwrap());
        assert!(!contains(&it, &s("a")).unwrap()); // consumed
    }

    #[test]
    fn range_membership() {
        let r = range(5, -5, -2);
        assert!(contains(&r, &int(-1)).unwrap());
        assert!(contains(&r, &int(1)).unwrap());
        assert!(contains(&r, &int(5)).unwrap());
        assert!(!contains(&r, &int(-5)).unwrap());
        assert!(!contains(&r, &int(0)).unwrap());
        let r3 = range(0, 3, 1);
        assert!(contains(&r3, &f(1.0)).unwrap());
        assert!(!contains(&r3, &f(1.5)).unwrap());
        assert!(contains(&r3, &Value::Bool(true)).unwrap());
        assert!(!contains(&r3, &s("1")).unwrap());
        assert!(!contains(&r3, &Value::list(vec![int(1)])).unwrap());
        assert!(!contains(&r3, &f(f64::NAN)).unwrap());
        assert!(!contains(&r3, &f(f64::INFINITY)).unwrap());
        assert!(!contains(&range(0, 5, 1), &pow2(70, 0)).unwrap());
        assert!(contains(&range(0, 4, 2), &f(2.0)).unwrap());
        assert!(contains(&range(i64::MIN, i64::MAX, 1), &int(i64::MAX - 1)).unwrap());
        assert!(!contains(&range(i64::MIN, i64::MAX, 1), &int(i64::MAX)).unwrap());
    }
}
