//! Tests of the format mini-language against tables generated from CPython
//! (`cases.rs`, written by `gen_cases.py`), plus a few spot checks.

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::PyDict;
use crate::error::PyResult;
use crate::value::Value;

use super::cases;

thread_local! {
    static MISMATCHES: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
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

/// The text of a result, or `!Kind: message` for an exception.
fn outcome(r: PyResult<String>) -> String {
    match r {
        Ok(text) => text,
        Err(e) => format!("!{}", e.summary()),
    }
}

fn check(what: String, got: String, expected: &str) {
    if got != expected {
        MISMATCHES.with(|m| {
            m.borrow_mut().push(format!(
                "{what}\n    got:      {got:?}\n    expected: {expected:?}"
            ))
        });
    }
}

/// Panics with every mismatch recorded so far.
fn report() {
    let found = MISMATCHES.with(|m| std::mem::take(&mut *m.borrow_mut()));
    assert!(
        found.is_empty(),
        "{} mismatches:\n{}",
        found.len(),
        found.join("\n")
    );
}

fn show(v: &Value) -> String {
    crate::repr::repr(v).unwrap_or_else(|e| e.summary())
}

/// `template.format(*args, **kwargs)` gives `expected`.
pub fn format_case(template: &str, args: &[Value], kwargs: &[(&str, Value)], expected: &str) {
    let got = outcome(super::format_str(template, args, kwargs));
    check(
        format!("{template:?}.format{}", show_args(args)),
        got,
        expected,
    );
}

/// `template.format_map(mapping)` gives `expected`.
pub fn format_map_case(template: &str, mapping: Value, expected: &str) {
    let got = outcome(super::format_map(template, &mapping));
    check(
        format!("{template:?}.format_map({})", show(&mapping)),
        got,
        expected,
    );
}

/// `format(*args, **kwargs)` gives `expected`.
pub fn builtin_case(args: &[Value], kwargs: &[(&str, Value)], expected: &str) {
    let got = super::format_builtin(args, kwargs).and_then(|v| crate::repr::str_of(&v));
    check(format!("format{}", show_args(args)), outcome(got), expected);
}

fn show_args(args: &[Value]) -> String {
    let shown: Vec<String> = args.iter().map(show).collect();
    format!("({})", shown.join(", "))
}

#[test]
fn format_values_match_cpython() {
    crate::sync::mark_python_thread();
    let values = cases::values();
    for &(index, spec, expected) in cases::FORMAT_CASES {
        let value = &values[index];
        let got = outcome(super::format_value(value, spec));
        let shown = if index + 1 == values.len() {
            "10**4400".to_string()
        } else {
            show(value)
        };
        check(format!("format({shown}, {spec:?})"), got, expected);
    }
    report();
}

#[test]
fn templates_match_cpython() {
    crate::sync::mark_python_thread();
    cases::template_cases();
    report();
}

#[test]
fn spot_checks() {
    crate::sync::mark_python_thread();
    let cases: &[(Value, &str, &str)] = &[
        (f(1e16), "", "1e+16"),
        (f(1.5), "", "1.5"),
        (f(100.0), ".3", "1e+02"),
        (b(true), "", "True"),
        (b(true), "d", "1"),
        (i(1234), "08,", "0,001,234"),
        (i(-255), "#010_x", "-0x00_00ff"),
    ];
    for (value, spec, expected) in cases {
        check(
            format!("format({}, {spec:?})", show(value)),
            outcome(super::format_value(value, spec)),
            expected,
        );
    }
    report();
}

