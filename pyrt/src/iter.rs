//! The iteration protocol for builtin objects: `for` loops and `iter()`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::{PyDict, ViewKind};
use crate::error::{raise, PyResult};
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
            Value::Str(s) => Iter::Str {
                s: s.clone(),
                offset: 0,
            },
            Value::Dict(d) => Iter::dict(d, ViewKind::Keys),
            Value::DictView(v) => Iter::dict(&v.dict, v.kind),
            Value::Iter(it) => Iter::Shared(it.clone()),
            other => {
                return Err(raise::type_error(format!(
                    "'{}' object is not iterable",
                    other.type_name()
                )))
            }
        })
    }

    fn dict(dict: &Rc<PyDict>, kind: ViewKind) -> Iter {
        Iter::Dict {
            dict: dict.clone(),
            kind,
            index: 0,
            len: dict.len(),
        }
    }

    /// The next item, or `None` when exhausted.
    #[inline]
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> PyResult<Option<Value>> {
        match self {
            Iter::Range { next, stop, step } => {
                let current = *next;
                let more = if *step > 0 {
                    current < *stop
                } else {
                    current > *stop
                };
                if !more {
                    return Ok(None);
                }
                // Past the end of i64 the range is finished; saturate to stop.
                *next = current.checked_add(*step).unwrap_or(*stop);
                Ok(Some(Value::Int(current)))
            }
            Iter::List { list, index } => {
                let item = list.items.borrow().get(*index).cloned();
                *index += 1;
                Ok(item)
            }
            Iter::Tuple { tuple, index } => {
                let item = tuple.items.get(*index).cloned();
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
                    return Err(raise::runtime_error(
                        "dictionary changed size during iteration",
                    ));
                }
                let Some((key, value)) = map.get_index(*index) else {
                    return Ok(None);
                };
                *index += 1;
                Ok(Some(match kind {
                    ViewKind::Keys => key.key.clone(),
                    ViewKind::Values => value.clone(),
                    ViewKind::Items => Value::tuple(vec![key.key.clone(), value.clone()]),
                }))
            }
            Iter::Shared(it) => it.next(),
            Iter::Done => Ok(None),
        }
    }

    /// Collects the remaining items into a vector.
    pub fn collect(mut self) -> PyResult<Vec<Value>> {
        let mut items = Vec::new();
        while let Some(item) = self.next()? {
            items.push(item);
        }
        Ok(items)
    }

    fn type_id(&self) -> TypeId {
        match self {
            Iter::Range { .. } => TypeId::RangeIterator,
            Iter::List { .. } | Iter::Done => TypeId::ListIterator,
            Iter::Tuple { .. } => TypeId::TupleIterator,
            Iter::Str { .. } => TypeId::StrIterator,
            Iter::Dict { kind, .. } => match kind {
                ViewKind::Keys => TypeId::DictKeyIterator,
                ViewKind::Values => TypeId::DictValueIterator,
                ViewKind::Items => TypeId::DictItemIterator,
            },
            Iter::Shared(it) => it.type_id(),
        }
    }
}

/// An iterator object (`iter(x)`): shared iteration state.
pub struct PyIter {
    state: RefCell<Iter>,
}

impl PyIter {
    /// An iterator object over `value`.
    pub fn new(value: &Value) -> PyResult<Value> {
        if let Value::Iter(it) = value {
            return Ok(Value::Iter(it.clone()));
        }
        Ok(Value::Iter(Rc::new(PyIter {
            state: RefCell::new(Iter::new(value)?),
        })))
    }

    /// The iterator's type (`list_iterator`, ...).
    pub fn type_id(&self) -> TypeId {
        self.state.borrow().type_id()
    }

    /// `next(it)`, `None` when exhausted.
    pub fn next(&self) -> PyResult<Option<Value>> {
        let mut state = self.state.borrow_mut();
        let item = state.next()?;
        if item.is_none() {
            *state = Iter::Done;
        }
        Ok(item)
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
