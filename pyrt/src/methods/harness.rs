//! Helpers for the generated CPython comparison tests: value constructors and
//! checks that collect every mismatch and report them together.

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::PyDict;
use crate::error::PyResult;
use crate::value::Value;

thread_local! {
    static MISMATCHES: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Reports the collected mismatches when dropped at the end of a test.
pub struct Checker;

impl Drop for Checker {
    fn drop(&mut self) {
        let found = MISMATCHES.with(|m| std::mem::take(&mut *m.borrow_mut()));
        if !found.is_empty() && !std::thread::panicking() {
            panic!("{} mismatches:\n{}", found.len(), found.join("\n"));
        }
    }
}

/// Marks the test thread as the Python thread and starts collecting mismatches.
pub fn python_thread() -> Checker {
    crate::sync::mark_python_thread();
    Checker
}

/// `None`
pub const N: Value = Value::None;

/// A bool.
pub fn b(x: bool) -> Value {
    Value::Bool(x)
}

/// A small int.
pub fn i(x: i64) -> Value {
    Value::Int(x)
}

/// A big int from its decimal digits.
pub fn big(digits: &str) -> Value {
    Value::from_bigint(digits.parse().unwrap_or_default())
}

/// A float.
pub fn f(x: f64) -> Value {
    Value::Float(x)
}

/// A str.
pub fn s(x: &str) -> Value {
    Value::str(x)
}

/// A list.
pub fn l(items: Vec<Value>) -> Value {
    Value::list(items)
}

/// A tuple.
pub fn t(items: Vec<Value>) -> Value {
    Value::tuple(items)
}

/// A dict.
pub fn d(items: Vec<(Value, Value)>) -> Value {
    Value::Dict(Rc::new(PyDict::from_pairs(items).ok().unwrap_or_default()))
}

fn show(v: &Value) -> String {
    crate::repr::repr(v).unwrap_or_else(|e| format!("<repr failed: {}>", e.summary()))
}

fn outcome(r: PyResult<Value>) -> String {
    match r {
        Ok(v) => show(&v),
        Err(e) => format!("!{}", e.summary()),
    }
}

fn check(what: String, got: String, expected: &str) {
    if got != expected {
        MISMATCHES.with(|m| {
            m.borrow_mut().push(format!(
                "{what}\n    got:      {got}\n    expected: {expected}"
            ))
        });
    }
}

/// `recv.name(*args, **kwargs)` gives `result` and leaves `recv` as `after`.
pub fn call(
    recv: Value,
    name: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
    result: &str,
    after: &str,
) {
    let what = format!(
        "{}.{name}({})",
        show(&recv),
        args.iter().map(show).collect::<Vec<_>>().join(", ")
    );
    let got = outcome(super::call_method(&recv, name, args, kwargs));
    check(what.clone(), got, result);
    check(format!("{what} [receiver]"), show(&recv), after);
}

/// `recv[key]` gives `result`.
pub fn getitem_case(recv: Value, key: Value, result: &str) {
    let what = format!("{}[{}]", show(&recv), show(&key));
    check(
        what,
        outcome(crate::subscript::getitem(&recv, &key)),
        result,
    );
}

/// `recv[a:b:c]` gives `result`.
pub fn slice_case(recv: Value, bounds: [Value; 3], result: &str) {
    let [a, b, c] = bounds;
    let what = format!("{}[{}:{}:{}]", show(&recv), show(&a), show(&b), show(&c));
    check(
        what,
        outcome(crate::subscript::getslice(&recv, &a, &b, &c)),
        result,
    );
}

/// `repr(v)` is `expected`.
pub fn repr_case(v: Value, expected: &str) {
    check(format!("repr of {expected}"), show(&v), expected);
}

/// A range.
pub fn rg(start: i64, stop: i64, step: i64) -> Value {
    Value::Range(Rc::new(crate::range::PyRange { start, stop, step }))
}

/// A builtin type object.
pub fn ty(t: crate::types::TypeId) -> Value {
    Value::Type(t)
}

/// A stand-in for the builtin `len` (only its name matters here).
pub fn builtin_len() -> Value {
    fn len(_: &[Value], _: crate::func::KwArgs) -> PyResult<Value> {
        Ok(Value::None)
    }
    static LEN: crate::func::BuiltinFunction = crate::func::BuiltinFunction {
        name: "len",
        call: len,
    };
    Value::Builtin(&LEN)
}

/// `recv.name` gives `result`.
pub fn attr_case(recv: Value, name: &str, result: &str) {
    let what = format!("{}.{name}", show(&recv));
    check(what, outcome(super::getattr(&recv, name)), result);
}

/// Running `stmt` (performed by `op`) on `recv` gives `result` and leaves `recv` as `after`.
pub fn store_case(
    recv: Value,
    stmt: &str,
    op: impl FnOnce(&Value) -> PyResult<()>,
    result: &str,
    after: &str,
) {
    let what = format!("x = {}; {stmt}", show(&recv));
    check(
        what.clone(),
        outcome(op(&recv).map(|()| Value::None)),
        result,
    );
    check(format!("{what} [receiver]"), show(&recv), after);
}
