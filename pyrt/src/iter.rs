//! The iteration protocol for builtin objects: `for` loops and `iter()`.
//!
//! [`Iter`] is the state of one iteration: over a builtin container (its
//! `next` calls no Python code) or over a Python-level iterator (`Object`,
//! `Generator`).
//! [`PyIter`] is an iterator object (a `Value::Iter`): a builtin container's
//! state behind a `RefCell` (`iter(xs)`, `reversed(xs)`), a Python-level
//! iterator, or one of the lazy builtins (`enumerate`, `zip`, `map`,
//! `filter`, see [`crate::builtins::lazy`]); the last two may call Python
//! code, so they hold no borrow across calls.

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtins::lazy::Lazy;
use crate::dict::{PyDict, ViewKind};
use crate::error::{raise, PyResult};
use crate::generator::PyGenerator;
use crate::list::PyList;
use crate::str::PyStr;
use crate::tuple::PyTuple;
use crate::types::TypeId;
use crate::value::Value;

/// The state of an iteration over a builtin object.
pub enum Iter {
    /// Over a range: the next value, the bound and the step.
    Range { next: i64, stop: i64, step: i64 },
    /// Over a list, by index (sees appends made during the loop, as CPython does).
    List { list: Rc<PyList>, index: usize },
    /// Over a tuple.
    Tuple { tuple: Rc<PyTuple>, index: usize },
    /// Over a bytes object (its items are ints).
    Bytes {
        bytes: Rc<crate::bytes::PyBytes>,
        index: usize,
    },
    /// Over a str, by byte offset.
    Str { s: Rc<PyStr>, offset: usize },
    /// Over a dict's keys, values or items; `len` detects resizing during iteration.
    Dict {
        dict: Rc<PyDict>,
        kind: ViewKind,
        index: usize,
        len: usize,
    },
    /// Over an iterator object (`iter(x)`), sharing its state.
    Shared(Rc<PyIter>),
    /// Over a Python-defined iterator: calls its `__next__`.
    Object(Value),
    /// Over a generator: resumes it.
    Generator(Rc<PyGenerator>),
    /// `left` more ints from `next` by `step` (a reversed range, which may
    /// end at the very edge of `i64`).
    Count { next: i64, step: i64, left: u64 },
    /// A list backwards: the next item is at `left - 1`; `left == 0` is exhausted
    /// for good, even if the list grows again (as in CPython).
    ListReverse { list: Rc<PyList>, left: usize },
    /// A tuple backwards.
    TupleReverse { tuple: Rc<PyTuple>, left: usize },
    /// A str backwards, by the byte offset of the end of the next character.
    StrReverse { s: Rc<PyStr>, end: usize },
    /// A dict's keys, values or items backwards; `len` detects resizing.
    DictReverse {
        dict: Rc<PyDict>,
        kind: ViewKind,
        left: usize,
        len: usize,
    },
    /// Over a set or frozenset by slot; `used` (the length when the iteration
    /// started) detects a change of size.
    Set {
        set: Rc<crate::set::PySet>,
        pos: usize,
        used: usize,
    },
    /// Over a native sequence by position (sees appends made during the
    /// loop, as CPython's sequence iterators do).
    Native {
        object: Rc<crate::native::Native>,
        index: usize,
    },
    /// Exhausted.
    Done,
}

impl Iter {
    /// `iter(value)` for the purpose of a loop.
    pub fn new(value: &Value) -> PyResult<Iter> {
        Ok(match value {
            Value::Range(r) => Iter::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            },
            Value::List(l) => Iter::List {
                list: l.clone(),
                index: 0,
            },
            Value::Tuple(t) => Iter::Tuple {
                tuple: t.clone(),
                index: 0,
            },
            Value::Namespace(ns) => Iter::new(&Value::Dict(crate::module::snapshot(ns)?))?,
            Value::InstanceDict(i) => Iter::new(&Value::Dict(crate::instance::dict_snapshot(i)?))?,
            Value::Bytes(b) => Iter::Bytes {
                bytes: b.clone(),
                index: 0,
            },
            Value::Str(s) => Iter::Str {
                s: s.clone(),
                offset: 0,
            },
            Value::Dict(d) => Iter::dict(d, ViewKind::Keys),
            Value::Set(s) | Value::FrozenSet(s) => Iter::Set {
                set: s.clone(),
                pos: 0,
                used: s.len(),
            },
            Value::DictView(v) => Iter::dict(&v.dict, v.kind),
            Value::Iter(it) => Iter::Shared(it.clone()),
            Value::Instance(_) | Value::Class(_) => Iter::over(crate::object::iter(value)?),
            Value::Generator(g) => Iter::Generator(g.clone()),
            Value::Native(n) => match n.iter(value) {
                Some(items) => Iter::new(&items?)?,
                None if n.length().is_some() => Iter::Native {
                    object: n.clone(),
                    index: 0,
                },
                None => return Err(not_iterable(value)),
            },
            other => return Err(not_iterable(other)),
        })
    }

    /// The iteration over `iterator`, an object `iter()` returned.
    fn over(iterator: Value) -> Iter {
        match iterator {
            Value::Generator(g) => Iter::Generator(g),
            other => Iter::Object(other),
        }
    }

    fn dict(dict: &Rc<PyDict>, kind: ViewKind) -> Iter {
        Iter::Dict {
            dict: dict.clone(),
            kind,
            index: 0,
            len: dict.len(),
        }
    }

    /// An iterator with nothing left (what a stepped generator's loop
    /// iterator is before its loop starts and after it ends).
    pub fn exhausted() -> Iter {
        Iter::Done
    }

    /// The next item, or `None` when exhausted.
    #[inline(always)]
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> PyResult<Option<Value>> {
        // Ranges, generators and lists inline, where the loop is; everything
        // else in one call.
        if let Iter::Range { next, stop, step } = self {
            return Ok(range_step(next, *stop, *step));
        }
        if let Iter::Generator(g) = self {
            return g.next_item();
        }
        if let Iter::List { list, index } = self {
            let item = list.items.borrow().get(*index).cloned();
            *index += 1;
            return Ok(item);
        }
        self.next_other()
    }

    /// `next` for all but ranges, generators and lists.
    #[inline(never)]
    fn next_other(&mut self) -> PyResult<Option<Value>> {
        match self {
            // Stepped inline by `next`, which never calls this for them.
            Iter::Generator(_) | Iter::Range { .. } | Iter::List { .. } => self.next(),
            Iter::Tuple { tuple, index } => {
                let item = tuple.items.get(*index).cloned();
                *index += 1;
                Ok(item)
            }
            Iter::Bytes { bytes, index } => {
                let item = bytes.data.get(*index).map(|b| Value::Int(i64::from(*b)));
                *index += 1;
                Ok(item)
            }
            Iter::Str { s, offset } => {
                let text = s.as_str();
                match text[*offset..].chars().next() {
                    Some(c) => {
                        *offset += c.len_utf8();
                        Ok(Some(crate::str::char_value(c)))
                    }
                    None => Ok(None),
                }
            }
            Iter::Dict {
                dict,
                kind,
                index,
                len,
            } => {
                let map = dict.map.borrow();
                if map.len() != *len {
                    *len = usize::MAX;
                    return Err(dict_resized());
                }
                let Some((key, value)) = map.get_index(*index) else {
                    return Ok(None);
                };
                *index += 1;
                Ok(Some(dict_entry(*kind, &key.key, value)))
            }
            Iter::Shared(it) => it.next(),
            Iter::Object(it) => crate::object::next(it),
            Iter::Set { set, pos, used } => set.iter_next(pos, used),
            Iter::Done => Ok(None),
            _ => self.next_reversed(),
        }
    }

    /// `next` for the reverse iterators and native sequences, kept out of
    /// the hot loop above.
    #[inline(never)]
    fn next_reversed(&mut self) -> PyResult<Option<Value>> {
        match self {
            Iter::Count { next, step, left } => {
                if *left == 0 {
                    return Ok(None);
                }
                let current = *next;
                *left -= 1;
                // The last step may leave i64; it is never used then.
                *next = current.wrapping_add(*step);
                Ok(Some(Value::Int(current)))
            }
            Iter::ListReverse { list, left } => {
                let item = match left.checked_sub(1) {
                    Some(i) => list.items.borrow().get(i).cloned(),
                    None => None,
                };
                *left = if item.is_some() { *left - 1 } else { 0 };
                Ok(item)
            }
            Iter::TupleReverse { tuple, left } => {
                if *left == 0 {
                    return Ok(None);
                }
                *left -= 1;
                Ok(tuple.items.get(*left).cloned())
            }
            Iter::StrReverse { s, end } => match s.as_str()[..*end].chars().next_back() {
                Some(c) => {
                    *end -= c.len_utf8();
                    Ok(Some(crate::str::char_value(c)))
                }
                None => Ok(None),
            },
            Iter::DictReverse {
                dict,
                kind,
                left,
                len,
            } => {
                let map = dict.map.borrow();
                if map.len() != *len {
                    *len = usize::MAX;
                    return Err(dict_resized());
                }
                if *left == 0 {
                    return Ok(None);
                }
                *left -= 1;
                Ok(map
                    .get_index(*left)
                    .map(|(key, value)| dict_entry(*kind, &key.key, value)))
            }
            Iter::Native { object, index } => match object.item_at(*index) {
                Some(item) => {
                    *index += 1;
                    item.map(Some)
                }
                None => {
                    // Exhausted for good, even if the sequence grows again.
                    *self = Iter::Done;
                    Ok(None)
                }
            },
            _ => Ok(None),
        }
    }

    /// Collects the remaining items into a vector.
    pub fn collect(mut self) -> PyResult<Vec<Value>> {
        let hint = match &self {
            Iter::Dict { dict, index, .. } => dict.len().saturating_sub(*index),
            _ => 0,
        };
        let mut items = Vec::with_capacity(hint);
        while let Some(item) = self.next()? {
            items.push(item);
        }
        Ok(items)
    }

    /// The type of an iterator object holding this state.
    fn type_id(&self) -> TypeId {
        match self {
            Iter::Range { .. } | Iter::Count { .. } => TypeId::RangeIterator,
            Iter::List { .. } | Iter::Done => TypeId::ListIterator,
            Iter::Tuple { .. } => TypeId::TupleIterator,
            Iter::Bytes { .. } => TypeId::BytesIterator,
            Iter::Str { .. } => TypeId::StrIterator,
            Iter::Dict { kind, .. } => match kind {
                ViewKind::Keys => TypeId::DictKeyIterator,
                ViewKind::Values => TypeId::DictValueIterator,
                ViewKind::Items => TypeId::DictItemIterator,
            },
            Iter::Shared(it) => it.type_id(),
            Iter::Set { .. } => TypeId::SetIterator,
            Iter::Native { .. } => TypeId::Object,
            Iter::Object(it) => it.type_id(),
            Iter::Generator(_) => TypeId::Generator,
            Iter::ListReverse { .. } => TypeId::ListReverseIterator,
            Iter::TupleReverse { .. } | Iter::StrReverse { .. } => TypeId::Reversed,
            Iter::DictReverse { kind, .. } => match kind {
                ViewKind::Keys => TypeId::DictReverseKeyIterator,
                ViewKind::Values => TypeId::DictReverseValueIterator,
                ViewKind::Items => TypeId::DictReverseItemIterator,
            },
        }
    }
}

/// What a dict iterator of `kind` yields for one entry.
#[inline]
fn dict_entry(kind: ViewKind, key: &Value, value: &Value) -> Value {
    match kind {
        ViewKind::Keys => key.clone(),
        ViewKind::Values => value.clone(),
        ViewKind::Items => Value::tuple_of([key.clone(), value.clone()]),
    }
}

/// `RuntimeError: dictionary changed size during iteration`
#[cold]
fn dict_resized() -> crate::error::PyErr {
    raise::runtime_error("dictionary changed size during iteration")
}

/// An iterator object (`iter(x)`, `enumerate(x)`, ...).
pub struct PyIter {
    /// Fixed at creation, so `type(it)` needs no borrow and survives exhaustion.
    ty: TypeId,
    body: Body,
}

/// How an iterator object keeps its state.
enum Body {
    /// Over a builtin container: `Iter::next` never calls Python code here
    /// (`Iter::Object` and `Iter::Generator` go to `Body::Object`), so the
    /// borrow cannot be re-entered.
    State(RefCell<Iter>),
    /// A lazy builtin that may call Python code; it borrows nothing across calls.
    Lazy(Lazy),
    /// A Python-level iterator (a generator, an object with `__next__`)
    /// that a lazy builtin pulls from: called without any borrow held.
    Object(Value),
}

impl PyIter {
    /// `iter(value)`: an iterator object over `value` (an iterator is its own).
    #[allow(clippy::new_ret_no_self)] // `iter(it)` returns `it` itself, as a value
    pub fn new(value: &Value) -> PyResult<Value> {
        Ok(Value::Iter(PyIter::of(value)?))
    }

    /// `iter(value)` as the object itself, for iterators built on other iterators.
    pub fn of(value: &Value) -> PyResult<Rc<PyIter>> {
        match value {
            Value::Iter(it) => Ok(it.clone()),
            other => Ok(PyIter::from_state(Iter::new(other)?)),
        }
    }

    /// An iterator object running `state`, typed after it.
    pub fn from_state(state: Iter) -> Rc<PyIter> {
        let ty = state.type_id();
        let body = match state {
            // Its `next` calls Python code, so it must not run inside a borrow.
            Iter::Object(object) => Body::Object(object),
            Iter::Generator(g) => Body::Object(Value::Generator(g)),
            state => Body::State(RefCell::new(state)),
        };
        Rc::new(PyIter { ty, body })
    }

    /// An iterator object for a lazy builtin.
    pub fn lazy(lazy: Lazy) -> Value {
        Value::Iter(Rc::new(PyIter {
            ty: lazy.type_id(),
            body: Body::Lazy(lazy),
        }))
    }

    /// The iterator's type (`list_iterator`, `zip`, ...).
    pub fn type_id(&self) -> TypeId {
        self.ty
    }

    /// `next(it)`, `None` when exhausted.
    pub fn next(&self) -> PyResult<Option<Value>> {
        match &self.body {
            Body::State(state) => {
                let mut state = state.borrow_mut();
                let item = state.next()?;
                if item.is_none() {
                    *state = Iter::Done;
                }
                Ok(item)
            }
            Body::Lazy(lazy) => match lazy.next() {
                // A StopIteration escaping the Python code it called ends the
                // iteration, as it does for CPython's callers of `tp_iternext`.
                Err(e) if e.kind() == crate::error::ExcKind::StopIteration => Ok(None),
                other => other,
            },
            Body::Object(object) => crate::object::next(object),
        }
    }
}

/// Collects any iterable into a vector (`list(x)`).
pub fn collect(value: &Value) -> PyResult<Vec<Value>> {
    match value {
        Value::List(l) => Ok(l.items.borrow().clone()),
        Value::Tuple(t) => Ok(t.items.to_vec()),
        other => Iter::new(other)?.collect(),
    }
}

/// `TypeError: 'T' object is not iterable`
fn not_iterable(value: &Value) -> crate::PyErr {
    raise::type_error(format!("'{}' object is not iterable", value.type_name()))
}

/// The next int of a range iterator at `next`, advancing it; `None` past `stop`.
#[inline(always)]
fn range_step(next: &mut i64, stop: i64, step: i64) -> Option<Value> {
    let current = *next;
    let more = if step > 0 {
        current < stop
    } else {
        current > stop
    };
    if !more {
        return None;
    }
    // Past the end of i64 the range is finished; saturate to stop.
    *next = current.checked_add(step).unwrap_or(stop);
    Some(Value::Int(current))
}
