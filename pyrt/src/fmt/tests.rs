//! Tests of the format mini-language against tables generated from CPython
//! (`cases.rs`, written by `gen_cases.py`), plus a few spot checks.

use std::rc::Rc;

use crate::dict::PyDict;
use crate::error::PyResult;
use crate::value::Value;

use super::cases;

/// An int from its decimal digits (any size).
pub fn big(digits: &str) -> Value {
    Value::from_bigint(digits.parse().unwrap_or_default())
}

/// A dict with the given items.
pub fn dict(items: Vec<(Value, Value)>) -> Value {
    Value::Dict(Rc::new(PyDict::from_pairs(items).ok().unwrap_or_default()))
}

/// The text of a result, or `!Kind: message` for an exception.
fn outcome(r: PyResult<String>) -> String {
    r.unwrap_or_else(|e| format!("!{}", e.summary()))
}

fn show(v: &Value) -> String {
    crate::repr::repr(v).unwrap_or_else(|e| e.summary())
}

fn show_args(args: &[Value]) -> String {
    let shown: Vec<String> = args.iter().map(show).collect();
    format!("({})", shown.join(", "))
}

/// Collects every case whose result differs from CPython's, so that one run
/// reports them all.
#[derive(Default)]
pub struct Mismatches(Vec<String>);

impl Mismatches {
    /// A collector on the Python thread.
    fn new() -> Mismatches {
        crate::sync::mark_python_thread();
        Mismatches::default()
    }

    /// Records `what` if it gave `got` rather than `expected`.
    fn check(&mut self, what: impl FnOnce() -> String, got: String, expected: &str) {
        if got != expected {
            self.0.push(format!(
                "{}\n    got:      {got:?}\n    expected: {expected:?}",
                what()
            ));
        }
    }

    /// Fails the test with every recorded mismatch.
    fn report(self) {
        assert!(
            self.0.is_empty(),
            "{} mismatches:\n{}",
            self.0.len(),
            self.0.join("\n")
        );
    }

    /// `template.format(*args, **kwargs)` gives `expected`.
    pub fn format_case(
        &mut self,
        template: &str,
        args: &[Value],
        kwargs: &[(&str, Value)],
        expected: &str,
    ) {
        let got = outcome(super::format_str(template, args, kwargs));
        self.check(
            || format!("{template:?}.format{}", show_args(args)),
            got,
            expected,
        );
    }

    /// `template.format_map(mapping)` gives `expected`.
    pub fn format_map_case(&mut self, template: &str, mapping: Value, expected: &str) {
        let got = outcome(super::format_map(template, &mapping));
        self.check(
            || format!("{template:?}.format_map({})", show(&mapping)),
            got,
            expected,
        );
    }

    /// `format(*args, **kwargs)` gives `expected`.
    pub fn builtin_case(&mut self, args: &[Value], kwargs: &[(&str, Value)], expected: &str) {
        let got = super::format_builtin(args, kwargs).and_then(|v| crate::repr::str_of(&v));
        self.check(
            || format!("format{}", show_args(args)),
            outcome(got),
            expected,
        );
    }

    /// `format(value, spec)` gives `expected`.
    fn value_case(&mut self, value: &Value, spec: &str, expected: &str) {
        let got = outcome(super::format_value(value, spec));
        let shown = || match value {
            // Too long to print.
            Value::BigInt(b) if b.bits() > 10_000 => "10**4400".to_string(),
            other => show(other),
        };
        self.check(|| format!("format({}, {spec:?})", shown()), got, expected);
    }
}

#[test]
fn format_values_match_cpython() {
    let mut m = Mismatches::new();
    let values = cases::values();
    for &(index, spec, expected) in cases::FORMAT_CASES {
        m.value_case(&values[index], spec, expected);
    }
    m.report();
}

#[test]
fn templates_match_cpython() {
    let mut m = Mismatches::new();
    cases::template_cases(&mut m);
    m.report();
}

#[test]
fn random_templates_match_cpython() {
    let mut m = Mismatches::new();
    let args = cases::fuzz_args();
    let kwargs = cases::fuzz_kwargs();
    for &(template, expected) in cases::FUZZ_CASES {
        m.format_case(template, &args, &kwargs, expected);
    }
    m.report();
}

#[test]
fn spot_checks() {
    let mut m = Mismatches::new();
    let cases: &[(Value, &str, &str)] = &[
        (Value::Float(1e16), "", "1e+16"),
        (Value::Float(1.5), "", "1.5"),
        (Value::Float(100.0), ".3", "1e+02"),
        (Value::Bool(true), "", "True"),
        (Value::Bool(true), "d", "1"),
        (Value::Int(1234), "08,", "0,001,234"),
        (Value::Int(-255), "#010_x", "-0x00_00ff"),
    ];
    for (value, spec, expected) in cases {
        m.value_case(value, spec, expected);
    }
    m.report();
}
