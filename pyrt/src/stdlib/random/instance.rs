//! `random.Random`: generator objects with their own state. A method call
//! makes the object's state the one the module functions use
//! ([`super::with_state`]) for the duration of the call, then runs the
//! module function of the same name, so an object gives exactly the numbers
//! and errors CPython's `Random` methods give.
//!
//! Limitation: while a method runs Python code (`shuffle` reading a user
//! sequence), a call of a module function from that code also uses the
//! object's state.

use std::cell::RefCell;
use std::rc::Rc;

use super::{State, FUNCTIONS};
use crate::error::PyResult;
use crate::func::{BuiltinFunction, KwArgs};
use crate::native::NativeObject;
use crate::sync::PyStatic;
use crate::value::Value;

/// The state of the `Random` object whose method is running, if any.
static ACTIVE: PyStatic<RefCell<Option<Rc<RefCell<State>>>>> = PyStatic::new(RefCell::new(None));

/// The state a running `Random` method uses.
pub(super) fn active() -> Option<Rc<RefCell<State>>> {
    ACTIVE.borrow().clone()
}

/// Makes a state the active one until dropped (restoring the previous one,
/// so that nested calls on different objects work).
struct Activation {
    previous: Option<Rc<RefCell<State>>>,
}

impl Activation {
    fn new(state: &Rc<RefCell<State>>) -> Activation {
        Activation {
            previous: ACTIVE.borrow_mut().replace(state.clone()),
        }
    }
}

impl Drop for Activation {
    fn drop(&mut self) {
        *ACTIVE.borrow_mut() = self.previous.take();
    }
}

/// `random.Random([seed])`.
static CONSTRUCTOR: BuiltinFunction = BuiltinFunction {
    name: "Random",
    call: new_random,
};

/// The `Random` class as the module exposes it (called to make objects).
pub(super) fn constructor() -> Value {
    Value::Builtin(&CONSTRUCTOR)
}

fn new_random(args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let object = RandomObject {
        state: Rc::new(RefCell::new(State::from_entropy())),
    };
    if !args.is_empty() || !kwargs.is_empty() {
        object.run("seed", args, kwargs)?;
    }
    Ok(crate::native::value(object))
}

/// A `random.Random` object.
pub struct RandomObject {
    state: Rc<RefCell<State>>,
}

impl RandomObject {
    /// Runs the module function `name` on this object's state.
    fn run(&self, name: &str, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
        let function = FUNCTIONS
            .iter()
            .find(|f| f.name == name)
            .expect("Random methods are the module's functions");
        let _active = Activation::new(&self.state);
        (function.call)(args, kwargs)
    }
}

/// The names of the methods (the module functions).
const METHOD_NAMES: [&str; 23] = {
    let mut names = [""; 23];
    let mut i = 0;
    while i < 23 {
        names[i] = FUNCTIONS[i].name;
        i += 1;
    }
    names
};

impl NativeObject for RandomObject {
    fn type_name(&self) -> &'static str {
        "Random"
    }

    fn repr(&self, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<random.Random object at {:#x}>",
            crate::repr::object_address(this)
        ))
    }

    fn method_names(&self) -> &'static [&'static str] {
        &METHOD_NAMES
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &[Value],
        kwargs: KwArgs,
    ) -> Option<PyResult<Value>> {
        FUNCTIONS
            .iter()
            .any(|f| f.name == name)
            .then(|| self.run(name, args, kwargs))
    }
}
