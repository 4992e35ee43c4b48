//! `str.maketrans` and `str.translate`.

use crate::error::{raise, ExcKind, PyResult};
use crate::value::Value;

/// `str.maketrans(x[, y[, z]])`: a dict from code points to replacements.
pub fn maketrans(args: &[Value]) -> PyResult<Value> {
    let dict = crate::dict::PyDict::new();
    match args {
        [Value::Dict(d)] => {
            for (key, value) in d.entries() {
                let code = match &key.key {
                    Value::Int(i) => Value::Int(*i),
                    Value::Str(s) if s.char_len() == 1 => {
                        Value::Int(s.as_str().chars().next().map_or(0, |c| c as i64))
                    }
                    Value::Str(_) => {
                        return Err(raise::value_error(
                            "string keys in translate table must be of length 1",
                        ))
                    }
                    _ => {
                        return Err(raise::type_error(
                            "keys in translate table must be strings or integers",
                        ))
                    }
                };
                dict.set(code, value)?;
            }
        }
        [_] => {
            return Err(raise::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ))
        }
        [Value::Str(from), Value::Str(to), rest @ ..] if rest.len() <= 1 => {
            if from.char_len() != to.char_len() {
                return Err(raise::value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in from.as_str().chars().zip(to.as_str().chars()) {
                dict.set(Value::Int(a as i64), Value::Int(b as i64))?;
            }
            match rest {
                [Value::Str(delete)] => {
                    for c in delete.as_str().chars() {
                        dict.set(Value::Int(c as i64), Value::None)?;
                    }
                }
                [other] => {
                    return Err(raise::type_error(format!(
                        "maketrans() argument 3 must be str, not {}",
                        other.type_name()
                    )))
                }
                _ => {}
            }
        }
        [Value::Str(_), other, ..] | [other, ..] if args.len() <= 3 => {
            return Err(raise::type_error(format!(
                "maketrans() argument 2 must be str, not {}",
                other.type_name()
            )))
        }
        _ => {
            return Err(raise::type_error(format!(
                "maketrans() takes at most 3 arguments ({} given)",
                args.len()
            )))
        }
    }
    Ok(Value::Dict(std::rc::Rc::new(dict)))
}

/// `s.translate(table)`: maps each character through `table[ord(c)]`.
pub fn translate(text: &str, table: &Value) -> PyResult<String> {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let key = Value::Int(c as i64);
        match crate::subscript::getitem(table, &key) {
            Ok(Value::None) => {}
            Ok(Value::Int(code)) => match u32::try_from(code).ok().and_then(char::from_u32) {
                Some(mapped) => out.push(mapped),
                None => {
                    return Err(raise::value_error(
                        "character mapping must be in range(0x110000)",
                    ))
                }
            },
            Ok(Value::Str(s)) => out.push_str(s.as_str()),
            Ok(_) => {
                return Err(raise::type_error(
                    "character mapping must return integer, None or str",
                ))
            }
            Err(err)
                if matches!(
                    err.kind(),
                    ExcKind::LookupError | ExcKind::KeyError | ExcKind::IndexError
                ) =>
            {
                out.push(c)
            }
            Err(err) => return Err(err),
        }
    }
    Ok(out)
}
