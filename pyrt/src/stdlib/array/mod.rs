//! `array`: `array.array(typecode[, initializer])`, the compact sequence of
//! machine numbers (`ArrayType` is the same), and `array.typecodes`.
//!
//! An array keeps its items unboxed in a vector of its typecode's machine
//! type ([`items::Items`]); Python values are checked and converted on the
//! way in, with CPython's `OverflowError`s and `TypeError`s, and rebuilt on
//! the way out. The object protocol (length, subscripts and slices,
//! comparisons, `+`, `*`, `+=`, `*=`, `in`) is in this file, the named
//! methods in `methods.rs`.
//!
//! Not supported: `isinstance(x, array.array)` and `type(x)` (the
//! constructor is a builtin function, not a type), `fromfile`/`tofile`,
//! pickling, and the buffer protocol beyond `bytes` arguments.

mod items;
mod methods;

use std::cell::RefCell;

use crate::error::{raise, PyErr, PyResult};
use crate::func::{BuiltinFunction, KwArgs};
use crate::native::{CompareOp, NativeObject, Slice};
use crate::value::Value;

use items::{Code, Items, Scalar, TYPECODES};

static ARRAY: BuiltinFunction = BuiltinFunction {
    name: "array",
    call: array,
};

/// The module's attributes.
pub fn attributes() -> Vec<(&'static str, Value)> {
    vec![
        ("array", Value::Builtin(&ARRAY)),
        ("ArrayType", Value::Builtin(&ARRAY)),
        ("typecodes", Value::str(TYPECODES)),
    ]
}

/// An `array.array` object.
pub struct PyArray {
    code: Code,
    items: RefCell<Items>,
}

impl PyArray {
    fn new(code: Code, items: Items) -> PyArray {
        PyArray {
            code,
            items: RefCell::new(items),
        }
    }

    /// A new array value of typecode `code` holding `items`.
    fn value(code: Code, items: Items) -> Value {
        crate::native::value(PyArray::new(code, items))
    }

    /// A copy of the items (so that `a.extend(a)` borrows `a` only once).
    fn snapshot(&self) -> Items {
        self.items.borrow().clone()
    }

    /// Converts and appends each item of an iterable, one at a time (the
    /// items before a failing one stay, as in CPython).
    fn extend_iterable(&self, iterable: &Value) -> PyResult<()> {
        let mut it = crate::iter::Iter::new(iterable)?;
        while let Some(x) = it.next()? {
            let s = self.code.scalar(&x)?;
            self.items.borrow_mut().push(s);
        }
        Ok(())
    }

    /// Appends the items of a bytes argument; `ValueError` unless they make
    /// whole items.
    fn extend_bytes(&self, data: &[u8]) -> PyResult<()> {
        if !data.len().is_multiple_of(self.code.itemsize()) {
            return Err(raise::value_error(
                "bytes length not a multiple of item size",
            ));
        }
        self.items.borrow_mut().extend_from_bytes(data);
        Ok(())
    }

    /// Appends the characters of a str (typecode `u`).
    fn extend_str(&self, s: &str) {
        let mut items = self.items.borrow_mut();
        for c in s.chars() {
            items.push(Scalar::Char(c.into()));
        }
    }

    /// Item `i` of the array (any int-like index, negative from the end).
    fn item(&self, key: &Value) -> PyResult<Value> {
        let i = subscript_index(key)?;
        let items = self.items.borrow();
        match crate::subscript::normalize_index(i, items.len()) {
            Some(i) => items.get(i),
            None => Err(raise::index_error("array index out of range")),
        }
    }

    /// Whether some item equals `x` (`in`), comparing as Python values.
    fn position(&self, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
        let mut i = start;
        loop {
            // No borrow is held across the comparison, which may run Python code.
            let item = {
                let items = self.items.borrow();
                if i >= stop.min(items.len()) {
                    return Ok(None);
                }
                items.get(i)?
            };
            if crate::compare::eq(&item, x)? {
                return Ok(Some(i));
            }
            i += 1;
        }
    }

    /// `self OP other` for two arrays.
    fn rich_compare(&self, other: &PyArray, op: CompareOp) -> PyResult<bool> {
        let (a, b) = (self.items.borrow(), other.items.borrow());
        if a.len() != b.len() && matches!(op, CompareOp::Eq | CompareOp::Ne) {
            return Ok(op == CompareOp::Ne);
        }
        if let Some(result) = a.compare_same(&b, op) {
            return Ok(result);
        }
        // Different machine types: compare as Python values (items are
        // ints, floats or strs, whose comparisons run no Python code).
        for i in 0..a.len().min(b.len()) {
            let (x, y) = (a.get(i)?, b.get(i)?);
            if !crate::compare::eq(&x, &y)? {
                return match op {
                    CompareOp::Eq => Ok(false),
                    CompareOp::Ne => Ok(true),
                    CompareOp::Lt => crate::compare::lt(&x, &y),
                    CompareOp::Le => crate::compare::le(&x, &y),
                    CompareOp::Gt => crate::compare::gt(&x, &y),
                    CompareOp::Ge => crate::compare::ge(&x, &y),
                };
            }
        }
        Ok(op.holds(a.len().cmp(&b.len())))
    }

    /// `self + other`
    fn concat(&self, other: &Value) -> PyResult<Value> {
        let Some(other) = as_array(other) else {
            return Err(raise::type_error(format!(
                "can only append array (not \"{}\") to array",
                other.type_name()
            )));
        };
        let mut items = self.snapshot();
        if other.code != self.code || !items.extend(&other.items.borrow()) {
            return Err(bad_argument());
        }
        Ok(PyArray::value(self.code, items))
    }

    /// `self += other`: extends in place.
    fn inplace_concat(&self, this: &Value, other: &Value) -> PyResult<Value> {
        let Some(other) = as_array(other) else {
            return Err(raise::type_error(format!(
                "can only extend array with array (not \"{}\")",
                other.type_name()
            )));
        };
        self.extend_array(other)?;
        Ok(this.clone())
    }

    /// Appends the items of an array of the same typecode.
    fn extend_array(&self, other: &PyArray) -> PyResult<()> {
        let extra = other.snapshot();
        if other.code != self.code || !self.items.borrow_mut().extend(&extra) {
            return Err(raise::type_error("can only extend with array of same kind"));
        }
        Ok(())
    }

    /// The items repeated `n` times, or `MemoryError` when too large.
    fn repeated(&self, n: &Value) -> PyResult<Items> {
        let n = crate::ops::repeat_count(n)?;
        let items = self.items.borrow();
        crate::ops::checked_size(items.len(), n, self.code.itemsize())?;
        Ok(items.repeat(n))
    }
}

impl NativeObject for PyArray {
    fn type_name(&self) -> &'static str {
        "array.array"
    }

    fn repr(&self, _this: &Value) -> PyResult<String> {
        let code = self.code.char();
        let items = self.items.borrow();
        if items.len() == 0 {
            return Ok(format!("array('{code}')"));
        }
        let body = if self.code == Code::WideChar {
            crate::repr::repr(&Value::string(wide_text(&items)?))?
        } else {
            crate::repr::repr(&Value::list(items.to_values()?))?
        };
        Ok(format!("array('{code}', {body})"))
    }

    fn getattr(&self, _this: &Value, name: &str) -> Option<PyResult<Value>> {
        match name {
            "typecode" => Some(Ok(crate::str::char_value(self.code.char()))),
            "itemsize" => Some(Ok(Value::Int(self.code.itemsize() as i64))),
            _ => None,
        }
    }

    fn method_names(&self) -> &'static [&'static str] {
        methods::NAMES
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &[Value],
        kwargs: KwArgs,
    ) -> Option<PyResult<Value>> {
        methods::call(self, name, args, kwargs)
    }

    fn item_at(&self, index: usize) -> Option<PyResult<Value>> {
        let items = self.items.borrow();
        (index < items.len()).then(|| items.get(index))
    }

    fn length(&self) -> Option<usize> {
        Some(self.items.borrow().len())
    }

    fn contains(&self, _this: &Value, item: &Value) -> Option<PyResult<bool>> {
        Some(self.position(item, 0, usize::MAX).map(|i| i.is_some()))
    }

    fn getitem(&self, _this: &Value, key: &Value) -> Option<PyResult<Value>> {
        Some(self.item(key))
    }

    fn getslice(&self, _this: &Value, slice: Slice) -> Option<PyResult<Value>> {
        let run = || {
            let items = self.items.borrow();
            let ix = slice.indices(items.len())?;
            Ok(PyArray::value(self.code, items.select(&ix)))
        };
        Some(run())
    }

    fn setitem(&self, _this: &Value, key: &Value, value: Value) -> Option<PyResult<()>> {
        let run = || {
            let i = subscript_index(key)?;
            let len = self.items.borrow().len();
            let Some(i) = crate::subscript::normalize_index(i, len) else {
                return Err(raise::index_error("array assignment index out of range"));
            };
            let s = self.code.scalar(&value)?;
            let mut items = self.items.borrow_mut();
            // The conversion may have run Python code that shrank the array.
            if i >= items.len() {
                return Err(raise::index_error("array assignment index out of range"));
            }
            items.set(i, s);
            Ok(())
        };
        Some(run())
    }

    fn setslice(&self, _this: &Value, slice: Slice, value: Value) -> Option<PyResult<()>> {
        let run = || {
            let Some(other) = as_array(&value) else {
                return Err(raise::type_error(format!(
                    "can only assign array (not \"{}\") to array slice",
                    value.type_name()
                )));
            };
            if other.code != self.code {
                return Err(bad_argument());
            }
            let new = other.snapshot();
            let mut items = self.items.borrow_mut();
            let ix = slice.indices(items.len())?;
            if ix.step == 1 {
                let start = ix.start as usize;
                items.splice(start, start + ix.len, &new);
                return Ok(());
            }
            if new.len() != ix.len {
                return Err(raise::value_error(format!(
                    "attempt to assign array of size {} to extended slice of size {}",
                    new.len(),
                    ix.len
                )));
            }
            items.assign(&ix, &new);
            Ok(())
        };
        Some(run())
    }

    fn delitem(&self, _this: &Value, key: &Value) -> Option<PyResult<()>> {
        let run = || {
            let i = subscript_index(key)?;
            let mut items = self.items.borrow_mut();
            match crate::subscript::normalize_index(i, items.len()) {
                Some(i) => {
                    items.remove(i);
                    Ok(())
                }
                None => Err(raise::index_error("array assignment index out of range")),
            }
        };
        Some(run())
    }

    fn delslice(&self, _this: &Value, slice: Slice) -> Option<PyResult<()>> {
        let run = || {
            let mut items = self.items.borrow_mut();
            let ix = slice.indices(items.len())?;
            items.delete(&ix);
            Ok(())
        };
        Some(run())
    }

    fn compare(&self, _this: &Value, other: &Value, op: CompareOp) -> Option<PyResult<bool>> {
        Some(self.rich_compare(as_array(other)?, op))
    }

    fn binary(&self, this: &Value, name: &str, other: &Value) -> Option<PyResult<Value>> {
        Some(match name {
            "__add__" => self.concat(other),
            "__iadd__" => self.inplace_concat(this, other),
            "__mul__" | "__rmul__" => self
                .repeated(other)
                .map(|items| PyArray::value(self.code, items)),
            "__imul__" => self.repeated(other).map(|items| {
                *self.items.borrow_mut() = items;
                this.clone()
            }),
            _ => return None,
        })
    }

    fn hashable(&self) -> bool {
        false
    }
}

/// `array.array(typecode[, initializer])`
fn array(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(raise::type_error(
            "array.array() takes no keyword arguments",
        ));
    }
    let (code, initializer) = match args {
        [code] => (code, None),
        [code, initializer] => (code, Some(initializer)),
        _ => {
            return Err(raise::type_error(format!(
                "array() takes at {} ({} given)",
                if args.is_empty() {
                    "least 1 argument"
                } else {
                    "most 2 arguments"
                },
                args.len()
            )))
        }
    };
    let code = typecode(code)?;
    let array = PyArray::new(code, code.empty());
    match initializer {
        None => {}
        Some(Value::Str(s)) => {
            if code != Code::WideChar {
                return Err(raise::type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    code.char()
                )));
            }
            array.extend_str(s.as_str());
        }
        Some(Value::Bytes(b)) => array.extend_bytes(&b.data)?,
        Some(init) => match as_array(init) {
            Some(other) if other.code == Code::WideChar && code != Code::WideChar => {
                return Err(raise::type_error(format!(
                    "cannot use a unicode array to initialize an array with typecode '{}'",
                    code.char()
                )));
            }
            Some(other) if other.code == code => *array.items.borrow_mut() = other.snapshot(),
            _ => array.extend_iterable(init)?,
        },
    }
    Ok(crate::native::value(array))
}

/// The typecode argument: a one-character str naming a typecode.
fn typecode(v: &Value) -> PyResult<Code> {
    let c = match v {
        Value::Str(s) if s.char_len() == 1 => s.as_str().chars().next(),
        _ => None,
    };
    let Some(c) = c else {
        return Err(raise::type_error(format!(
            "array() argument 1 must be a unicode character, not {}",
            v.type_name()
        )));
    };
    Code::from_char(c).ok_or_else(|| {
        raise::value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
    })
}

/// The array inside `v`, if it is one.
fn as_array(v: &Value) -> Option<&PyArray> {
    match v {
        Value::Native(n) => n.downcast::<PyArray>(),
        _ => None,
    }
}

/// A subscript as an index: an int (huge ones raise `IndexError`) or an
/// object with `__index__`.
fn subscript_index(key: &Value) -> PyResult<i64> {
    match crate::builtin_base::view(key) {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::BigInt(_) => Err(raise::index_error(
            "cannot fit 'int' into an index-sized integer",
        )),
        Value::Instance(_) if crate::instance::special_method(key, "__index__").is_some() => {
            subscript_index(&crate::builtins::args::index_value(key)?)
        }
        _ => Err(raise::type_error("array indices must be integers")),
    }
}

/// The text of a `u` array.
fn wide_text(items: &Items) -> PyResult<String> {
    let mut text = String::with_capacity(items.len());
    for i in 0..items.len() {
        if let Value::Str(s) = items.get(i)? {
            text.push_str(s.as_str());
        }
    }
    Ok(text)
}

/// `TypeError: bad argument type for built-in operation` (arrays of
/// different typecodes).
#[cold]
fn bad_argument() -> PyErr {
    raise::type_error("bad argument type for built-in operation")
}
