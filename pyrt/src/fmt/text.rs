//! `str.__format__` (the `s` presentation: precision truncates, width pads)
//! and `object.__format__` (only the empty spec, meaning `str(obj)`).

use super::spec::{parse, unknown_code, Spec};
use crate::error::{raise, PyResult};
use crate::value::Value;

/// `format(s, spec)` for a str `s`.
pub fn format_text(s: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let spec = parse(spec, 's', '<', "str")?;
    if spec.ty != 's' {
        return Err(unknown_code(spec.ty, "str"));
    }
    check_text_spec(&spec)?;
    let len = s.chars().count();
    let shown = match spec.precision {
        Some(p) if p < len => {
            let end = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            &s[..end]
        }
        _ => s,
    };
    pad(shown, &spec)
}

/// The options a str spec may not use, with CPython's messages.
fn check_text_spec(spec: &Spec) -> PyResult<()> {
    let refused = match spec.sign {
        Some(' ') => "Space not allowed in string format specifier",
        Some(_) => "Sign not allowed in string format specifier",
        None if spec.no_neg_zero => {
            "Negative zero coercion (z) not allowed in string format specifier"
        }
        None if spec.alternate => "Alternate form (#) not allowed in string format specifier",
        None if spec.align == '=' => "'=' alignment not allowed in string format specifier",
        None => return Ok(()),
    };
    Err(raise::value_error(refused))
}

/// `text` padded with the fill character to the width, aligned as the spec says.
fn pad(text: &str, spec: &Spec) -> PyResult<String> {
    let padding = spec.padded_width()?.saturating_sub(text.chars().count());
    let left = match spec.align {
        '>' => padding,
        '^' => padding / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(text.len() + padding);
    out.extend(std::iter::repeat_n(spec.fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(spec.fill, padding - left));
    Ok(out)
}

/// `object.__format__`: `str(v)` for an empty spec, else
/// `TypeError: unsupported format string passed to T.__format__`.
pub fn format_object(v: &Value, spec: &str) -> PyResult<String> {
    if !spec.is_empty() {
        return Err(raise::type_error(format!(
            "unsupported format string passed to {}.__format__",
            v.type_name()
        )));
    }
    crate::repr::str_of(v)
}
