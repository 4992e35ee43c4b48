//! Subscripts and slices: `x[i]`, `x[a:b:c]`, assignment and deletion.
//!
//! Integer subscripts accept `int` and `bool`; negative indices count from the
//! end. Slice bounds accept `None`, `int`, `bool` and objects with
//! `__index__` (huge ints clamp) and are resolved against the length as
//! CPython's `slice.indices` does. A slice object as the key of a builtin
//! sequence is the slice its parts spell; any other object (an instance with
//! its own subscript methods, a class, a mapping) gets `x[a:b:c]` as a slice
//! object key.

use std::rc::Rc;

use crate::dict::PyDict;
use crate::error::{raise, PyErr, PyResult};
use crate::list::PyList;
use crate::range::PyRange;
use crate::str::PyStr;
use crate::value::Value;

/// A slice resolved against a sequence length: `len` indices starting at
/// `start` and advancing by `step`, all within the sequence.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SliceIndices {
    /// First index (meaningful only when `len > 0`).
    pub start: i64,
    /// Exclusive bound, as `slice.indices` returns it.
    pub stop: i64,
    /// Step, never zero.
    pub step: i64,
    /// Number of indices selected.
    pub len: usize,
}

impl SliceIndices {
    /// The `k`-th selected index.
    #[inline]
    pub fn index(&self, k: usize) -> usize {
        (self.start + k as i64 * self.step) as usize
    }
}

#[cold]
fn slice_type_error() -> PyErr {
    raise::type_error("slice indices must be integers or None or have an __index__ method")
}

/// One slice bound: `None` when omitted; huge ints clamp to the i64 range.
#[inline(always)]
pub fn slice_bound(v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        _ => slice_bound_other(v),
    }
}

/// [`slice_bound`] of anything but `None` and a small int.
#[inline(never)]
fn slice_bound_other(v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::Bool(b) => Ok(Some(i64::from(*b))),
        Value::BigInt(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        })),
        // An object with `__index__` (an int subclass too) stands for its int.
        Value::Instance(_) if crate::instance::special_method(v, "__index__").is_some() => {
            slice_bound(&crate::builtins::args::index_value(v)?)
        }
        _ => Err(slice_type_error()),
    }
}

/// Resolves `lower:upper:step` against a sequence of `length` items.
#[inline]
pub fn slice_indices(
    lower: &Value,
    upper: &Value,
    step: &Value,
    length: usize,
) -> PyResult<SliceIndices> {
    let step = match slice_bound(step)? {
        None => 1,
        Some(0) => return Err(raise::value_error("slice step cannot be zero")),
        Some(s) => s.max(-i64::MAX),
    };
    let length = length as i64;
    let clamp = |bound: Option<i64>, default: i64| -> i64 {
        match bound {
            None => default,
            Some(mut i) => {
                if i < 0 {
                    i += length;
                    if i < 0 {
                        i = if step < 0 { -1 } else { 0 };
                    }
                } else if i >= length {
                    i = if step < 0 { length - 1 } else { length };
                }
                i
            }
        }
    };
    let (start_default, stop_default) = if step < 0 {
        (length - 1, -1)
    } else {
        (0, length)
    };
    let start = clamp(slice_bound(lower)?, start_default);
    let stop = clamp(slice_bound(upper)?, stop_default);
    // Unit steps (almost every slice) need no division.
    let len = match step {
        1 => (stop - start).max(0),
        -1 => (start - stop).max(0),
        _ if step < 0 && stop < start => (start - stop - 1) / (-step) + 1,
        _ if step > 0 && start < stop => (stop - start - 1) / step + 1,
        _ => 0,
    };
    Ok(SliceIndices {
        start,
        stop,
        step,
        len: len as usize,
    })
}

/// A subscript as an index for `kind` sequences (`list`, `tuple`), with CPython's errors.
#[inline]
fn seq_index(key: &Value, kind: &str) -> PyResult<i64> {
    match crate::builtin_base::view(key) {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::BigInt(_) => Err(raise::index_error(
            "cannot fit 'int' into an index-sized integer",
        )),
        _ => Err(raise::type_error(format!(
            "{kind} indices must be integers or slices, not {}",
            key.type_name()
        ))),
    }
}

/// Makes a possibly negative index absolute; `None` when out of range.
#[inline]
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let i = if i < 0 { i + len } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

/// `obj[key]`
#[inline]
pub fn getitem(obj: &Value, key: &Value) -> PyResult<Value> {
    match (obj, key) {
        (Value::List(l), Value::Int(i)) => list_item(l, *i),
        (Value::Dict(d), _) => dict_item(d, key),
        _ => getitem_slow(obj, key),
    }
}

/// `list[i]`
#[inline]
pub fn list_item(list: &PyList, i: i64) -> PyResult<Value> {
    let items = list.items.borrow();
    match normalize_index(i, items.len()) {
        Some(i) => Ok(items[i].clone()),
        None => Err(raise::index_error("list index out of range")),
    }
}

/// `dict[key]`, raising `KeyError(key)` when absent.
#[inline]
pub fn dict_item(dict: &PyDict, key: &Value) -> PyResult<Value> {
    match dict.get(key)? {
        Some(v) => Ok(v),
        None => Err(raise::key_error(key.clone())),
    }
}

fn getitem_slow(obj: &Value, key: &Value) -> PyResult<Value> {
    if let Some(s) = crate::slice::as_slice(key) {
        if let Some(result) = getitem_slice_object(obj, key, s) {
            return result;
        }
    }
    match obj {
        Value::List(l) => list_item(l, seq_index(key, "list")?),
        Value::Tuple(t) => {
            let i = seq_index(key, "tuple")?;
            match normalize_index(i, t.items.len()) {
                Some(i) => Ok(t.items[i].clone()),
                None => Err(raise::index_error("tuple index out of range")),
            }
        }
        Value::Str(s) => str_item(s, key),
        Value::Namespace(ns) => crate::module::getitem(ns, key),
        Value::InstanceDict(i) => crate::instance::dict_getitem(i, key),
        Value::Native(n) => crate::native::getitem(n, obj, key),
        Value::Bytes(b) => {
            let i = seq_index(key, "byte")?;
            match normalize_index(i, b.data.len()) {
                Some(i) => Ok(Value::Int(i64::from(b.data[i]))),
                None => Err(raise::index_error("index out of range")),
            }
        }
        Value::Range(r) => range_item(r, key),
        Value::Class(c) => crate::metaclass::class_getitem(c, obj, key),
        Value::Type(t) => crate::generic_alias::subscript_type(*t, key),
        Value::Instance(_) => {
            match crate::instance::call_special(obj, "__getitem__", std::slice::from_ref(key)) {
                Some(result) => result,
                None => Err(not_subscriptable(obj)),
            }
        }
        other => Err(not_subscriptable(other)),
    }
}

/// `obj[s]` with a slice object `s` (`key`) on a builtin sequence or a
/// native object: the slice its parts spell (`None`: `obj` takes the slice
/// object as any other key).
fn getitem_slice_object(
    obj: &Value,
    key: &Value,
    s: &crate::slice::PySlice,
) -> Option<PyResult<Value>> {
    let slice = || getslice(obj, &s.start, &s.stop, &s.step);
    match obj {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(_) => {
            Some(slice())
        }
        Value::Native(n) => Some(
            n.getslice(obj, native_slice(&s.start, &s.stop, &s.step))
                .unwrap_or_else(|| crate::native::getitem(n, obj, key)),
        ),
        _ => None,
    }
}

/// A slice object with the bounds of `x[lower:upper:step]`, for objects
/// that take slices through their subscript methods.
fn slice_object(lower: &Value, upper: &Value, step: &Value) -> Value {
    crate::slice::new(lower.clone(), upper.clone(), step.clone())
}

#[cold]
fn not_subscriptable(obj: &Value) -> PyErr {
    raise::type_error(format!("'{}' object is not subscriptable", obj.type_name()))
}

fn str_item(s: &PyStr, key: &Value) -> PyResult<Value> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::BigInt(_) => {
            return Err(raise::index_error(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        other => {
            return Err(raise::type_error(format!(
                "string indices must be integers, not '{}'",
                other.type_name()
            )))
        }
    };
    normalize_index(i, s.char_len())
        .and_then(|i| s.item(i))
        .ok_or_else(|| raise::index_error("string index out of range"))
}

fn range_item(r: &PyRange, key: &Value) -> PyResult<Value> {
    let out_of_range = || raise::index_error("range object index out of range");
    let i = match key {
        Value::BigInt(_) => return Err(out_of_range()),
        other => seq_index(other, "range")?,
    };
    let i = normalize_index(i, r.len()).ok_or_else(out_of_range)?;
    Ok(Value::Int(
        (r.start as i128 + i as i128 * r.step as i128) as i64,
    ))
}

/// `obj[key] = value`
#[inline]
pub fn setitem(obj: &Value, key: Value, value: Value) -> PyResult<()> {
    match obj {
        // A slice object as the key: `l[slice(1, 3)] = ...` is `l[1:3] = ...`.
        Value::List(_) | Value::Native(_) if crate::slice::as_slice(&key).is_some() => {
            let s = crate::slice::as_slice(&key).expect("a slice");
            setslice(obj, &s.start, &s.stop, &s.step, value)
        }
        Value::List(l) => list_setitem(l, seq_index(&key, "list")?, value),
        Value::Dict(d) => d.set(key, value),
        Value::Namespace(ns) => crate::module::setitem(ns, &key, value),
        Value::InstanceDict(i) => crate::instance::dict_setitem(i, &key, value),
        Value::Native(n) => crate::native::setitem(n, obj, &key, value),
        Value::Instance(_) if crate::instance::special_method(obj, "__setitem__").is_some() => {
            crate::instance::call_special(obj, "__setitem__", &[key, value])
                .unwrap_or(Ok(Value::None))
                .map(drop)
        }
        other => Err(raise::type_error(format!(
            "'{}' object does not support item assignment",
            other.type_name()
        ))),
    }
}

/// `list[i] = value`
#[inline]
pub fn list_setitem(list: &PyList, i: i64, value: Value) -> PyResult<()> {
    let mut items = list.items.borrow_mut();
    match normalize_index(i, items.len()) {
        Some(i) => {
            let old = std::mem::replace(&mut items[i], value);
            drop(items);
            crate::value::release(old);
            Ok(())
        }
        None => Err(raise::index_error("list assignment index out of range")),
    }
}

#[cold]
fn no_deletion(obj: &Value) -> PyErr {
    let verb = match obj {
        Value::Str(_) | Value::Tuple(_) | Value::Range(_) => "doesn't",
        _ => "does not",
    };
    raise::type_error(format!(
        "'{}' object {verb} support item deletion",
        obj.type_name()
    ))
}

/// `del obj[key]`
pub fn delitem(obj: &Value, key: &Value) -> PyResult<()> {
    match obj {
        // A slice object as the key: `del l[slice(1, 3)]` is `del l[1:3]`.
        Value::List(_)
        | Value::Native(_)
        | Value::Str(_)
        | Value::Tuple(_)
        | Value::Range(_)
        | Value::Bytes(_)
            if crate::slice::as_slice(key).is_some() =>
        {
            let s = crate::slice::as_slice(key).expect("a slice");
            delslice(obj, &s.start, &s.stop, &s.step)
        }
        Value::List(l) => {
            let i = seq_index(key, "list")?;
            let mut items = l.items.borrow_mut();
            let Some(i) = normalize_index(i, items.len()) else {
                return Err(raise::index_error("list assignment index out of range"));
            };
            let old = items.remove(i);
            drop(items);
            drop(old);
            Ok(())
        }
        Value::Dict(d) => match d.remove(key)? {
            Some(_) => Ok(()),
            None => Err(raise::key_error(key.clone())),
        },
        Value::Namespace(ns) => crate::module::delitem(ns, key),
        Value::InstanceDict(i) => crate::instance::dict_delitem(i, key),
        Value::Native(n) => crate::native::delitem(n, obj, key),
        Value::Instance(_) => {
            match crate::instance::call_special(obj, "__delitem__", std::slice::from_ref(key)) {
                Some(result) => result.map(drop),
                None => Err(no_deletion(obj)),
            }
        }
        other => Err(no_deletion(other)),
    }
}

/// `obj[lower:upper:step]` (each bound `None` when omitted)
pub fn getslice(obj: &Value, lower: &Value, upper: &Value, step: &Value) -> PyResult<Value> {
    match obj {
        Value::List(l) => {
            let items = l.items.borrow();
            let ix = slice_indices(lower, upper, step, items.len())?;
            Ok(Value::list(select(&items, &ix)))
        }
        Value::Tuple(t) => {
            let ix = slice_indices(lower, upper, step, t.items.len())?;
            if ix.step == 1 && ix.len == t.items.len() {
                return Ok(obj.clone());
            }
            Ok(Value::tuple(select(&t.items, &ix)))
        }
        Value::Bytes(b) => {
            let ix = slice_indices(lower, upper, step, b.data.len())?;
            Ok(crate::bytes::PyBytes::value(select(&b.data, &ix)))
        }
        Value::Str(s) => {
            let ix = slice_indices(lower, upper, step, s.char_len())?;
            Ok(PyStr::slice_step(
                s,
                ix.start as usize,
                ix.step as isize,
                ix.len,
            ))
        }
        Value::Range(r) => range_slice(r, lower, upper, step),
        Value::Native(n) => crate::native::getslice(n, obj, native_slice(lower, upper, step)),
        Value::Type(t) => Err(raise::type_error(format!(
            "type '{}' is not subscriptable",
            t.name()
        ))),
        Value::Instance(_) => match builtin_slice_target(obj, "__getitem__") {
            Some(base) => getslice(base, lower, upper, step),
            None => getitem(obj, &slice_object(lower, upper, step)),
        },
        // Classes, mappings and the rest take a slice object as their key.
        other => getitem(other, &slice_object(lower, upper, step)),
    }
}

/// The builtin value a slice of `obj` (an instance) applies to: its base
/// value, when its class keeps the builtin type's own special method `name`
/// (any other instance gets a slice object through its special method).
fn builtin_slice_target<'a>(obj: &'a Value, name: &str) -> Option<&'a Value> {
    let Value::Instance(i) = obj else {
        return None;
    };
    let (base, t) = (i.base()?, i.class_ref().base_type?);
    crate::builtin_base::inherits(i.class_ref(), name, t).then_some(base)
}

/// Slice bounds as a native object's slice hooks take them.
fn native_slice<'a>(
    lower: &'a Value,
    upper: &'a Value,
    step: &'a Value,
) -> crate::native::Slice<'a> {
    crate::native::Slice { lower, upper, step }
}

/// The items a resolved slice selects.
fn select<T: Clone>(items: &[T], ix: &SliceIndices) -> Vec<T> {
    if ix.len == 0 {
        return Vec::new();
    }
    if ix.step == 1 {
        let start = ix.start as usize;
        return items[start..start + ix.len].to_vec();
    }
    (0..ix.len).map(|k| items[ix.index(k)].clone()).collect()
}

/// `range[lower:upper:step]`: another range.
fn range_slice(r: &PyRange, lower: &Value, upper: &Value, step: &Value) -> PyResult<Value> {
    let ix = slice_indices(lower, upper, step, r.len())?;
    let at = |k: i64| r.start as i128 + k as i128 * r.step as i128;
    let new_step = r.step as i128 * ix.step as i128;
    let start = at(ix.start);
    let mut stop = at(ix.stop);
    if stop < i64::MIN as i128 || stop > i64::MAX as i128 {
        // Any bound past the last element selects the same values.
        let last = start + (ix.len as i128 - 1).max(0) * new_step;
        stop = last + new_step.signum();
    }
    let fits = |x: i128| i64::try_from(x).ok();
    match (fits(start), fits(stop), fits(new_step)) {
        (Some(start), Some(stop), Some(step)) => {
            Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
        }
        _ => Err(raise::overflow(
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// `obj[lower:upper:step] = value` (lists only).
pub fn setslice(
    obj: &Value,
    lower: &Value,
    upper: &Value,
    step: &Value,
    value: Value,
) -> PyResult<()> {
    if let Some(base) = builtin_slice_target(obj, "__setitem__") {
        return setslice(base, lower, upper, step, value);
    }
    if let Value::Native(n) = obj {
        return crate::native::setslice(n, obj, native_slice(lower, upper, step), value);
    }
    let Value::List(list) = obj else {
        // Instances and mappings take a slice object as their key; the rest
        // raise `setitem`'s TypeError.
        return setitem(obj, slice_object(lower, upper, step), value);
    };
    let len = list.len();
    let ix = slice_indices(lower, upper, step, len)?;
    let extended = ix.step != 1;
    let new_items = match value {
        // A list nobody else holds (`a[:k] = a[k::-1]`) gives up its items.
        Value::List(l) => match Rc::try_unwrap(l) {
            Ok(l) => std::mem::take(&mut *l.items.borrow_mut()),
            Err(l) => l.items.borrow().clone(),
        },
        // The other common case copies the items directly.
        Value::Tuple(ref t) => t.items.to_vec(),
        _ => match crate::iter::Iter::new(&value) {
            Ok(it) => it.collect()?,
            Err(_) if extended => {
                return Err(raise::type_error("must assign iterable to extended slice"))
            }
            Err(_) => return Err(raise::type_error("can only assign an iterable")),
        },
    };
    store_list_slice(list, [lower, upper, step], len, ix, new_items)
}

thread_local! {
    /// A spare buffer for the items of `a[i:j] = b[k:l]`, reused so that a
    /// slice copy allocates nothing once it has run.
    /// `ManuallyDrop`: no destructor to register, so an access is a plain
    /// thread-local read (the buffer is left to the process exit).
    static SLICE_SCRATCH: std::mem::ManuallyDrop<std::cell::Cell<Vec<Value>>> =
        const { std::mem::ManuallyDrop::new(std::cell::Cell::new(Vec::new())) };
}

/// An empty buffer for gathering slice items (the spare one when free).
fn scratch_buffer() -> Vec<Value> {
    SLICE_SCRATCH.with(|s| s.take())
}

/// Releases the buffer's items and gives it back for the next slice copy
/// (small ones only).
fn return_scratch(mut buffer: Vec<Value>) {
    crate::value::clear_values(&mut buffer);
    if buffer.capacity() <= 1 << 12 {
        let previous = SLICE_SCRATCH.with(|s| s.replace(buffer));
        if previous.capacity() == 0 {
            // The usual case (the slot was emptied by `scratch_buffer`): an
            // unallocated vector owns nothing, so no drop glue runs.
            std::mem::forget(previous);
        }
    }
}

/// The right-hand side of `a[i:j] = b[k:l]`, evaluated before the target:
/// a list's items are gathered without building a list object.
pub enum SliceSource {
    /// The items of a list's slice.
    Items(Vec<Value>),
    /// Any other slice value, as `b[k:l]` makes it.
    Value(Value),
}

/// `source[lower:upper:step]` as the value of a slice assignment.
pub fn slice_source(
    source: &Value,
    lower: &Value,
    upper: &Value,
    step: &Value,
) -> PyResult<SliceSource> {
    if let Value::List(l) = source {
        let items = l.items.borrow();
        let ix = slice_indices(lower, upper, step, items.len())?;
        let mut selected = scratch_buffer();
        if ix.len > 0 {
            let start = ix.start as usize;
            match ix.step {
                1 => selected.extend_from_slice(&items[start..start + ix.len]),
                -1 => selected.extend(items[start + 1 - ix.len..=start].iter().rev().cloned()),
                _ => selected.extend((0..ix.len).map(|k| items[ix.index(k)].clone())),
            }
        }
        return Ok(SliceSource::Items(selected));
    }
    getslice(source, lower, upper, step).map(SliceSource::Value)
}

/// `obj[lower:upper:step] = source` for a source from [`slice_source`]: a
/// plain list takes gathered items in place; everything else gets the
/// value as [`setslice`] does.
pub fn setslice_source(
    obj: &Value,
    lower: &Value,
    upper: &Value,
    step: &Value,
    source: SliceSource,
) -> PyResult<()> {
    match (obj, source) {
        (Value::List(list), SliceSource::Items(items)) => {
            let len = list.len();
            let ix = slice_indices(lower, upper, step, len)?;
            store_list_slice(list, [lower, upper, step], len, ix, items)
        }
        (_, SliceSource::Items(items)) => setslice(obj, lower, upper, step, Value::list(items)),
        (_, SliceSource::Value(value)) => setslice(obj, lower, upper, step, value),
    }
}

/// Stores `new_items` into `list[lower:upper:step]`, whose indices were
/// `ix` when the list had `len` items (collecting the items may have run
/// code that changed the list's length; the bounds are clamped again).
fn store_list_slice(
    list: &PyList,
    [lower, upper, step]: [&Value; 3],
    len: usize,
    ix: SliceIndices,
    new_items: Vec<Value>,
) -> PyResult<()> {
    let extended = ix.step != 1;
    let mut items = list.items.borrow_mut();
    // The iterable may have changed the list's length; clamp again.
    let ix = if items.len() == len {
        ix
    } else {
        slice_indices(lower, upper, step, items.len())?
    };
    if !extended {
        let start = ix.start.clamp(0, items.len() as i64) as usize;
        let stop = (start + ix.len).min(items.len());
        if stop - start == new_items.len() {
            // Same length: swap the items in; the old ones drop below and
            // the buffer is kept for the next slice copy.
            let mut removed = new_items;
            items[start..stop].swap_with_slice(&mut removed);
            drop(items);
            return_scratch(removed);
            return Ok(());
        }
        let removed: Vec<Value> = items.splice(start..stop, new_items).collect();
        drop(items);
        drop(removed);
        return Ok(());
    }
    if new_items.len() != ix.len {
        return Err(raise::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            new_items.len(),
            ix.len
        )));
    }
    let mut old = Vec::with_capacity(ix.len);
    for (k, item) in new_items.into_iter().enumerate() {
        old.push(std::mem::replace(&mut items[ix.index(k)], item));
    }
    drop(items);
    drop(old);
    Ok(())
}

/// `del obj[lower:upper:step]` (lists only).
pub fn delslice(obj: &Value, lower: &Value, upper: &Value, step: &Value) -> PyResult<()> {
    if let Some(base) = builtin_slice_target(obj, "__delitem__") {
        return delslice(base, lower, upper, step);
    }
    if let Value::Native(n) = obj {
        return crate::native::delslice(n, obj, native_slice(lower, upper, step));
    }
    let Value::List(list) = obj else {
        if let Value::Instance(_) | Value::Dict(_) | Value::Namespace(_) | Value::InstanceDict(_) =
            obj
        {
            return delitem(obj, &slice_object(lower, upper, step));
        }
        return Err(raise::type_error(format!(
            "'{}' object does not support item deletion",
            obj.type_name()
        )));
    };
    let mut items = list.items.borrow_mut();
    let ix = slice_indices(lower, upper, step, items.len())?;
    if ix.len == 0 {
        return Ok(());
    }
    let removed: Vec<Value> = if ix.step == 1 {
        let start = ix.start as usize;
        items.drain(start..start + ix.len).collect()
    } else {
        // Walk the selected indices in increasing order.
        let (first, step) = if ix.step > 0 {
            (ix.index(0), ix.step as usize)
        } else {
            (ix.index(ix.len - 1), ix.step.unsigned_abs() as usize)
        };
        let mut removed = Vec::with_capacity(ix.len);
        let mut kept = Vec::with_capacity(items.len() - ix.len);
        for (i, item) in std::mem::take(&mut *items).into_iter().enumerate() {
            if i >= first && (i - first) % step == 0 && removed.len() < ix.len {
                removed.push(item);
            } else {
                kept.push(item);
            }
        }
        *items = kept;
        removed
    };
    drop(items);
    drop(removed);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(v: &[i64]) -> Value {
        Value::list(v.iter().map(|&i| Value::Int(i)).collect())
    }

    fn as_ints(v: &Value) -> Vec<i64> {
        let items: Vec<Value> = match v {
            Value::List(l) => l.items.borrow().clone(),
            Value::Tuple(t) => t.items.to_vec(),
            _ => panic!("not a sequence"),
        };
        items
            .iter()
            .map(|i| match i {
                Value::Int(i) => *i,
                _ => panic!("not an int"),
            })
            .collect()
    }

    fn text(v: &Value) -> String {
        match v {
            Value::Str(s) => s.as_str().to_string(),
            _ => panic!("not a str"),
        }
    }

    fn opt(i: Option<i64>) -> Value {
        i.map_or(Value::None, Value::Int)
    }

    fn sl(obj: &Value, a: Option<i64>, b: Option<i64>, c: Option<i64>) -> Value {
        getslice(obj, &opt(a), &opt(b), &opt(c)).ok().unwrap()
    }

    fn err(r: PyResult<impl Sized>) -> String {
        r.err().unwrap().summary()
    }

    #[test]
    fn negative_step_slices() {
        let l = ints(&[1, 2, 3, 4, 5]);
        assert_eq!(as_ints(&sl(&l, None, None, Some(-1))), [5, 4, 3, 2, 1]);
        assert_eq!(as_ints(&sl(&l, Some(-1), Some(-4), Some(-2))), [5, 3]);
        assert_eq!(
            as_ints(&sl(&l, Some(10), Some(-10), Some(-1))),
            [5, 4, 3, 2, 1]
        );
        assert_eq!(as_ints(&sl(&l, Some(3), Some(1), None)), Vec::<i64>::new());
        let s = Value::str("abcdef");
        assert_eq!(text(&sl(&s, None, None, Some(-2))), "fdb");
        assert_eq!(text(&sl(&s, Some(-100), Some(100), None)), "abcdef");
        let big = Value::from_bigint(num_bigint::BigInt::from(10).pow(30));
        let r = getslice(&l, &big, &Value::None, &Value::Int(-1))
            .ok()
            .unwrap();
        assert_eq!(as_ints(&r), [5, 4, 3, 2, 1]);
        assert_eq!(
            err(getslice(&l, &Value::None, &Value::None, &Value::Int(0))),
            "ValueError: slice step cannot be zero"
        );
        assert_eq!(
            err(getslice(&l, &Value::str("a"), &Value::None, &Value::None)),
            "TypeError: slice indices must be integers or None or have an __index__ method"
        );
    }

    #[test]
    fn range_slices() {
        let r = |start, stop, step| Value::Range(Rc::new(PyRange { start, stop, step }));
        let show = |v: &Value| crate::repr::repr(v).ok().unwrap();
        assert_eq!(
            show(&sl(&r(0, 10, 1), None, None, Some(-1))),
            "range(9, -1, -1)"
        );
        assert_eq!(
            show(&sl(&r(0, 10, 1), Some(2), Some(8), Some(3))),
            "range(2, 8, 3)"
        );
        assert_eq!(
            show(&sl(&r(0, 10, 3), None, None, Some(-1))),
            "range(9, -3, -3)"
        );
        assert_eq!(
            show(&getitem(&r(0, 10, 3), &Value::Int(-1)).ok().unwrap()),
            "9"
        );
        assert_eq!(
            err(getitem(&r(0, 3, 1), &Value::Int(3))),
            "IndexError: range object index out of range"
        );
        let huge = r(i64::MAX - 10, i64::MAX, 3);
        assert_eq!(
            as_range(&sl(&huge, None, None, None)),
            (i64::MAX - 10, i64::MAX, 3)
        );
    }

    fn as_range(v: &Value) -> (i64, i64, i64) {
        match v {
            Value::Range(r) => (r.start, r.stop, r.step),
            _ => panic!("not a range"),
        }
    }

    #[test]
    fn index_errors() {
        let l = ints(&[1, 2]);
        assert_eq!(
            as_ints(&Value::list(vec![getitem(&l, &Value::Int(-1))
                .ok()
                .unwrap()])),
            [2]
        );
        assert_eq!(
            err(getitem(&l, &Value::Int(5))),
            "IndexError: list index out of range"
        );
        assert_eq!(
            err(getitem(&l, &Value::str("a"))),
            "TypeError: list indices must be integers or slices, not str"
        );
        let big = Value::from_bigint(num_bigint::BigInt::from(10).pow(30));
        assert_eq!(
            err(getitem(&l, &big)),
            "IndexError: cannot fit 'int' into an index-sized integer"
        );
        assert!(matches!(getitem(&l, &Value::Bool(true)), Ok(Value::Int(2))));
        let s = Value::str("ab");
        assert_eq!(
            err(getitem(&s, &Value::None)),
            "TypeError: string indices must be integers, not 'NoneType'"
        );
        assert_eq!(
            err(getitem(&s, &Value::Int(2))),
            "IndexError: string index out of range"
        );
        assert_eq!(text(&getitem(&s, &Value::Int(-2)).ok().unwrap()), "a");
        let t = Value::tuple_of([]);
        assert_eq!(
            err(getitem(&t, &Value::Int(0))),
            "IndexError: tuple index out of range"
        );
        assert_eq!(
            err(getitem(&Value::Int(1), &Value::Int(0))),
            "TypeError: 'int' object is not subscriptable"
        );
        assert_eq!(
            err(setitem(&s, Value::Int(0), Value::None)),
            "TypeError: 'str' object does not support item assignment"
        );
        assert_eq!(
            err(delitem(&s, &Value::Int(0))),
            "TypeError: 'str' object doesn't support item deletion"
        );
        assert_eq!(
            err(delitem(&Value::Int(1), &Value::Int(0))),
            "TypeError: 'int' object does not support item deletion"
        );
        assert_eq!(
            err(setitem(&l, Value::Int(2), Value::None)),
            "IndexError: list assignment index out of range"
        );
    }

    #[test]
    fn slice_assignment_and_deletion() {
        let l = ints(&[1, 2, 3]);
        setslice(&l, &Value::Int(2), &Value::Int(1), &Value::None, ints(&[9]))
            .ok()
            .unwrap();
        assert_eq!(as_ints(&l), [1, 2, 9, 3]);
        setslice(&l, &Value::Int(1), &Value::None, &Value::None, l.clone())
            .ok()
            .unwrap();
        assert_eq!(as_ints(&l), [1, 1, 2, 9, 3]);
        setslice(
            &l,
            &Value::None,
            &Value::None,
            &Value::Int(-1),
            ints(&[5, 6, 7, 8, 9]),
        )
        .ok()
        .unwrap();
        assert_eq!(as_ints(&l), [9, 8, 7, 6, 5]);
        assert_eq!(
            err(setslice(
                &l,
                &Value::None,
                &Value::None,
                &Value::Int(2),
                ints(&[1])
            )),
            "ValueError: attempt to assign sequence of size 1 to extended slice of size 3"
        );
        assert_eq!(
            err(setslice(
                &l,
                &Value::None,
                &Value::None,
                &Value::Int(2),
                Value::Int(1)
            )),
            "TypeError: must assign iterable to extended slice"
        );
        assert_eq!(
            err(setslice(
                &l,
                &Value::None,
                &Value::None,
                &Value::None,
                Value::Int(1)
            )),
            "TypeError: can only assign an iterable"
        );
        let l = ints(&[1, 2, 3, 4, 5]);
        delslice(&l, &Value::None, &Value::None, &Value::Int(-2))
            .ok()
            .unwrap();
        assert_eq!(as_ints(&l), [2, 4]);
        let l = ints(&[1, 2, 3, 4, 5, 6, 7]);
        delslice(&l, &Value::Int(1), &Value::Int(6), &Value::Int(2))
            .ok()
            .unwrap();
        assert_eq!(as_ints(&l), [1, 3, 5, 7]);
        delslice(&l, &Value::Int(1), &Value::Int(3), &Value::None)
            .ok()
            .unwrap();
        assert_eq!(as_ints(&l), [1, 7]);
        delslice(&l, &Value::Int(3), &Value::Int(1), &Value::None)
            .ok()
            .unwrap();
        assert_eq!(as_ints(&l), [1, 7]);
        delitem(&l, &Value::Int(-1)).ok().unwrap();
        assert_eq!(as_ints(&l), [1]);
    }

    #[test]
    fn slice_objects_as_keys() {
        let so = |a: Option<i64>, b: Option<i64>, c: Option<i64>| {
            crate::slice::new(opt(a), opt(b), opt(c))
        };
        let l = ints(&[1, 2, 3, 4, 5]);
        let got = getitem(&l, &so(Some(1), None, Some(2))).ok().unwrap();
        assert_eq!(as_ints(&got), [2, 4]);
        let t = Value::tuple_of([Value::Int(1), Value::Int(2)]);
        let got = getitem(&t, &so(None, None, Some(-1))).ok().unwrap();
        assert_eq!(as_ints(&got), [2, 1]);
        let s = Value::str("abcdef");
        assert_eq!(
            text(&getitem(&s, &so(Some(-3), None, None)).ok().unwrap()),
            "def"
        );
        setitem(&l, so(Some(0), Some(2), None), ints(&[9]))
            .ok()
            .unwrap();
        assert_eq!(as_ints(&l), [9, 3, 4, 5]);
        delitem(&l, &so(None, None, Some(2))).ok().unwrap();
        assert_eq!(as_ints(&l), [3, 5]);
        assert_eq!(
            err(getitem(&s, &so(None, None, Some(0)))),
            "ValueError: slice step cannot be zero"
        );
        assert_eq!(
            err(delitem(&s, &so(None, None, None))),
            "TypeError: 'str' object does not support item deletion"
        );
        assert_eq!(
            err(setitem(&t, so(None, None, None), Value::None)),
            "TypeError: 'tuple' object does not support item assignment"
        );
        let d = Value::Dict(std::rc::Rc::new(PyDict::new()));
        assert_eq!(
            err(getslice(&d, &Value::Int(1), &Value::None, &Value::None)),
            "TypeError: unhashable type: 'slice'"
        );
        assert_eq!(
            err(getslice(
                &Value::Int(1),
                &Value::None,
                &Value::None,
                &Value::None
            )),
            "TypeError: 'int' object is not subscriptable"
        );
    }
}
