//! Builtin functions and the builtin types' constructors.
//!
//! [`lookup`] is the builtins namespace as the global caches see it; every
//! builtin is a static [`BuiltinFunction`] (or a builtin type), so looking one
//! up allocates nothing and a call site can recognise a builtin by identity.

pub mod args;
mod classes;
mod constructors;
mod functions;
mod iterables;
mod iterators;
pub mod lazy;
mod numeric;
mod objects;
pub mod reduce;
mod round;

use crate::error::{raise, PyResult};
use crate::func::{BuiltinFunction, KwArgs};
use crate::types::TypeId;
use crate::value::Value;

pub use classes::is_subclass;
pub use constructors::construct;
pub use functions::*;
pub use iterables::{all, any, sorted};
pub use iterators::{enumerate, filter, map, reversed, zip};
pub use numeric::{bin, divmod, hex, oct, pow, pow_mod};
pub use objects::{ascii, callable, getattr, hasattr, hash, id};
pub use round::{round, round_float};

/// The builtin named `name`, if pyrt provides it.
pub fn lookup(name: &str) -> Option<Value> {
    let ty = match name {
        "int" => TypeId::Int,
        "float" => TypeId::Float,
        "str" => TypeId::Str,
        "bool" => TypeId::Bool,
        "list" => TypeId::List,
        "tuple" => TypeId::Tuple,
        "dict" => TypeId::Dict,
        "range" => TypeId::Range,
        "set" => TypeId::Set,
        "frozenset" => TypeId::FrozenSet,
        "type" => TypeId::Type,
        "object" => TypeId::Object,
        "bytes" => TypeId::Bytes,
        "NotImplemented" => return Some(Value::NotImplemented),
        "enumerate" => TypeId::Enumerate,
        "zip" => TypeId::Zip,
        "map" => TypeId::Map,
        "filter" => TypeId::Filter,
        "reversed" => TypeId::Reversed,
        "slice" => TypeId::Slice,
        _ => {
            return FUNCTIONS
                .iter()
                .chain(classes::CLASS_FUNCTIONS)
                .find(|f| f.name == name)
                .map(Value::Builtin)
                .or_else(|| classes::exception_class(name))
        }
    };
    Some(Value::Type(ty))
}

/// Every builtin function, by name.
static FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction {
        name: "print",
        call: print,
    },
    BuiltinFunction {
        name: "format",
        call: crate::fmt::format_builtin,
    },
    BuiltinFunction {
        name: "len",
        call: len_builtin,
    },
    BuiltinFunction {
        name: "abs",
        call: abs,
    },
    BuiltinFunction {
        name: "min",
        call: min,
    },
    BuiltinFunction {
        name: "max",
        call: max,
    },
    BuiltinFunction {
        name: "sum",
        call: sum,
    },
    BuiltinFunction {
        name: "repr",
        call: repr,
    },
    BuiltinFunction {
        name: "isinstance",
        call: isinstance,
    },
    BuiltinFunction {
        name: "ord",
        call: ord,
    },
    BuiltinFunction {
        name: "chr",
        call: chr,
    },
    BuiltinFunction {
        name: "iter",
        call: iter,
    },
    BuiltinFunction {
        name: "next",
        call: next,
    },
    BuiltinFunction {
        name: "sorted",
        call: sorted,
    },
    BuiltinFunction {
        name: "any",
        call: any,
    },
    BuiltinFunction {
        name: "all",
        call: all,
    },
    BuiltinFunction {
        name: "divmod",
        call: divmod,
    },
    BuiltinFunction {
        name: "pow",
        call: pow,
    },
    BuiltinFunction {
        name: "round",
        call: round,
    },
    BuiltinFunction {
        name: "hex",
        call: hex,
    },
    BuiltinFunction {
        name: "oct",
        call: oct,
    },
    BuiltinFunction {
        name: "bin",
        call: bin,
    },
    BuiltinFunction {
        name: "hash",
        call: hash,
    },
    BuiltinFunction {
        name: "id",
        call: id,
    },
    BuiltinFunction {
        name: "callable",
        call: callable,
    },
    BuiltinFunction {
        name: "ascii",
        call: ascii,
    },
    BuiltinFunction {
        name: "getattr",
        call: getattr,
    },
    BuiltinFunction {
        name: "hasattr",
        call: hasattr,
    },
    BuiltinFunction {
        name: "setattr",
        call: objects::setattr,
    },
    BuiltinFunction {
        name: "delattr",
        call: objects::delattr,
    },
    BuiltinFunction {
        name: "vars",
        call: objects::vars,
    },
];

/// Converts an argument used as an integer index or count (`int` or `bool`).
pub fn index_arg(value: &Value) -> PyResult<i64> {
    match crate::builtin_base::view(value) {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(raise::overflow(
            "Python int too large to convert to C ssize_t",
        )),
        _ => Err(raise::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            value.type_name()
        ))),
    }
}

/// Splits off the keyword arguments a builtin accepts; any other raises TypeError.
pub(crate) fn take_kwargs<'a, const N: usize>(
    function: &str,
    kwargs: KwArgs<'a>,
    names: [&str; N],
) -> PyResult<[Option<&'a Value>; N]> {
    let mut found = [None; N];
    for (key, value) in kwargs {
        match names.iter().position(|n| n == key) {
            Some(i) => found[i] = Some(value),
            None => {
                return Err(raise::type_error(format!(
                    "'{key}' is an invalid keyword argument for {function}()"
                )))
            }
        }
    }
    Ok(found)
}
