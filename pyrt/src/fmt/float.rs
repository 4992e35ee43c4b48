//! `float.__format__`: the `e E f F g G n %` presentations and the default
//! (repr-like, with at least one digit after the point), as CPython's
//! `format_float_internal` does them.

use super::dtoa::{double_to_string, Code, Flags};
use super::number::{layout, Number};
use super::spec::{parse, unknown_code, Spec};
use crate::error::{raise, PyResult};

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(crate::float::repr(x));
    }
    let spec = parse(spec, '\0', '>', "float")?;
    match spec.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_spec(x, &spec),
        other => Err(unknown_code(other, "float")),
    }
}

/// Formats `x` with a parsed spec whose type is a float presentation (ints
/// formatted with a float type come here after conversion).
pub fn format_float_spec(x: f64, spec: &Spec) -> PyResult<String> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(raise::value_error("precision too big"));
    }
    let text = float_text(x, spec);
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let int_end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, rest) = body.split_at(int_end);
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(after) => (true, after),
        None => (false, rest),
    };
    layout(
        spec,
        &Number {
            negative,
            prefix: "",
            digits,
            decimal,
            remainder,
        },
    )
}

/// The text of `x` before padding and grouping: sign, digits and any `%`.
fn float_text(x: f64, spec: &Spec) -> String {
    let mut flags = Flags {
        upper: matches!(spec.ty, 'E' | 'F' | 'G'),
        add_dot_0: false,
        alternate: spec.alternate,
        no_neg_zero: spec.no_neg_zero,
    };
    let (code, precision, x, percent) = match (spec.ty, spec.precision) {
        ('\0', None) => {
            flags.add_dot_0 = true;
            (Code::Repr, 0, x, false)
        }
        ('\0', Some(p)) => {
            flags.add_dot_0 = true;
            (Code::General, p, x, false)
        }
        ('e' | 'E', p) => (Code::Exponent, p.unwrap_or(6), x, false),
        ('f' | 'F', p) => (Code::Fixed, p.unwrap_or(6), x, false),
        ('%', p) => (Code::Fixed, p.unwrap_or(6), x * 100.0, true),
        (_, p) => (Code::General, p.unwrap_or(6), x, false),
    };
    let mut text = double_to_string(x, code, precision, flags);
    if percent {
        text.push('%');
    }
    text
}
