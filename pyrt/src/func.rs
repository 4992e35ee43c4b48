//! Callables: functions defined in Python, builtin functions, bound builtin
//! methods, and the generic call protocol with argument binding.

use std::cell::RefCell;

use crate::error::{raise, PyErr, PyResult};
use crate::frame::Code;
use crate::value::Value;

/// Keyword arguments at a call: names known at compile time, values computed.
pub type KwArgs<'a> = &'a [(&'a str, Value)];

/// The generic entry of a compiled Python function: binds `args`/`kwargs` to
/// parameters (using the function object's defaults) and runs the body.
pub type EntryFn = fn(&PyFunction, &[Value], KwArgs) -> PyResult<Value>;

/// A direct entry for calls that pass exactly the function's positional
/// parameters, by position: no argument binding, each argument moved in once.
/// Only functions whose parameters are all plain positional ones get one.
#[derive(Clone, Copy)]
pub enum FastEntry {
    /// No direct entry: calls go through [`EntryFn`].
    None,
    /// `f()`
    Args0(fn(&PyFunction) -> PyResult<Value>),
    /// `f(a)`
    Args1(fn(&PyFunction, Value) -> PyResult<Value>),
    /// `f(a, b)`
    Args2(fn(&PyFunction, Value, Value) -> PyResult<Value>),
    /// `f(a, b, c)`
    Args3(fn(&PyFunction, Value, Value, Value) -> PyResult<Value>),
    /// `f(a, b, c, d)`
    Args4(fn(&PyFunction, Value, Value, Value, Value) -> PyResult<Value>),
}

/// A Python function's parameters, in CPython's order: positional-only, then
/// positional-or-keyword, then keyword-only; `*args` and `**kwargs` apart.
pub struct Signature {
    /// Named parameters: the positional ones first, then the keyword-only ones.
    pub params: &'static [&'static str],
    /// How many leading parameters are positional-only.
    pub posonly: usize,
    /// How many leading parameters can be passed by position.
    pub positional: usize,
    /// The `*args` parameter's name, if any.
    pub varargs: Option<&'static str>,
    /// The `**kwargs` parameter's name, if any.
    pub varkw: Option<&'static str>,
}

impl Signature {
    /// A signature of positional-or-keyword parameters only.
    pub const fn simple(params: &'static [&'static str]) -> Signature {
        Signature {
            params,
            posonly: 0,
            positional: params.len(),
            varargs: None,
            varkw: None,
        }
    }

    /// The number of slots binding fills: named parameters, then `*args`, then `**kwargs`.
    pub fn slots(&self) -> usize {
        self.params.len() + self.varargs.is_some() as usize + self.varkw.is_some() as usize
    }
}

/// Static facts about a Python function: its code, parameters and entry point.
pub struct FunctionDef {
    /// Name and module, for tracebacks.
    pub code: Code,
    /// The qualified name (`outer.<locals>.inner`), used in call errors.
    pub qualname: &'static str,
    /// The docstring (`__doc__`).
    pub doc: Option<&'static str>,
    /// The parameters.
    pub signature: Signature,
    /// The generic entry point.
    pub entry: EntryFn,
    /// The direct entry for exact positional calls.
    pub fast: FastEntry,
}

/// A function object created by executing a `def` statement or a lambda.
pub struct PyFunction {
    /// The static definition.
    pub def: &'static FunctionDef,
    /// Default values of the last `defaults.len()` positional parameters (`__defaults__`).
    pub defaults: RefCell<Vec<Value>>,
    /// Defaults of keyword-only parameters (`__kwdefaults__`).
    pub kwdefaults: RefCell<Vec<(&'static str, Value)>>,
    /// The cells of the enclosing functions' variables this function uses
    /// (`__closure__`), in the order the generated code expects.
    pub closure: Vec<crate::cell::Cell>,
    /// The function's `__dict__`: attributes set on it (`f.calls = 0`,
    /// `wraps` copying `__name__`), allocated on first use.
    attrs: RefCell<Option<std::rc::Rc<crate::dict::PyDict>>>,
}

impl PyFunction {
    /// A function object for `def` with evaluated `defaults`.
    pub fn from_def(def: &'static FunctionDef, defaults: Vec<Value>) -> Value {
        PyFunction::create(def, defaults, Vec::new(), Vec::new())
    }

    /// A function object with keyword-only defaults and closure cells.
    pub fn create(
        def: &'static FunctionDef,
        defaults: Vec<Value>,
        kwdefaults: Vec<(&'static str, Value)>,
        closure: Vec<crate::cell::Cell>,
    ) -> Value {
        Value::Function(std::rc::Rc::new(PyFunction {
            def,
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            attrs: RefCell::new(None),
        }))
    }

    /// An attribute set on the function object, if any (`__dict__` itself too).
    pub fn get_attr(&self, name: &str) -> Option<Value> {
        if name == "__dict__" {
            return Some(Value::Dict(self.dict()));
        }
        if name == "__annotations__" {
            // Created empty on first read, like CPython's.
            let dict = self.dict();
            let key = Value::str(name);
            if let Ok(Some(v)) = dict.get(&key) {
                return Some(v);
            }
            let annotations = Value::Dict(std::rc::Rc::new(crate::dict::PyDict::new()));
            dict.set(key, annotations.clone()).ok()?;
            return Some(annotations);
        }
        let attrs = self.attrs.borrow().clone()?;
        attrs.get(&Value::str(name)).ok().flatten()
    }

    /// The function's `__dict__`, created on first use.
    pub fn dict(&self) -> std::rc::Rc<crate::dict::PyDict> {
        self.attrs
            .borrow_mut()
            .get_or_insert_with(|| std::rc::Rc::new(crate::dict::PyDict::new()))
            .clone()
    }

    /// `f.name = value`: `__defaults__` replaces the defaults (calls see
    /// them at once); any other name is stored on the function object.
    pub fn set_attr(&self, name: &str, value: Value) -> PyResult<()> {
        if name == "__defaults__" {
            let defaults = match &value {
                Value::None => Vec::new(),
                Value::Tuple(t) => t.items.to_vec(),
                _ => {
                    return Err(raise::type_error(
                        "__defaults__ must be set to a tuple object",
                    ))
                }
            };
            *self.defaults.borrow_mut() = defaults;
            return Ok(());
        }
        self.dict().set(Value::str(name), value)
    }

    /// `del f.name` for an attribute set on the function object.
    pub fn del_attr(&self, name: &str) -> PyResult<()> {
        let attrs = self.attrs.borrow().clone();
        let removed = match attrs {
            Some(attrs) => attrs.remove(&Value::str(name))?,
            None => None,
        };
        match removed {
            Some(_) => Ok(()),
            None => Err(raise::attribute_error(format!(
                "'function' object has no attribute '{name}'"
            ))),
        }
    }

    /// The function's `__name__`.
    pub fn name(&self) -> &'static str {
        self.def.code.name
    }

    /// The function's `__qualname__` as its repr shows it: the one set on
    /// the function object, else its definition's.
    pub fn qualname(&self) -> String {
        match self.get_attr("__qualname__") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => self.def.qualname.to_string(),
        }
    }
}

/// `function` with its `__annotations__` set to the `(name, value)` pairs
/// (a `def` with annotated parameters or return).
pub fn annotated(function: Value, annotations: Vec<(&str, Value)>) -> PyResult<Value> {
    if let Value::Function(f) = &function {
        let dict = crate::dict::PyDict::new();
        for (name, value) in annotations {
            dict.set(Value::str(name), value)?;
        }
        f.set_attr("__annotations__", Value::Dict(std::rc::Rc::new(dict)))?;
    }
    Ok(function)
}

/// A builtin function (`len`, `print`, ...).
pub struct BuiltinFunction {
    /// The builtin's name.
    pub name: &'static str,
    /// Its implementation.
    pub call: fn(&[Value], KwArgs) -> PyResult<Value>,
}

/// A method of a builtin object bound to its receiver (`xs.append`).
pub struct BoundMethod {
    /// The object the method was looked up on.
    pub receiver: Value,
    /// The method's name.
    pub name: &'static str,
}

/// Calls any callable value with positional and keyword arguments.
pub fn call(callee: &Value, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    match callee {
        Value::Function(f) => f.call(None, args, kwargs),
        Value::Builtin(b) => (b.call)(args, kwargs),
        Value::Method(m) => crate::methods::call_method(&m.receiver, m.name, args, kwargs),
        Value::Type(t) => crate::builtins::construct(*t, args, kwargs),
        Value::Class(c) if c.metaclass.is_some() => crate::metaclass::call_class(c, args, kwargs),
        Value::Class(c) => crate::instance::instantiate(c, args, kwargs),
        Value::PyMethod(m) => call_with_receiver(&m.func, &m.receiver, args, kwargs),
        Value::Instance(i) if i.class().lookup("__call__").is_some() => {
            crate::instance::call_method(i, "__call__", args, kwargs)
        }
        Value::Native(n) => match n.call(args, kwargs) {
            Some(result) => result,
            None => Err(raise::type_error(format!(
                "'{}' object is not callable",
                callee.type_name()
            ))),
        },
        other => Err(raise::type_error(format!(
            "'{}' object is not callable",
            other.type_name()
        ))),
    }
}

impl PyFunction {
    /// Calls the function with `receiver` (if any) prepended to `args`,
    /// through its direct entry when the call passes exactly its positional
    /// parameters, else through argument binding.
    #[inline]
    pub fn call(
        &self,
        receiver: Option<&Value>,
        args: &[Value],
        kwargs: KwArgs,
    ) -> PyResult<Value> {
        if kwargs.is_empty() {
            let c = Value::clone;
            match (self.def.fast, receiver, args) {
                (FastEntry::Args0(f), None, []) => return f(self),
                (FastEntry::Args1(f), None, [a]) => return f(self, c(a)),
                (FastEntry::Args1(f), Some(r), []) => return f(self, c(r)),
                (FastEntry::Args2(f), None, [a, b]) => return f(self, c(a), c(b)),
                (FastEntry::Args2(f), Some(r), [a]) => return f(self, c(r), c(a)),
                (FastEntry::Args3(f), None, [a, b, d]) => return f(self, c(a), c(b), c(d)),
                (FastEntry::Args3(f), Some(r), [a, b]) => return f(self, c(r), c(a), c(b)),
                (FastEntry::Args4(f), None, [a, b, d, e]) => {
                    return f(self, c(a), c(b), c(d), c(e))
                }
                (FastEntry::Args4(f), Some(r), [a, b, d]) => {
                    return f(self, c(r), c(a), c(b), c(d))
                }
                _ => {}
            }
        }
        match receiver {
            None => (self.def.entry)(self, args, kwargs),
            Some(r) => with_receiver(r, args, |full| (self.def.entry)(self, full, kwargs)),
        }
    }
}

/// `callee(a, ...)` with positional arguments moved in: a function with a
/// direct entry for that many arguments, or a plain class whose `__init__`
/// has one, gets them without a clone; anything else takes [`call`].
macro_rules! owned_calls {
    ($($(#[$doc:meta])* $name:ident($($arg:ident),*) => $fast:ident, $init:ident;)*) => {
        $(
            $(#[$doc])*
            #[inline]
            pub fn $name(callee: &Value, $($arg: Value),*) -> PyResult<Value> {
                match callee {
                    Value::Function(f) => {
                        if let FastEntry::$fast(entry) = f.def.fast {
                            return entry(f, $($arg),*);
                        }
                    }
                    Value::Class(class) if plain_class(class) => {
                        if let Some(Value::Function(init)) = class.init_method() {
                            if let FastEntry::$init(entry) = init.def.fast {
                                let instance =
                                    Value::Instance(crate::instance::PyInstance::plain(class.clone()));
                                let result = entry(&init, instance.clone(), $($arg),*)?;
                                return crate::instance::init_result(result).map(|()| instance);
                            }
                        }
                    }
                    _ => {}
                }
                call(callee, &[$($arg),*], &[])
            }
        )*
    };
}

/// Whether calling `class` makes a plain instance and runs `__init__` on it
/// (no metaclass, no `__new__`, not an exception class).
#[inline]
fn plain_class(class: &std::rc::Rc<crate::class::PyClass>) -> bool {
    class.flags().plain
}

owned_calls! {
    /// `callee()`
    call0() => Args0, Args1;
    /// `callee(a)`
    call1(a) => Args1, Args2;
    /// `callee(a, b)`
    call2(a, b) => Args2, Args3;
    /// `callee(a, b, c)`
    call3(a, b, c) => Args3, Args4;
}

/// `callee(a)` with `a` a local (borrowed) or a temporary: a builtin
/// function reads the argument in place (`len(xs)` copies nothing); any
/// other callee takes [`call1`] with the argument owned.
#[inline]
pub fn call1_operand(callee: &Value, a: impl crate::value::Operand) -> PyResult<Value> {
    if let Value::Builtin(b) = callee {
        let result = (b.call)(std::slice::from_ref(a.value()), &[]);
        a.release();
        return result;
    }
    call1(callee, a.into_owned())
}

/// Calls `callee(receiver, *args)` without a heap allocation for up to three arguments.
pub fn call_with_receiver(
    callee: &Value,
    receiver: &Value,
    args: &[Value],
    kwargs: KwArgs,
) -> PyResult<Value> {
    if let Value::Function(f) = callee {
        return f.call(Some(receiver), args, kwargs);
    }
    with_receiver(receiver, args, |full| call(callee, full, kwargs))
}

/// Runs `f` on `receiver` followed by `args`, on the stack for up to three
/// arguments.
#[inline]
fn with_receiver<T>(receiver: &Value, args: &[Value], f: impl FnOnce(&[Value]) -> T) -> T {
    let r = receiver.clone();
    match args {
        [] => f(&[r]),
        [a] => f(&[r, a.clone()]),
        [a, b] => f(&[r, a.clone(), b.clone()]),
        [a, b, c] => f(&[r, a.clone(), b.clone(), c.clone()]),
        more => {
            let mut full = Vec::with_capacity(more.len() + 1);
            full.push(r);
            full.extend_from_slice(more);
            f(&full)
        }
    }
}

/// Rejects keyword arguments for a builtin that takes none.
#[inline]
pub fn no_kwargs(name: &str, kwargs: KwArgs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(no_kwargs_error(name))
    }
}

#[cold]
#[inline(never)]
fn no_kwargs_error(name: &str) -> PyErr {
    raise::type_error(format!("{name}() takes no keyword arguments"))
}

/// Checks a builtin's positional argument count against `min..=max`,
/// with CPython's wording.
#[inline]
pub fn check_arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(arity_error(name, n, min, max))
}

/// The `TypeError` of a builtin called with `n` positional arguments.
#[cold]
#[inline(never)]
fn arity_error(name: &str, n: usize, min: usize, max: usize) -> PyErr {
    let msg = match min {
        _ if min != max => range_message(name, n, min, max),
        0 => format!("{name}() takes no arguments ({n} given)"),
        1 => format!("{name}() takes exactly one argument ({n} given)"),
        _ => format!("{name} expected {min} arguments, got {n}"),
    };
    raise::type_error(msg)
}

/// `name expected at least 2 arguments, got 1` / `... at most 3 arguments, got 4`.
pub(crate) fn range_message(name: &str, n: usize, min: usize, max: usize) -> String {
    if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    }
}

/// `""` for one, `"s"` otherwise.
pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Keyword arguments whose names are only known at run time (`f(**d)`).
pub type DynKwArgs = Vec<(String, Value)>;

/// Adds the items of a `**mapping` argument to `kwargs`, as CPython checks them.
pub fn extend_kwargs(kwargs: &mut DynKwArgs, mapping: &Value) -> PyResult<()> {
    let entries = match crate::builtin_base::plain_dict(mapping) {
        Some(d) => d.entries(),
        // Another mapping (an object with `keys()`) is copied through its methods.
        None if matches!(mapping, Value::Instance(i) if i.class_ref().lookup("keys").is_some()) => {
            let copy = crate::dict::PyDict::new();
            copy.update_from(mapping)?;
            copy.entries()
        }
        None => {
            return Err(raise::type_error(format!(
                "argument after ** must be a mapping, not {}",
                mapping.type_name()
            )))
        }
    };
    for (key, value) in entries {
        let Value::Str(name) = &key.key else {
            return Err(raise::type_error("keywords must be strings"));
        };
        if kwargs.iter().any(|(k, _)| k == name.as_str()) {
            return Err(raise::type_error(format!(
                "got multiple values for keyword argument '{}'",
                name.as_str()
            )));
        }
        kwargs.push((name.as_str().to_string(), value));
    }
    Ok(())
}

/// Calls `callee` with keyword arguments named at run time.
pub fn call_dynamic(callee: &Value, args: &[Value], kwargs: &DynKwArgs) -> PyResult<Value> {
    let borrowed: Vec<(&str, Value)> = kwargs
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    call(callee, args, &borrowed)
}

/// Calls method `name` of `receiver` with keyword arguments named at run time.
pub fn call_method_dynamic(
    receiver: &Value,
    name: &str,
    args: &[Value],
    kwargs: &DynKwArgs,
) -> PyResult<Value> {
    let borrowed: Vec<(&str, Value)> = kwargs
        .iter()
        .map(|(k, v)| (k.as_str(), v.clone()))
        .collect();
    crate::methods::call_method(receiver, name, args, &borrowed)
}
