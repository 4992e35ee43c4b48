//! `hashlib`: `md5`, `sha1`, `sha224`, `sha256`, `sha384`, `sha512` (and
//! `new(name)`) over the RustCrypto implementations, with CPython's hash
//! object methods: `update`, `digest`, `hexdigest`, `copy`, and the
//! `name`, `digest_size` and `block_size` attributes.

use std::cell::RefCell;

use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};

use crate::error::{raise, PyResult};
use crate::func::{check_arity, no_kwargs, BuiltinFunction, KwArgs};
use crate::native::NativeObject;
use crate::value::Value;

/// The running state of one of the supported algorithms.
#[derive(Clone)]
enum State {
    Md5(Md5),
    Sha1(Sha1),
    Sha224(Sha224),
    Sha256(Sha256),
    Sha384(Sha384),
    Sha512(Sha512),
}

impl State {
    fn named(name: &str) -> Option<State> {
        Some(match name.to_ascii_lowercase().as_str() {
            "md5" => State::Md5(Md5::new()),
            "sha1" => State::Sha1(Sha1::new()),
            "sha224" => State::Sha224(Sha224::new()),
            "sha256" => State::Sha256(Sha256::new()),
            "sha384" => State::Sha384(Sha384::new()),
            "sha512" => State::Sha512(Sha512::new()),
            _ => return None,
        })
    }

    fn name(&self) -> &'static str {
        match self {
            State::Md5(_) => "md5",
            State::Sha1(_) => "sha1",
            State::Sha224(_) => "sha224",
            State::Sha256(_) => "sha256",
            State::Sha384(_) => "sha384",
            State::Sha512(_) => "sha512",
        }
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => h.update(data),
            State::Sha1(h) => h.update(data),
            State::Sha224(h) => h.update(data),
            State::Sha256(h) => h.update(data),
            State::Sha384(h) => h.update(data),
            State::Sha512(h) => h.update(data),
        }
    }

    /// The digest so far (the state itself is left as it is).
    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
        }
    }

    fn block_size(&self) -> i64 {
        match self {
            State::Sha384(_) | State::Sha512(_) => 128,
            _ => 64,
        }
    }
}

/// A hash object.
struct Hash {
    state: RefCell<State>,
}

impl NativeObject for Hash {
    fn type_name(&self) -> &'static str {
        "_hashlib.HASH"
    }

    fn repr(&self, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<{} _hashlib.HASH object @ {:#x}>",
            self.state.borrow().name(),
            crate::repr::object_address(this)
        ))
    }

    fn getattr(&self, _this: &Value, name: &str) -> Option<PyResult<Value>> {
        let state = self.state.borrow();
        Some(Ok(match name {
            "name" => Value::str(state.name()),
            "digest_size" => Value::Int(state.digest().len() as i64),
            "block_size" => Value::Int(state.block_size()),
            _ => return None,
        }))
    }

    fn method_names(&self) -> &'static [&'static str] {
        &["update", "digest", "hexdigest", "copy"]
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &[Value],
        kwargs: KwArgs,
    ) -> Option<PyResult<Value>> {
        let run = || -> PyResult<Value> {
            no_kwargs(name, kwargs)?;
            match name {
                "update" => {
                    check_arity("update", args, 1, 1)?;
                    let data = bytes_arg(&args[0])?;
                    self.state.borrow_mut().update(&data);
                    Ok(Value::None)
                }
                "digest" => {
                    check_arity("digest", args, 0, 0)?;
                    Ok(crate::bytes::PyBytes::value(self.state.borrow().digest()))
                }
                "hexdigest" => {
                    check_arity("hexdigest", args, 0, 0)?;
                    let digest = self.state.borrow().digest();
                    Ok(Value::string(
                        digest
                            .iter()
                            .map(|b| format!("{b:02x}"))
                            .collect::<String>(),
                    ))
                }
                _ => {
                    check_arity("copy", args, 0, 0)?;
                    Ok(crate::native::value(Hash {
                        state: RefCell::new(self.state.borrow().clone()),
                    }))
                }
            }
        };
        self.method_names().contains(&name).then(run)
    }
}

/// The data a hash accepts: bytes (str must be encoded first, as in CPython).
fn bytes_arg(value: &Value) -> PyResult<Vec<u8>> {
    match value {
        Value::Bytes(b) => Ok(b.data.to_vec()),
        Value::Str(_) => Err(raise::type_error("Strings must be encoded before hashing")),
        other => Err(raise::type_error(format!(
            "object supporting the buffer API required, not '{}'",
            other.type_name()
        ))),
    }
}

fn make(state: State, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let [data, _usedforsecurity] = crate::builtins::args::clinic(
        state.name(),
        args,
        kwargs,
        ["string", "usedforsecurity"],
        0,
    )?;
    let hash = Hash {
        state: RefCell::new(state),
    };
    if let Some(data) = data {
        hash.state.borrow_mut().update(&bytes_arg(data)?);
    }
    Ok(crate::native::value(hash))
}

macro_rules! constructors {
    ($($name:ident => $state:expr),* $(,)?) => {
        $(
            fn $name(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
                make($state, args, kwargs)
            }
        )*
        static FUNCTIONS: &[BuiltinFunction] = &[
            $(BuiltinFunction { name: stringify!($name), call: $name },)*
            BuiltinFunction { name: "new", call: new },
        ];
    };
}

constructors! {
    md5 => State::Md5(Md5::new()),
    sha1 => State::Sha1(Sha1::new()),
    sha224 => State::Sha224(Sha224::new()),
    sha256 => State::Sha256(Sha256::new()),
    sha384 => State::Sha384(Sha384::new()),
    sha512 => State::Sha512(Sha512::new()),
}

/// `hashlib.new(name, data=b'')`
fn new(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(Value::Str(name)) = args.first() else {
        return Err(raise::type_error("new() argument 'name' must be str"));
    };
    let Some(state) = State::named(name.as_str()) else {
        return Err(raise::value_error(format!(
            "unsupported hash type {}",
            name.as_str()
        )));
    };
    make(state, &args[1..], kwargs)
}

/// The module's attributes.
pub fn attributes() -> Vec<(&'static str, Value)> {
    let mut names: Vec<(&'static str, Value)> = FUNCTIONS
        .iter()
        .map(|f| (f.name, Value::Builtin(f)))
        .collect();
    let algorithms = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];
    names.push((
        "algorithms_guaranteed",
        crate::set::PySet::from_value(&Value::list(
            algorithms.iter().map(|a| Value::str(a)).collect(),
        ))
        .map_or(Value::None, |s| Value::Set(std::rc::Rc::new(s))),
    ));
    names
}
