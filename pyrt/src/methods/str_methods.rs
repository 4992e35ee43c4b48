//! Methods of `str` objects: argument parsing and dispatch to [`crate::str`].

use std::rc::Rc;

use super::args::{
    bind, c_int_arg, expect_range, index_arg, no_args, one_arg, search_bound, str_arg, takes_range,
};
use crate::builtin_base::view;
use crate::error::{raise, PyResult};
use crate::func::KwArgs;
use crate::str::split::StripSide;
use crate::str::{ascii_value, case, ctype, pad, search, split, str_value, string_value, PyStr};
use crate::value::Value;

/// `s` itself when `text` is all of it, else a new str.
fn same_or(s: &Rc<PyStr>, text: &str) -> Value {
    if text.len() == s.as_str().len() {
        Value::Str(s.clone())
    } else if s.is_ascii() {
        ascii_value(text)
    } else {
        str_value(text)
    }
}

/// `s` itself when unchanged (`None`), else the new text.
fn changed_or(s: &Rc<PyStr>, text: Option<String>) -> Value {
    match text {
        Some(t) => string_value(t),
        None => Value::Str(s.clone()),
    }
}

/// A str computed from the text, reusing `s` when it comes out identical.
fn mapped(s: &Rc<PyStr>, f: fn(&str) -> String) -> Value {
    let out = f(s.as_str());
    if out == s.as_str() {
        Value::Str(s.clone())
    } else {
        string_value(out)
    }
}

/// Declares [`StrMethod`] and [`NAMES`] from one list of (variant, name) pairs.
macro_rules! str_methods {
    ($($variant:ident = $name:literal,)*) => {
        /// A method of `str`, resolved from its name once (see [`call_resolved`]).
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum StrMethod {
            $(
                #[doc = concat!("`str.", $name, "`")]
                $variant,
            )*
        }

        /// The methods of `str` that pyrt implements.
        pub const NAMES: &[&str] = &[$($name),*];

        impl StrMethod {
            /// The method called `name`, if pyrt implements it.
            pub fn from_name(name: &str) -> Option<StrMethod> {
                match name {
                    $($name => Some(StrMethod::$variant),)*
                    _ => None,
                }
            }

            /// The method's name.
            pub fn name(self) -> &'static str {
                match self {
                    $(StrMethod::$variant => $name,)*
                }
            }

            /// The method's qualified name (`str.find`), for error messages.
            pub fn qualname(self) -> &'static str {
                match self {
                    $(StrMethod::$variant => concat!("str.", $name),)*
                }
            }
        }
    };
}

str_methods! {
    Translate = "translate",
    Maketrans = "maketrans",
    Encode = "encode",
    Capitalize = "capitalize",
    Casefold = "casefold",
    Center = "center",
    Count = "count",
    Endswith = "endswith",
    Expandtabs = "expandtabs",
    Find = "find",
    Format = "format",
    FormatMap = "format_map",
    Index = "index",
    Isalnum = "isalnum",
    Isalpha = "isalpha",
    Isascii = "isascii",
    Isdecimal = "isdecimal",
    Isdigit = "isdigit",
    Isidentifier = "isidentifier",
    Islower = "islower",
    Isnumeric = "isnumeric",
    Isprintable = "isprintable",
    Isspace = "isspace",
    Istitle = "istitle",
    Isupper = "isupper",
    Join = "join",
    Ljust = "ljust",
    Lower = "lower",
    Lstrip = "lstrip",
    Partition = "partition",
    Removeprefix = "removeprefix",
    Removesuffix = "removesuffix",
    Replace = "replace",
    Rfind = "rfind",
    Rindex = "rindex",
    Rjust = "rjust",
    Rpartition = "rpartition",
    Rsplit = "rsplit",
    Rstrip = "rstrip",
    Split = "split",
    Splitlines = "splitlines",
    Startswith = "startswith",
    Strip = "strip",
    Swapcase = "swapcase",
    Title = "title",
    Upper = "upper",
    Zfill = "zfill",
}

/// `s.name(*args, **kwargs)`
pub fn call(s: &Rc<PyStr>, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    match StrMethod::from_name(name) {
        Some(method) => call_resolved(s, method, args, kwargs),
        None => super::call_attribute(&Value::Str(s.clone()), name, args, kwargs),
    }
}

/// The most frequent str methods with their most frequent arguments,
/// answered without [`call_resolved`]'s dispatch: `lower()`, `upper()`,
/// `split()`, and `strip`/`lstrip`/`rstrip` with no argument or a str.
/// `None` sends the call the general way (which also reports bad arguments).
#[inline(always)]
pub fn call_common(s: &Rc<PyStr>, method: StrMethod, args: &[Value]) -> Option<PyResult<Value>> {
    let side = match (method, args) {
        (StrMethod::Lower, []) => return Some(Ok(case::lower_value(s))),
        (StrMethod::Upper, []) => return Some(Ok(case::upper_value(s))),
        (StrMethod::Split, []) => return Some(split::split(s, None, -1)),
        (StrMethod::Strip, _) => StripSide::Both,
        (StrMethod::Lstrip, _) => StripSide::Left,
        (StrMethod::Rstrip, _) => StripSide::Right,
        _ => return None,
    };
    let chars = match args {
        [] => None,
        [Value::Str(chars)] => Some(chars.as_str()),
        _ => return None,
    };
    Some(Ok(same_or(s, split::strip(s.as_str(), chars, side))))
}

/// `s.method(*args, **kwargs)`, the method already resolved from its name
/// (a method-call site resolves it once).
pub fn call_resolved(
    s: &Rc<PyStr>,
    method: StrMethod,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<Value> {
    let text = s.as_str();
    let qual = method.qualname();
    let predicate = |f: fn(&str) -> bool| -> PyResult<Value> {
        no_args(qual, args, kwargs)?;
        Ok(Value::Bool(f(text)))
    };
    let conversion = |f: fn(&str) -> String| -> PyResult<Value> {
        no_args(qual, args, kwargs)?;
        Ok(mapped(s, f))
    };
    match method {
        StrMethod::Split | StrMethod::Rsplit => split_method(s, method, args, kwargs),
        StrMethod::Splitlines => {
            let [keepends] = bind("splitlines", args, kwargs, ["keepends"], 1)?;
            let keepends = keepends.map(c_int_arg).transpose()?.unwrap_or(0) != 0;
            Ok(split::splitlines(text, keepends))
        }
        StrMethod::Join => split::join(text, one_arg(qual, args, kwargs)?),
        StrMethod::Strip => strip_method(s, method, StripSide::Both, args, kwargs),
        StrMethod::Lstrip => strip_method(s, method, StripSide::Left, args, kwargs),
        StrMethod::Rstrip => strip_method(s, method, StripSide::Right, args, kwargs),
        StrMethod::Partition => {
            split::partition(text, str_arg(one_arg(qual, args, kwargs)?, "")?.as_str())
        }
        StrMethod::Rpartition => {
            split::rpartition(text, str_arg(one_arg(qual, args, kwargs)?, "")?.as_str())
        }
        StrMethod::Find
        | StrMethod::Rfind
        | StrMethod::Index
        | StrMethod::Rindex
        | StrMethod::Count => find_method(s, method, args, kwargs),
        StrMethod::Format => Ok(string_value(crate::fmt::format_str(text, args, kwargs)?)),
        StrMethod::FormatMap => {
            let mapping = one_arg(qual, args, kwargs)?;
            Ok(string_value(crate::fmt::format_map(text, mapping)?))
        }
        StrMethod::Startswith | StrMethod::Endswith => prefix_method(s, method, args, kwargs),
        StrMethod::Replace => replace_method(s, args, kwargs),
        StrMethod::Removeprefix => {
            let prefix = str_arg(one_arg(qual, args, kwargs)?, "removeprefix() argument ")?;
            Ok(same_or(s, search::removeprefix(text, prefix.as_str())))
        }
        StrMethod::Removesuffix => {
            let suffix = str_arg(one_arg(qual, args, kwargs)?, "removesuffix() argument ")?;
            Ok(same_or(s, search::removesuffix(text, suffix.as_str())))
        }
        StrMethod::Center | StrMethod::Ljust | StrMethod::Rjust => {
            justify_method(s, method, args, kwargs)
        }
        StrMethod::Zfill => {
            let width = index_arg(one_arg(qual, args, kwargs)?)?;
            Ok(changed_or(s, pad::zfill(s, width)?))
        }
        StrMethod::Expandtabs => {
            let [tabsize] = bind("expandtabs", args, kwargs, ["tabsize"], 1)?;
            let tabsize = tabsize.map(c_int_arg).transpose()?.unwrap_or(8);
            Ok(changed_or(s, pad::expandtabs(text, tabsize)?))
        }
        StrMethod::Translate => {
            let table = one_arg(qual, args, kwargs)?;
            Ok(Value::string(crate::str::translate::translate(
                text, table,
            )?))
        }
        StrMethod::Maketrans => {
            crate::func::no_kwargs("maketrans", kwargs)?;
            crate::str::translate::maketrans(args)
        }
        StrMethod::Encode => {
            let [encoding, errors] = bind("encode", args, kwargs, ["encoding", "errors"], 2)?;
            let utf8 = Value::str("utf-8");
            crate::bytes::encode(text, encoding.unwrap_or(&utf8), errors)
        }
        StrMethod::Upper => {
            no_args(qual, args, kwargs)?;
            Ok(case::upper_value(s))
        }
        StrMethod::Lower => {
            no_args(qual, args, kwargs)?;
            Ok(case::lower_value(s))
        }
        StrMethod::Casefold => conversion(case::casefold),
        StrMethod::Capitalize => {
            no_args(qual, args, kwargs)?;
            Ok(case::capitalize_value(s))
        }
        StrMethod::Title => conversion(case::title),
        StrMethod::Swapcase => conversion(case::swapcase),
        StrMethod::Isdigit => predicate(ctype::isdigit),
        StrMethod::Isdecimal => predicate(ctype::isdecimal),
        StrMethod::Isnumeric => predicate(ctype::isnumeric),
        StrMethod::Isalpha => predicate(ctype::isalpha),
        StrMethod::Isalnum => predicate(ctype::isalnum),
        StrMethod::Isspace => predicate(ctype::isspace),
        StrMethod::Isupper => predicate(ctype::isupper),
        StrMethod::Islower => predicate(ctype::islower),
        StrMethod::Istitle => predicate(ctype::istitle),
        StrMethod::Isidentifier => predicate(ctype::isidentifier),
        StrMethod::Isprintable => predicate(ctype::isprintable),
        StrMethod::Isascii => predicate(ctype::isascii),
    }
}

/// `sep` of `split`: a str or None.
fn sep_arg(v: Option<&Value>) -> PyResult<Option<&PyStr>> {
    match v.map(view) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s)),
        Some(other) => Err(raise::type_error(format!(
            "must be str or None, not {}",
            other.type_name()
        ))),
    }
}

fn split_method(s: &PyStr, method: StrMethod, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [sep, maxsplit] = bind(method.name(), args, kwargs, ["sep", "maxsplit"], 2)?;
    let sep = sep_arg(sep)?;
    let maxsplit = maxsplit.map(index_arg).transpose()?.unwrap_or(-1);
    if method == StrMethod::Split {
        split::split(s, sep, maxsplit)
    } else {
        split::rsplit(s, sep, maxsplit)
    }
}

fn strip_method(
    s: &Rc<PyStr>,
    method: StrMethod,
    side: StripSide,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<Value> {
    let name = method.name();
    expect_range(name, method.qualname(), args, kwargs, 0, 1)?;
    let chars = match args.first().map(view) {
        None | Some(Value::None) => None,
        Some(Value::Str(c)) => Some(c.as_str()),
        Some(_) => return Err(raise::type_error(format!("{name} arg must be None or str"))),
    };
    Ok(same_or(s, split::strip(s.as_str(), chars, side)))
}

fn find_method(s: &PyStr, method: StrMethod, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (name, qual) = (method.name(), method.qualname());
    takes_range(name, qual, args, kwargs, 1, 3)?;
    let start = search_bound(args.get(1))?;
    let end = search_bound(args.get(2))?;
    let sub = str_arg(&args[0], "")?;
    let found = match method {
        StrMethod::Count => return Ok(Value::Int(search::count(s, sub, start, end))),
        StrMethod::Find | StrMethod::Index => search::find(s, sub, start, end),
        _ => search::rfind(s, sub, start, end),
    };
    if found < 0 && matches!(method, StrMethod::Index | StrMethod::Rindex) {
        return Err(raise::value_error("substring not found"));
    }
    Ok(Value::Int(found))
}

fn prefix_method(s: &PyStr, method: StrMethod, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let (name, qual) = (method.name(), method.qualname());
    takes_range(name, qual, args, kwargs, 1, 3)?;
    let start = search_bound(args.get(1))?;
    let end = search_bound(args.get(2))?;
    let test = if method == StrMethod::Startswith {
        search::startswith
    } else {
        search::endswith
    };
    match view(&args[0]) {
        Value::Str(p) => Ok(Value::Bool(test(s, p, start, end))),
        Value::Tuple(t) => {
            for item in t.items.iter() {
                match view(item) {
                    Value::Str(p) if test(s, p, start, end) => return Ok(Value::Bool(true)),
                    Value::Str(_) => {}
                    _ => {
                        return Err(raise::type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            item.type_name()
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        _ => Err(raise::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            args[0].type_name()
        ))),
    }
}

fn replace_method(s: &Rc<PyStr>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    expect_range("replace", "str.replace", args, kwargs, 2, 3)?;
    let old = str_arg(&args[0], "replace() argument 1 ")?;
    let new = str_arg(&args[1], "replace() argument 2 ")?;
    let count = args.get(2).map(index_arg).transpose()?.unwrap_or(-1);
    Ok(changed_or(
        s,
        search::replace(s.as_str(), old.as_str(), new.as_str(), count),
    ))
}

/// The fill character argument of `center`/`ljust`/`rjust`.
fn fill_arg(v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(Value::Str(f)) => {
            let mut chars = f.as_str().chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(raise::type_error(
                    "The fill character must be exactly one character long",
                )),
            }
        }
        Some(other) => Err(raise::type_error(format!(
            "The fill character must be a unicode character, not {}",
            other.type_name()
        ))),
    }
}

fn justify_method(
    s: &Rc<PyStr>,
    method: StrMethod,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<Value> {
    let (name, qual) = (method.name(), method.qualname());
    expect_range(name, qual, args, kwargs, 1, 2)?;
    let width = index_arg(&args[0])?;
    let fill = fill_arg(args.get(1))?;
    let out = match method {
        StrMethod::Center => pad::center(s, width, fill)?,
        StrMethod::Ljust => pad::ljust(s, width, fill)?,
        _ => pad::rjust(s, width, fill)?,
    };
    Ok(changed_or(s, out))
}
