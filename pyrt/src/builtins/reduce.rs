//! `sum`, `any`, `all`, `max` and `min` fed one item at a time: what the
//! compiler uses when one of them is called on a generator expression
//! (`sum(x * x for x in xs)`), so the loop runs inline with no generator
//! object. Each gives exactly the builtin's result and errors.

use crate::compare;
use crate::error::{raise, PyResult};
use crate::value::Value;

/// Whether `callee` is the builtin function `name` (not a rebinding of the name).
#[inline]
pub fn is_builtin(callee: &Value, name: &str) -> bool {
    matches!(callee, Value::Builtin(b) if b.name == name)
}

/// A running `sum(iterable, start)`.
pub struct Sum {
    total: Value,
}

impl Sum {
    /// Starts at `start` (`TypeError` for a str, as the builtin).
    pub fn new(start: Value) -> PyResult<Sum> {
        if matches!(start, Value::Str(_)) {
            return Err(raise::type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ));
        }
        Ok(Sum { total: start })
    }

    /// Adds the next item.
    #[inline]
    pub fn add(&mut self, item: &Value) -> PyResult<()> {
        self.total = crate::ops::add(&self.total, item)?;
        Ok(())
    }

    /// The sum.
    pub fn finish(self) -> Value {
        self.total
    }
}

/// A running `max(iterable)` or `min(iterable)` (no key, no default).
pub struct Extreme {
    name: &'static str,
    better: fn(&Value, &Value) -> PyResult<bool>,
    best: Option<Value>,
}

impl Extreme {
    /// For `max`: keeps the first of equal items.
    pub fn max() -> Extreme {
        Extreme {
            name: "max",
            better: compare::gt,
            best: None,
        }
    }

    /// For `min`: keeps the first of equal items.
    pub fn min() -> Extreme {
        Extreme {
            name: "min",
            better: compare::lt,
            best: None,
        }
    }

    /// Considers the next item.
    #[inline]
    pub fn feed(&mut self, item: Value) -> PyResult<()> {
        let replace = match &self.best {
            None => true,
            Some(best) => (self.better)(&item, best)?,
        };
        if replace {
            self.best = Some(item);
        }
        Ok(())
    }

    /// The extreme item; `ValueError` if there were none.
    pub fn finish(self) -> PyResult<Value> {
        self.best
            .ok_or_else(|| raise::value_error(format!("{}() arg is an empty sequence", self.name)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sum_starts_from_its_start_and_refuses_strings() {
        crate::sync::mark_python_thread();
        let mut s = Sum::new(Value::Float(0.5)).unwrap();
        s.add(&Value::Int(2)).unwrap();
        assert!(matches!(s.finish(), Value::Float(f) if f == 2.5));
        let err = Sum::new(Value::str("")).err().unwrap();
        assert!(err.message().contains("can't sum strings"));
    }

    #[test]
    fn extremes_keep_the_first_of_equals_and_fail_when_empty() {
        crate::sync::mark_python_thread();
        let mut m = Extreme::max();
        for v in [Value::Int(1), Value::Float(3.0), Value::Int(3)] {
            m.feed(v).unwrap();
        }
        assert!(matches!(m.finish().unwrap(), Value::Float(f) if f == 3.0));
        let err = Extreme::min().finish().err().unwrap();
        assert!(err.message().contains("min() arg is an empty sequence"));
    }
}
