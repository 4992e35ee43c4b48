//! Argument binding for builtins declared with CPython's argument clinic
//! (`pow(base, exp, mod=None)`, `round(number, ndigits=None)`), with its
//! messages in its order: too many, missing, given twice, unknown keyword.

use crate::error::{raise, PyResult};
use crate::func::KwArgs;
use crate::value::Value;

/// Binds `args`/`kwargs` to positional-or-keyword parameters `names`, of
/// which the first `required` must be given.
pub fn clinic<'a, const N: usize>(
    function: &str,
    args: &'a [Value],
    kwargs: KwArgs<'a>,
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<&'a Value>; N]> {
    let total = args.len() + kwargs.len();
    if total > N {
        return Err(raise::type_error(format!(
            "{function}() takes at most {N} {}argument{} ({total} given)",
            if args.is_empty() { "keyword " } else { "" },
            if N == 1 { "" } else { "s" },
        )));
    }
    let mut slots: [Option<&Value>; N] = [None; N];
    for (slot, arg) in slots.iter_mut().zip(args) {
        *slot = Some(arg);
    }
    for (i, name) in names.iter().enumerate().skip(args.len()) {
        slots[i] = kwargs.iter().find(|(k, _)| k == name).map(|(_, v)| v);
        if slots[i].is_none() && i < required {
            return Err(raise::type_error(format!(
                "{function}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    for (key, _) in kwargs {
        if let Some(i) = names[..args.len()].iter().position(|n| n == key) {
            return Err(raise::type_error(format!(
                "argument for {function}() given by name ('{key}') and position ({})",
                i + 1
            )));
        }
    }
    for (key, _) in kwargs {
        if !names.contains(key) {
            return Err(raise::type_error(format!(
                "'{key}' is an invalid keyword argument for {function}()"
            )));
        }
    }
    Ok(slots)
}

/// `operator.index(v)`: an int argument as an int value (`True` becomes 1),
/// or `TypeError: 'T' object cannot be interpreted as an integer`.
pub fn index_value(v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Instance(_) => match crate::instance::call_special(v, "__index__", &[]) {
            Some(result) => match result? {
                i @ (Value::Int(_) | Value::BigInt(_)) => Ok(i),
                other => Err(raise::type_error(format!(
                    "__index__ returned non-int (type {})",
                    other.type_name()
                ))),
            },
            None => Err(crate::methods::args::not_an_integer(v)),
        },
        other => Err(crate::methods::args::not_an_integer(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(result: PyResult<[Option<&Value>; 3]>) -> String {
        match result {
            Ok(_) => "ok".to_string(),
            Err(e) => e.message(),
        }
    }

    #[test]
    fn clinic_messages_follow_cpython_order() {
        let two = [Value::Int(2), Value::Int(3)];
        let names = ["base", "exp", "mod"];
        let x = [("x", Value::Int(1))];
        assert_eq!(
            message(clinic("pow", &two, &x, names, 2)),
            "'x' is an invalid keyword argument for pow()"
        );
        let base = [("base", Value::Int(2))];
        assert_eq!(
            message(clinic("pow", &two[..1], &base, names, 2)),
            "pow() missing required argument 'exp' (pos 2)"
        );
        let both = [("exp", Value::Int(2)), ("base", Value::Int(3))];
        assert_eq!(
            message(clinic("pow", &two[..1], &both, names, 2)),
            "argument for pow() given by name ('base') and position (1)"
        );
        let many = [Value::Int(1), Value::Int(2), Value::Int(3), Value::Int(4)];
        assert_eq!(
            message(clinic("pow", &many, &[], names, 2)),
            "pow() takes at most 3 arguments (4 given)"
        );
        let exp_x = [("exp", Value::Int(2)), ("x", Value::Int(1))];
        assert_eq!(
            message(clinic("pow", &[], &exp_x, names, 2)),
            "pow() missing required argument 'base' (pos 1)"
        );
    }
}
