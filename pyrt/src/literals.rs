//! Literals and displays: interned constants and the builders behind `[...]`, `(...)`, `{...}`.

use std::cell::OnceCell;

use crate::dict::PyDict;
use crate::error::PyResult;
use crate::value::Value;

/// A str constant of the program, allocated on first use and shared after.
pub struct StrConst {
    text: &'static str,
    value: OnceCell<Value>,
}

impl StrConst {
    /// A constant for `text`.
    pub const fn new(text: &'static str) -> Self {
        StrConst {
            text,
            value: OnceCell::new(),
        }
    }

    /// The constant's value (a reference-count increment after the first call).
    #[inline]
    pub fn get(&self) -> Value {
        self.value.get_or_init(|| Value::str(self.text)).clone()
    }
}

/// An int constant too large for `i64`, parsed on first use.
pub struct BigIntConst {
    digits: &'static str,
    value: OnceCell<Value>,
}

impl BigIntConst {
    /// A constant from its decimal digits.
    pub const fn new(digits: &'static str) -> Self {
        BigIntConst {
            digits,
            value: OnceCell::new(),
        }
    }

    /// The constant's value.
    #[inline]
    pub fn get(&self) -> Value {
        self.value
            .get_or_init(|| {
                let parsed: num_bigint::BigInt = self.digits.parse().unwrap_or_default();
                Value::from_bigint(parsed)
            })
            .clone()
    }
}

/// `{k1: v1, k2: v2}`: later duplicates overwrite earlier values, keeping the first position.
pub fn dict(pairs: Vec<(Value, Value)>) -> PyResult<Value> {
    let dict = PyDict::new();
    for (key, value) in pairs {
        dict.set(key, value)?;
    }
    Ok(Value::Dict(std::rc::Rc::new(dict)))
}

/// One part of a dict display: `key: value`, or `**mapping`.
pub enum DictPart {
    /// `key: value`
    Pair(Value, Value),
    /// `**mapping`: its keys (through `keys()` unless it is a dict) and items.
    Unpack(Value),
}

/// `{k: v, **m, ...}`: the parts in order, later keys overwriting earlier values.
pub fn dict_display(parts: Vec<DictPart>) -> PyResult<Value> {
    let dict = PyDict::new();
    for part in parts {
        match part {
            DictPart::Pair(key, value) => dict.set(key, value)?,
            DictPart::Unpack(Value::Dict(source)) => {
                for (key, value) in source.entries() {
                    dict.set(key.key, value)?;
                }
            }
            DictPart::Unpack(mapping) => {
                let Ok(keys) = crate::methods::getattr(&mapping, "keys") else {
                    return Err(crate::error::raise::type_error(format!(
                        "'{}' object is not a mapping",
                        mapping.type_name()
                    )));
                };
                let keys = crate::func::call(&keys, &[], &[])?;
                for key in crate::iter::collect(&keys)? {
                    let value = crate::subscript::getitem(&mapping, &key)?;
                    dict.set(key, value)?;
                }
            }
        }
    }
    Ok(Value::Dict(std::rc::Rc::new(dict)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_int_constants_parse_their_digits() {
        let c = BigIntConst::new("123456789012345678901234567890");
        match c.get() {
            Value::BigInt(b) => assert_eq!(b.to_string(), "123456789012345678901234567890"),
            _ => panic!("expected a big int"),
        }
    }

    #[test]
    fn str_constants_are_shared() {
        let c = StrConst::new("hi");
        assert!(c.get().is(&c.get()));
    }
}
