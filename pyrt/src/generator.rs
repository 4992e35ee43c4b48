//! Generators as stackless state machines: a generator body is a Rust future
//! (the compiler lowers it to an `async` block) that suspends at each `yield`;
//! resuming it is one poll with a no-op waker.
//!
//! Invariants: a generator is polled only from [`PyGenerator::resume`], which
//! passes the value sent in (or the exception thrown in) through the shared
//! channel and takes the yielded value out of it; a suspended generator holds
//! no recursion depth; a finished generator is never polled again.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use crate::error::{raise, ExcKind, PyErr, PyResult};
use crate::func::FunctionDef;
use crate::value::Value;

/// What passes between a running generator body and whoever resumes it.
#[derive(Default)]
struct Channel {
    /// The value the body yielded.
    output: Option<Value>,
    /// The value sent in (or the exception thrown in) for the suspended `yield`.
    input: Option<PyResult<Value>>,
}

/// The body's handle for yielding (held by the generated `async` block).
#[derive(Clone, Default)]
pub struct Co(Rc<RefCell<Channel>>);

impl Co {
    /// `yield value`: suspends the body; completes with the value sent in.
    pub fn yield_(&self, value: Value) -> YieldFuture {
        YieldFuture {
            co: self.clone(),
            value: Some(value),
        }
    }
}

/// The future of one `yield`.
pub struct YieldFuture {
    co: Co,
    value: Option<Value>,
}

impl Future for YieldFuture {
    type Output = PyResult<Value>;

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<PyResult<Value>> {
        match self.value.take() {
            Some(value) => {
                self.co.0.borrow_mut().output = Some(value);
                Poll::Pending
            }
            None => Poll::Ready(
                self.co
                    .0
                    .borrow_mut()
                    .input
                    .take()
                    .unwrap_or(Ok(Value::None)),
            ),
        }
    }
}

type Body = Pin<Box<dyn Future<Output = PyResult<Value>>>>;

/// A generator object.
pub struct PyGenerator {
    /// The generator function's definition (name and qualified name).
    pub def: &'static FunctionDef,
    co: Co,
    body: RefCell<Option<Body>>,
    started: Cell<bool>,
    running: Cell<bool>,
}

/// How a resumed generator stopped.
pub enum Step {
    /// It yielded a value.
    Yielded(Value),
    /// It returned (the value of `StopIteration`).
    Returned(Value),
}

/// Creates the generator object for a call of a generator function.
pub fn create<F, B>(def: &'static FunctionDef, body: B) -> Value
where
    B: FnOnce(Co) -> F,
    F: Future<Output = PyResult<Value>> + 'static,
{
    let co = Co::default();
    let future: Body = Box::pin(body(co.clone()));
    Value::Generator(Rc::new(PyGenerator {
        def,
        co,
        body: RefCell::new(Some(future)),
        started: Cell::new(false),
        running: Cell::new(false),
    }))
}

impl PyGenerator {
    /// Runs the body until it yields or finishes, sending `input` into the pending `yield`.
    pub fn resume(&self, input: PyResult<Value>) -> PyResult<Step> {
        if self.running.get() {
            return Err(raise::value_error("generator already executing"));
        }
        let Some(mut body) = self.body.borrow_mut().take() else {
            return match input {
                Ok(_) => Ok(Step::Returned(Value::None)),
                Err(err) => Err(err),
            };
        };
        if !self.started.get() {
            if let Ok(v) = &input {
                if !matches!(v, Value::None) {
                    *self.body.borrow_mut() = Some(body);
                    return Err(raise::type_error(
                        "can't send non-None value to a just-started generator",
                    ));
                }
            }
        }
        self.started.set(true);
        self.co.0.borrow_mut().input = Some(input);
        let guard = match crate::frame::enter_depth() {
            Ok(g) => g,
            Err(err) => {
                *self.body.borrow_mut() = Some(body);
                return Err(err);
            }
        };
        self.running.set(true);
        let mut cx = Context::from_waker(std::task::Waker::noop());
        let polled = body.as_mut().poll(&mut cx);
        self.running.set(false);
        drop(guard);
        match polled {
            Poll::Pending => {
                *self.body.borrow_mut() = Some(body);
                let value = self.co.0.borrow_mut().output.take().unwrap_or(Value::None);
                Ok(Step::Yielded(value))
            }
            Poll::Ready(Ok(value)) => Ok(Step::Returned(value)),
            Poll::Ready(Err(err)) if err.kind() == ExcKind::StopIteration => {
                let mut wrapped =
                    PyErr::new(ExcKind::RuntimeError, "generator raised StopIteration");
                let mut cause = err;
                wrapped.set_cause(Some(cause.to_value()));
                Err(wrapped)
            }
            Poll::Ready(Err(err)) => Err(err),
        }
    }

    /// `next(gen)` as iteration sees it: `None` when the generator is done.
    pub fn next_item(&self) -> PyResult<Option<Value>> {
        match self.resume(Ok(Value::None))? {
            Step::Yielded(v) => Ok(Some(v)),
            Step::Returned(_) => Ok(None),
        }
    }

    /// `gen.send(value)`: the next yielded value, or `StopIteration(return value)`.
    pub fn send(&self, value: Value) -> PyResult<Value> {
        step_result(self.resume(Ok(value))?)
    }

    /// `gen.throw(exc)`: raises `exc` at the suspended `yield`.
    pub fn throw(&self, exc: PyErr) -> PyResult<Value> {
        if !self.started.get() {
            // Never started: the exception propagates without running the body.
            self.body.borrow_mut().take();
            return Err(exc);
        }
        step_result(self.resume(Err(exc))?)
    }

    /// `gen.close()`: raises `GeneratorExit` at the suspended `yield`.
    pub fn close(&self) -> PyResult<()> {
        if !self.started.get() || self.body.borrow().is_none() {
            self.body.borrow_mut().take();
            return Ok(());
        }
        let exit = PyErr::with_args(ExcKind::GeneratorExit, Vec::new());
        match self.resume(Err(exit)) {
            Ok(Step::Yielded(_)) => Err(raise::runtime_error("generator ignored GeneratorExit")),
            Ok(Step::Returned(_)) => Ok(()),
            Err(err) if matches!(err.kind(), ExcKind::GeneratorExit | ExcKind::StopIteration) => {
                Ok(())
            }
            Err(err) => Err(err),
        }
    }

    /// Whether the body has finished.
    pub fn is_finished(&self) -> bool {
        self.body.borrow().is_none()
    }
}

impl Drop for PyGenerator {
    fn drop(&mut self) {
        // CPython closes a suspended generator when it is collected, running
        // its `finally` blocks.
        if self.started.get() && !self.running.get() && self.body.borrow().is_some() {
            let _ = self.close();
        }
    }
}

fn step_result(step: Step) -> PyResult<Value> {
    match step {
        Step::Yielded(v) => Ok(v),
        Step::Returned(Value::None) => Err(PyErr::with_args(ExcKind::StopIteration, Vec::new())),
        Step::Returned(v) => Err(PyErr::with_args(ExcKind::StopIteration, vec![v])),
    }
}

/// `yield from iterable` inside a generator body: delegates until the inner
/// iterator finishes and evaluates to its return value.
pub async fn yield_from(co: &Co, iterable: Value) -> PyResult<Value> {
    if let Value::Generator(inner) = &iterable {
        let mut input: PyResult<Value> = Ok(Value::None);
        loop {
            match inner.resume(input)? {
                Step::Yielded(v) => input = co.yield_(v).await,
                Step::Returned(v) => return Ok(v),
            }
        }
    }
    let mut it = crate::iter::Iter::new(&iterable)?;
    while let Some(v) = it.next()? {
        co.yield_(v).await?;
    }
    Ok(Value::None)
}

/// Calls a method of a generator object.
pub fn call_method(g: &Rc<PyGenerator>, name: &str, args: &[Value]) -> PyResult<Value> {
    match (name, args) {
        ("send", [value]) => g.send(value.clone()),
        ("__next__", []) => g.send(Value::None),
        ("throw", [exc, ..]) => g.throw(PyErr::from_value(exc)?),
        ("close", []) => g.close().map(|_| Value::None),
        ("__iter__", []) => Ok(Value::Generator(g.clone())),
        ("send" | "throw" | "close" | "__next__" | "__iter__", _) => {
            Err(raise::type_error(format!(
                "{name}() got the wrong number of arguments ({} given)",
                args.len()
            )))
        }
        _ => Err(raise::attribute_error(format!(
            "'generator' object has no attribute '{name}'"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::{Code, ModuleInfo};
    use crate::func::Signature;

    static MODULE: ModuleInfo = ModuleInfo {
        name: "__main__",
        path: "t.py",
        source: "",
    };
    static DEF: FunctionDef = FunctionDef {
        code: Code {
            name: "g",
            module: &MODULE,
        },
        qualname: "g",
        doc: None,
        signature: Signature::simple(&[]),
        entry: |_, _, _| Ok(Value::None),
        fast: crate::func::FastEntry::None,
    };

    #[test]
    fn yields_values_and_receives_sent_ones() {
        crate::sync::mark_python_thread();
        let gen = create(&DEF, |co: Co| async move {
            let got = co.yield_(Value::Int(1)).await?;
            co.yield_(got).await?;
            Ok(Value::Int(99))
        });
        let Value::Generator(g) = gen else {
            panic!("not a generator")
        };
        assert!(matches!(g.send(Value::None), Ok(Value::Int(1))));
        assert!(matches!(g.send(Value::Int(7)), Ok(Value::Int(7))));
        let err = g.send(Value::None).err().unwrap();
        assert_eq!(err.kind(), ExcKind::StopIteration);
        assert!(matches!(err.args(), [Value::Int(99)]));
        assert!(g.is_finished());
    }

    #[test]
    fn sending_a_value_to_a_new_generator_fails() {
        crate::sync::mark_python_thread();
        let gen = create(&DEF, |co: Co| async move {
            co.yield_(Value::Int(1)).await?;
            Ok(Value::None)
        });
        let Value::Generator(g) = gen else {
            panic!("not a generator")
        };
        assert!(g.send(Value::Int(3)).is_err());
        assert!(matches!(g.send(Value::None), Ok(Value::Int(1))));
    }
}
