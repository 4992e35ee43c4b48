//! Generators as stackless state machines: a generator body is a Rust future
//! (the compiler lowers it to an `async` block) that suspends at each `yield`;
//! resuming it is one poll with a no-op waker.
//!
//! Values pass between a body and whoever resumes it through two per-thread
//! slots: [`PyGenerator::resume`] puts the value sent in (or the exception
//! thrown in) into `SENT` just before polling, and the suspended `yield` takes
//! it out as the first thing the poll does (`None`, what `next()` sends, is
//! not put in: a `yield` finding the slot empty completes with `None`); a
//! `yield` puts its value into
//! `YIELDED` and suspends, and `resume` takes it out as soon as the poll
//! returns. Generators nest (a body may resume another generator), but each
//! slot is emptied before anything else runs, so one pair serves them all.
//!
//! A generator whose `yield`s are all statements at simple places (see the
//! transpiler's `lower::stepgen`) needs no coroutine: its body is a *step
//! function*, a closure that owns the generator's locals and runs from one
//! `yield` to the next, returning what it yielded ([`create_stepped`]).
//! Resuming it is one call, with no poll, no waker and no per-thread slots.
//!
//! Invariants: a body runs only from [`PyGenerator::resume`] (or, for a
//! stepped body, [`PyGenerator::next_item`]); a
//! suspended generator holds no recursion depth; a finished generator is never
//! polled again; while a body runs (`running`), its future is borrowed, and
//! every other use of the generator checks `running` first.

use std::cell::{Cell, RefCell, RefMut};
use std::future::Future;
use std::mem::ManuallyDrop;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use crate::error::{raise, ExcKind, PyErr, PyResult};
use crate::frame::Frame;
use crate::func::FunctionDef;
use crate::value::Value;

thread_local! {
    // `ManuallyDrop`: nothing to do at thread exit, so no access pays for a
    // destructor registration check. The slots are empty between resumptions.
    /// The value the running body yielded, until `resume` takes it.
    static YIELDED: ManuallyDrop<Cell<Option<Value>>> = const { ManuallyDrop::new(Cell::new(None)) };
    /// The value sent (or exception thrown) into a suspended body, until its
    /// `yield` takes it.
    static SENT: ManuallyDrop<Cell<Option<PyResult<Value>>>> = const { ManuallyDrop::new(Cell::new(None)) };
}

/// The body's handle for yielding (held by the generated `async` block).
#[derive(Clone, Copy, Default)]
pub struct Co;

impl Co {
    /// `yield value`: suspends the body; completes with the value sent in.
    #[inline]
    pub fn yield_(&self, value: Value) -> YieldFuture {
        YieldFuture { value: Some(value) }
    }
}

/// The future of one `yield`.
pub struct YieldFuture {
    value: Option<Value>,
}

impl Future for YieldFuture {
    type Output = PyResult<Value>;

    #[inline]
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<PyResult<Value>> {
        match self.value.take() {
            Some(value) => {
                YIELDED.with(|slot| slot.set(Some(value)));
                Poll::Pending
            }
            None => Poll::Ready(SENT.with(|slot| slot.take()).unwrap_or(Ok(Value::None))),
        }
    }
}

/// What runs a generator's code.
enum Body {
    /// A coroutine, polled once per resumption.
    Future(Pin<Box<dyn Future<Output = PyResult<Value>>>>),
    /// A step function with the frame it reports its line in.
    Stepped(Box<dyn StepBody>),
}

/// A step function and its frame, behind one allocation.
trait StepBody {
    /// Runs to the next `yield` (or the end), recording the frame in the
    /// traceback of an escaping exception.
    fn step(&mut self) -> PyResult<Step>;
    /// The frame at its current line (where the last `yield` was).
    fn traceback_entry(&self) -> crate::error::TracebackEntry;
}

/// The body of a stepped generator.
struct Stepped<F> {
    frame: Frame,
    step: F,
}

impl<F: FnMut(&mut Frame) -> PyResult<Step>> StepBody for Stepped<F> {
    #[inline]
    fn step(&mut self) -> PyResult<Step> {
        match (self.step)(&mut self.frame) {
            Ok(step) => Ok(step),
            Err(err) => Err(err.add_frame(self.frame.traceback_entry())),
        }
    }

    fn traceback_entry(&self) -> crate::error::TracebackEntry {
        self.frame.traceback_entry()
    }
}

/// A generator object.
pub struct PyGenerator {
    /// The generator function's definition (name and qualified name).
    pub def: &'static FunctionDef,
    /// The body; `None` once it has finished.
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
    let future = Body::Future(Box::pin(body(Co)));
    Value::Generator(Rc::new(PyGenerator {
        def,
        body: RefCell::new(Some(future)),
        started: Cell::new(false),
        running: Cell::new(false),
    }))
}

/// Creates the generator object for a call of a generator function lowered
/// to a step function: `step` runs the body from where the last `yield` left
/// it (the function's first line, `line`, at first) to the next `yield`,
/// and returns what that yielded, or what the body returned.
pub fn create_stepped<F>(def: &'static FunctionDef, line: u32, step: F) -> Value
where
    F: FnMut(&mut Frame) -> PyResult<Step> + 'static,
{
    let body = Stepped {
        frame: Frame::detached(&def.code, line),
        step,
    };
    Value::Generator(Rc::new(PyGenerator {
        def,
        body: RefCell::new(Some(Body::Stepped(Box::new(body)))),
        started: Cell::new(false),
        running: Cell::new(false),
    }))
}

impl PyGenerator {
    /// Runs the body until it yields or finishes, sending `input` into the pending `yield`.
    #[inline]
    pub fn resume(&self, input: PyResult<Value>) -> PyResult<Step> {
        if self.running.get() || !self.started.get() {
            return self.resume_unusual(input);
        }
        let mut slot = self.body.borrow_mut();
        let body = match slot.as_mut() {
            None => {
                drop(slot);
                return finished(input);
            }
            Some(Body::Stepped(stepped)) => {
                let result = match input {
                    Ok(sent) => {
                        crate::value::release(sent);
                        self.run_stepped(stepped.as_mut())?
                    }
                    Err(err) => Err(err.add_frame(stepped.traceback_entry())),
                };
                return Self::stepped(result, slot);
            }
            Some(Body::Future(future)) => future,
        };
        let guard = crate::frame::enter_depth()?;
        // `next()` sends `None`, which is what a `yield` finding the slot
        // empty completes with: only other values are put in.
        if matches!(input, Ok(Value::None)) {
            // `Ok(None)` owns nothing: no drop glue to run.
            std::mem::forget(input);
        } else {
            SENT.with(|sent| sent.set(Some(input)));
        }
        self.running.set(true);
        let polled = body
            .as_mut()
            .poll(&mut Context::from_waker(std::task::Waker::noop()));
        self.running.set(false);
        drop(guard);
        match polled {
            Poll::Pending => Ok(Step::Yielded(
                YIELDED
                    .with(|slot| slot.take())
                    .unwrap_or_else(|| Value::None),
            )),
            Poll::Ready(result) => {
                // Drop the finished body (its locals) outside the borrow.
                let body = slot.take();
                drop(slot);
                drop(body);
                returned(result)
            }
        }
    }

    /// Runs a stepped body to its next `yield` (a `yield` statement drops
    /// the value sent in), as one recursion level; the outer error is
    /// `RecursionError` (the body did not run).
    #[inline(always)]
    fn run_stepped(&self, body: &mut dyn StepBody) -> PyResult<PyResult<Step>> {
        let guard = crate::frame::enter_depth()?;
        self.running.set(true);
        let result = body.step();
        self.running.set(false);
        drop(guard);
        Ok(result)
    }

    /// How a stepped body's run ends the resumption: unless it yielded, the
    /// body (whose borrow is `slot`) is dropped.
    #[inline(always)]
    fn stepped(result: PyResult<Step>, mut slot: RefMut<'_, Option<Body>>) -> PyResult<Step> {
        if let Ok(Step::Yielded(value)) = result {
            return Ok(Step::Yielded(value));
        }
        // Drop the finished body (its locals) outside the borrow.
        let body = slot.take();
        drop(slot);
        drop(body);
        match result {
            Ok(step) => Ok(step),
            Err(err) => Err(finished_with_error(err)),
        }
    }

    /// `resume` of a running generator (an error) or of one that has not
    /// started: only `None` may be sent in, and an exception thrown in
    /// finishes it before its first statement, where nothing can catch it.
    #[cold]
    #[inline(never)]
    fn resume_unusual(&self, input: PyResult<Value>) -> PyResult<Step> {
        if self.running.get() {
            return Err(already_executing());
        }
        if self.body.borrow().is_none() {
            return finished(input);
        }
        match input {
            Ok(Value::None) => {
                // Past the recursion limit it stays unstarted.
                drop(crate::frame::enter_depth()?);
                self.started.set(true);
                // The body starts at its first statement, not at a `yield`
                // (the `None` sent in goes nowhere).
                self.resume(Ok(Value::None))
            }
            Ok(_) => Err(raise::type_error(
                "can't send non-None value to a just-started generator",
            )),
            Err(err) => {
                let body = self.body.borrow_mut().take();
                drop(body);
                Err(err)
            }
        }
    }

    /// `next(gen)` as iteration sees it: `None` when the generator is done.
    /// A started, suspended stepped generator is stepped here directly.
    #[inline]
    pub fn next_item(&self) -> PyResult<Option<Value>> {
        if self.started.get() && !self.running.get() {
            let mut slot = self.body.borrow_mut();
            if let Some(Body::Stepped(stepped)) = slot.as_mut() {
                let result = self.run_stepped(stepped.as_mut())?;
                if let Ok(Step::Yielded(value)) = result {
                    return Ok(Some(value));
                }
                return match Self::stepped(result, slot)? {
                    Step::Yielded(value) => Ok(Some(value)),
                    Step::Returned(_) => Ok(None),
                };
            }
        }
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
        step_result(self.resume(Err(exc))?)
    }

    /// `gen.close()`: raises `GeneratorExit` at the suspended `yield`.
    pub fn close(&self) -> PyResult<()> {
        if self.running.get() {
            return Err(already_executing());
        }
        if !self.started.get() || self.body.borrow().is_none() {
            let body = self.body.borrow_mut().take();
            drop(body);
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

    /// Whether the body is running (`gi_running`).
    pub fn is_running(&self) -> bool {
        self.running.get()
    }

    /// Whether the body has finished.
    pub fn is_finished(&self) -> bool {
        !self.running.get() && self.body.borrow().is_none()
    }
}

impl Drop for PyGenerator {
    fn drop(&mut self) {
        // CPython closes a suspended generator when it is collected, running
        // its `finally` blocks (a stepped generator has none).
        if self.started.get()
            && !self.running.get()
            && matches!(self.body.get_mut(), Some(Body::Future(_)))
        {
            let _ = self.close();
        }
    }
}

/// `ValueError: generator already executing`
#[cold]
fn already_executing() -> PyErr {
    raise::value_error("generator already executing")
}

/// What resuming a finished generator gives: it returns `None` at once, or
/// raises the exception thrown in.
fn finished(input: PyResult<Value>) -> PyResult<Step> {
    match input {
        Ok(_) => Ok(Step::Returned(Value::None)),
        Err(err) => Err(err),
    }
}

/// How a body that finished with `result` stopped.
#[inline]
fn returned(result: PyResult<Value>) -> PyResult<Step> {
    match result {
        Ok(value) => Ok(Step::Returned(value)),
        Err(err) => Err(finished_with_error(err)),
    }
}

/// The exception a body that raised `err` propagates: a `StopIteration`
/// escaping a generator becomes `RuntimeError` (PEP 479).
#[cold]
fn finished_with_error(err: PyErr) -> PyErr {
    if err.kind() != ExcKind::StopIteration {
        return err;
    }
    let mut wrapped = PyErr::new(ExcKind::RuntimeError, "generator raised StopIteration");
    let mut cause = err;
    wrapped.set_cause(Some(cause.to_value()));
    wrapped
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
    use crate::frame::{Code, TEST_MODULE};
    use crate::func::Signature;

    static DEF: FunctionDef = FunctionDef {
        code: Code {
            name: "g",
            module: &TEST_MODULE,
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

    fn generator(value: Value) -> Rc<PyGenerator> {
        match value {
            Value::Generator(g) => g,
            _ => panic!("not a generator"),
        }
    }

    fn int(v: PyResult<Value>) -> i64 {
        match v {
            Ok(Value::Int(i)) => i,
            _ => panic!("not an int"),
        }
    }

    #[test]
    fn nested_generators_keep_their_values_apart() {
        crate::sync::mark_python_thread();
        // inner yields 1, 2, 3 and adds up what is sent to it.
        let inner = create(&DEF, |co: Co| async move {
            let mut total = 0;
            for i in 1..=3 {
                if let Value::Int(sent) = co.yield_(Value::Int(i)).await? {
                    total += sent;
                }
            }
            Ok(Value::Int(total))
        });
        let inner_gen = generator(inner.clone());
        // outer sends inner ten times each value, and yields what it got back.
        let outer = create(&DEF, move |co: Co| async move {
            let mut got = inner_gen.send(Value::None)?;
            loop {
                let from_caller = co.yield_(got.clone()).await?;
                match inner_gen.resume(Ok(Value::Int(int(Ok(got)) * 10)))? {
                    Step::Yielded(v) => got = v,
                    Step::Returned(total) => {
                        co.yield_(total).await?;
                        return Ok(from_caller);
                    }
                }
            }
        });
        let g = generator(outer);
        assert_eq!(int(g.send(Value::None)), 1);
        assert_eq!(int(g.send(Value::Int(-1))), 2);
        assert_eq!(int(g.send(Value::Int(-2))), 3);
        assert_eq!(int(g.send(Value::Int(-3))), 60);
        let err = g.send(Value::Int(-4)).err().unwrap();
        assert_eq!(err.kind(), ExcKind::StopIteration);
        assert!(matches!(err.args(), [Value::Int(-3)]));
    }

    #[test]
    fn yield_from_delegates_sends_and_returns_the_value() {
        crate::sync::mark_python_thread();
        let inner = create(&DEF, |co: Co| async move {
            let a = co.yield_(Value::Int(1)).await?;
            let b = co.yield_(Value::Int(2)).await?;
            Ok(Value::tuple_of([a, b]))
        });
        let outer = create(&DEF, move |co: Co| async move {
            let result = yield_from(&co, inner).await?;
            co.yield_(result).await?;
            Ok(Value::None)
        });
        let g = generator(outer);
        assert_eq!(int(g.send(Value::None)), 1);
        assert_eq!(int(g.send(Value::Int(5))), 2);
        let result = g.send(Value::Int(6)).unwrap();
        assert_eq!(crate::repr::repr(&result).unwrap(), "(5, 6)");
        assert_eq!(
            g.send(Value::None).err().unwrap().kind(),
            ExcKind::StopIteration
        );
        assert!(g.is_finished());
    }

    #[test]
    fn thrown_exceptions_reach_the_yield_and_close_runs_cleanup() {
        crate::sync::mark_python_thread();
        let cleaned = Rc::new(Cell::new(false));
        let seen = cleaned.clone();
        let gen = create(&DEF, move |co: Co| async move {
            match co.yield_(Value::Int(1)).await {
                Err(e) if e.kind() == ExcKind::KeyError => co.yield_(Value::Int(2)).await?,
                other => other?,
            };
            let result = co.yield_(Value::Int(3)).await;
            seen.set(true);
            result
        });
        let g = generator(gen);
        assert_eq!(int(g.send(Value::None)), 1);
        assert_eq!(int(g.throw(PyErr::with_args(ExcKind::KeyError, vec![]))), 2);
        assert_eq!(int(g.send(Value::None)), 3);
        assert!(g.close().is_ok());
        assert!(cleaned.get());
        assert!(g.is_finished());
        // Closed: sending raises StopIteration, throwing raises the exception.
        assert_eq!(
            g.send(Value::None).err().unwrap().kind(),
            ExcKind::StopIteration
        );
        let thrown = PyErr::with_args(ExcKind::ValueError, vec![]);
        assert_eq!(g.throw(thrown).err().unwrap().kind(), ExcKind::ValueError);
    }

    #[test]
    fn throwing_into_a_new_generator_finishes_it_unrun() {
        crate::sync::mark_python_thread();
        let ran = Rc::new(Cell::new(false));
        let flag = ran.clone();
        let gen = create(&DEF, move |co: Co| async move {
            flag.set(true);
            co.yield_(Value::Int(1)).await
        });
        let g = generator(gen);
        let err = g.throw(PyErr::with_args(ExcKind::KeyError, vec![]));
        assert_eq!(err.err().unwrap().kind(), ExcKind::KeyError);
        assert!(!ran.get());
        assert!(g.is_finished());
    }

    #[test]
    fn a_running_generator_cannot_be_resumed_or_closed() {
        crate::sync::mark_python_thread();
        let me: Rc<RefCell<Option<Rc<PyGenerator>>>> = Rc::default();
        let handle = me.clone();
        let gen = create(&DEF, move |co: Co| async move {
            let this = handle.borrow().clone().unwrap();
            let resumed = this.send(Value::None).err().unwrap();
            let closed = this.close().err().unwrap();
            assert!(!this.is_finished());
            co.yield_(Value::str(&resumed.summary())).await?;
            co.yield_(Value::str(&closed.summary())).await?;
            Ok(Value::None)
        });
        let g = generator(gen);
        *me.borrow_mut() = Some(g.clone());
        let first = g.send(Value::None).unwrap();
        assert_eq!(
            crate::repr::repr(&first).unwrap(),
            "'ValueError: generator already executing'"
        );
        let second = g.send(Value::None).unwrap();
        assert_eq!(
            crate::repr::repr(&second).unwrap(),
            "'ValueError: generator already executing'"
        );
        *me.borrow_mut() = None;
    }

    /// A stepped generator yielding `first..last`, then returning `last`,
    /// failing with `ZeroDivisionError` at line 9 when it reaches `fail`.
    fn stepped_range(first: i64, last: i64, fail: Option<i64>) -> Rc<PyGenerator> {
        let mut next = first;
        generator(create_stepped(&DEF, 1, move |frame: &mut Frame| {
            frame.line = 5;
            if Some(next) == fail {
                frame.line = 9;
                return Err(raise::zero_division("division by zero"));
            }
            if next == last {
                return Ok(Step::Returned(Value::Int(last)));
            }
            next += 1;
            Ok(Step::Yielded(Value::Int(next - 1)))
        }))
    }

    #[test]
    fn stepped_generators_yield_return_and_ignore_sent_values() {
        crate::sync::mark_python_thread();
        let g = stepped_range(3, 5, None);
        assert!(g.send(Value::Int(1)).is_err(), "not started: only None");
        assert_eq!(int(g.send(Value::None)), 3);
        assert_eq!(int(g.send(Value::Int(42))), 4);
        let done = g.send(Value::None).err().unwrap();
        assert_eq!(done.kind(), ExcKind::StopIteration);
        assert!(matches!(done.args(), [Value::Int(5)]));
        assert!(g.is_finished());
        assert!(g.next_item().unwrap().is_none());
    }

    #[test]
    fn stepped_generators_raise_thrown_and_own_errors_at_their_line() {
        crate::sync::mark_python_thread();
        let g = stepped_range(0, 9, Some(1));
        assert_eq!(int(g.send(Value::None)), 0);
        let err = g.send(Value::None).err().unwrap();
        assert_eq!(err.kind(), ExcKind::ZeroDivisionError);
        assert!(err.render_traceback().contains("line 9, in g"));
        assert!(g.is_finished());

        let g = stepped_range(0, 9, None);
        assert_eq!(int(g.send(Value::None)), 0);
        let thrown = g.throw(PyErr::with_args(ExcKind::KeyError, vec![]));
        let err = thrown.err().unwrap();
        assert_eq!(err.kind(), ExcKind::KeyError);
        assert!(err.render_traceback().contains("line 5, in g"));
        assert!(g.is_finished());

        let g = stepped_range(0, 9, None);
        assert_eq!(int(g.send(Value::None)), 0);
        assert!(g.close().is_ok());
        assert!(g.is_finished());
    }

    #[test]
    fn stop_iteration_escaping_a_body_becomes_runtime_error() {
        crate::sync::mark_python_thread();
        let gen = create(&DEF, |_co: Co| async move {
            Err(PyErr::with_args(ExcKind::StopIteration, vec![]))
        });
        let g = generator(gen);
        let err = g.send(Value::None).err().unwrap();
        assert_eq!(err.kind(), ExcKind::RuntimeError);
        assert_eq!(
            err.summary(),
            "RuntimeError: generator raised StopIteration"
        );
    }
}
