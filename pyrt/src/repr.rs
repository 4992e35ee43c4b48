//! `repr()` and `str()` of every value, as CPython 3.11 prints them.
//!
//! Containers print their elements' reprs; a container met again while it is
//! being printed shows as `[...]`, `{...}`, `(...)` or `...` (for dict views).
//! An active-object stack (thread-local) detects that, and deep nesting raises
//! `RecursionError` instead of overflowing the native stack.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::dict::{DictView, PyDict, ViewKind};
use crate::error::{PyErr, PyResult};
use crate::func::BoundMethod;
use crate::list::PyList;
use crate::str::ctype::is_printable;
use crate::tuple::PyTuple;
use crate::types::TypeId;
use crate::value::Value;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Nesting depth below which the recursion limit is not consulted.
const SHALLOW: usize = 64;

thread_local! {
    /// Addresses of the containers whose repr is being built, innermost last.
    static ACTIVE: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Marks a container as being printed; unmarks it when dropped.
struct Active;

impl Drop for Active {
    fn drop(&mut self) {
        ACTIVE.with(|a| a.borrow_mut().pop());
    }
}

/// Enters the repr of the container at `addr`: `None` if it is already being
/// printed (a cycle), `RecursionError` past the recursion limit.
fn enter(addr: usize) -> PyResult<Option<Active>> {
    ACTIVE.with(|a| {
        let mut active = a.borrow_mut();
        if active.contains(&addr) {
            return Ok(None);
        }
        if active.len() >= SHALLOW && active.len() >= crate::frame::recursion_limit() as usize {
            return Err(PyErr::new(
                crate::ExcKind::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        active.push(addr);
        Ok(Some(Active))
    })
}

/// `repr(v)`
pub fn repr(v: &Value) -> PyResult<String> {
    let mut out = String::new();
    write_repr(&mut out, v)?;
    Ok(out)
}

/// `str(v)`: a str's own text; the repr of anything else.
pub fn str_of(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Instance(i) => crate::object::instance_str(i),
        other => repr(other),
    }
}

/// `ascii(v)`: the repr with every non-ASCII character escaped.
pub fn ascii_of(v: &Value) -> PyResult<String> {
    let text = repr(v)?;
    if text.is_ascii() {
        return Ok(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    Ok(out)
}

/// Appends `repr(v)` to `out`.
pub fn write_repr(out: &mut String, v: &Value) -> PyResult<()> {
    match v {
        Value::None => out.push_str("None"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::BigInt(b) => out.push_str(&bigint_decimal(b)?),
        Value::Float(f) => out.push_str(&crate::float::repr(*f)),
        Value::Str(s) => write_str_repr(out, s.as_str()),
        Value::List(l) => write_list(out, l)?,
        Value::Tuple(t) => write_tuple(out, t)?,
        Value::Dict(d) => write_dict(out, d)?,
        Value::DictView(view) => write_view(out, view)?,
        Value::Set(s) => write_set(out, s, "set")?,
        Value::FrozenSet(s) => write_set(out, s, "frozenset")?,
        Value::Range(r) => {
            let _ = match r.step {
                1 => write!(out, "range({}, {})", r.start, r.stop),
                step => write!(out, "range({}, {}, {step})", r.start, r.stop),
            };
        }
        Value::Iter(it) => {
            let _ = write!(
                out,
                "<{} object at {:#x}>",
                it.type_id().name(),
                Rc::as_ptr(it) as usize
            );
        }
        Value::Function(f) => {
            let _ = write!(
                out,
                "<function {} at {:#x}>",
                f.qualname(),
                Rc::as_ptr(f) as usize
            );
        }
        Value::Builtin(b) => {
            let _ = write!(out, "<built-in function {}>", b.name);
        }
        Value::Method(m) => write_method(out, m),
        Value::Type(t) => {
            let _ = write!(out, "<class '{}'>", t.name());
        }
        Value::Class(_)
        | Value::Instance(_)
        | Value::PyMethod(_)
        | Value::Property(_)
        | Value::ClassMethod(_)
        | Value::StaticMethod(_)
        | Value::NotImplemented
        | Value::Super(_)
        | Value::Generator(_) => out.push_str(&crate::object::repr(v)?),
        Value::Bytes(b) => out.push_str(&crate::bytes::repr(&b.data)),
        Value::Namespace(ns) => write_repr(out, &Value::Dict(crate::module::snapshot(ns)?))?,
        Value::Module(m) => out.push_str(&crate::module::repr(m)),
        Value::Native(n) => out.push_str(&n.repr(v)?),
        Value::InstanceDict(i) => {
            write_repr(out, &Value::Dict(crate::instance::dict_snapshot(i)?))?
        }
    }
    Ok(())
}

/// The address CPython would print for an object (`0x...` in reprs).
pub fn object_address(v: &Value) -> usize {
    match v {
        Value::BigInt(b) => Rc::as_ptr(b) as usize,
        Value::Str(s) => Rc::as_ptr(s) as usize,
        Value::List(l) => Rc::as_ptr(l) as usize,
        Value::Tuple(t) => Rc::as_ptr(t) as usize,
        Value::Dict(d) => Rc::as_ptr(d) as usize,
        Value::DictView(d) => Rc::as_ptr(d) as usize,
        Value::Range(r) => Rc::as_ptr(r) as usize,
        Value::Set(s) | Value::FrozenSet(s) => Rc::as_ptr(s) as usize,
        Value::Iter(i) => Rc::as_ptr(i) as usize,
        Value::Function(f) => Rc::as_ptr(f) as usize,
        Value::Builtin(b) => *b as *const _ as usize,
        Value::Method(m) => Rc::as_ptr(m) as usize,
        Value::Class(c) => Rc::as_ptr(c) as usize,
        Value::Instance(i) => Rc::as_ptr(i) as usize,
        Value::PyMethod(m) => Rc::as_ptr(m) as usize,
        Value::Property(p) => Rc::as_ptr(p) as usize,
        Value::ClassMethod(w) | Value::StaticMethod(w) => Rc::as_ptr(w) as usize,
        Value::Super(s) => Rc::as_ptr(s) as usize,
        Value::Generator(g) => Rc::as_ptr(g) as usize,
        Value::Bytes(b) => Rc::as_ptr(b) as usize,
        Value::Native(n) => Rc::as_ptr(n) as *const () as usize,
        other => other as *const Value as usize,
    }
}

fn write_method(out: &mut String, m: &BoundMethod) {
    let _ = match &m.receiver {
        Value::Type(t) if m.name == "fromkeys" => write!(
            out,
            "<built-in method fromkeys of type object at {:#x}>",
            t as *const TypeId as usize
        ),
        Value::Type(t) => write!(out, "<method '{}' of '{}' objects>", m.name, t.name()),
        receiver => write!(
            out,
            "<built-in method {} of {} object at {:#x}>",
            m.name,
            receiver.type_name(),
            object_address(receiver)
        ),
    };
}

/// The decimal digits of a big int, refusing more than [`INT_MAX_STR_DIGITS`]
/// digits as CPython does.
pub fn bigint_decimal(b: &BigInt) -> PyResult<String> {
    // Roughly 0.30103 decimal digits per bit: reject clearly oversized values
    // before doing the (quadratic) conversion.
    if b.bits() > (INT_MAX_STR_DIGITS as u64 * 10 / 3) + 64 {
        return Err(digits_limit_error());
    }
    let text = b.to_string();
    let digits = text.len() - usize::from(text.starts_with('-'));
    if digits > INT_MAX_STR_DIGITS {
        return Err(digits_limit_error());
    }
    Ok(text)
}

#[cold]
fn digits_limit_error() -> PyErr {
    crate::error::raise::value_error(format!(
        "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `repr(s)` for a str.
pub fn str_repr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    write_str_repr(&mut out, s);
    out
}

/// Appends the repr of a str: single quotes unless the text contains `'` and
/// no `"`; backslash escapes for quotes, `\\`, `\t`, `\n`, `\r`, other
/// control characters and non-printable characters.
pub fn write_str_repr(out: &mut String, s: &str) {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    let plain = s
        .bytes()
        .all(|b| (0x20..0x7F).contains(&b) && b != b'\\' && b != quote as u8);
    if plain {
        out.push_str(s);
    } else {
        for c in s.chars() {
            push_str_char(out, c, quote);
        }
    }
    out.push(quote);
}

fn push_str_char(out: &mut String, c: char, quote: char) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if is_printable(c) => out.push(c),
        c => push_escape(out, c),
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a character.
fn push_escape(out: &mut String, c: char) {
    let cp = c as u32;
    let _ = if cp < 0x100 {
        write!(out, "\\x{cp:02x}")
    } else if cp < 0x10000 {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

fn write_items(out: &mut String, items: impl Iterator<Item = Value>) -> PyResult<()> {
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(out, &item)?;
    }
    Ok(())
}

/// The items of a list one at a time, without holding a borrow between them.
fn list_items(list: &PyList) -> impl Iterator<Item = Value> + '_ {
    (0..).map_while(move |i| list.items.borrow().get(i).cloned())
}

fn write_list(out: &mut String, list: &Rc<PyList>) -> PyResult<()> {
    let Some(_active) = enter(Rc::as_ptr(list) as usize)? else {
        out.push_str("[...]");
        return Ok(());
    };
    out.push('[');
    write_items(out, list_items(list))?;
    out.push(']');
    Ok(())
}

fn write_tuple(out: &mut String, tuple: &Rc<PyTuple>) -> PyResult<()> {
    let Some(_active) = enter(Rc::as_ptr(tuple) as usize)? else {
        out.push_str("(...)");
        return Ok(());
    };
    out.push('(');
    write_items(out, tuple.items.iter().cloned())?;
    if tuple.items.len() == 1 {
        out.push(',');
    }
    out.push(')');
    Ok(())
}

/// Entry `i` of a dict, cloned out of the map.
fn dict_entry(dict: &PyDict, i: usize) -> Option<(Value, Value)> {
    let map = dict.map.borrow();
    map.get_index(i).map(|(k, v)| (k.key.clone(), v.clone()))
}

fn write_dict(out: &mut String, dict: &Rc<PyDict>) -> PyResult<()> {
    let Some(_active) = enter(Rc::as_ptr(dict) as usize)? else {
        out.push_str("{...}");
        return Ok(());
    };
    out.push('{');
    let mut i = 0;
    while let Some((key, value)) = dict_entry(dict, i) {
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(out, &key)?;
        out.push_str(": ");
        write_repr(out, &value)?;
        i += 1;
    }
    out.push('}');
    Ok(())
}

/// `{1, 2}`, `set()`, `frozenset({1, 2})`, `frozenset()`; `set(...)` when
/// the set is already being printed.
fn write_set(out: &mut String, set: &Rc<crate::set::PySet>, name: &str) -> PyResult<()> {
    let Some(_active) = enter(Rc::as_ptr(set) as usize)? else {
        out.push_str(name);
        out.push_str("(...)");
        return Ok(());
    };
    let keys = set.keys();
    if keys.is_empty() {
        out.push_str(name);
        out.push_str("()");
        return Ok(());
    }
    let frozen = name != "set";
    if frozen {
        out.push_str(name);
        out.push('(');
    }
    out.push('{');
    write_items(out, keys.into_iter())?;
    out.push('}');
    if frozen {
        out.push(')');
    }
    Ok(())
}

fn write_view(out: &mut String, view: &Rc<DictView>) -> PyResult<()> {
    let Some(_active) = enter(Rc::as_ptr(view) as usize)? else {
        out.push_str("...");
        return Ok(());
    };
    out.push_str(view.type_id().name());
    out.push_str("([");
    let kind = view.kind;
    let items = (0..).map_while(|i| {
        dict_entry(&view.dict, i).map(|(k, v)| match kind {
            ViewKind::Keys => k,
            ViewKind::Values => v,
            ViewKind::Items => Value::tuple_of([k, v]),
        })
    });
    write_items(out, items)?;
    out.push_str("])");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(v: &Value) -> String {
        repr(v).unwrap()
    }

    #[test]
    fn scalars() {
        assert_eq!(r(&Value::None), "None");
        assert_eq!(r(&Value::Bool(true)), "True");
        assert_eq!(r(&Value::Int(-5)), "-5");
        assert_eq!(
            r(&Value::from_bigint(BigInt::from(i64::MAX) * 10)),
            "92233720368547758070"
        );
        assert_eq!(str_of(&Value::str("x")).unwrap(), "x");
        assert_eq!(str_of(&Value::Bool(false)).unwrap(), "False");
    }

    #[test]
    fn int_digit_limit() {
        let ten = BigInt::from(10);
        assert!(bigint_decimal(&num_traits::pow(ten.clone(), 4299)).is_ok());
        let err = bigint_decimal(&-num_traits::pow(ten, 4300)).err().unwrap();
        assert!(err
            .summary()
            .starts_with("ValueError: Exceeds the limit (4300 digits)"));
    }

    #[test]
    fn str_quoting_and_escapes() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("'"), "\"'\"");
        assert_eq!(str_repr("\""), "'\"'");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(str_repr("\\"), "'\\\\'");
        assert_eq!(str_repr("\n\r\t"), "'\\n\\r\\t'");
        assert_eq!(
            str_repr("\x00\x7f\u{80}\u{a0}\u{ad}\u{2028}\u{1f600}\u{e0001}é\u{378}"),
            "'\\x00\\x7f\\x80\\xa0\\xad\\u2028\u{1f600}\\U000e0001é\\u0378'"
        );
        assert_eq!(
            ascii_of(&Value::str("é€😀")).unwrap(),
            "'\\xe9\\u20ac\\U0001f600'"
        );
    }

    #[test]
    fn containers() {
        let l = Value::list(vec![Value::Int(1), Value::str("a"), Value::tuple_of([])]);
        assert_eq!(r(&l), "[1, 'a', ()]");
        assert_eq!(r(&Value::tuple_of([Value::Int(1)])), "(1,)");
        assert_eq!(
            r(&Value::tuple_of([Value::Int(1), Value::None])),
            "(1, None)"
        );
        assert_eq!(r(&Value::list(vec![])), "[]");
        let range = crate::range::PyRange {
            start: 0,
            stop: 10,
            step: 2,
        };
        assert_eq!(r(&Value::Range(Rc::new(range))), "range(0, 10, 2)");
        let range = crate::range::PyRange {
            start: 0,
            stop: 5,
            step: 1,
        };
        assert_eq!(r(&Value::Range(Rc::new(range))), "range(0, 5)");
        assert_eq!(r(&Value::Type(TypeId::NoneType)), "<class 'NoneType'>");
    }

    #[test]
    fn recursive_list() {
        let inner = Rc::new(PyList::new(vec![]));
        let l = Value::List(inner.clone());
        inner.items.borrow_mut().push(l.clone());
        inner.items.borrow_mut().push(Value::tuple_of([l.clone()]));
        assert_eq!(r(&l), "[[...], ([...],)]");
        inner.items.borrow_mut().clear();
    }

    #[test]
    fn deep_nesting_raises() {
        // Programs run on a thread with a large stack (see `runtime`); so does
        // this test, since unoptimised builds use far more stack per level.
        std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(deep_nesting_raises_on_a_python_stack)
            .expect("thread starts")
            .join()
            .expect("no panic");
    }

    fn deep_nesting_raises_on_a_python_stack() {
        crate::sync::mark_python_thread();
        let mut v = Value::list(vec![]);
        for _ in 0..5000 {
            v = Value::list(vec![v]);
        }
        let err = repr(&v).err().unwrap();
        assert_eq!(err.kind(), crate::ExcKind::RecursionError);
        // The active stack unwound completely.
        assert_eq!(r(&Value::list(vec![])), "[]");
        // Dropping a deeply nested list recursively is fine on this stack size.
        let mut v = v;
        while let Value::List(l) = v {
            let next = l.items.borrow_mut().pop();
            v = next.unwrap_or(Value::None);
        }
    }
}
