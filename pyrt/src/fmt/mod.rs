//! The format mini-language: `format(value, spec)`, `str.format` and
//! `str.format_map`, exactly as CPython 3.11 formats.
//!
//! - `spec`: parsing `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//! - `number`: sign, prefix, grouped digits and padding of any number.
//! - `int`, `float` (with `dtoa` for the digits), `text`: each type's `__format__`.
//! - `template` and `field`: replacement fields of `str.format`.
//!
//! printf-style `%` formatting is separate, in [`crate::ops::format`].

mod dtoa;
mod field;
mod float;
mod int;
mod number;
mod spec;
mod template;
mod text;

use crate::error::{raise, PyResult};
use crate::func::{check_arity, no_kwargs, KwArgs};
use crate::value::Value;

/// `format(value, spec)`: what `value.__format__(spec)` returns for the
/// builtin types (and `f"{value:spec}"`).
pub fn format_value(value: &Value, spec: &str) -> PyResult<String> {
    match value {
        Value::Str(s) => text::format_text(s.as_str(), spec),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => int::format_int(value, spec),
        Value::Float(x) => float::format_float(*x, spec),
        other => text::format_object(other, spec),
    }
}

/// `template.format(*args, **kwargs)`
pub fn format_str(template: &str, args: &[Value], kwargs: KwArgs) -> PyResult<String> {
    template::expand(template, &mut field::Source::arguments(args, kwargs))
}

/// `template.format_map(mapping)`: named fields are `mapping[name]`;
/// positional fields are an error.
pub fn format_map(template: &str, mapping: &Value) -> PyResult<String> {
    template::expand(template, &mut field::Source::mapping(mapping))
}

/// The builtin `format(value, format_spec='', /)`.
pub fn format_builtin(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs("format", kwargs)?;
    check_arity("format", args, 1, 2)?;
    let spec = match args.get(1) {
        None => "",
        Some(Value::Str(s)) => s.as_str(),
        Some(other) => {
            // Argument Clinic names None by its value, anything else by its type.
            let shown = match other {
                Value::None => "None",
                _ => other.type_name(),
            };
            return Err(raise::type_error(format!(
                "format() argument 2 must be str, not {shown}"
            )));
        }
    };
    if spec.is_empty() && matches!(args[0], Value::Str(_)) {
        return Ok(args[0].clone());
    }
    Ok(Value::string(format_value(&args[0], spec)?))
}

#[cfg(test)]
mod cases;
#[cfg(test)]
mod tests;
