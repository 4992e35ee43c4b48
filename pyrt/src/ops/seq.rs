//! Sequence concatenation (`+`) and repetition (`*`) for str, list and tuple,
//! and the in-place `+=`/`*=` that mutate a list.

use std::rc::Rc;

use crate::error::{raise, PyResult};
use crate::int::memory_error;
use crate::str::PyStr;
use crate::value::Value;

/// Repetitions needing more bytes than this raise `MemoryError` up front.
const MAX_REPEAT_BYTES: usize = 1 << 40;

/// `a + b` when the operands are not both numbers (an instance of a
/// builtin subclass counts as its value: `[1] + L([2])`).
pub(super) fn concat(a: &Value, b: &Value) -> PyResult<Value> {
    let (orig_a, orig_b) = (a, b);
    let (a, b) = (crate::builtin_base::view(a), crate::builtin_base::view(b));
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Ok(join_strs(x, y)),
        (Value::List(x), Value::List(y)) => {
            let mut items = x.items.borrow().clone();
            items.extend_from_slice(&y.items.borrow());
            Ok(Value::list(items))
        }
        (Value::Tuple(x), Value::Tuple(y)) => {
            let mut items = Vec::with_capacity(x.items.len() + y.items.len());
            items.extend_from_slice(&x.items);
            items.extend_from_slice(&y.items);
            Ok(Value::tuple(items))
        }
        (Value::Bytes(x), Value::Bytes(y)) => {
            let mut data = Vec::with_capacity(x.data.len() + y.data.len());
            data.extend_from_slice(&x.data);
            data.extend_from_slice(&y.data);
            Ok(crate::bytes::PyBytes::value(data))
        }
        (Value::Bytes(_), _) => Err(raise::type_error(format!(
            "can't concat {} to bytes",
            orig_b.type_name()
        ))),
        (Value::Str(_) | Value::List(_) | Value::Tuple(_), _) => Err(raise::type_error(format!(
            "can only concatenate {} (not \"{}\") to {}",
            a.type_name(),
            orig_b.type_name(),
            a.type_name()
        ))),
        _ => Err(raise::unsupported_operands("+", orig_a, orig_b)),
    }
}

/// `head + tail` for two strs: either one itself when the other is empty
/// (as CPython returns it), else a new str.
#[inline]
pub fn join_strs(head: &Rc<PyStr>, tail: &Rc<PyStr>) -> Value {
    if tail.is_empty() {
        return Value::Str(head.clone());
    }
    if head.is_empty() {
        return Value::Str(tail.clone());
    }
    Value::Str(Rc::new(PyStr::concat(head, tail)))
}

/// Whether `v` is a sequence that `*` repeats.
fn is_sequence(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
    )
}

/// `a * b` when the operands are not both numbers: `seq * n` or `n * seq`.
pub(super) fn repeat(a: &Value, b: &Value) -> PyResult<Value> {
    if is_sequence(a) {
        repeat_sequence(a, repeat_count(b)?)
    } else if is_sequence(b) {
        repeat_sequence(b, repeat_count(a)?)
    } else {
        Err(raise::unsupported_operands("*", a, b))
    }
}

/// The repetition count `n` of `seq * n`, negative counts meaning zero.
pub(crate) fn repeat_count(n: &Value) -> PyResult<usize> {
    if let Value::Instance(_) = n {
        if crate::instance::special_method(n, "__index__").is_some() {
            return repeat_count(&crate::builtins::args::index_value(n)?);
        }
    }
    match n {
        Value::Int(i) => Ok(usize::try_from(*i).unwrap_or(0)),
        Value::Bool(b) => Ok(usize::from(*b)),
        Value::BigInt(_) => Err(raise::overflow(
            "cannot fit 'int' into an index-sized integer",
        )),
        other => Err(raise::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            other.type_name()
        ))),
    }
}

/// `seq * n` for a str, list or tuple `seq`.
fn repeat_sequence(seq: &Value, n: usize) -> PyResult<Value> {
    match seq {
        Value::Str(s) => {
            if n == 1 || s.is_empty() {
                return Ok(seq.clone());
            }
            if n == 0 {
                return Ok(Value::str(""));
            }
            // CPython's limit counts characters; the allocation counts bytes.
            if s.char_len()
                .checked_mul(n)
                .is_none_or(|c| c > isize::MAX as usize)
            {
                return Err(raise::overflow("repeated string is too long"));
            }
            repeat_str(s.as_str(), n).map(Value::string)
        }
        Value::List(l) => {
            let items = repeat_items(&l.items.borrow(), n)?;
            Ok(Value::list(items))
        }
        Value::Tuple(t) => {
            if n == 1 {
                return Ok(seq.clone());
            }
            repeat_items(&t.items, n).map(Value::tuple)
        }
        Value::Bytes(b) => {
            let total = checked_size(b.data.len(), n, 1)?;
            let mut data = Vec::with_capacity(total);
            for _ in 0..n {
                data.extend_from_slice(&b.data);
            }
            Ok(crate::bytes::PyBytes::value(data))
        }
        _ => unreachable!("repeat_sequence on a non-sequence"),
    }
}

/// `s` repeated `n` times; `MemoryError` when it cannot be allocated.
fn repeat_str(s: &str, n: usize) -> PyResult<String> {
    let total = checked_size(s.len(), n, 1)?;
    let mut buf: Vec<u8> = Vec::new();
    buf.try_reserve_exact(total).map_err(|_| memory_error())?;
    buf.extend_from_slice(s.as_bytes());
    // Double the filled part: every copy ends on a whole repetition of `s`.
    while buf.len() < total {
        let take = buf.len().min(total - buf.len());
        buf.extend_from_within(..take);
    }
    Ok(String::from_utf8(buf).expect("repetitions of a str are valid UTF-8"))
}

/// `items` repeated `n` times; `MemoryError` when it cannot be allocated.
fn repeat_items(items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    if items.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    let total = checked_size(items.len(), n, std::mem::size_of::<Value>())?;
    let mut out = Vec::new();
    out.try_reserve_exact(total).map_err(|_| memory_error())?;
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// `len * n` elements of `size` bytes, or `MemoryError` when that is beyond
/// `isize::MAX` elements (CPython's check) or [`MAX_REPEAT_BYTES`] bytes.
pub(crate) fn checked_size(len: usize, n: usize, size: usize) -> PyResult<usize> {
    let total = len
        .checked_mul(n)
        .filter(|&t| t <= isize::MAX as usize)
        .ok_or_else(memory_error)?;
    match total.checked_mul(size) {
        Some(bytes) if bytes <= MAX_REPEAT_BYTES => Ok(total),
        _ => Err(memory_error()),
    }
}

/// `a += b`: a list is extended in place by any iterable; other types add.
#[inline]
pub fn iadd(a: &Value, b: &Value) -> PyResult<Value> {
    let result = match a {
        Value::List(l) => {
            // Collect first: `xs += xs` must not borrow the list twice.
            let extra = crate::iter::collect(b)?;
            l.items.borrow_mut().extend(extra);
            Ok(a.clone())
        }
        Value::Instance(_) => crate::object::inplace(a, b, "__iadd__", super::add),
        Value::Native(n) => crate::native::inplace(n, a, b, "__iadd__", super::add),
        _ => super::add(a, b),
    };
    result.map_err(|err| super::inplace::retarget(err, "+", "+=", a, b))
}

/// `a *= b`: a list is repeated in place; other types multiply.
#[inline]
pub fn imul(a: &Value, b: &Value) -> PyResult<Value> {
    let result = match a {
        Value::List(l) => {
            let n = repeat_count(b)?;
            let mut items = l.items.borrow_mut();
            if n == 0 {
                let old = std::mem::take(&mut *items);
                drop(items);
                drop(old);
                return Ok(a.clone());
            }
            let len = items.len();
            let total = checked_size(len, n, std::mem::size_of::<Value>())?;
            items
                .try_reserve_exact(total - len)
                .map_err(|_| memory_error())?;
            for _ in 1..n {
                items.extend_from_within(..len);
            }
            drop(items);
            Ok(a.clone())
        }
        Value::Instance(_) => crate::object::inplace(a, b, "__imul__", super::arith::instance_imul),
        Value::Native(n) => crate::native::inplace(n, a, b, "__imul__", super::mul),
        _ => super::mul(a, b),
    };
    result.map_err(|err| super::inplace::retarget(err, "*", "*=", a, b))
}
