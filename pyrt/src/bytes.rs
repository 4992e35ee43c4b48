//! `bytes`: immutable byte strings — literals, repr, the common methods,
//! `str.encode` / `bytes.decode` (UTF-8 and ASCII), and the constructor.

use std::cell::OnceCell;
use std::rc::Rc;

use crate::error::{raise, PyResult};
use crate::func::{check_arity, KwArgs};
use crate::value::Value;

/// A Python bytes object.
pub struct PyBytes {
    /// The bytes.
    pub data: Box<[u8]>,
}

impl PyBytes {
    /// A bytes value holding `data`.
    pub fn value(data: Vec<u8>) -> Value {
        Value::Bytes(Rc::new(PyBytes {
            data: data.into_boxed_slice(),
        }))
    }
}

/// A bytes literal of the program, allocated on first use.
pub struct BytesConst {
    data: &'static [u8],
    value: OnceCell<Value>,
}

impl BytesConst {
    /// A constant for `data`.
    pub const fn new(data: &'static [u8]) -> Self {
        BytesConst {
            data,
            value: OnceCell::new(),
        }
    }

    /// The constant's value.
    pub fn get(&self) -> Value {
        self.value
            .get_or_init(|| PyBytes::value(self.data.to_vec()))
            .clone()
    }
}

/// `repr(b)`: `b'...'` with CPython's quoting and escapes.
pub fn repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b if b == quote as u8 => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(b as char),
            other => out.push_str(&format!("\\x{other:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `bytes(...)`: empty, zeros of a length, from ints, or `bytes(str, encoding)`.
pub fn construct(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [encoding_kw, errors_kw] =
        crate::builtins::take_kwargs("bytes", kwargs, ["encoding", "errors"])?;
    check_arity("bytes", args, 0, 3)?;
    let encoding = args.get(1).or(encoding_kw);
    match (args.first(), encoding) {
        (None, None) => Ok(PyBytes::value(Vec::new())),
        (Some(Value::Str(s)), Some(enc)) => encode(s.as_str(), enc, args.get(2).or(errors_kw)),
        (Some(Value::Str(_)), None) => {
            Err(raise::type_error("string argument without an encoding"))
        }
        (Some(_), Some(_)) => Err(raise::type_error("encoding without a string argument")),
        (Some(Value::Int(n)), None) => match usize::try_from(*n) {
            Ok(n) => Ok(PyBytes::value(vec![0; n])),
            Err(_) => Err(raise::value_error("negative count")),
        },
        (Some(b @ Value::Bytes(_)), None) => Ok(b.clone()),
        (Some(other), None) => {
            let items = crate::iter::collect(other).map_err(|_| {
                raise::type_error(format!(
                    "cannot convert '{}' object to bytes",
                    other.type_name()
                ))
            })?;
            let mut data = Vec::with_capacity(items.len());
            for item in items {
                data.push(byte_value(&item)?);
            }
            Ok(PyBytes::value(data))
        }
        (None, Some(_)) => Err(raise::type_error("encoding without a string argument")),
    }
}

/// One element of a bytes constructor or `in` test: an int in range(256).
fn byte_value(v: &Value) -> PyResult<u8> {
    match v {
        Value::Int(i) => {
            u8::try_from(*i).map_err(|_| raise::value_error("bytes must be in range(0, 256)"))
        }
        Value::Bool(b) => Ok(*b as u8),
        other => Err(raise::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

fn encoding_name(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_lowercase().replace('_', "-")),
        other => Err(raise::type_error(format!(
            "encode() argument 'encoding' must be str, not {}",
            other.type_name()
        ))),
    }
}

/// `s.encode(encoding='utf-8', errors='strict')` for UTF-8 and ASCII.
pub fn encode(s: &str, encoding: &Value, _errors: Option<&Value>) -> PyResult<Value> {
    match encoding_name(encoding)?.as_str() {
        "utf-8" | "utf8" => Ok(PyBytes::value(s.as_bytes().to_vec())),
        "ascii" | "us-ascii" => match s.char_indices().find(|(_, c)| !c.is_ascii()) {
            None => Ok(PyBytes::value(s.as_bytes().to_vec())),
            Some((at, c)) => {
                let position = s[..at].chars().count();
                let code = c as u32;
                let escaped = match code {
                    0..=0xff => format!("\\x{code:02x}"),
                    0x100..=0xffff => format!("\\u{code:04x}"),
                    _ => format!("\\U{code:08x}"),
                };
                Err(raise::unicode_encode_error(format!(
                    "'ascii' codec can't encode character '{escaped}' in position {position}: ordinal not in range(128)"
                )))
            }
        },
        other => Err(raise::value_error(format!(
            "pyrc: the '{other}' codec is not supported yet"
        ))),
    }
}

/// `b.decode(encoding='utf-8', errors='strict')` for UTF-8 and ASCII.
pub fn decode(data: &[u8], encoding: &Value) -> PyResult<Value> {
    match encoding_name(encoding)?.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(data) {
            Ok(s) => Ok(Value::str(s)),
            Err(e) => {
                let at = e.valid_up_to();
                Err(raise::unicode_decode_error(format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {at}: invalid start byte",
                    data[at]
                )))
            }
        },
        "ascii" | "us-ascii" => match data.iter().position(|b| !b.is_ascii()) {
            None => Ok(Value::string(String::from_utf8_lossy(data).into_owned())),
            Some(at) => Err(raise::unicode_decode_error(format!(
                "'ascii' codec can't decode byte 0x{:02x} in position {at}: ordinal not in range(128)",
                data[at]
            ))),
        },
        other => Err(raise::value_error(format!("pyrc: the '{other}' codec is not supported yet"))),
    }
}

/// The bytes of a bytes-like argument (`TypeError` otherwise).
fn arg_bytes<'a>(v: &'a Value, method: &str) -> PyResult<&'a [u8]> {
    match v {
        Value::Bytes(b) => Ok(&b.data),
        other => Err(raise::type_error(format!(
            "{method}: a bytes-like object is required, not '{}'",
            other.type_name()
        ))),
    }
}

/// `sub in b`: a byte value or a bytes substring.
pub fn contains(data: &[u8], item: &Value) -> PyResult<bool> {
    match item {
        Value::Bytes(sub) => Ok(find(data, &sub.data).is_some()),
        other => {
            let byte = byte_value(other).map_err(|_| {
                raise::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    other.type_name()
                ))
            })?;
            Ok(data.contains(&byte))
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Names of the bytes methods pyrt implements.
pub const METHOD_NAMES: &[&str] = &[
    "decode",
    "hex",
    "startswith",
    "endswith",
    "find",
    "count",
    "index",
    "split",
    "join",
    "strip",
    "upper",
    "lower",
    "replace",
];

/// `b.name(*args)`
pub fn call_method(b: &Rc<PyBytes>, name: &str, args: &[Value]) -> PyResult<Value> {
    let data: &[u8] = &b.data;
    match (name, args) {
        ("decode", []) => decode(data, &Value::str("utf-8")),
        ("decode", [encoding, ..]) => decode(data, encoding),
        ("hex", []) => Ok(Value::string(
            data.iter().map(|b| format!("{b:02x}")).collect(),
        )),
        ("startswith", [prefix]) => Ok(Value::Bool(data.starts_with(arg_bytes(prefix, name)?))),
        ("endswith", [suffix]) => Ok(Value::Bool(data.ends_with(arg_bytes(suffix, name)?))),
        ("find", [sub]) => Ok(Value::Int(
            find(data, arg_bytes(sub, name)?).map_or(-1, |i| i as i64),
        )),
        ("index", [sub]) => match find(data, arg_bytes(sub, name)?) {
            Some(i) => Ok(Value::Int(i as i64)),
            None => Err(raise::value_error("subsequence not found")),
        },
        ("count", [sub]) => {
            let sub = arg_bytes(sub, name)?;
            if sub.is_empty() {
                return Ok(Value::Int(data.len() as i64 + 1));
            }
            let (mut count, mut at) = (0, 0);
            while let Some(i) = find(&data[at..], sub) {
                count += 1;
                at += i + sub.len();
            }
            Ok(Value::Int(count))
        }
        ("split", []) => Ok(Value::list(
            data.split(|b| b.is_ascii_whitespace())
                .filter(|p| !p.is_empty())
                .map(|p| PyBytes::value(p.to_vec()))
                .collect(),
        )),
        ("split", [sep]) => {
            let sep = arg_bytes(sep, name)?;
            if sep.is_empty() {
                return Err(raise::value_error("empty separator"));
            }
            let mut parts = Vec::new();
            let mut rest = data;
            while let Some(i) = find(rest, sep) {
                parts.push(PyBytes::value(rest[..i].to_vec()));
                rest = &rest[i + sep.len()..];
            }
            parts.push(PyBytes::value(rest.to_vec()));
            Ok(Value::list(parts))
        }
        ("join", [iterable]) => {
            let mut out = Vec::new();
            for (i, item) in crate::iter::collect(iterable)?.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(data);
                }
                match item {
                    Value::Bytes(b) => out.extend_from_slice(&b.data),
                    other => {
                        return Err(raise::type_error(format!(
                            "sequence item {i}: expected a bytes-like object, {} found",
                            other.type_name()
                        )))
                    }
                }
            }
            Ok(PyBytes::value(out))
        }
        ("strip", []) => {
            let start = data
                .iter()
                .position(|b| !b.is_ascii_whitespace())
                .unwrap_or(data.len());
            let end = data
                .iter()
                .rposition(|b| !b.is_ascii_whitespace())
                .map_or(start, |e| e + 1);
            Ok(PyBytes::value(data[start..end.max(start)].to_vec()))
        }
        ("upper", []) => Ok(PyBytes::value(data.to_ascii_uppercase())),
        ("lower", []) => Ok(PyBytes::value(data.to_ascii_lowercase())),
        ("replace", [old, new]) => {
            let (old, new) = (arg_bytes(old, name)?, arg_bytes(new, name)?);
            if old.is_empty() {
                return Err(raise::value_error(
                    "pyrc: replacing an empty bytes pattern is not supported yet",
                ));
            }
            let mut out = Vec::with_capacity(data.len());
            let mut rest = data;
            while let Some(i) = find(rest, old) {
                out.extend_from_slice(&rest[..i]);
                out.extend_from_slice(new);
                rest = &rest[i + old.len()..];
            }
            out.extend_from_slice(rest);
            Ok(PyBytes::value(out))
        }
        _ if METHOD_NAMES.contains(&name) => Err(raise::type_error(format!(
            "pyrc: bytes.{name}() with these arguments is not supported yet"
        ))),
        _ => Err(raise::attribute_error(format!(
            "'bytes' object has no attribute '{name}'"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_quotes_and_escapes_like_cpython() {
        assert_eq!(repr(b"abc"), "b'abc'");
        assert_eq!(repr(b"it's"), "b\"it's\"");
        assert_eq!(repr(b"a'b\"c"), "b'a\\'b\"c'");
        assert_eq!(repr(b"\x00\xff\n\\"), "b'\\x00\\xff\\n\\\\'");
    }

    #[test]
    fn search_helpers() {
        assert_eq!(find(b"hello", b"ll"), Some(2));
        assert_eq!(find(b"hello", b""), Some(0));
        assert_eq!(find(b"hello", b"z"), None);
    }
}
