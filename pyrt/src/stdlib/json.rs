//! `json`: `dumps`/`dump`-free encoding and `loads` decoding with CPython
//! 3.11's output (separators, indentation, key coercion, `ensure_ascii`
//! escapes, `Infinity`/`NaN`) and its decoder's error messages and positions.

use std::fmt::Write;
use std::rc::Rc;

use super::exception::ModuleException;
use crate::error::{raise, PyResult};
use crate::func::{BuiltinFunction, KwArgs};
use crate::value::Value;

static FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction {
        name: "dumps",
        call: dumps,
    },
    BuiltinFunction {
        name: "loads",
        call: loads,
    },
];

thread_local! {
    /// `json.JSONDecodeError`, a `ValueError` subclass.
    static DECODE_ERROR: ModuleException = const {
        ModuleException::new("JSONDecodeError", "json.decoder", crate::ExcKind::ValueError)
    };
}

/// The module's attributes.
pub fn attributes() -> Vec<(&'static str, Value)> {
    let mut names: Vec<(&'static str, Value)> = FUNCTIONS
        .iter()
        .map(|f| (f.name, Value::Builtin(f)))
        .collect();
    names.extend(DECODE_ERROR.with(ModuleException::attribute));
    names
}

// ---- encoding ----

/// How `dumps` was asked to format.
struct Options {
    indent: Option<String>,
    item_separator: String,
    key_separator: String,
    sort_keys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    skipkeys: bool,
    default: Option<Value>,
}

/// `json.dumps(obj, *, skipkeys, ensure_ascii, check_circular, allow_nan,
/// cls, indent, separators, default, sort_keys)`
fn dumps(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(raise::type_error(format!(
            "dumps() takes 1 positional argument but {} were given",
            args.len()
        )));
    }
    let mut options = Options {
        indent: None,
        item_separator: ", ".into(),
        key_separator: ": ".into(),
        sort_keys: false,
        ensure_ascii: true,
        allow_nan: true,
        skipkeys: false,
        default: None,
    };
    let mut separators = None;
    for (name, value) in kwargs {
        match *name {
            "indent" => {
                options.indent = match value {
                    Value::None => None,
                    Value::Int(n) => Some(" ".repeat((*n).max(0) as usize)),
                    Value::Str(s) => Some(s.as_str().to_string()),
                    other => {
                        return Err(raise::type_error(format!(
                            "can't multiply sequence by non-int of type '{}'",
                            other.type_name()
                        )))
                    }
                }
            }
            "separators" => separators = Some(value.clone()),
            "sort_keys" => options.sort_keys = crate::object::truthy(value)?,
            "ensure_ascii" => options.ensure_ascii = crate::object::truthy(value)?,
            "allow_nan" => options.allow_nan = crate::object::truthy(value)?,
            "skipkeys" => options.skipkeys = crate::object::truthy(value)?,
            "check_circular" | "cls" => {}
            "default" => {
                options.default = Some(value.clone()).filter(|v| !matches!(v, Value::None))
            }
            other => {
                return Err(raise::type_error(format!(
                    "dumps() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    if options.indent.is_some() {
        options.item_separator = ",".into();
    }
    if let Some(seps) = separators.filter(|v| !matches!(v, Value::None)) {
        let [item, key] = crate::unpack::exact::<2>(&seps)?;
        options.item_separator = crate::repr::str_of(&item)?;
        options.key_separator = crate::repr::str_of(&key)?;
    }
    let mut out = String::new();
    let mut stack = Vec::new();
    encode(&mut out, &args[0], &options, 0, &mut stack)?;
    Ok(Value::string(out))
}

fn encode(
    out: &mut String,
    value: &Value,
    o: &Options,
    depth: usize,
    stack: &mut Vec<usize>,
) -> PyResult<()> {
    match value {
        Value::None => out.push_str("null"),
        Value::Bool(true) => out.push_str("true"),
        Value::Bool(false) => out.push_str("false"),
        Value::Int(_) | Value::BigInt(_) => out.push_str(&crate::repr::repr(value)?),
        Value::Float(f) => out.push_str(&float_text(*f, o)?),
        Value::Str(s) => quote(out, s.as_str(), o.ensure_ascii),
        Value::List(_) | Value::Tuple(_) => {
            let items = crate::iter::collect(value)?;
            enter(value, stack)?;
            if items.is_empty() {
                out.push_str("[]");
            } else {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(&o.item_separator);
                    }
                    newline(out, o, depth + 1);
                    encode(out, item, o, depth + 1, stack)?;
                }
                newline(out, o, depth);
                out.push(']');
            }
            stack.pop();
        }
        Value::Dict(d) => {
            enter(value, stack)?;
            let mut items: Vec<(Value, Value)> =
                d.entries().into_iter().map(|(k, v)| (k.key, v)).collect();
            if o.sort_keys {
                sort_items(&mut items)?;
            }
            if items.is_empty() {
                out.push_str("{}");
            } else {
                out.push('{');
                let mut first = true;
                for (key, item) in &items {
                    let Some(key) = key_text(key, o)? else {
                        continue;
                    };
                    if !first {
                        out.push_str(&o.item_separator);
                    }
                    first = false;
                    newline(out, o, depth + 1);
                    quote(out, &key, o.ensure_ascii);
                    out.push_str(&o.key_separator);
                    encode(out, item, o, depth + 1, stack)?;
                }
                newline(out, o, depth);
                out.push('}');
            }
            stack.pop();
        }
        // Instances of dict/list/str/... subclasses encode as their builtin value.
        other if crate::builtin_base::base_value(other).is_some() => {
            encode(out, crate::builtin_base::view(other), o, depth, stack)?
        }
        other => match &o.default {
            Some(default) => {
                enter(value, stack)?;
                let replacement = crate::func::call(default, std::slice::from_ref(other), &[])?;
                encode(out, &replacement, o, depth, stack)?;
                stack.pop();
            }
            None => {
                return Err(raise::type_error(format!(
                    "Object of type {} is not JSON serializable",
                    other.type_name()
                )))
            }
        },
    }
    Ok(())
}

/// Marks a container as being encoded, refusing cycles.
fn enter(value: &Value, stack: &mut Vec<usize>) -> PyResult<()> {
    let id = crate::repr::object_address(value);
    if stack.contains(&id) {
        return Err(raise::value_error("Circular reference detected"));
    }
    stack.push(id);
    Ok(())
}

fn newline(out: &mut String, o: &Options, depth: usize) {
    if let Some(indent) = &o.indent {
        out.push('\n');
        for _ in 0..depth {
            out.push_str(indent);
        }
    }
}

fn sort_items(items: &mut [(Value, Value)]) -> PyResult<()> {
    let mut error = None;
    items.sort_by(|a, b| {
        if error.is_some() {
            return std::cmp::Ordering::Equal;
        }
        match crate::compare::lt(&a.0, &b.0) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match crate::compare::lt(&b.0, &a.0) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    error = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                error = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    match error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn float_text(f: f64, o: &Options) -> PyResult<String> {
    if f.is_finite() {
        return Ok(crate::float::repr(f));
    }
    if !o.allow_nan {
        return Err(raise::value_error(
            "Out of range float values are not JSON compliant",
        ));
    }
    Ok(if f.is_nan() {
        "NaN"
    } else if f > 0.0 {
        "Infinity"
    } else {
        "-Infinity"
    }
    .to_string())
}

/// A dict key as JSON object key text (`None`: skipped with `skipkeys`).
fn key_text(key: &Value, o: &Options) -> PyResult<Option<String>> {
    Ok(Some(match key {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bool(true) => "true".into(),
        Value::Bool(false) => "false".into(),
        Value::None => "null".into(),
        Value::Float(f) => float_text(*f, o)?,
        Value::Int(_) | Value::BigInt(_) => crate::repr::repr(key)?,
        _ if o.skipkeys => return Ok(None),
        other => {
            return Err(raise::type_error(format!(
                "keys must be str, int, float, bool or None, not {}",
                other.type_name()
            )))
        }
    }))
}

fn quote(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if ensure_ascii && (c as u32) > 0x7e => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

// ---- decoding ----

/// `json.loads(s)`
fn loads(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(raise::type_error(format!(
            "loads() takes 1 positional argument but {} were given",
            args.len()
        )));
    }
    if let Some((name, _)) = kwargs.first() {
        return Err(raise::type_error(format!(
            "pyrc: json.loads({name}=...) is not supported yet"
        )));
    }
    let text: Vec<char> = match &args[0] {
        Value::Str(s) => s.as_str().chars().collect(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.data).chars().collect(),
        other => {
            return Err(raise::type_error(format!(
                "the JSON object must be str, bytes or bytearray, not {}",
                other.type_name()
            )))
        }
    };
    let mut p = Parser { s: &text, pos: 0 };
    p.skip_ws();
    let value = p.value()?;
    p.skip_ws();
    if p.pos != text.len() {
        return Err(p.error("Extra data", p.pos));
    }
    Ok(value)
}

struct Parser<'a> {
    s: &'a [char],
    pos: usize,
}

impl Parser<'_> {
    /// `JSONDecodeError(msg, doc, pos)` with CPython's line/column message.
    fn error(&self, msg: &str, pos: usize) -> crate::PyErr {
        let before = &self.s[..pos.min(self.s.len())];
        let line = before.iter().filter(|c| **c == '\n').count() + 1;
        let column = match before.iter().rposition(|c| *c == '\n') {
            Some(nl) => pos - nl,
            None => pos + 1,
        };
        let text = format!("{msg}: line {line} column {column} (char {pos})");
        let attrs = [
            ("msg", Value::str(msg)),
            ("pos", Value::Int(pos as i64)),
            ("lineno", Value::Int(line as i64)),
            ("colno", Value::Int(column as i64)),
        ];
        DECODE_ERROR.with(|e| e.error(text, &attrs))
    }

    fn peek(&self) -> Option<char> {
        self.s.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.pos += 1;
        }
    }

    fn starts_with(&self, word: &str) -> bool {
        (self.pos..)
            .zip(word.chars())
            .all(|(i, c)| self.s.get(i) == Some(&c))
    }

    fn value(&mut self) -> PyResult<Value> {
        let words: [(&str, Value); 6] = [
            ("null", Value::None),
            ("true", Value::Bool(true)),
            ("false", Value::Bool(false)),
            ("NaN", Value::Float(f64::NAN)),
            ("Infinity", Value::Float(f64::INFINITY)),
            ("-Infinity", Value::Float(f64::NEG_INFINITY)),
        ];
        match self.peek() {
            Some('"') => return self.string().map(Value::string),
            Some('[') => return self.array(),
            Some('{') => return self.object(),
            _ => {}
        }
        for (word, value) in words {
            if self.starts_with(word) {
                self.pos += word.chars().count();
                return Ok(value);
            }
        }
        self.number()
    }

    fn number(&mut self) -> PyResult<Value> {
        let start = self.pos;
        let mut i = self.pos;
        if self.s.get(i) == Some(&'-') {
            i += 1;
        }
        match self.s.get(i) {
            Some('0') => i += 1,
            Some(c) if c.is_ascii_digit() => {
                while self.s.get(i).is_some_and(|c| c.is_ascii_digit()) {
                    i += 1;
                }
            }
            _ => return Err(self.error("Expecting value", start)),
        }
        let mut is_float = false;
        if self.s.get(i) == Some(&'.') && self.s.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            is_float = true;
            i += 1;
            while self.s.get(i).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
            }
        }
        if matches!(self.s.get(i), Some('e' | 'E')) {
            let mut j = i + 1;
            if matches!(self.s.get(j), Some('+' | '-')) {
                j += 1;
            }
            if self.s.get(j).is_some_and(|c| c.is_ascii_digit()) {
                is_float = true;
                while self.s.get(j).is_some_and(|c| c.is_ascii_digit()) {
                    j += 1;
                }
                i = j;
            }
        }
        let text: String = self.s[start..i].iter().collect();
        self.pos = i;
        if is_float {
            Ok(Value::Float(crate::float::parse_float(&text)?))
        } else {
            crate::builtins::construct(crate::types::TypeId::Int, &[Value::string(text)], &[])
        }
    }

    /// A string starting at the opening quote; returns its contents.
    fn string(&mut self) -> PyResult<String> {
        let begin = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(self.error("Unterminated string starting at", begin));
            };
            match c {
                '"' => {
                    self.pos += 1;
                    return Ok(out);
                }
                '\\' => {
                    let escape_at = self.pos;
                    self.pos += 1;
                    let Some(e) = self.peek() else {
                        return Err(self.error("Unterminated string starting at", begin));
                    };
                    self.pos += 1;
                    match e {
                        '"' => out.push('"'),
                        '\\' => out.push('\\'),
                        '/' => out.push('/'),
                        'b' => out.push('\u{8}'),
                        'f' => out.push('\u{c}'),
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        'u' => {
                            let unit = self.hex4()?;
                            let code =
                                if (0xD800..0xDC00).contains(&unit) && self.starts_with("\\u") {
                                    let save = self.pos;
                                    self.pos += 2;
                                    let low = self.hex4()?;
                                    if (0xDC00..0xE000).contains(&low) {
                                        0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                                    } else {
                                        self.pos = save;
                                        unit
                                    }
                                } else {
                                    unit
                                };
                            // Lone surrogates cannot live in a Rust string.
                            out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                        }
                        _ => return Err(self.error("Invalid \\escape", escape_at)),
                    }
                }
                c if (c as u32) < 0x20 => {
                    return Err(self.error("Invalid control character at", self.pos))
                }
                c => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    /// Four hex digits after `\u` (the position is just past the `u`).
    fn hex4(&mut self) -> PyResult<u32> {
        let digits: String = self.s[self.pos..(self.pos + 4).min(self.s.len())]
            .iter()
            .collect();
        match u32::from_str_radix(&digits, 16) {
            Ok(v) if digits.len() == 4 && digits.chars().all(|c| c.is_ascii_hexdigit()) => {
                self.pos += 4;
                Ok(v)
            }
            _ => Err(self.error("Invalid \\uXXXX escape", self.pos - 1)),
        }
    }

    fn array(&mut self) -> PyResult<Value> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(']') {
            self.pos += 1;
            return Ok(Value::list(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value()?);
            self.skip_ws();
            match self.peek() {
                Some(',') => self.pos += 1,
                Some(']') => {
                    self.pos += 1;
                    return Ok(Value::list(items));
                }
                _ => return Err(self.error("Expecting ',' delimiter", self.pos)),
            }
        }
    }

    fn object(&mut self) -> PyResult<Value> {
        self.pos += 1;
        let dict = crate::dict::PyDict::new();
        self.skip_ws();
        if self.peek() == Some('}') {
            self.pos += 1;
            return Ok(Value::Dict(Rc::new(dict)));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some('"') {
                return Err(self.error(
                    "Expecting property name enclosed in double quotes",
                    self.pos,
                ));
            }
            let key = self.string()?;
            self.skip_ws();
            if self.peek() != Some(':') {
                return Err(self.error("Expecting ':' delimiter", self.pos));
            }
            self.pos += 1;
            self.skip_ws();
            let value = self.value()?;
            dict.set(Value::string(key), value)?;
            self.skip_ws();
            match self.peek() {
                Some(',') => self.pos += 1,
                Some('}') => {
                    self.pos += 1;
                    return Ok(Value::Dict(Rc::new(dict)));
                }
                _ => return Err(self.error("Expecting ',' delimiter", self.pos)),
            }
        }
    }
}
