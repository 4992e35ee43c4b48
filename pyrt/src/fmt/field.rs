//! Replacement field names: `0`, `name`, or either followed by `.attr` and
//! `[key]` parts, looked up in the arguments of `str.format` (or the mapping
//! of `str.format_map`), with automatic numbering for empty names.

use crate::error::{raise, PyResult};
use crate::func::KwArgs;
use crate::value::Value;

/// Where named fields are looked up.
pub enum Named<'a> {
    /// The keyword arguments of `str.format`.
    Keywords(KwArgs<'a>),
    /// The mapping of `str.format_map`.
    Mapping(&'a Value),
}

/// Whether fields have been numbered automatically (`{}`) or by hand (`{0}`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    /// No numbered field yet.
    Unset,
    /// `{}`: the next index is taken.
    Automatic,
    /// `{0}`: indexes are written out.
    Manual,
}

/// The values a template's fields are taken from.
pub struct Source<'a> {
    /// Positional arguments; `None` for `format_map`, which has none.
    positional: Option<&'a [Value]>,
    named: Named<'a>,
    numbering: Numbering,
    next_index: usize,
}

impl<'a> Source<'a> {
    /// The arguments of `str.format(*args, **kwargs)`.
    pub fn arguments(args: &'a [Value], kwargs: KwArgs<'a>) -> Source<'a> {
        Source::new(Some(args), Named::Keywords(kwargs))
    }

    /// The mapping of `str.format_map(mapping)`.
    pub fn mapping(mapping: &'a Value) -> Source<'a> {
        Source::new(None, Named::Mapping(mapping))
    }

    fn new(positional: Option<&'a [Value]>, named: Named<'a>) -> Source<'a> {
        Source {
            positional,
            named,
            numbering: Numbering::Unset,
            next_index: 0,
        }
    }

    /// The index of a numbered field (`None` for an empty name: the next
    /// automatic index), checking that numbering styles are not mixed.
    fn field_index(&mut self, written: Option<usize>) -> PyResult<usize> {
        let automatic = written.is_none();
        if self.numbering == Numbering::Unset {
            self.numbering = if automatic {
                Numbering::Automatic
            } else {
                Numbering::Manual
            };
        }
        match (self.numbering, written) {
            (Numbering::Manual, None) => Err(raise::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            )),
            (Numbering::Automatic, Some(_)) => Err(raise::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            )),
            (_, Some(i)) => Ok(i),
            (_, None) => {
                self.next_index += 1;
                Ok(self.next_index - 1)
            }
        }
    }

    fn positional_arg(&self, index: usize) -> PyResult<Value> {
        let Some(args) = self.positional else {
            return Err(raise::value_error(
                "Format string contains positional fields",
            ));
        };
        args.get(index).cloned().ok_or_else(|| {
            raise::index_error(format!(
                "Replacement index {index} out of range for positional args tuple"
            ))
        })
    }

    fn named_arg(&self, name: &str) -> PyResult<Value> {
        match self.named {
            Named::Keywords(kwargs) => kwargs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| raise::key_error(Value::str(name))),
            Named::Mapping(mapping) => crate::subscript::getitem(mapping, &Value::str(name)),
        }
    }
}

/// The object a field name designates (CPython's `get_field_object`).
pub fn get_field_object(name: &str, source: &mut Source<'_>) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, rest) = name.split_at(first_end);
    let index = whole_integer(first)?;
    let mut obj = if first.is_empty() || index.is_some() {
        let index = source.field_index(index)?;
        source.positional_arg(index)?
    } else {
        source.named_arg(first)?
    };
    let mut parts = rest;
    while !parts.is_empty() {
        let (part, tail) = next_part(parts)?;
        obj = match part {
            Part::Attribute(attr) => crate::methods::getattr(&obj, attr)?,
            Part::Index(i) => crate::subscript::getitem(&obj, &Value::Int(i as i64))?,
            Part::Key(key) => crate::subscript::getitem(&obj, &Value::str(key))?,
        };
        parts = tail;
    }
    Ok(obj)
}

/// One `.attr` or `[key]` after the first name.
enum Part<'a> {
    Attribute(&'a str),
    Index(usize),
    Key(&'a str),
}

/// Splits the first part off `parts` (which starts with `.` or `[` unless malformed).
fn next_part(parts: &str) -> PyResult<(Part<'_>, &str)> {
    let (part, tail) = match parts.as_bytes()[0] {
        b'.' => {
            let body = &parts[1..];
            let end = body.find(['.', '[']).unwrap_or(body.len());
            (Part::Attribute(&body[..end]), &body[end..])
        }
        b'[' => {
            let body = &parts[1..];
            let end = body
                .find(']')
                .ok_or_else(|| raise::value_error("Missing ']' in format string"))?;
            let key = &body[..end];
            let part = match whole_integer(key)? {
                Some(i) => Part::Index(i),
                None => Part::Key(key),
            };
            (part, &body[end + 1..])
        }
        _ => {
            return Err(raise::value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ))
        }
    };
    if matches!(part, Part::Attribute("") | Part::Key("")) {
        return Err(raise::value_error("Empty attribute in format string"));
    }
    Ok((part, tail))
}

/// The value of `s` if it is all (Unicode) decimal digits; `None` if it is
/// empty or has another character; `ValueError` past `Py_ssize_t`.
fn whole_integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut value: usize = 0;
    for c in s.chars() {
        let Some(d) = crate::int::decimal_digit_value(c) else {
            return Ok(None);
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(super::spec::too_many_digits)?;
    }
    Ok(Some(value))
}
