//! Helpers for the generated CPython comparison tests (`cases.rs`): value
//! constructors and a session that calls the module's functions, collects
//! every mismatch and reports them together.
//!
//! The generator is one static shared by all test threads, so a session
//! holds a lock for its whole run: sequences from two tests never interleave.

use std::rc::Rc;
use std::sync::{Mutex, MutexGuard};

use crate::error::PyResult;
use crate::value::Value;

static LOCK: Mutex<()> = Mutex::new(());

/// One test's calls on the module, in order.
pub struct Session {
    _guard: MutexGuard<'static, ()>,
    mismatches: Vec<String>,
    /// The state `save` kept for `restore`.
    saved: Value,
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

impl Session {
    /// Takes the generator for this test and marks the thread as Python's.
    pub fn start() -> Session {
        let guard = LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        crate::sync::mark_python_thread();
        Session {
            _guard: guard,
            mismatches: Vec::new(),
            saved: Value::None,
        }
    }

    fn check(&mut self, mut what: String, got: String, expected: &str) {
        if got != expected {
            if let Some((cut, _)) = what.char_indices().nth(200) {
                what.truncate(cut);
                what.push_str("...");
            }
            self.mismatches.push(format!(
                "{what}\n    got:      {got}\n    expected: {expected}"
            ));
        }
    }

    /// `random.name(*args, **kwargs)` gives `expected` (a repr, or
    /// `!Kind: message` for an exception).
    pub fn c(&mut self, name: &str, args: &[Value], kwargs: &[(&str, Value)], expected: &str) {
        let what = format!(
            "random.{name}({}{})",
            args.iter().map(show).collect::<Vec<_>>().join(", "),
            kwargs
                .iter()
                .map(|(k, v)| format!(", {k}={}", show(v)))
                .collect::<String>()
        );
        let got = match super::FUNCTIONS.iter().find(|f| f.name == name) {
            Some(f) => outcome((f.call)(args, kwargs)),
            None => format!("<no function {name}>"),
        };
        self.check(what, got, expected);
    }

    /// `random.shuffle(x)` leaves `x` as `expected`.
    pub fn sh(&mut self, x: Value, expected: &str) {
        let what = format!("random.shuffle({})", show(&x));
        let got = outcome(super::seq::shuffle(std::slice::from_ref(&x), &[]));
        self.check(what.clone(), got, "None");
        self.check(format!("{what} [after]"), show(&x), expected);
    }

    /// `saved = random.getstate()`
    pub fn save(&mut self) {
        match super::getstate(&[], &[]) {
            Ok(state) => self.saved = state,
            Err(e) => self.check("random.getstate()".into(), e.summary(), "a state"),
        }
    }

    /// `random.setstate(saved)`
    pub fn restore(&mut self) {
        let got = outcome(super::setstate(std::slice::from_ref(&self.saved), &[]));
        self.check("random.setstate(saved)".into(), got, "None");
    }

    /// `random.getstate()`, shown as `(version, words[:3], words[-2:], gauss_next)`.
    pub fn state(&mut self, expected: &str) {
        let summary = super::getstate(&[], &[]).and_then(|state| {
            let item = |v: &Value, k: i64| crate::subscript::getitem(v, &Value::Int(k));
            let words = item(&state, 1)?;
            let slice = |lo: Value, hi: Value| crate::subscript::getslice(&words, &lo, &hi, &N);
            Ok(Value::tuple_of([
                item(&state, 0)?,
                slice(N, i(3))?,
                slice(i(-2), N)?,
                item(&state, 2)?,
            ]))
        });
        self.check("random.getstate()".into(), outcome(summary), expected);
    }

    /// The module attribute `name` has the repr `expected`.
    pub fn attr(&mut self, name: &str, expected: &str) {
        let got = super::attributes()
            .into_iter()
            .find(|(n, _)| *n == name)
            .map_or_else(|| format!("<no attribute {name}>"), |(_, v)| show(&v));
        self.check(format!("random.{name}"), got, expected);
    }

    /// Fails the test with every mismatch seen.
    pub fn finish(self) {
        if !self.mismatches.is_empty() {
            panic!(
                "{} mismatches:\n{}",
                self.mismatches.len(),
                self.mismatches.join("\n")
            );
        }
    }
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

/// A bytes object.
pub fn by(x: &[u8]) -> Value {
    crate::bytes::PyBytes::value(x.to_vec())
}

/// A list.
pub fn l(items: Vec<Value>) -> Value {
    Value::list(items)
}

/// A tuple.
pub fn t(items: Vec<Value>) -> Value {
    Value::tuple(items)
}

/// A range.
pub fn rg(start: i64, stop: i64, step: i64) -> Value {
    Value::Range(Rc::new(crate::range::PyRange { start, stop, step }))
}

/// A set of small ints.
pub fn set(items: &[i64]) -> Value {
    let set = crate::set::PySet::default();
    for &x in items {
        let _ = set.add(Value::Int(x));
    }
    Value::Set(Rc::new(set))
}

/// A dict of small ints.
pub fn d(items: &[(i64, i64)]) -> Value {
    let pairs: Vec<(Value, Value)> = items
        .iter()
        .map(|&(k, v)| (Value::Int(k), Value::Int(v)))
        .collect();
    Value::Dict(Rc::new(
        crate::dict::PyDict::from_pairs(pairs).unwrap_or_default(),
    ))
}
