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

/// Static facts about a Python function: its code, parameters and entry point.
pub struct FunctionDef {
    /// Name and module, for tracebacks.
    pub code: Code,
    /// Positional parameter names, in order.
    pub params: &'static [&'static str],
    /// The generic entry point.
    pub entry: EntryFn,
}

/// A function object created by executing a `def` statement or a lambda.
pub struct PyFunction {
    /// The static definition.
    pub def: &'static FunctionDef,
    /// Default values of the last `defaults.len()` parameters (`__defaults__`).
    pub defaults: RefCell<Vec<Value>>,
    /// The cells of the enclosing functions' variables this function uses
    /// (`__closure__`), in the order the generated code expects.
    pub closure: Vec<crate::cell::Cell>,
}

impl PyFunction {
    /// A function object for `def` with evaluated `defaults`.
    pub fn new(def: &'static FunctionDef, defaults: Vec<Value>) -> Value {
        PyFunction::with_closure(def, defaults, Vec::new())
    }

    /// A function object that closes over `closure`.
    pub fn with_closure(
        def: &'static FunctionDef,
        defaults: Vec<Value>,
        closure: Vec<crate::cell::Cell>,
    ) -> Value {
        Value::Function(std::rc::Rc::new(PyFunction {
            def,
            defaults: RefCell::new(defaults),
            closure,
        }))
    }

    /// The function's `__name__`.
    pub fn name(&self) -> &'static str {
        self.def.code.name
    }

    /// Binds positional and keyword arguments to exactly `N` parameters,
    /// filling missing ones from the defaults, with CPython's TypeErrors.
    pub fn bind<const N: usize>(&self, args: &[Value], kwargs: KwArgs) -> PyResult<[Value; N]> {
        let params = self.def.params;
        debug_assert_eq!(params.len(), N);
        let name = self.name();
        if args.len() > N {
            let defaults = self.defaults.borrow().len();
            let expected = if defaults == 0 {
                format!("{N}")
            } else {
                format!("from {} to {N}", N - defaults)
            };
            let given = args.len();
            let was = if given == 1 { "was" } else { "were" };
            let s = if N == 1 && defaults == 0 { "" } else { "s" };
            return Err(raise::type_error(format!(
                "{name}() takes {expected} positional argument{s} but {given} {was} given"
            )));
        }
        let mut slots: [Option<Value>; N] = std::array::from_fn(|i| args.get(i).cloned());
        for (key, value) in kwargs {
            match params.iter().position(|p| p == key) {
                Some(i) if slots[i].is_some() => {
                    return Err(raise::type_error(format!(
                        "{name}() got multiple values for argument '{key}'"
                    )))
                }
                Some(i) => slots[i] = Some(value.clone()),
                None => {
                    return Err(raise::type_error(format!(
                        "{name}() got an unexpected keyword argument '{key}'"
                    )))
                }
            }
        }
        let defaults = self.defaults.borrow();
        let first_default = N - defaults.len().min(N);
        let mut missing = Vec::new();
        for (i, slot) in slots.iter_mut().enumerate() {
            if slot.is_none() {
                if i >= first_default {
                    *slot = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(params[i]);
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_arguments(name, &missing));
        }
        Ok(slots.map(|slot| slot.unwrap_or(Value::None)))
    }
}

#[cold]
fn missing_arguments(name: &str, missing: &[&str]) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.as_slice() {
        [one] => one.clone(),
        [rest @ .., last] => {
            let sep = if rest.len() > 1 { ", and " } else { " and " };
            format!("{}{sep}{last}", rest.join(", "))
        }
        [] => String::new(),
    };
    let s = if missing.len() == 1 { "" } else { "s" };
    raise::type_error(format!(
        "{name}() missing {} required positional argument{s}: {list}",
        missing.len()
    ))
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
        Value::Function(f) => (f.def.entry)(f, args, kwargs),
        Value::Builtin(b) => (b.call)(args, kwargs),
        Value::Method(m) => crate::methods::call_method(&m.receiver, m.name, args, kwargs),
        Value::Type(t) => crate::builtins::construct(*t, args, kwargs),
        other => Err(raise::type_error(format!(
            "'{}' object is not callable",
            other.type_name()
        ))),
    }
}

/// Rejects keyword arguments for a builtin that takes none.
pub fn no_kwargs(name: &str, kwargs: KwArgs) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(raise::type_error(format!(
            "{name}() takes no keyword arguments"
        )))
    }
}

/// Checks a builtin's positional argument count against `min..=max`,
/// with CPython's wording.
pub fn check_arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    };
    Err(raise::type_error(msg))
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
