//! `io`: in-memory streams (`StringIO` for text, `BytesIO` for bytes).

use std::cell::RefCell;

use crate::error::{raise, PyResult};
use crate::func::{check_arity, no_kwargs, BuiltinFunction, KwArgs};
use crate::native::NativeObject;
use crate::value::Value;

static FUNCTIONS: &[BuiltinFunction] = &[
    BuiltinFunction {
        name: "StringIO",
        call: string_io,
    },
    BuiltinFunction {
        name: "BytesIO",
        call: bytes_io,
    },
];

/// The module's attributes.
pub fn attributes() -> Vec<(&'static str, Value)> {
    FUNCTIONS
        .iter()
        .map(|f| (f.name, Value::Builtin(f)))
        .collect()
}

/// What `StringIO` and `BytesIO` share as objects: a type name, their
/// methods, a closed flag, and an optional line iteration.
trait MemoryFile: 'static {
    /// The type's name (`_io.NAME` in reprs).
    const NAME: &'static str;
    /// The methods `dispatch` handles.
    const METHODS: &'static [&'static str];
    /// Whether `close()` was called.
    fn closed(&self) -> bool;
    /// Runs method `name` (one of `METHODS`; keywords already refused).
    fn dispatch(&self, this: &Value, name: &str, args: &[Value]) -> PyResult<Value>;
    /// The remaining lines, for iteration (`None`: not iterable).
    fn lines(&self) -> Option<PyResult<Vec<Value>>> {
        None
    }
}

impl<T: MemoryFile> NativeObject for T {
    fn type_name(&self) -> &'static str {
        T::NAME
    }

    fn repr(&self, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<_io.{} object at {:#x}>",
            T::NAME,
            crate::repr::object_address(this)
        ))
    }

    fn method_names(&self) -> &'static [&'static str] {
        T::METHODS
    }

    fn getattr(&self, _this: &Value, name: &str) -> Option<PyResult<Value>> {
        (name == "closed").then(|| Ok(Value::Bool(self.closed())))
    }

    fn iter(&self, _this: &Value) -> Option<PyResult<Value>> {
        self.lines().map(|lines| lines.map(Value::list))
    }

    fn call_method(
        &self,
        this: &Value,
        name: &str,
        args: &[Value],
        kwargs: KwArgs,
    ) -> Option<PyResult<Value>> {
        if !T::METHODS.contains(&name) {
            return None;
        }
        if let Err(err) = no_kwargs(name, kwargs) {
            return Some(Err(err));
        }
        Some(self.dispatch(this, name, args))
    }
}

/// `io.StringIO(initial_value='')`: the stream starts at position 0.
fn string_io(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [initial, _newline] =
        crate::builtins::args::clinic("StringIO", args, kwargs, ["initial_value", "newline"], 0)?;
    let text = match initial {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Str(s)) => s.as_str().chars().collect(),
        Some(other) => {
            return Err(raise::type_error(format!(
                "initial_value must be str or None, not {}",
                other.type_name()
            )))
        }
    };
    Ok(crate::native::value(StringIo {
        state: RefCell::new(State {
            text,
            pos: 0,
            closed: false,
        }),
    }))
}

struct State {
    text: Vec<char>,
    pos: usize,
    closed: bool,
}

/// An `io.StringIO` object.
struct StringIo {
    state: RefCell<State>,
}

const METHODS: &[&str] = &[
    "write",
    "getvalue",
    "read",
    "readline",
    "readlines",
    "seek",
    "tell",
    "truncate",
    "close",
    "flush",
    "writelines",
    "__enter__",
    "__exit__",
];

impl MemoryFile for StringIo {
    const NAME: &'static str = "StringIO";
    const METHODS: &'static [&'static str] = METHODS;

    fn closed(&self) -> bool {
        self.state.borrow().closed
    }

    fn dispatch(&self, this: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        StringIo::dispatch(self, this, name, args)
    }

    fn lines(&self) -> Option<PyResult<Vec<Value>>> {
        Some(StringIo::lines(self))
    }
}

impl StringIo {
    fn dispatch(&self, this: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        match name {
            "close" => {
                check_arity(name, args, 0, 0)?;
                self.state.borrow_mut().closed = true;
                return Ok(Value::None);
            }
            "__exit__" => {
                self.state.borrow_mut().closed = true;
                return Ok(Value::None);
            }
            _ => {}
        }
        if self.state.borrow().closed {
            return Err(raise::value_error("I/O operation on closed file"));
        }
        match name {
            "write" => {
                check_arity(name, args, 1, 1)?;
                self.write(&args[0])
            }
            "writelines" => {
                check_arity(name, args, 1, 1)?;
                for line in crate::iter::collect(&args[0])? {
                    self.write(&line)?;
                }
                Ok(Value::None)
            }
            "getvalue" => {
                check_arity(name, args, 0, 0)?;
                Ok(Value::string(
                    self.state.borrow().text.iter().collect::<String>(),
                ))
            }
            "read" => {
                check_arity(name, args, 0, 1)?;
                let limit = size_arg(args)?;
                let mut s = self.state.borrow_mut();
                let end = limit.map_or(s.text.len(), |n| (s.pos + n).min(s.text.len()));
                let start = s.pos.min(end);
                let out: String = s.text[start..end].iter().collect();
                s.pos = end.max(s.pos);
                Ok(Value::string(out))
            }
            "readline" => {
                check_arity(name, args, 0, 1)?;
                let limit = size_arg(args)?;
                Ok(Value::string(self.readline(limit)))
            }
            "readlines" => {
                check_arity(name, args, 0, 1)?;
                Ok(Value::list(self.lines()?))
            }
            "seek" => {
                check_arity(name, args, 1, 2)?;
                self.seek(args)
            }
            "tell" => {
                check_arity(name, args, 0, 0)?;
                Ok(Value::Int(self.state.borrow().pos as i64))
            }
            "truncate" => {
                check_arity(name, args, 0, 1)?;
                let mut s = self.state.borrow_mut();
                let size = match args.first() {
                    None | Some(Value::None) => s.pos,
                    Some(v) => index(v)?,
                };
                s.text.truncate(size);
                Ok(Value::Int(size as i64))
            }
            "flush" => Ok(Value::None),
            "__enter__" => Ok(this.clone()),
            _ => Err(raise::attribute_error(format!(
                "'_io.StringIO' object has no attribute '{name}'"
            ))),
        }
    }

    fn write(&self, value: &Value) -> PyResult<Value> {
        let Value::Str(text) = value else {
            return Err(raise::type_error(format!(
                "string argument expected, got '{}'",
                value.type_name()
            )));
        };
        let mut s = self.state.borrow_mut();
        let pos = s.pos;
        if pos > s.text.len() {
            s.text.resize(pos, '\0');
        }
        let mut written = 0;
        for (i, c) in text.as_str().chars().enumerate() {
            if pos + i < s.text.len() {
                s.text[pos + i] = c;
            } else {
                s.text.push(c);
            }
            written += 1;
        }
        s.pos = pos + written;
        Ok(Value::Int(written as i64))
    }

    fn readline(&self, limit: Option<usize>) -> String {
        let mut s = self.state.borrow_mut();
        let start = s.pos.min(s.text.len());
        let mut end = start;
        while end < s.text.len() && limit.is_none_or(|n| end - start < n) {
            end += 1;
            if s.text[end - 1] == '\n' {
                break;
            }
        }
        s.pos = end.max(s.pos);
        s.text[start..end].iter().collect()
    }

    /// The remaining lines (consumed).
    fn lines(&self) -> PyResult<Vec<Value>> {
        if self.state.borrow().closed {
            return Err(raise::value_error("I/O operation on closed file"));
        }
        let mut lines = Vec::new();
        loop {
            let line = self.readline(None);
            if line.is_empty() {
                return Ok(lines);
            }
            lines.push(Value::string(line));
        }
    }

    fn seek(&self, args: &[Value]) -> PyResult<Value> {
        let whence = match args.get(1) {
            None => 0,
            Some(v) => index(v)?,
        };
        let offset = match &args[0] {
            Value::Int(i) => *i,
            other => {
                return Err(raise::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )))
            }
        };
        let mut s = self.state.borrow_mut();
        let pos = match whence {
            0 if offset < 0 => {
                return Err(raise::value_error(format!(
                    "Negative seek position {offset}"
                )))
            }
            0 => offset as usize,
            1 | 2 if offset != 0 => {
                return Err(crate::PyErr::new(
                    crate::ExcKind::OSError,
                    "Can't do nonzero cur-relative seeks",
                ))
            }
            1 => s.pos,
            2 => s.text.len(),
            other => {
                return Err(raise::value_error(format!(
                    "Invalid whence ({other}, should be 0, 1 or 2)"
                )))
            }
        };
        s.pos = pos;
        Ok(Value::Int(pos as i64))
    }
}

fn index(v: &Value) -> PyResult<usize> {
    match v {
        Value::Int(i) if *i >= 0 => Ok(*i as usize),
        Value::Int(i) => Err(raise::value_error(format!("negative size value {i}"))),
        other => Err(raise::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// A `size` argument: `None` or negative means "all".
fn size_arg(args: &[Value]) -> PyResult<Option<usize>> {
    match args.first() {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) if *i < 0 => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i as usize)),
        Some(other) => Err(raise::type_error(format!(
            "argument should be integer or None, not '{}'",
            other.type_name()
        ))),
    }
}

/// `io.BytesIO(initial_bytes=b'')`
fn bytes_io(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [initial] = crate::builtins::args::clinic("BytesIO", args, kwargs, ["initial_bytes"], 0)?;
    let data = match initial {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Bytes(b)) => b.data.to_vec(),
        Some(other) => {
            return Err(raise::type_error(format!(
                "a bytes-like object is required, not '{}'",
                other.type_name()
            )))
        }
    };
    Ok(crate::native::value(BytesIo {
        state: RefCell::new(BytesState {
            data,
            pos: 0,
            closed: false,
        }),
    }))
}

struct BytesState {
    data: Vec<u8>,
    pos: usize,
    closed: bool,
}

/// An `io.BytesIO` object.
struct BytesIo {
    state: RefCell<BytesState>,
}

const BYTES_METHODS: &[&str] = &[
    "write",
    "getvalue",
    "read",
    "readline",
    "seek",
    "tell",
    "truncate",
    "close",
    "flush",
    "__enter__",
    "__exit__",
];

impl MemoryFile for BytesIo {
    const NAME: &'static str = "BytesIO";
    const METHODS: &'static [&'static str] = BYTES_METHODS;

    fn closed(&self) -> bool {
        self.state.borrow().closed
    }

    fn dispatch(&self, this: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        BytesIo::dispatch(self, this, name, args)
    }
}

impl BytesIo {
    fn dispatch(&self, this: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        if matches!(name, "close" | "__exit__") {
            self.state.borrow_mut().closed = true;
            return Ok(Value::None);
        }
        if self.state.borrow().closed {
            return Err(raise::value_error("I/O operation on closed file."));
        }
        let mut s = self.state.borrow_mut();
        match name {
            "write" => {
                check_arity(name, args, 1, 1)?;
                let Value::Bytes(b) = &args[0] else {
                    return Err(raise::type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        args[0].type_name()
                    )));
                };
                let pos = s.pos;
                if pos > s.data.len() {
                    s.data.resize(pos, 0);
                }
                let end = pos + b.data.len();
                if end > s.data.len() {
                    s.data.resize(end, 0);
                }
                s.data[pos..end].copy_from_slice(&b.data);
                s.pos = end;
                Ok(Value::Int(b.data.len() as i64))
            }
            "getvalue" => Ok(crate::bytes::PyBytes::value(s.data.clone())),
            "read" | "readline" => {
                check_arity(name, args, 0, 1)?;
                let limit = size_arg(args)?;
                let start = s.pos.min(s.data.len());
                let mut end = limit.map_or(s.data.len(), |n| (start + n).min(s.data.len()));
                if name == "readline" {
                    if let Some(nl) = s.data[start..end].iter().position(|b| *b == b'\n') {
                        end = start + nl + 1;
                    }
                }
                s.pos = end.max(s.pos);
                Ok(crate::bytes::PyBytes::value(s.data[start..end].to_vec()))
            }
            "seek" => {
                check_arity(name, args, 1, 2)?;
                let offset = match &args[0] {
                    Value::Int(i) => *i,
                    other => {
                        return Err(raise::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            other.type_name()
                        )))
                    }
                };
                let whence = match args.get(1) {
                    None => 0,
                    Some(v) => index(v)?,
                };
                let base = match whence {
                    0 => 0,
                    1 => s.pos as i64,
                    2 => s.data.len() as i64,
                    other => {
                        return Err(raise::value_error(format!(
                            "invalid whence ({other}, should be 0, 1 or 2)"
                        )))
                    }
                };
                if whence == 0 && offset < 0 {
                    return Err(raise::value_error(format!("negative seek value {offset}")));
                }
                s.pos = (base + offset).max(0) as usize;
                Ok(Value::Int(s.pos as i64))
            }
            "tell" => Ok(Value::Int(s.pos as i64)),
            "truncate" => {
                let size = match args.first() {
                    None | Some(Value::None) => s.pos,
                    Some(v) => index(v)?,
                };
                s.data.truncate(size);
                Ok(Value::Int(size as i64))
            }
            "flush" => Ok(Value::None),
            _ => Ok(this.clone()),
        }
    }
}
